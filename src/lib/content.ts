// The one place that queries astro:content. Pages call these; components only get props.
// Filtering and ordering rules live in visibility.ts and sorting.ts (unit-tested there).
import { isPublic } from '#core/visibility.ts';
import type { Locale } from '#core/content.ts';
import { getCollection, type CollectionEntry } from 'astro:content';
import { langOfEntry } from './paths.ts';
import { byMostAsked, byNewest } from './sorting.ts';
import { isVisible, visibilityFromEnv } from './visibility.ts';

export type FaqEntry = CollectionEntry<'faq'>;
export type BlogEntry = CollectionEntry<'blog'>;
export type BroadcastEntry = CollectionEntry<'broadcasts'>;

export const visibility = visibilityFromEnv(process.env, process.env['VEELGESTELD_DEV_SERVER'] === '1');

/** FAQ articles this build shows in `lang`, most asked first. */
export async function faqs(lang: Locale): Promise<FaqEntry[]> {
  const entries = await getCollection('faq', (e) => langOfEntry(e) === lang && isVisible(e.data, visibility));
  return byMostAsked(entries);
}

/** Strictly public articles (never drafts, not even in dev): what search engines and the index get. */
export async function publicFaqs(lang: Locale): Promise<FaqEntry[]> {
  const entries = await getCollection('faq', (e) => langOfEntry(e) === lang && isPublic(e.data, visibility.now));
  return byMostAsked(entries);
}

export async function posts(lang: Locale): Promise<BlogEntry[]> {
  const entries = await getCollection('blog', (e) => langOfEntry(e) === lang && isVisible(e.data, visibility));
  return byNewest(entries);
}

export async function publicPosts(lang: Locale): Promise<BlogEntry[]> {
  const entries = await getCollection('blog', (e) => langOfEntry(e) === lang && isPublic(e.data, visibility.now));
  return byNewest(entries);
}

export async function broadcasts(lang: Locale): Promise<BroadcastEntry[]> {
  const entries = await getCollection('broadcasts', (e) => langOfEntry(e) === lang && isVisible(e.data, visibility));
  return byNewest(entries);
}
