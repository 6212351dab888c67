import { describe, expect, it, vi } from 'vitest';

vi.mock('@content-schema', () => import('../../../../scripts/lib/content-schema.ts'));
import { replySnippet, replyWithLink, shortPath, shortUrl, utmChannels, withUtm } from '../../../../src/lib/shortlinks.ts';

describe('shortPath and shortUrl', () => {
  it('routes /k/<id>/ with the trailing slash the site uses', () => {
    expect(shortPath('t7rm')).toBe('/k/t7rm/');
  });
  it('hands out <site>/k/<id> without a trailing slash, whatever the site URL ends with', () => {
    expect(shortUrl('https://hulp.example.nl', 't7rm')).toBe('https://hulp.example.nl/k/t7rm');
    expect(shortUrl(new URL('https://hulp.example.nl/'), 't7rm')).toBe('https://hulp.example.nl/k/t7rm');
  });
});

describe('withUtm', () => {
  it('adds source and medium', () => {
    expect(withUtm('https://h.nl/k/t7rm', { source: 'whatsapp', medium: 'webcare' })).toBe(
      'https://h.nl/k/t7rm?utm_source=whatsapp&utm_medium=webcare',
    );
  });
  it('keeps an existing query and leaves the URL alone without a channel', () => {
    expect(withUtm('https://h.nl/k/t7rm?a=1', { source: 'x', medium: 'webcare' })).toBe(
      'https://h.nl/k/t7rm?a=1&utm_source=x&utm_medium=webcare',
    );
    expect(withUtm('https://h.nl/k/t7rm', undefined)).toBe('https://h.nl/k/t7rm');
  });
});

describe('utmChannels', () => {
  it('lists one channel per configured source, none when switched off', () => {
    const config = { enabled: true, medium: 'webcare', sources: ['x', 'facebook'] };
    expect(utmChannels(config)).toEqual([{ source: 'x', medium: 'webcare' }, { source: 'facebook', medium: 'webcare' }]);
    expect(utmChannels({ ...config, enabled: false })).toEqual([]);
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
