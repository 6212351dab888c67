import { describe, expect, it } from 'vitest';
import { replySnippet, replyWithLink, withUtm } from '#core/replies.ts';

describe('withUtm', () => {
  it('adds source and medium', () => {
    expect(withUtm('https://h.nl/k/t7rm', { source: 'whatsapp', medium: 'webcare' })).toBe('https://h.nl/k/t7rm?utm_source=whatsapp&utm_medium=webcare');
  });
  it('keeps an existing query and leaves the URL alone without a channel', () => {
    expect(withUtm('https://h.nl/k/t7rm?a=1', { source: 'x', medium: 'webcare' })).toBe('https://h.nl/k/t7rm?a=1&utm_source=x&utm_medium=webcare');
    expect(withUtm('https://h.nl/k/t7rm', undefined)).toBe('https://h.nl/k/t7rm');
  });
});

describe('replyWithLink', () => {
  it('joins the trimmed reply and the link with one space', () => {
    expect(replyWithLink('  Kijk hier:  ', 'https://h.nl/k/t7rm')).toBe('Kijk hier: https://h.nl/k/t7rm');
  });
  it('does not repeat a link the reply already has, and is the link alone for an empty reply', () => {
    expect(replyWithLink('Zie https://h.nl/k/t7rm voor meer.', 'https://h.nl/k/t7rm')).toBe('Zie https://h.nl/k/t7rm voor meer.');
    expect(replyWithLink('', 'https://h.nl/k/t7rm')).toBe('https://h.nl/k/t7rm');
  });
});

describe('replySnippet', () => {
  const link = 'https://hulp.example.nl/k/t7rm';
  it('counts the reply, the space and the link as 23', () => {
    expect(replySnippet('Hoi!', link).length).toBe(4 + 1 + 23);
  });
  it('counts an emoji as 2, also a joined family', () => {
    expect(replySnippet('Hoi 👋', link).length).toBe(4 + 2 + 1 + 23);
    expect(replySnippet('👨‍👩‍👧', link).length).toBe(2 + 1 + 23);
  });
  it('fits at exactly 280 and not at 281', () => {
    expect(replySnippet('a'.repeat(256), link)).toMatchObject({ length: 280, fits: true });
    expect(replySnippet('a'.repeat(257), link)).toMatchObject({ length: 281, fits: false });
  });
});
