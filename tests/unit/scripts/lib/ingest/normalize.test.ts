import { describe, expect, it } from 'vitest';
import { createTextCache, matchesMessageSchema, toMessage, type NormalizeContext } from '#lib/ingest/normalize.ts';
import type { RawMessage } from '#lib/ingest/index.ts';
import { createPseudonymizer } from '#lib/io/index.ts';
import { type Message, messageSchema } from '#core/message.ts';
import { createScrubber } from '#lib/scrub/index.ts';

const valid: Message = {
  id: 'm_abc',
  conversationId: 'c_def',
  inReplyTo: null,
  channel: 'x',
  direction: 'in',
  author: 'p_ghi',
  createdAt: '2024-03-12T14:05:00+01:00',
  lang: 'nl',
  text: 'Waar blijft mijn pakket?',
};

// Values zod accepts and values it refuses, per field; the fast path must never be more lenient.
const variants: Record<keyof Message, unknown[]> = {
  id: ['m_x', '', 7, null, undefined],
  conversationId: ['c_x', '', null],
  inReplyTo: [null, 'm_y', '', 3, undefined],
  channel: ['x', 'facebook', 'whatsapp', 'email', 'helpdesk', 'other', 'X', 'instagram', ''],
  direction: ['in', 'out', 'IN', 'both', null],
  author: ['p_x', '', 5],
  createdAt: [
    '2024-03-12T14:05:00+01:00',
    '2024-03-12T14:05Z',
    '2024-03-12T14:05:00.123-05:00',
    '2024-03-12 14:05',
    '2024-03-12T14:05:00',
    '12-03-2024',
    '',
    null,
  ],
  lang: ['nl', 'en', 'other', 'de', ''],
  text: ['', 'tekst', 5, null],
  source: [undefined, 'export.csv:12', '', 12, null],
};

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 4294967296;
  };
}

describe('matchesMessageSchema', () => {
  it('accepts exactly what messageSchema returns unchanged, over random combinations of good and bad fields', () => {
    const next = random(4242);
    let accepted = 0;
    for (let round = 0; round < 3000; round++) {
      const candidate: Record<string, unknown> = { ...valid };
      for (const [field, values] of Object.entries(variants)) {
        if (next() < 0.3) candidate[field] = values[Math.floor(next() * values.length)];
      }
      const parsed = messageSchema.safeParse(candidate);
      const fast = matchesMessageSchema(candidate as Message);
      const unchanged = parsed.success && JSON.stringify(parsed.data) === JSON.stringify(candidate);
      expect(fast, JSON.stringify(candidate)).toBe(unchanged);
      if (fast) accepted++;
    }
    expect(accepted).toBeGreaterThan(100);
  });
});

describe('toMessage', () => {
  const raw: RawMessage = {
    line: 2,
    sourceId: '42',
    conversationKey: 'thread-1',
    inReplyTo: null,
    channel: 'whatsapp',
    direction: null,
    author: 'Sanne de Vries',
    createdAt: '2024-03-12T14:05:00+01:00',
    text: 'Hoi, mijn nummer is 06-12345678. Groet, Sanne',
  };
  const context = (textCache?: NormalizeContext['textCache']): NormalizeContext => ({
    fileName: 'export.csv',
    pseudonymize: createPseudonymizer('test'),
    scrub: createScrubber(),
    ...(textCache ? { textCache } : {}),
    isCompany: () => false,
    sequence: { next: 1 },
  });

  it('gives the same message with and without the text cache, also when the text repeats', () => {
    const cached = context(createTextCache());
    const plain = context();
    for (let i = 0; i < 3; i++) expect(toMessage(raw, cached)).toEqual(toMessage(raw, plain));
    const result = toMessage(raw, cached);
    expect('message' in result && result.message.text).toBe('Hoi, mijn nummer is [telefoon]. Groet, [naam]');
  });

  it('still reports a message that fails the schema, with the field', () => {
    const result = toMessage({ ...raw, createdAt: '12-03-2024' }, context());
    expect(result).toEqual({ skipped: expect.objectContaining({ reason: 'invalid-message', detail: 'invalid createdAt' }) });
  });
});
