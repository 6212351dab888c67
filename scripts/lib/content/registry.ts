import { SHORT_ID_PATTERN } from '#core/content.ts';

/**
 * Every shortId listed in content/.shortids.json (written by the draft step as
 * { "version": 1, "shortIds": { "<id>": {...} } }; a plain list of ids is read too).
 * Ids once handed out are never reused.
 */
export function readShortIdRegistry(data: unknown): Set<string> {
  const listed = data && typeof data === 'object' && !Array.isArray(data) ? (data as { shortIds?: unknown }).shortIds : data;
  const candidates = Array.isArray(listed) ? listed : listed && typeof listed === 'object' ? Object.keys(listed) : [];
  return new Set(candidates.filter((id): id is string => typeof id === 'string' && SHORT_ID_PATTERN.test(id)));
}
