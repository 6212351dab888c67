// Stable cluster ids: a cluster that matches one of the previous run (by shared frequent
// questions) keeps that id; a new one gets an id derived from its label, so reruns agree.
import type { Cluster } from '#core/cluster.ts';
import { normalize } from '#core/text/index.ts';
import { hashString } from './random.ts';

export const FINGERPRINT_SIZE = 64;
const MIN_MATCH = 0.15;
const ID_ALPHABET = '23456789abcdefghjkmnpqrstuvwxyz';

/** 8 hex characters identifying a normalised question. */
export function questionHash(text: string): string {
  return normalizedQuestionHash(normalize(text));
}

/** `questionHash` of a text that already went through `normalize`. */
export function normalizedQuestionHash(normalized: string): string {
  return hashString(normalized).toString(16).padStart(8, '0') + hashString(normalized, 0x1234567).toString(16).padStart(8, '0').slice(0, 4);
}

export type IdCandidate = { label: string; hashes: ReadonlySet<string> };

/** Ids for the new clusters, in order: matched to `previous` greedily by overlap, else derived. */
export function assignIds(
  candidates: readonly IdCandidate[],
  previous: readonly Pick<Cluster, 'id' | 'label' | 'fingerprint'>[],
  /** Ids taken elsewhere (the clusters, when naming their sub-topics). */
  reserved: ReadonlySet<string> = new Set(),
): string[] {
  const pairs: { next: number; prev: number; score: number }[] = [];
  previous.forEach((old, prev) => {
    const fingerprint = old.fingerprint?.length ? old.fingerprint : [questionHash(old.label)];
    candidates.forEach((candidate, next) => {
      let shared = 0;
      for (const hash of fingerprint) if (candidate.hashes.has(hash)) shared++;
      const score = shared / fingerprint.length;
      if (score >= MIN_MATCH) pairs.push({ next, prev, score });
    });
  });
  pairs.sort((a, b) => b.score - a.score || a.next - b.next || a.prev - b.prev);
  const ids = new Array<string | undefined>(candidates.length);
  const takenPrev = new Set<number>();
  for (const { next, prev } of pairs) {
    if (ids[next] !== undefined || takenPrev.has(prev)) continue;
    ids[next] = previous[prev]!.id;
    takenPrev.add(prev);
  }
  const used = new Set<string>([...reserved, ...previous.map((p) => p.id), ...ids.filter((id): id is string => id !== undefined)]);
  return candidates.map((candidate, index) => {
    const matched = ids[index];
    if (matched !== undefined) return matched;
    let salt = 0;
    let id = derivedId(candidate.label, salt);
    while (used.has(id)) id = derivedId(candidate.label, ++salt);
    used.add(id);
    return id;
  });
}

function derivedId(label: string, salt: number): string {
  let hash = hashString(`${normalize(label)}#${salt}`);
  let id = 'q';
  for (let i = 0; i < 6; i++) {
    id += ID_ALPHABET[hash % ID_ALPHABET.length];
    hash = Math.floor(hash / ID_ALPHABET.length);
  }
  return id;
}
