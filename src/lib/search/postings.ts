// Browser side: the serialised index → in-memory BM25F postings (term → documents with their
// field-weighted, length-normalised term frequency).
import { decodeTermIds } from './codec.ts';
import { FIELD_LENGTH_NORMS, FIELD_NAMES, FIELD_WEIGHTS } from './fields.ts';
import { tokens } from './text.ts';
import type { SearchIndex, SearchLang } from './types.ts';

export type Postings = {
  /** Per term id: the documents that contain it, ascending. */
  docs: Uint32Array[];
  /** Per term id, aligned with `docs`: the BM25F pseudo term frequency in that document. */
  frequencies: Float32Array[];
  /** Per term id: inverse document frequency. */
  idf: Float64Array;
};

export function decodePostings(index: SearchIndex, termIds: ReadonlyMap<string, number>): Postings {
  const termCount = index.terms.length;
  const docCount = index.docs.length;
  const fields = FIELD_NAMES.map((_, field) => fieldTermIds(index, field, termIds));
  const averageLengths = fields.map((docs) => docs.reduce((sum, ids) => sum + ids.length, 0) / Math.max(1, docCount) || 1);
  const docLists: number[][] = Array.from({ length: termCount }, () => []);
  const frequencyLists: number[][] = Array.from({ length: termCount }, () => []);
  for (let doc = 0; doc < docCount; doc++) {
    const pseudoFrequency = new Map<number, number>();
    fields.forEach((docs, field) => {
      const ids = docs[doc] ?? [];
      const lengthNorm = FIELD_LENGTH_NORMS[field] ?? 0.75;
      const weight = (FIELD_WEIGHTS[field] ?? 1) / (1 - lengthNorm + (lengthNorm * ids.length) / (averageLengths[field] ?? 1));
      for (const id of ids) pseudoFrequency.set(id, (pseudoFrequency.get(id) ?? 0) + weight);
    });
    for (const [id, frequency] of pseudoFrequency) {
      docLists[id]?.push(doc);
      frequencyLists[id]?.push(frequency);
    }
  }
  const idf = new Float64Array(termCount);
  docLists.forEach((docs, id) => {
    idf[id] = Math.log(1 + (docCount - docs.length + 0.5) / (docs.length + 0.5));
  });
  return {
    docs: docLists.map((docs) => Uint32Array.from(docs)),
    frequencies: frequencyLists.map((frequencies) => Float32Array.from(frequencies)),
    idf,
  };
}

// --- internal ---

/** Term ids per document of one field: stored for questions and tags, derived from the display text otherwise. */
function fieldTermIds(index: SearchIndex, field: number, termIds: ReadonlyMap<string, number>): number[][] {
  const name = FIELD_NAMES[field];
  if (name === 'questions' || name === 'tags') {
    return index[name].map((encoded) => decodeTermIds(encoded, index.terms.length));
  }
  const column = name === 'title' ? 2 : 3;
  return index.docs.map((row) => {
    const lang: SearchLang = index.langs[row[5]] ?? 'nl';
    return tokens(row[column], lang).flatMap((term) => termIds.get(term) ?? []);
  });
}
