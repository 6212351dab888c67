// Route data for the CM tools and broadcast extras: short-link and moved-page redirects, the /cm/ page
// and the related links of broadcasts. Everything starts from content.ts, so the visibility rules
// (drafts, embargo, VEELGESTELD_NOW) decide here too: what a build may not show gets no redirect.
import type { Locale } from '#core/content.ts';
import { replySnippet, type ReplySnippet } from '#core/replies.ts';
import { shortLink } from '#core/routes.ts';
import type { QuestionLink } from './links.ts';
import { broadcasts, faqs, posts, visibility, type BroadcastEntry, type FaqEntry } from './content.ts';
import { isOnAir, resolveRelated, upcomingOrOnAir } from './broadcast.ts';
import { paths, slugFromId } from './paths.ts';
import { redirectRules, type Redirectable, type RedirectRule } from './redirects.ts';
import { questionLink } from './routes.ts';
import { questionCount } from './sorting.ts';

const LANGS: readonly Locale[] = ['nl', 'en'];

async function redirectables(): Promise<Redirectable[]> {
  const items: Redirectable[] = [];
  for (const lang of LANGS) {
    for (const e of await faqs(lang)) {
      items.push(item(`faq/${e.id}`, e.data, paths.faq(lang, slugFromId(e.id)), (s) => paths.faq(lang, s)));
    }
    for (const e of await posts(lang)) {
      items.push(item(`blog/${e.id}`, e.data, paths.blogPost(lang, slugFromId(e.id)), (s) => paths.blogPost(lang, s)));
    }
    for (const e of await broadcasts(lang)) {
      items.push(item(`broadcasts/${e.id}`, e.data, paths.broadcast(lang, slugFromId(e.id)), (s) => paths.broadcast(lang, s)));
    }
  }
  return items;
}

function item(id: string, data: { title: string; shortId?: string; previousSlugs: string[] }, path: string, pathOf: (slug: string) => string): Redirectable {
  return { id, title: data.title, path, shortId: data.shortId, previousPaths: data.previousSlugs.map(pathOf) };
}

let rulesCache: Promise<RedirectRule[]> | undefined;

/** Every redirect of this build: short links first, then moved pages. Computed once per build. */
export function allRedirects(): Promise<RedirectRule[]> {
  rulesCache ??= redirectables().then(redirectRules);
  return rulesCache;
}

export async function shortLinkPaths() {
  return (await allRedirects()).filter((rule) => rule.kind === 'short').map((rule) => ({ params: { id: rule.from.split('/')[2]! }, props: { rule } }));
}

export async function movedPagePaths() {
  return (await allRedirects())
    .filter((rule) => rule.kind === 'moved')
    .map((rule) => ({ params: { moved: rule.from.replace(/^\/|\/$/g, '') }, props: { rule } }));
}

export function faqReply(site: URL | string, data: FaqEntry['data']): ReplySnippet {
  return replySnippet(data.reply.trim() || data.description, shortLink(site, data.shortId));
}

export type CmItem = {
  title: string;
  href: string;
  kind: 'faq' | 'broadcast';
  /** Category or programme: what the filter also matches on. */
  group: string;
  count: number;
  onAir: boolean;
  replies: ReplySnippet[];
};

/** The /cm/ page: public articles (most asked first) and current broadcasts (on top) of `lang`. */
export async function cmItems(lang: Locale, site: URL | string): Promise<CmItem[]> {
  const current = (await broadcasts(lang)).filter((e) => isCurrentBroadcast(e));
  const articles = await faqs(lang);
  return [
    ...current.map((e) => ({
      title: e.data.title,
      href: paths.broadcast(lang, slugFromId(e.id)),
      kind: 'broadcast' as const,
      group: e.data.programme,
      count: 0,
      onAir: isOnAir(e.data.airsAt, visibility.now),
      replies: e.data.replies.map((reply) => replySnippet(reply, shortLink(site, e.data.shortId))),
    })),
    ...articles.map((e) => ({
      title: e.data.title,
      href: paths.faq(lang, slugFromId(e.id)),
      kind: 'faq' as const,
      group: e.data.category,
      count: questionCount(e),
      onAir: false,
      replies: [faqReply(site, e.data)],
    })),
  ];
}

/** Broadcasts stay on /cm/ from publication until 30 days after airing (as the saved-reply export). */
const CURRENT_BROADCAST_MS = 30 * 86_400_000;

function isCurrentBroadcast(entry: BroadcastEntry): boolean {
  return visibility.now.getTime() - entry.data.airsAt.getTime() <= CURRENT_BROADCAST_MS;
}

/** The FAQ articles a broadcast names in `related` (slug or shortId), as far as this build shows them. */
export async function broadcastRelated(lang: Locale, keys: readonly string[]): Promise<QuestionLink[]> {
  const entries = await faqs(lang);
  const byKey = new Map<string, FaqEntry>();
  for (const e of entries) {
    byKey.set(slugFromId(e.id), e);
    byKey.set(e.data.shortId, e);
  }
  return resolveRelated(keys, (key) => byKey.get(key)).map((e) => questionLink(lang, e));
}

export type OnAirBannerData = { programme: string; title: string; href: string; airsAt: Date; now: Date };

/** The home page banner: the visible broadcast on air now or airing later (see upcomingOrOnAir). */
export async function homeOnAir(lang: Locale): Promise<OnAirBannerData | undefined> {
  const entry = upcomingOrOnAir(await broadcasts(lang), visibility.now);
  if (!entry) return undefined;
  const { programme, title, airsAt } = entry.data;
  return { programme, title, airsAt, href: paths.broadcast(lang, slugFromId(entry.id)), now: visibility.now };
}
