// Route data for the pages: what each getStaticPaths returns. Route files stay a few lines long;
// the Dutch and English routes share these builders.
import type { Locale } from '#core/content.ts';
import { categorySlug } from '#core/routes.ts';
import type { PostLink, QuestionLink } from './links.ts';
import { useTranslations } from '../i18n/index.ts';
import { broadcasts, faqs, posts, visibility, type BlogEntry, type BroadcastEntry, type FaqEntry } from './content.ts';
import { OG_ARTICLE_CARDS } from '../consts.ts';
import { articleCard } from './og.ts';
import { paths, slugFromId } from './paths.ts';
import { groupByCategory, publishedDate, questionCount } from './sorting.ts';
import { draftReason } from './visibility.ts';

const RELATED_LIMIT = 5;

export function otherLocale(lang: Locale): Locale {
  return lang === 'nl' ? 'en' : 'nl';
}

function badgeText(lang: Locale, data: FaqEntry['data'] | BlogEntry['data']): string | undefined {
  const reason = draftReason(data, visibility);
  const t = useTranslations(lang);
  return reason === 'draft' ? t('draft.badge') : reason === 'embargo' ? t('embargo.badge') : undefined;
}

export function questionLink(lang: Locale, entry: FaqEntry): QuestionLink {
  return {
    title: entry.data.title,
    href: paths.faq(lang, slugFromId(entry.id)),
    count: questionCount(entry),
    badge: badgeText(lang, entry.data),
  };
}

export function postLink(lang: Locale, entry: BlogEntry): PostLink {
  return {
    title: entry.data.title,
    href: paths.blogPost(lang, slugFromId(entry.id)),
    description: entry.data.description,
    date: publishedDate(entry),
    badge: badgeText(lang, entry.data),
  };
}

/** Translations are the same slug, or the same mined cluster, in the other language. */
function translationFinder(others: FaqEntry[]): (entry: FaqEntry) => FaqEntry | undefined {
  const bySlug = new Map(others.map((e) => [slugFromId(e.id), e]));
  const byCluster = new Map(others.flatMap((e) => (e.data.source ? [[e.data.source.clusterId, e] as const] : [])));
  return (entry) => bySlug.get(slugFromId(entry.id)) ?? (entry.data.source ? byCluster.get(entry.data.source.clusterId) : undefined);
}

/** Related articles: the ones the editor named (slug or shortId), else the most asked in the category. */
function relatedFinder(entries: FaqEntry[]): (entry: FaqEntry) => FaqEntry[] {
  const byKey = new Map<string, FaqEntry>();
  for (const e of entries) {
    byKey.set(slugFromId(e.id), e);
    byKey.set(e.data.shortId, e);
  }
  const categories = new Map(groupByCategory(entries).map((g) => [g.name, g.entries]));
  return (entry) => {
    const named = entry.data.related.flatMap((key) => byKey.get(key) ?? []);
    const pool = named.length ? named : (categories.get(entry.data.category) ?? []);
    return pool.filter((e) => e.id !== entry.id).slice(0, RELATED_LIMIT);
  };
}

export async function faqArticlePaths(lang: Locale) {
  const other = otherLocale(lang);
  const entries = await faqs(lang);
  const translationOf = translationFinder(await faqs(other));
  const relatedTo = relatedFinder(entries);
  return entries.map((entry, rank) => {
    const slug = slugFromId(entry.id);
    const translation = translationOf(entry);
    const card = articleCard(rank, OG_ARTICLE_CARDS, slug, categorySlug(entry.data.category));
    return {
      params: { slug },
      props: {
        entry,
        lang,
        slug,
        data: entry.data,
        alternates: translation ? { [other]: paths.faq(other, slugFromId(translation.id)) } : {},
        related: relatedTo(entry).map((e) => questionLink(lang, e)),
        ogImage: paths.ogImage(lang, card.kind, card.slug),
        draftReason: draftReason(entry.data, visibility),
      },
    };
  });
}

export async function categoryPaths(lang: Locale) {
  const groups = groupByCategory(await faqs(lang));
  return groups.map((group) => ({
    params: { category: group.slug },
    props: { lang, name: group.name, questions: group.entries.map((e) => questionLink(lang, e)) },
  }));
}

export async function blogPostPaths(lang: Locale) {
  return (await posts(lang)).map((entry) => {
    const slug = slugFromId(entry.id);
    return { params: { slug }, props: { entry, lang, slug, data: entry.data, draftReason: draftReason(entry.data, visibility) } };
  });
}

export async function broadcastPaths(lang: Locale) {
  return (await broadcasts(lang)).map((entry: BroadcastEntry) => {
    const slug = slugFromId(entry.id);
    return { params: { slug }, props: { entry, lang, slug, data: entry.data, draftReason: draftReason(entry.data, visibility) } };
  });
}

export async function faqOverview(lang: Locale) {
  const entries = await faqs(lang);
  const groups = groupByCategory(entries);
  return {
    mostAsked: entries.map((e) => questionLink(lang, e)),
    categories: groups.map((g) => ({
      name: g.name,
      slug: g.slug,
      href: paths.category(lang, g.name),
      count: g.entries.length,
      questions: g.entries.map((e) => questionLink(lang, e)),
    })),
  };
}

export async function latestPosts(lang: Locale, limit: number): Promise<PostLink[]> {
  return (await posts(lang)).slice(0, limit).map((e) => postLink(lang, e));
}
