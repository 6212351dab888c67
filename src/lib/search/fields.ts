// Which parts of an article are searchable, and how much each counts in the ranking.
import type { SearchDoc } from './types.ts';

export const FIELD_NAMES = ['title', 'questions', 'tags', 'description'] as const;

/** BM25F weight per field, in FIELD_NAMES order: title and questions high, tags and description lower. */
export const FIELD_WEIGHTS = [1.5, 1.5, 1, 0.5] as const;

/** BM25F length normalisation per field: tags and titles are short by nature, so barely normalised. */
export const FIELD_LENGTH_NORMS = [0.5, 0.75, 0.3, 0.75] as const;

/** The searchable text of each field, in FIELD_NAMES order. */
export function fieldTexts(doc: Pick<SearchDoc, 'title' | 'questions' | 'tags' | 'description'>): string[] {
  return [doc.title, doc.questions.join('\n'), doc.tags.join('\n'), doc.description];
}
