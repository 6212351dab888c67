// Finding the article a mined group belongs to, by its title, its customers' questions, its slug or
// its short link. Browser-safe: the topics page filters in the browser with it (client/topics.ts),
// and the server renders the same first suggestions without JavaScript.

/** An FAQ article or draft an editor can attach questions to; `path` is relative to content/faq. */
export type TargetArticle = {
  path: string;
  title: string;
  status: string;
  lang: 'nl' | 'en';
  slug: string;
  shortId: string | undefined;
  questions: string[];
};

export type SearchOptions = {
  /** Only articles in this language (a group is attached to an article in its own language). */
  lang?: 'nl' | 'en' | undefined;
  /** Never offered: the group's own draft. */
  exclude?: string | undefined;
  limit?: number | undefined;
  /** Suggestions for a whole question: articles that share any of its words, most shared first. */
  anyWord?: boolean | undefined;
};

/** Articles whose title, questions, slug or short id hold every word of `query`, best first. */
export function findArticles(articles: readonly TargetArticle[], query: string, options: SearchOptions = {}): TargetArticle[] {
  const words = options.anyWord ? wordsOf(query).filter((word) => word.length > 2 && !STOP_WORDS.has(word)) : wordsOf(query);
  if (words.length === 0) return [];
  const scored = articles.flatMap((article) => {
    if (article.path === options.exclude || (options.lang && article.lang !== options.lang)) return [];
    const title = wordsOf(`${article.title} ${article.slug.replace(/-/g, ' ')}`);
    const questions = wordsOf(article.questions.join(' '));
    const id = (article.shortId ?? '').toLowerCase();
    let score = 0;
    for (const word of words) {
      if (title.some((candidate) => candidate.startsWith(word))) score += 3;
      else if (word === id) score += 3;
      else if (questions.some((candidate) => candidate.startsWith(word))) score += 1;
      else if (title.some((candidate) => candidate.includes(word)) || questions.some((candidate) => candidate.includes(word))) score += 0.5;
      else if (!options.anyWord) return [];
    }
    return options.anyWord && score < 1 ? [] : [{ article, score }];
  });
  return scored
    .sort((a, b) => b.score - a.score || statusRank(a.article.status) - statusRank(b.article.status) || a.article.title.localeCompare(b.article.title, 'nl'))
    .slice(0, options.limit ?? 8)
    .map((entry) => entry.article);
}

// --- internal ---

/** Words every question has; a suggestion shares more than these. */
const STOP_WORDS = new Set(
  'hoe wat waar wanneer waarom welke wie kan kun kunt kunnen moet moeten mag wil wilt ben bent heb hebt heeft had zijn was wordt worden word ik mijn mij je jij jouw jullie uw het een de dat dit die deze van voor met aan bij uit naar over niet geen nog wel ook maar dan als wat jullie zo er om te tot via the and for how what can you your does'.split(
    ' ',
  ),
);

function wordsOf(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Published articles first: they are what a group is most often attached to. */
function statusRank(status: string): number {
  return status === 'published' ? 0 : status === 'review' ? 1 : 2;
}
