// The content check: every mistake an editor can make in content/ that would break the site, leak
// personal data or publish something unfinished, reported with file:line and a plain message.
import { type CollectionName, collectionSchemas, type Locale, type Status, STATUSES } from '#core/content.ts';
import type { ProjectConfig } from '#core/config.ts';
import { parseContentFile, type ContentFile, type ParsedContent } from '../content/index.ts';
import { countTweetLength } from '#core/tweet-length.ts';
import { findBodyReferences, positionAt } from './links.ts';
import { findPersonalData } from '../scrub/index.ts';
import { sortProblems, type Problem, type Severity } from './problems.ts';
import { MAX_REPLY_LENGTH, replyWithLink } from '#core/replies.ts';
import { categorySlug, COLLECTION_SEGMENTS, SHORT_LINK_SEGMENT, shortLink } from '#core/routes.ts';
import { describeIssue } from './schema-messages.ts';

export type CheckConfig = Pick<ProjectConfig, 'siteUrl' | 'company' | 'editorial'>;

export type CheckOptions = {
  config: CheckConfig;
  /** "Today" for the stale-article warning. */
  now: Date;
  /** Whether a file exists, given its path relative to the project root (e.g. public/img/a.png). */
  assetExists: (path: string) => boolean;
  /** Report problems only for files this accepts; the other files still count for links and duplicates. */
  only?: ((path: string) => boolean) | undefined;
  /** Where /-paths of images live; "public" by default. */
  publicDir?: string | undefined;
};

/** One content file as the check sees it: parsed, validated when possible, with its raw values. */
export type CheckedItem = {
  parsed: ParsedContent;
  raw: Record<string, unknown>;
  valid: boolean;
  lang: Locale;
  status: Status;
  shortId: string | undefined;
  publishAt: Date | undefined;
  updatedAt: Date | undefined;
};

type Index = {
  shortIds: Map<string, CheckedItem>;
  /** "faq:nl" → slug (current and previous) → item. */
  slugs: Map<string, Map<string, CheckedItem>>;
  categories: Set<string>;
};

const TODO_LINE_START = /^\s*TODO\b/;
const TODO_ANYWHERE = /TODO:/;
const IMAGE_KEYS = ['hero', 'heroImage', 'image', 'ogImage'] as const;
const ONE_DAY = 86_400_000;

/** Checks content files (all of content/, so links and duplicates can be resolved) and lists problems. */
export function checkContent(files: readonly ContentFile[], options: CheckOptions): Problem[] {
  const entries = files.map((file) => ({ item: toItem(parseContentFile(file)), text: file.text }));
  const items = entries.map((entry) => entry.item);
  const index = buildIndex(items);
  const reported = (file: string) => !options.only || options.only(file);
  const problems = [
    ...entries.filter((entry) => reported(entry.item.parsed.path)).flatMap((entry) => checkItem(entry.item, entry.text, index, options)),
    ...duplicateSlugs(items).filter((problem) => reported(problem.file)),
    ...duplicateShortIds(items).filter((problem) => reported(problem.file)),
  ];
  return sortProblems(problems);
}

/** Reads a parsed file into what the checks need, tolerating invalid frontmatter. */
export function toItem(parsed: ParsedContent): CheckedItem {
  const raw = parsed.frontmatter ?? {};
  const result = parsed.collection ? collectionSchemas[parsed.collection].safeParse(raw) : undefined;
  const data = result?.success ? (result.data as Record<string, unknown>) : undefined;
  const status = STATUSES.find((candidate) => candidate === raw['status']) ?? 'draft';
  return {
    parsed,
    raw,
    valid: Boolean(data),
    lang: raw['lang'] === 'en' ? 'en' : 'nl',
    status,
    shortId: typeof raw['shortId'] === 'string' ? raw['shortId'] : undefined,
    publishAt: asDate(data?.['publishAt']),
    updatedAt: asDate(data?.['updatedAt']),
  };
}

