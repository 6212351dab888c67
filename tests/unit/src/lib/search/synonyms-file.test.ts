// The shipped brand and product vocabulary: one word or phrase per entry, no self-references.
import { describe, expect, it } from 'vitest';
import synonyms from '#site/data/synonyms.json' with { type: 'json' };

describe('src/data/synonyms.json', () => {
  const entries = Object.entries(synonyms as Record<string, unknown>);

  it('maps every word to a non-empty list of other words or phrases', () => {
    for (const [key, values] of entries) {
      expect(Array.isArray(values) && values.length > 0, key).toBe(true);
      for (const value of values as unknown[]) {
        expect(typeof value === 'string' && value.trim() !== '' && value !== key, `${key}: ${String(value)}`).toBe(true);
      }
    }
  });

  it('writes keys in lower case', () => {
    for (const [key] of entries) expect(key).toBe(key.toLowerCase());
  });
});
