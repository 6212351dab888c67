import { describe, expect, it } from 'vitest';
import { buildNow } from '#core/clock.ts';
import { isPublic } from '#core/visibility.ts';
import { parseFrontmatter } from '#core/frontmatter.ts';

const validFaq = {
  title: 'Wanneer wordt mijn pakket bezorgd?',
  description: 'Zo zie je wanneer je pakket komt en wat je kunt doen als het later is dan verwacht.',
  category: 'Bezorging',
  shortId: 'bz7k',
  status: 'published',
  publishAt: '2026-03-01T09:00:00+01:00',
  questions: ['waar blijft mijn pakket', 'pakket nog steeds niet binnen'],
  source: {
    clusterId: 'c-0001',
    questionCount: 120,
    firstSeen: '2026-01-05',
    lastSeen: '2026-03-20',
    channels: ['x', 'whatsapp'],
  },
};

describe('parseFrontmatter', () => {
  it('accepts a complete FAQ article and fills defaults', () => {
    const result = parseFrontmatter('faq', validFaq, 'content/faq/nl/pakket.mdx');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.lang).toBe('nl');
    expect(result.data.tags).toEqual([]);
    expect(result.data.publishAt).toEqual(new Date('2026-03-01T08:00:00Z'));
    expect(result.data.source?.firstSeen).toBeInstanceOf(Date);
  });

  it.each([
    ['a missing title', { title: undefined }, 'title:'],
    ['an unknown status', { status: 'live' }, 'status:'],
    ['an ambiguous short id', { shortId: 'l0O1' }, 'shortId: use 4 to 8 characters'],
    ['a slug with spaces in previousSlugs', { previousSlugs: ['Mijn Pakket'] }, 'previousSlugs.0: use lower-case letters'],
    ['an unknown channel', { source: { ...validFaq.source, channels: ['telegram'] } }, 'source.channels.0'],
    ['a date that is not a date', { publishAt: 'volgende week' }, 'publishAt:'],
  ])('rejects %s and names the file and field', (_name, patch, expected) => {
    const result = parseFrontmatter('faq', { ...validFaq, ...patch }, 'content/faq/nl/pakket.mdx');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain('content/faq/nl/pakket.mdx: invalid faq frontmatter:');
    expect(result.message).toContain(expected);
  });

  it('requires an embargo moment and a contact route for broadcasts', () => {
    const result = parseFrontmatter(
      'broadcasts',
      {
        title: 'Reactie op Radar',
        description: 'Onze reactie.',
        programme: 'Radar',
        airsAt: '2026-12-01T20:30:00+01:00',
        shortId: 'rd4m',
        contact: { name: 'Anna' },
      },
      'content/broadcasts/radar.mdx',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain('publishAt:');
    expect(result.message).toContain('contact.route:');
  });
});

describe('isPublic', () => {
  const now = new Date('2026-06-01T12:00:00Z');
  it.each([
    ['a published item without embargo', { status: 'published' as const }, true],
    ['a published item past its publishAt', { status: 'published' as const, publishAt: new Date('2026-06-01T11:59:59Z') }, true],
    ['a published item still under embargo', { status: 'published' as const, publishAt: new Date('2026-06-01T12:00:01Z') }, false],
    ['a draft', { status: 'draft' as const }, false],
    ['an item in review', { status: 'review' as const }, false],
  ])('%s → %s', (_name, data, expected) => {
    expect(isPublic(data, now)).toBe(expected);
  });
});

describe('buildNow', () => {
  it('uses VEELGESTELD_NOW when set', () => {
    expect(buildNow({ VEELGESTELD_NOW: '2026-12-01T20:30:00+01:00' })).toEqual(new Date('2026-12-01T19:30:00Z'));
  });
  it('falls back to the given moment', () => {
    const fallback = new Date('2026-01-01T00:00:00Z');
    expect(buildNow({}, fallback)).toBe(fallback);
  });
  it('explains a value that is not a date', () => {
    expect(() => buildNow({ VEELGESTELD_NOW: 'morgen' })).toThrow('VEELGESTELD_NOW is not a date: "morgen"');
  });
});
