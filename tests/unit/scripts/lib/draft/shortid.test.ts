import { describe, expect, it } from 'vitest';
import { SHORT_ID_PATTERN } from '#core/content.ts';
import { deriveShortId, parseShortIdRegistry, serializeShortIdRegistry } from '#lib/draft/index.ts';

describe('deriveShortId', () => {
  it('is deterministic and valid', () => {
    const id = deriveShortId('c-pakket', new Set());
    expect(id).toBe(deriveShortId('c-pakket', new Set()));
    expect(id).toMatch(SHORT_ID_PATTERN);
  });

  it('skips ids that were ever issued', () => {
    const first = deriveShortId('c-pakket', new Set());
    const second = deriveShortId('c-pakket', new Set([first]));
    expect(second).not.toBe(first);
    expect(second).toMatch(SHORT_ID_PATTERN);
  });
});

describe('the short id registry', () => {
  it('round-trips in a stable order', () => {
    const json = serializeShortIdRegistry(
      new Map([
        ['zzzz22', { clusterIds: ['b', 'a'], file: 'faq/nl/x.mdx' }],
        ['aaaa22', { clusterIds: [] }],
      ]),
    );
    expect(Object.keys((JSON.parse(json) as { shortIds: object }).shortIds)).toEqual(['aaaa22', 'zzzz22']);
    expect(serializeShortIdRegistry(parseShortIdRegistry(json))).toBe(json);
  });

  it('treats a missing file as empty and names a broken one', () => {
    expect(parseShortIdRegistry(undefined).size).toBe(0);
    expect(() => parseShortIdRegistry('[1,2]', 'content/.shortids.json')).toThrow(/^content\/\.shortids\.json: expected/);
    expect(() => parseShortIdRegistry('{', 'content/.shortids.json')).toThrow(/not valid JSON/);
  });
});