// --- internal ---

function checkItem(item: CheckedItem, text: string, index: Index, options: CheckOptions): Problem[] {
  const { parsed } = item;
  const problems: Problem[] = [];
  const at = (line: number, severity: Severity, code: string, message: string, column?: number): Problem => ({
    file: parsed.path,
    line,
    column,
    severity,
    code,
    message,
  });
  if (parsed.frontmatterError) {
    problems.push(at(parsed.frontmatterError.line, 'error', 'frontmatter', parsed.frontmatterError.message));
  } else if (!parsed.collection) {
    problems.push(at(1, 'error', 'collection', 'this file is not inside a faq, blog or broadcasts folder, so the site does not know what it is'));
  } else {
    problems.push(...schemaProblems(item, parsed.collection, at));
    problems.push(...frontmatterProblems(item, parsed.collection, index, options, at));
  }
  problems.push(...todoProblems(item, at));
  problems.push(...bodyReferenceProblems(item, index, options, at));
  problems.push(...personalDataProblems(text, options.config.company, publicNames(item), at));
  return problems;
}

type At = (line: number, severity: Severity, code: string, message: string, column?: number) => Problem;

function schemaProblems(item: CheckedItem, collection: CollectionName, at: At): Problem[] {
  const result = collectionSchemas[collection].safeParse(item.raw);
  if (result.success) return [];
  return result.error.issues.map((issue) => at(item.parsed.lineOf(issue.path), 'error', 'schema', describeIssue(issue, item.raw)));
}

function frontmatterProblems(item: CheckedItem, collection: CollectionName, index: Index, options: CheckOptions, at: At): Problem[] {
  const { raw, parsed } = item;
  const { editorial, siteUrl } = options.config;
  const lenient = item.status === 'draft' ? 'warning' : 'error';
  const problems: Problem[] = [];
  const folderLang = parsed.path.split(/[\\/]/).find((part) => part === 'nl' || part === 'en');
  if (folderLang && folderLang !== item.lang) {
    problems.push(at(parsed.lineOf(['lang']), 'error', 'lang-folder', `lang is "${item.lang}" but the file is in the "${folderLang}" folder; make them match`));
  }
  if (typeof raw['title'] === 'string' && [...raw['title']].length > editorial.titleMax) {
    const length = [...raw['title']].length;
    problems.push(
      at(
        parsed.lineOf(['title']),
        lenient,
        'title-length',
        `title is ${length} characters; keep it at most ${editorial.titleMax} so search engines show it in full`,
      ),
    );
  }
  if (typeof raw['description'] === 'string') {
    const length = [...raw['description']].length;
    if (length < editorial.descriptionMin || length > editorial.descriptionMax) {
      problems.push(
        at(
          parsed.lineOf(['description']),
          lenient,
          'description-length',
          `description is ${length} characters; write between ${editorial.descriptionMin} and ${editorial.descriptionMax} (it is the snippet under the title in search results)`,
        ),
      );
    }
  }
  if (item.shortId) {
    const link = shortLink(siteUrl, item.shortId);
    const replies = collection === 'faq' ? [['reply'] as const] : collection === 'broadcasts' ? replyPaths(raw['replies']) : [];
    for (const path of replies) {
      const reply = valueAtPath(raw, path);
      if (typeof reply !== 'string' || reply.trim() === '') continue;
      const alone = countTweetLength(reply);
      const withLink = countTweetLength(replyWithLink(reply, link));
      if (alone <= MAX_REPLY_LENGTH && withLink > MAX_REPLY_LENGTH) {
        problems.push(
          at(
            parsed.lineOf(path),
            lenient,
            'reply-length',
            `${path.join('.')} is ${withLink} characters as X counts them once the short link is added; at most ${MAX_REPLY_LENGTH} fit in one post, so shorten it by ${withLink - MAX_REPLY_LENGTH}`,
          ),
        );
      } else if (collection === 'broadcasts' && alone > MAX_REPLY_LENGTH) {
        problems.push(
          at(
            parsed.lineOf(path),
            'error',
            'reply-length',
            `${path.join('.')} is ${alone} characters as X counts them; at most ${MAX_REPLY_LENGTH} fit in one post`,
          ),
        );
      }
    }
  }
  problems.push(...relatedProblems(item, index, at));
  problems.push(...frontmatterImageProblems(item, options, at));
  problems.push(...staleProblems(item, collection, options, at));
  return problems;
}

