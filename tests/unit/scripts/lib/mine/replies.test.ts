import { describe, expect, it } from 'vitest';
import { bestReply, indexReplies } from '#lib/mine/replies.ts';

const reply = (id: string, conversationId: string, inReplyTo: string | null, createdAt: number, text: string) => ({
  id,
  conversationId,
  inReplyTo,
  createdAt,
  text,
});

describe('indexReplies', () => {
  const repliesTo = indexReplies([
    reply('r1', 'c1', 'q1', 10, 'Antwoord op q1'),
    reply('r2', 'c2', null, 5, 'Eerder bericht, vóór de vraag'),
    reply('r3', 'c2', null, 20, 'Antwoord in het gesprek'),
    reply('r4', 'c3', 'other', 30, 'Antwoord op een ander bericht'),
  ]);
  it('pairs by inReplyTo first', () => {
    expect(repliesTo({ id: 'q1', conversationId: 'c1', createdAt: 1 }).map((r) => r.id)).toEqual(['r1']);
  });
  it('falls back to the first company message after the question in the same conversation', () => {
    expect(repliesTo({ id: 'q2', conversationId: 'c2', createdAt: 10 }).map((r) => r.id)).toEqual(['r3']);
  });
  it('does not take a reply that explicitly answers another message', () => {
    expect(repliesTo({ id: 'q3', conversationId: 'c3', createdAt: 1 })).toEqual([]);
  });
});

describe('bestReply', () => {
  it('prefers the most representative real answer over deflections and counts how often it was sent', () => {
    const answer = 'Je termijnbedrag pas je aan in de app onder Mijn contract.';
    const replies = [
      reply('a', 'c', null, 1, 'Stuur ons een DM, dan kijken we mee'),
      reply('b', 'c', null, 2, 'Stuur ons een DM, dan kijken we mee'),
      reply('c', 'c', null, 3, 'Stuur ons een DM, dan kijken we mee'),
      reply('d', 'c', null, 4, answer),
      reply('e', 'c', null, 5, answer),
      reply('f', 'c', null, 6, 'In de app bij Mijn contract kun je het termijnbedrag aanpassen, groet Eva'),
      reply('g', 'c', null, 7, 'Vervelend! Heb je al geprobeerd opnieuw in te loggen in de app?'),
    ];
    expect(bestReply(replies, 'nl')).toEqual({ text: answer, messageId: 'd', replies: 2 });
  });
  it('is null without replies', () => {
    expect(bestReply([], 'nl')).toBeNull();
  });
});
