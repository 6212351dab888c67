import { describe, expect, it } from 'vitest';
import { slugOf as slugify } from '#core/slug.ts';
import { newShortId, planPublish } from '#lib/editorial/index.ts';

describe('newShortId', () => {
  it('skips ids that are taken', () => {
    const sequence = [0, 0, 0, 0, 0, 0.99, 0, 0, 0, 0];
    let position = 0;
    const random = () => sequence[position++ % sequence.length] ?? 0;
    expect(newShortId(new Set(['22222']), random)).toBe('z2222');
  });
});

describe('slugify', () => {
  it.each([
    ['Kan ik met iDEAL betalen?', 'kan-ik-met-ideal-betalen'],
    ['Één café & crème', 'een-cafe-creme'],
    ['Waarom duurt het zo ontzettend lang voordat mijn terugbetaling na retour binnen is', 'waarom-duurt-het-zo-ontzettend-lang-voordat-mijn'],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });
});

describe('planPublish', () => {
  const now = new Date('2026-11-23T11:00:00Z');

  it('goes draft → review → published by default', () => {
    expect(planPublish({ status: 'draft', now }).values).toEqual({ status: 'review' });
    expect(planPublish({ status: 'review', now }).values).toEqual({
      status: 'published',
      publishAt: '2026-11-23T12:00:00+01:00',
      updatedAt: '2026-11-23T12:00:00+01:00',
    });
  });

  it('replaces a publishAt in the past by now, keeps one in the future, and --at wins', () => {
    expect(planPublish({ status: 'review', publishAt: new Date('2026-01-01T00:00:00Z'), now }).values['publishAt']).toBe('2026-11-23T12:00:00+01:00');
    expect(planPublish({ status: 'review', publishAt: new Date('2026-12-01T17:30:00Z'), now }).values['publishAt']).toBe('2026-12-01T18:30:00+01:00');
    expect(planPublish({ status: 'review', publishAt: new Date('2026-12-01T17:30:00Z'), at: new Date('2026-12-02T08:00:00Z'), now }).values['publishAt']).toBe(
      '2026-12-02T09:00:00+01:00',
    );
  });

  it('refuses --at when not publishing and moving backwards', () => {
    expect(() => planPublish({ status: 'draft', to: 'review', at: now, now })).toThrow('--at only applies when publishing');
    expect(() => planPublish({ status: 'published', to: 'review', now })).toThrow('cannot go from published to review');
  });
});
