import { describe, expect, it } from 'vitest';
import { countTweetLength, findUrls, fitsInPost } from '#core/tweet-length.ts';

describe('countTweetLength', () => {
  it.each([
    ['empty text', '', 0],
    ['plain Dutch', 'Hoi! Je pakket komt morgen.', 27],
    ['accents are one character each', 'één café, naïef', 15],
    ['decomposed accents are normalised to NFC first', 'e\u0301e\u0301n', 3],
    ['an https link counts 23 however long', 'Zie https://hulp.example.nl/faq/heel-lange-slug-die-niet-ophoudt/', 4 + 23],
    ['a short http link still counts 23', 'http://a.nl', 23],
    ['a bare domain with path counts 23', 'Kijk op example.nl/pad voor meer', 8 + 23 + 10],
    ['a bare subdomain counts 23', 'hulp.example.nl', 23],
    ['sentence punctuation after a link is not part of it', 'Zie example.nl.', 4 + 23 + 1],
    ['two links count 23 each', 'https://a.nl en https://b.nl', 23 + 4 + 23],
    ['an e-mail address is not a link', 'info@example.nl', 15],
    ['a file name is not a link', 'factuur.pdf', 11],
    ['Dutch abbreviations are not links', 'o.a. z.s.m. t.a.v.', 18],
    ['a single emoji counts 2', '👍', 2],
    ['a skin-tone emoji counts 2', '👍🏽', 2],
    ['a ZWJ family counts 2', '👨‍👩‍👧', 2],
    ['a flag counts 2', '🇳🇱', 2],
    ['a keycap counts 2', '1️⃣', 2],
    ['a heart with variation selector counts 2', '❤️', 2],
    ['a bare copyright sign is text', '©', 1],
    ['CJK counts 2 per character', '你好', 4],
    ['curly quotes and dashes count 1', '“ja” – ‘nee’', 12],
    ['newlines count 1', 'a\nb', 3],
  ])('%s', (_name, text, expected) => {
    expect(countTweetLength(text)).toBe(expected);
  });
});

describe('fitsInPost', () => {
  it('accepts exactly 280 characters and refuses 281', () => {
    expect(fitsInPost('a'.repeat(280))).toBe(true);
    expect(fitsInPost('a'.repeat(281))).toBe(false);
  });

  it('counts a long link as 23, so text that looks too long can still fit', () => {
    const text = `${'a'.repeat(256)} https://hulp.example.nl/${'x'.repeat(100)}`;
    expect(text.length).toBeGreaterThan(280);
    expect(fitsInPost(text)).toBe(true);
  });

  it('counts 140 emoji as a full post', () => {
    expect(fitsInPost('😀'.repeat(140))).toBe(true);
    expect(fitsInPost('😀'.repeat(141))).toBe(false);
  });
});

describe('findUrls', () => {
  it('keeps a closing parenthesis that belongs to the link', () => {
    const text = 'zie https://nl.wikipedia.org/wiki/Kassa_(televisieprogramma)';
    expect(findUrls(text)).toEqual([{ start: 4, end: text.length }]);
  });

  it('drops a closing parenthesis that closes the sentence', () => {
    const text = '(zie https://a.nl)';
    expect(findUrls(text)).toEqual([{ start: 5, end: 17 }]);
  });
});
