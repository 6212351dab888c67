// Which parts of an article are searchable, and how much each counts in the ranking.
import type { SearchDoc } from './types.ts';

export const FIELD_NAMES = ['title', 'questions', 'tags', 'description'] as const;

/** BM25F weight per field, in FIELD_NAMES order: a customer's question mostly echoes a title or a question. */
export const FIELD_WEIGHTS = [3, 2, 1.5, 1] as const;

/** BM25F length normalisation per field: tags and titles are short by nature, so barely normalised. */
export const FIELD_LENGTH_NORMS = [0.5, 0.75, 0.3, 0.75] as const;

export function fieldTexts(doc: SearchDoc): string[] {
  return [doc.title, doc.questions.join('\n'), doc.tags.join('\n'), doc.description];
}
