// Ordering and grouping of FAQ articles and posts. Pure: entries in, new arrays out.
import { categorySlug } from '#core/routes.ts';

type Asked = { data: { title: string; source?: { questionCount: number } | undefined } };
type Categorised = Asked & { data: { category: string } };
type Dated = { data: { title: string; publishAt?: Date | undefined; updatedAt?: Date | undefined } };

export function questionCount(entry: Asked): number {
  return entry.data.source?.questionCount ?? 0;
}

/** Most asked first; equal counts by title so the order is stable between builds. */
export function byMostAsked<T extends Asked>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => questionCount(b) - questionCount(a) || a.data.title.localeCompare(b.data.title, 'nl'));
}

export type CategoryGroup<T> = { name: string; slug: string; questionCount: number; entries: T[] };

/** Categories with their articles (most asked first); the most asked categories come first. */
export function groupByCategory<T extends Categorised>(entries: readonly T[]): CategoryGroup<T>[] {
  const groups = new Map<string, CategoryGroup<T>>();
  for (const entry of byMostAsked(entries)) {
    const name = entry.data.category;
    const group = groups.get(name) ?? { name, slug: categorySlug(name), questionCount: 0, entries: [] };
    group.entries.push(entry);
    group.questionCount += questionCount(entry);
    groups.set(name, group);
  }
  return [...groups.values()].sort((a, b) => b.questionCount - a.questionCount || a.name.localeCompare(b.name, 'nl'));
}

/** The date a post counts as published: its embargo moment, else its last update. */
export function publishedDate(entry: Dated): Date | undefined {
  return entry.data.publishAt ?? entry.data.updatedAt;
}

/** Newest first; undated entries last, then by title. */
export function byNewest<T extends Dated>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => {
    const diff = (publishedDate(b)?.getTime() ?? -Infinity) - (publishedDate(a)?.getTime() ?? -Infinity);
    return diff || a.data.title.localeCompare(b.data.title, 'nl');
  });
}
