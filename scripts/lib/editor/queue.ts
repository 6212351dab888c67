// The review queue: drafts first, then items in review, most asked first, each with what mining saw
// (from the draft's `source` frontmatter; fields newer mining may add are read when present).
import { parseContentFile, type ContentFile } from '../content/index.ts';
import { askedQuestions, belongingScore, MIN_OVERLAP, tokenSets } from '../draft/match.ts';
import type { Locale, Status } from '#core/content.ts';
import type { WeekCount } from './chart.ts';

export type Coverage =
  | { kind: 'covered'; article: { title: string; path: string } }
  | { kind: 'needs-look'; article?: { title: string; path: string } | undefined; reason?: string | undefined }
  | { kind: 'new' };

export type QueueItem = {
  path: string;
  /** The CMS collection (faq-nl, faq-en) and slug, for the edit link. */
  cmsCollection: string;
  slug: string;
  lang: Locale;
  title: string;
  status: Status;
  shortId: string | undefined;
  questionCount: number;
  authors: number;
  channels: string[];
  weekly: WeekCount[];
  trend: number;
  firstSeen: string | undefined;
  lastSeen: string | undefined;
  examples: string[];
  bestAnswer: { text: string; count?: number | undefined } | undefined;
  coverage: Coverage;
  todos: number;
};

/** A cluster that shares this much with a published article is half answered already. */
const PARTLY_COVERED = 0.2;
const QUEUE_STATUSES: readonly Status[] = ['draft', 'review'];

/** FAQ drafts and items in review from all of content/, in the order an editor should take them. */
export function buildQueue(files: readonly ContentFile[]): QueueItem[] {
  const parsed = files.map(parseContentFile).filter((file) => file.collection === 'faq' && file.frontmatter);
  const published = parsed
    .filter((file) => file.frontmatter?.['status'] === 'published')
    .map((file) => ({
      path: file.path,
      lang: langOf(file.frontmatter),
      title: String(file.frontmatter?.['title'] ?? file.slug),
      questions: tokenSets([String(file.frontmatter?.['title'] ?? ''), ...strings(file.frontmatter?.['questions'])], langOf(file.frontmatter)),
    }));
  const items = parsed.flatMap((file): QueueItem[] => {
    const data = file.frontmatter ?? {};
    const status = data['status'] === 'review' ? 'review' : data['status'] === undefined || data['status'] === 'draft' ? 'draft' : undefined;
    if (!status || !QUEUE_STATUSES.includes(status)) return [];
    const lang = langOf(data);
    const source = record(data['source']);
    const examples = strings(source['examples']).length > 0 ? strings(source['examples']) : strings(data['questions']);
    const title = String(data['title'] ?? file.slug);
    return [
      {
        path: file.path,
        cmsCollection: `faq-${lang}`,
        slug: file.slug,
        lang,
        title,
        status,
        shortId: typeof data['shortId'] === 'string' ? data['shortId'] : undefined,
        questionCount: number(source['questionCount']),
        authors: number(source['authors']),
        channels: strings(source['channels']),
        weekly: Array.isArray(source['weekly'])
          ? source['weekly'].map(record).map((week) => ({ week: String(week['week'] ?? ''), count: number(week['count']) }))
          : [],
        trend: number(source['trend']),
        firstSeen: dateText(source['firstSeen']),
        lastSeen: dateText(source['lastSeen']),
        examples: examples.slice(0, 5),
        bestAnswer: bestAnswerOf(source, file.body, data['reply']),
        coverage: coverageOf(source, [title, ...examples], lang, published),
        todos: file.body.split('\n').filter((line) => /\bTODO\b/.test(line)).length,
      },
    ];
  });
  return items.sort(
    (a, b) => QUEUE_STATUSES.indexOf(a.status) - QUEUE_STATUSES.indexOf(b.status) || b.questionCount - a.questionCount || a.title.localeCompare(b.title, 'nl'),
  );
}

export type BroadcastItem = {
  path: string;
  slug: string;
  title: string;
  status: Status;
  programme: string;
  airsAt: Date | undefined;
  publishAt: Date | undefined;
  /** Published and past publishAt: on the site (after the next build). */
  public: boolean;
};