function replyPaths(replies: unknown): (readonly ['replies', number])[] {
  return Array.isArray(replies) ? replies.map((_reply, position) => ['replies', position] as const) : [];
}

function relatedProblems(item: CheckedItem, index: Index, at: At): Problem[] {
  const related = item.raw['related'];
  if (!Array.isArray(related)) return [];
  const known = (entry: string) => index.shortIds.has(entry) || [...index.slugs.values()].some((slugs) => slugs.has(entry));
  return related.flatMap((entry, position) =>
    typeof entry === 'string' && !known(entry)
      ? [at(item.parsed.lineOf(['related', position]), 'error', 'broken-related', `related: no article or broadcast has the slug or shortId "${entry}"`)]
      : [],
  );
}

function frontmatterImageProblems(item: CheckedItem, options: CheckOptions, at: At): Problem[] {
  return IMAGE_KEYS.flatMap((key) => {
    const url = item.raw[key];
    if (typeof url !== 'string') return [];
    const missing = missingImage(url, item.parsed.path, options);
    return missing ? [at(item.parsed.lineOf([key]), 'error', 'missing-image', `${key}: ${missing}`)] : [];
  });
}

function staleProblems(item: CheckedItem, collection: CollectionName, options: CheckOptions, at: At): Problem[] {
  if (collection === 'broadcasts' || item.status !== 'published') return [];
  const last = item.updatedAt ?? item.publishAt;
  if (!last) return [];
  const days = Math.floor((options.now.getTime() - last.getTime()) / ONE_DAY);
  if (days <= options.config.editorial.staleAfterDays) return [];
  const key = item.updatedAt ? 'updatedAt' : 'publishAt';
  return [
    at(
      item.parsed.lineOf([key]),
      'warning',
      'stale',
      `last updated ${last.toISOString().slice(0, 10)}, ${days} days ago (more than ${options.config.editorial.staleAfterDays}): check that it is still right, then set updatedAt to today`,
    ),
  ];
}

function todoProblems(item: CheckedItem, at: At): Problem[] {
  const found: { line: number; column: number }[] = [];
  item.parsed.body.split('\n').forEach((text, position) => {
    const column = TODO_LINE_START.test(text) ? text.indexOf('TODO') : text.search(TODO_ANYWHERE);
    if (column >= 0) found.push({ line: item.parsed.bodyLine + position, column: column + 1 });
  });
  for (const path of stringPaths(item.raw)) {
    const value = valueAtPath(item.raw, path);
    if (typeof value === 'string' && (TODO_LINE_START.test(value) || TODO_ANYWHERE.test(value))) {
      found.push({ line: item.parsed.lineOf(path), column: 1 });
    }
  }
  found.sort((a, b) => a.line - b.line);
  const [first] = found;
  if (!first) return [];
  if (item.status === 'draft') {
    return [
      at(
        first.line,
        'note',
        'todo',
        `draft has ${found.length} TODO${found.length === 1 ? '' : 's'} left (first on this line); finish them before setting status to review`,
      ),
    ];
  }
  return found.map(({ line, column }) =>
    at(line, 'error', 'todo', `TODO left in a ${item.status} ${item.parsed.collection ?? 'item'}: finish this text, or set status back to draft`, column),
  );
}

