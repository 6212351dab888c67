import { describe, expect, it } from 'vitest';
import { messageSchema, plainMessage } from '#core/message.ts';
import { A_MESSAGE } from '#tests/fixtures/message.ts';

const valid = A_MESSAGE;

const variants: Record<string, unknown>[] = [
  valid,
  { ...valid, inReplyTo: 'm0' },
  { ...valid, inReplyTo: undefined },
  { ...valid, extra: 'dropped' },
  { ...valid, createdAt: '2026-09-01T08:00Z' },
  { ...valid, createdAt: '2026-09-01T08:00:00.123Z' },
  { ...valid, lang: 'other', direction: 'out', channel: 'helpdesk', text: '' },
  { ...valid, id: '' },
  { ...valid, id: 7 },
  { ...valid, conversationId: undefined },
  { ...valid, inReplyTo: 3 },
  { ...valid, channel: 'fax' },
  { ...valid, direction: 'sideways' },
  { ...valid, author: '' },
  { ...valid, createdAt: '1 september 2026' },
  { ...valid, createdAt: '2026-09-01T10:00:00' },
  { ...valid, lang: 'de' },
  { ...valid, text: null },
];

describe('plainMessage', () => {
  it('agrees with the message schema: the same message when valid, nothing when not', () => {
    for (const value of variants) {
      const parsed = messageSchema.safeParse(value);
      expect(plainMessage(value), JSON.stringify(value)).toEqual(parsed.success ? parsed.data : null);
    }
  });

  it('takes nothing that is not an object', () => {
    for (const value of [null, 'text', 3, [valid]]) expect(plainMessage(value)).toBeNull();
  });
});
