// The fields of an FAQ article file that drafting, decisions and mining's seeds read, with the
// defaults content/ allows (no status: a draft; no lang: the folder's).
import { parseArticle } from './frontmatter.ts';
import { contentHash } from './hash.ts';
import { isShortId } from './shortid.ts';
import type { DraftLang } from './wording.ts';

export type ArticleFields = {
  path: string;
  text: string;
  body: string;
  title: string;
  status: string;
  lang: DraftLang;
  shortId: string | undefined;
  /** The mined group the article was drafted from (`source.clusterId`). */
  clusterId: string | undefined;
  generatedHash: string | undefined;
  questions: string[];
  /** The prepared reply for CMs, when it has one. */
  reply: string | undefined;
};

export function readArticleFields(file: { path: string; text: string }): ArticleFields {
  const { data, body } = parseArticle(file.text, file.path);
  const source = data['source'] as { clusterId?: unknown } | undefined;
  return {
    path: file.path,
    text: file.text,
    body,
    title: typeof data['title'] === 'string' ? data['title'] : '',
    status: typeof data['status'] === 'string' ? data['status'] : 'draft',
    lang: data['lang'] === 'en' || (data['lang'] === undefined && file.path.startsWith('en/')) ? 'en' : 'nl',
    shortId: isShortId(data['shortId']) ? data['shortId'] : undefined,
    clusterId: typeof source?.clusterId === 'string' ? source.clusterId : undefined,
    generatedHash: typeof data['generatedHash'] === 'string' ? data['generatedHash'] : undefined,
    questions: Array.isArray(data['questions']) ? data['questions'].filter((question): question is string => typeof question === 'string') : [],
    reply: typeof data['reply'] === 'string' && data['reply'].trim() !== '' ? data['reply'] : undefined,
  };
}

/** Title and body as the draft tool wrote them (the hash it stored still matches): no editor changed them. */
export function isAsGenerated(article: Pick<ArticleFields, 'title' | 'body' | 'generatedHash'>): boolean {
  return article.generatedHash === contentHash(article.title, article.body);
}