function bodyReferenceProblems(item: CheckedItem, index: Index, options: CheckOptions, at: At): Problem[] {
  const lenient = item.status === 'draft' ? 'warning' : 'error';
  return findBodyReferences(item.parsed.body).flatMap((reference) => {
    const line = item.parsed.bodyLine + reference.line - 1;
    if (reference.kind === 'image') {
      const missing = missingImage(reference.url, item.parsed.path, options);
      return missing ? [at(line, 'error', 'missing-image', missing, reference.column)] : [];
    }
    const broken = brokenInternalLink(reference.url, index, options.config.siteUrl);
    return broken ? [at(line, lenient, 'broken-link', broken, reference.column)] : [];
  });
}

/** Why an internal link leads nowhere, or undefined when it works or is not ours to check. */
function brokenInternalLink(url: string, index: Index, siteUrl: string): string | undefined {
  const path = internalPath(url, siteUrl);
  if (path === undefined) return undefined;
  const segments = path.split('/').filter(Boolean);
  const lang: Locale = segments[0] === 'en' ? 'en' : 'nl';
  if (lang === 'en') segments.shift();
  const [first, ...rest] = segments;
  if (first === undefined) return undefined;
  if (first === SHORT_LINK_SEGMENT) {
    const id = rest[0];
    if (id && index.shortIds.has(id)) return undefined;
    return `link ${url} goes nowhere: no FAQ article or broadcast has shortId "${id ?? ''}"`;
  }
  const collection = (Object.keys(COLLECTION_SEGMENTS) as CollectionName[]).find((name) => COLLECTION_SEGMENTS[name][lang] === first);
  const slug = rest.at(-1);
  if (!collection || slug === undefined) return undefined;
  if (index.slugs.get(`${collection}:${lang}`)?.has(slug)) return undefined;
  if (collection === 'faq' && index.categories.has(slug)) return undefined;
  if (collection === 'blog' && /^\d+$/.test(slug)) return undefined;
  return `link ${url} goes nowhere: there is no ${lang === 'en' ? 'English' : 'Dutch'} ${collection === 'broadcasts' ? 'broadcast' : collection} item "${slug}"`;
}

