// Short links (/k/<shortId>) are printed in replies and screenshots, so an id must never point at
// another article, even after the first one is deleted. content/.shortids.json remembers every id
// ever issued; new ids derive from the cluster id so a re-run gives the same id.
import { SHORT_ID_ALPHABET, SHORT_ID_PATTERN } from '#core/content.ts';
import { InputError } from '../errors.ts';
import { fnv1a64 } from './hash.ts';

export const SHORT_ID_REGISTRY_FILE = '.shortids.json';
const SHORT_ID_LENGTH = 6;
const MAX_ATTEMPTS = 10_000;

/** Who an id was issued to: the clusters its article answered, or the file it was first seen in. */
export type ShortIdEntry = { clusterIds: string[]; file?: string };
export type ShortIdRegistry = Map<string, ShortIdEntry>;

/** Reads the registry; an absent file is an empty registry. */
export function parseShortIdRegistry(json: string | undefined, file = SHORT_ID_REGISTRY_FILE): ShortIdRegistry {
  const registry: ShortIdRegistry = new Map();
  if (json === undefined) return registry;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    throw new InputError(`not valid JSON (${error instanceof Error ? error.message : String(error)})`, { file });
  }
  const ids = (raw as { shortIds?: unknown } | null)?.shortIds;
  if (typeof ids !== 'object' || ids === null || Array.isArray(ids)) {
    throw new InputError('expected { "version": 1, "shortIds": { "<id>": { "clusterIds": [...] } } }', { file });
  }
  for (const [id, value] of Object.entries(ids)) {
    const entry = value as { clusterIds?: unknown; file?: unknown } | null;
    const clusterIds = entry?.clusterIds ?? [];
    if (!Array.isArray(clusterIds) || clusterIds.some((clusterId) => typeof clusterId !== 'string')) {
      throw new InputError(`shortIds.${id}.clusterIds: expected a list of cluster ids`, { file });
    }
    registry.set(id, {
      clusterIds: clusterIds as string[],
      ...(typeof entry?.file === 'string' ? { file: entry.file } : {}),
    });
  }
  return registry;
}

/** Stable JSON: ids and cluster ids sorted, so the same registry is always the same bytes. */
export function serializeShortIdRegistry(registry: ShortIdRegistry): string {
  const shortIds: Record<string, ShortIdEntry> = {};
  for (const id of [...registry.keys()].sort()) {
    const entry = registry.get(id) as ShortIdEntry;
    shortIds[id] = { clusterIds: [...new Set(entry.clusterIds)].sort(), ...(entry.file ? { file: entry.file } : {}) };
  }
  return `${JSON.stringify({ version: 1, shortIds }, null, 2)}\n`;
}

/** The short id this seed maps to, skipping every id in `taken`. Deterministic. */
export function deriveShortId(seed: string, taken: ReadonlySet<string>): string {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const id = toAlphabet(fnv1a64(attempt === 0 ? seed : `${seed}#${attempt}`));
    if (!taken.has(id)) return id;
  }
  throw new Error(`no free short id for "${seed}" after ${MAX_ATTEMPTS} attempts`);
}

export function isShortId(value: unknown): value is string {
  return typeof value === 'string' && SHORT_ID_PATTERN.test(value);
}

function toAlphabet(hash: bigint): string {
  const base = BigInt(SHORT_ID_ALPHABET.length);
  let rest = hash;
  let id = '';
  for (let i = 0; i < SHORT_ID_LENGTH; i++) {
    id += SHORT_ID_ALPHABET[Number(rest % base)];
    rest /= base;
  }
  return id;
}