/** Broadcasts that are not public yet or air soon, first to go public first. */
export function buildBroadcastList(files: readonly ContentFile[], now: Date): BroadcastItem[] {
  return files
    .map(parseContentFile)
    .filter((file) => file.collection === 'broadcasts' && file.frontmatter)
    .map((file) => {
      const data = file.frontmatter ?? {};
      const status: Status = data['status'] === 'published' ? 'published' : data['status'] === 'review' ? 'review' : 'draft';
      const publishAt = toDate(data['publishAt']);
      const airsAt = toDate(data['airsAt']);
      return {
        path: file.path,
        slug: file.slug,
        title: String(data['title'] ?? file.slug),
        status,
        programme: String(data['programme'] ?? ''),
        airsAt,
        publishAt,
        public: status === 'published' && (!publishAt || publishAt.getTime() <= now.getTime()),
      };
    })
    .filter((item) => !item.public || (item.airsAt && item.airsAt.getTime() + 3 * 3_600_000 > now.getTime()))
    .sort((a, b) => (a.publishAt?.getTime() ?? Infinity) - (b.publishAt?.getTime() ?? Infinity) || a.title.localeCompare(b.title, 'nl'));
}

// --- internal ---

function toDate(value: unknown): Date | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const date = value instanceof Date ? value : new Date(String(value));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

type Published = { path: string; lang: Locale; title: string; questions: Set<string>[] };

/** Mining's own verdict when the draft carries one, otherwise how much a published article already asks. */
function coverageOf(source: Record<string, unknown>, questions: string[], lang: Locale, published: readonly Published[]): Coverage {
  const verdict = source['coverage'] ?? source['outcome'];
  const verdictKind = typeof verdict === 'string' ? verdict : typeof record(verdict)['kind'] === 'string' ? String(record(verdict)['kind']) : undefined;
  if (verdictKind === 'needs-look' || verdictKind === 'needsLook') {
    const reason = record(verdict)['reason'];
    return { kind: 'needs-look', reason: typeof reason === 'string' ? reason : undefined };
  }
  const mine = askedQuestions(questions, lang);
  let best: { score: number; article: Published } | undefined;
  for (const article of published) {
    if (article.lang !== lang) continue;
    const score = belongingScore(mine, article.questions);
    if (!best || score > best.score) best = { score, article };
  }
  const article = best && { title: best.article.title, path: best.article.path };
  if (verdictKind === 'covered' || (best && best.score >= MIN_OVERLAP)) {
    return article ? { kind: 'covered', article } : { kind: 'needs-look', reason: 'mining noemt dit beantwoord' };
  }
  if (best && best.score >= PARTLY_COVERED) return { kind: 'needs-look', article, reason: 'lijkt deels op een gepubliceerd artikel' };
  return { kind: 'new' };
}

function bestAnswerOf(source: Record<string, unknown>, body: string, reply: unknown): QueueItem['bestAnswer'] {
  const given = source['bestAnswer'];
  if (typeof given === 'string' && given.trim()) return { text: given };
  const answer = record(given);
  if (typeof answer['text'] === 'string') return { text: answer['text'], count: typeof answer['count'] === 'number' ? answer['count'] : undefined };
  // The draft quotes webcare's most given answer under "Kort antwoord" until an editor rewrites it.
  const quote = body
    .split('\n')
    .filter((line) => line.startsWith('> '))
    .map((line) => line.slice(2))
    .join(' ')
    .trim();
  if (quote) return { text: quote.replace(/\\([!-/:-@[-`{-~])/g, '$1') };
  return typeof reply === 'string' && reply.trim() ? { text: reply } : undefined;
}

function langOf(data: Record<string, unknown> | undefined): Locale {
  return data?.['lang'] === 'en' ? 'en' : 'nl';
}

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function strings(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.map((item) => (typeof item === 'string' ? item : typeof record(item)['text'] === 'string' ? String(record(item)['text']) : '')).filter(Boolean);
}

function number(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

function dateText(value: unknown): string | undefined {
  if (value instanceof Date) return value.toISOString();
  return typeof value === 'string' ? value : undefined;
}
