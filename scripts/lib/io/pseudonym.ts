// Pseudonyms for authors and ids: a SHA-256 of the salt and the raw value (one-shot, fast enough
// for a million rows), so the same person gets the same pseudonym in every run with the same salt,
// and the raw handle or name cannot be read back or guessed from a list of names without the salt.
// Node-only (node:crypto).
import { hash } from 'node:crypto';

export const DEFAULT_SALT = 'veelgesteld-default-salt';
const PREFIX = { author: 'p_', id: 'm_', conversation: 'c_' } as const;
const CACHE_LIMIT = 100_000;

/** `VEELGESTELD_SALT` from the environment, else a fixed default (pseudonyms then only hide names from casual readers). */
export function saltFromEnvironment(env: NodeJS.ProcessEnv = process.env): string {
  return env.VEELGESTELD_SALT && env.VEELGESTELD_SALT.length > 0 ? env.VEELGESTELD_SALT : DEFAULT_SALT;
}

export function createPseudonymizer(salt: string): (kind: keyof typeof PREFIX, raw: string) => string {
  // Only authors are cached: they repeat often enough to beat a hash (about 0.4 µs). Message and
  // conversation ids are mostly new, and a lookup in a large map costs nearly as much as hashing.
  const authors = new Map<string, string>();
  const digest = (kind: keyof typeof PREFIX, raw: string): string =>
    PREFIX[kind] + hash('sha256', `${salt}\u0000${kind}\u0000${raw}`, 'base64url').slice(0, 16);
  return (kind, raw) => {
    if (kind !== 'author') return digest(kind, raw);
    let value = authors.get(raw);
    if (value === undefined) {
      value = digest(kind, raw);
      if (authors.size >= CACHE_LIMIT) authors.clear();
      authors.set(detached(raw), value);
    }
    return value;
  };
}

/**
 * A copy of `text` that does not point into a larger string: values cut from a megabyte chunk of
 * the input would otherwise keep that whole chunk alive for as long as they are cached.
 */
function detached(text: string): string {
  return ` ${text}`.slice(1);
}