function internalPath(url: string, siteUrl: string): string | undefined {
  const origin = new URL(siteUrl).origin;
  let path: string;
  if (url.startsWith(origin + '/') || url === origin) path = url.slice(origin.length) || '/';
  else if (url.startsWith('/') && !url.startsWith('//')) path = url;
  else return undefined;
  return safeDecode(path.replace(/[?#].*$/, ''));
}

/** Why an image path points at no file, or undefined when the file exists or is external. */
function missingImage(url: string, file: string, options: CheckOptions): string | undefined {
  if (/^(?:[a-z]+:|\/\/)/i.test(url) || url.startsWith('#')) return undefined;
  const clean = safeDecode(url.replace(/[?#].*$/, ''));
  const publicDir = options.publicDir ?? 'public';
  const resolved = clean.startsWith('/') ? normalizePath(`${publicDir}${clean}`) : normalizePath(`${file.split('/').slice(0, -1).join('/')}/${clean}`);
  return options.assetExists(resolved) ? undefined : `image ${url} not found (looked for ${resolved})`;
}

/** Names that are public on purpose: a broadcast's contact person and a blog post's author. */
function publicNames(item: CheckedItem): string[] {
  const contact = item.raw['contact'];
  const names = [item.raw['author'], contact && typeof contact === 'object' ? (contact as Record<string, unknown>)['name'] : undefined];
  return names.filter((name): name is string => typeof name === 'string' && name.trim() !== '');
}

// The tool's own fingerprint of a draft: hex digits that can pass the card-number (Luhn) test.
const GENERATED_HASH_LINE = /^(generatedHash:[ \t]*)(.*)$/mu;

function personalDataProblems(text: string, company: CheckConfig['company'], names: readonly string[], at: At): Problem[] {
  // Blanked rather than cut out, so the line and column of every other finding stay right.
  const scanned = text.replace(GENERATED_HASH_LINE, (_line, key: string, value: string) => key + ' '.repeat(value.length));
  return findPersonalData(scanned, company, names).map((span) => {
    const { line, column } = positionAt(text, span.start);
    return at(
      line,
      'error',
      'personal-data',
      `this looks like personal data (${span.type}); content must never contain customer details: remove it or make it general`,
      column,
    );
  });
}

function duplicateSlugs(items: readonly CheckedItem[]): Problem[] {
  const groups = groupBy(
    items.filter((item) => item.parsed.collection),
    (item) => `${item.parsed.collection}:${item.lang}:${item.parsed.slug}`,
  );
  const problems: Problem[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    for (const item of group) {
      const others = group.filter((other) => other !== item).map((other) => other.parsed.path);
      problems.push({
        file: item.parsed.path,
        line: 1,
        severity: 'error',
        code: 'duplicate-slug',
        message: `slug "${item.parsed.slug}" (the file name) is also used by ${others.join(', ')} in the same collection and language; rename one of the files`,
      });
    }
  }
  for (const item of items) {
    const previous = item.raw['previousSlugs'];
    if (!item.parsed.collection || !Array.isArray(previous)) continue;
    previous.forEach((slug, position) => {
      const owner = groups.get(`${item.parsed.collection}:${item.lang}:${String(slug)}`)?.[0];
      if (!owner || owner === item) return;
      problems.push({
        file: item.parsed.path,
        line: item.parsed.lineOf(['previousSlugs', position]),
        severity: 'error',
        code: 'duplicate-slug',
        message: `previousSlugs: "${String(slug)}" is the current slug of ${owner.parsed.path}; the old address cannot redirect to two pages`,
      });
    });
  }
  return problems;
}

function duplicateShortIds(items: readonly CheckedItem[]): Problem[] {
  const groups = groupBy(
    items.filter((item) => item.shortId && (item.parsed.collection === 'faq' || item.parsed.collection === 'broadcasts')),
    (item) => item.shortId ?? '',
  );
  return [...groups.values()]
    .filter((group) => group.length > 1)
    .flatMap((group) =>
      group.map((item) => ({
        file: item.parsed.path,
        line: item.parsed.lineOf(['shortId']),
        severity: 'error' as const,
        code: 'duplicate-shortid',
        message: `shortId "${item.shortId ?? ''}" is also used by ${group
          .filter((other) => other !== item)
          .map((other) => other.parsed.path)
          .join(', ')}; a short link must lead to one page, so give the newer item another shortId`,
      })),
    );
}

function buildIndex(items: readonly CheckedItem[]): Index {
  const index: Index = { shortIds: new Map(), slugs: new Map(), categories: new Set() };
  for (const item of items) {
    const { collection, slug } = item.parsed;
    if (!collection) continue;
    if (item.shortId && collection !== 'blog') index.shortIds.set(item.shortId, item);
    const key = `${collection}:${item.lang}`;
    const slugs = index.slugs.get(key) ?? new Map<string, CheckedItem>();
    slugs.set(slug, item);
    const previous = item.raw['previousSlugs'];
    if (Array.isArray(previous)) for (const old of previous) if (typeof old === 'string') slugs.set(old, item);
    index.slugs.set(key, slugs);
    if (collection === 'faq' && typeof item.raw['category'] === 'string') index.categories.add(categorySlug(item.raw['category']));
  }
  return index;
}

function stringPaths(value: unknown, path: PropertyKey[] = []): PropertyKey[][] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((item, position) => stringPaths(item, [...path, position]));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([key, item]) => stringPaths(item, [...path, key]));
  }
  return [];
}

function valueAtPath(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

function groupBy<T>(values: readonly T[], key: (value: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const value of values) groups.set(key(value), [...(groups.get(key(value)) ?? []), value]);
  return groups;
}

function normalizePath(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

function safeDecode(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}

function asDate(value: unknown): Date | undefined {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value : undefined;
}
