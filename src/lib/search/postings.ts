// Browser side: the serialised index → in-memory BM25F postings (term → documents with their
// field-weighted, length-normalised term frequency).
import { FIELD_LENGTH_NORMS, FIELD_NAMES, FIELD_WEIGHTS } from './fields.ts';
import type { SearchIndex } from './types.ts';

export type Postings = {
  /** Per term id: the documents that contain it, ascending. */
  docs: Uint32Array[];
  /** Per term id, aligned with `docs`: the BM25F pseudo term frequency in that document. */
  frequencies: Float32Array[];
  /** Per term id: inverse document frequency. */
  idf: Float64Array;
};

export function decodePostings(index: SearchIndex): Postings {
  const termCount = index.terms.length;
  const docCount = index.docs.id.length;
  const decoded = FIELD_NAMES.map((_, field) =>
    Array.from({ length: docCount }, (_, doc) => decodeTermIds(index.fields[field]?.[doc] ?? '', termCount)),
  );
  const averageLengths = decoded.map((docs) => docs.reduce((sum, ids) => sum + ids.length, 0) / Math.max(1, docCount) || 1);
  const docLists: number[][] = Array.from({ length: termCount }, () => []);
  const frequencyLists: number[][] = Array.from({ length: termCount }, () => []);
  for (let doc = 0; doc < docCount; doc++) {
    const pseudoFrequency = new Map<number, number>();
    decoded.forEach((docs, field) => {
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

function decodeTermIds(encoded: string, termCount: number): number[] {
  if (encoded === '') return [];
  return encoded.split(' ').map((part) => {
    const id = Number.parseInt(part, 36);
    if (!(id >= 0 && id < termCount)) throw new Error(`search index: unknown term id "${part}"`);
    return id;
  });
}
