import { describe, expect, it } from 'vitest';

import { draftReason, isVisible, visibilityFromEnv } from '#site/lib/visibility.ts';

const now = new Date('2026-02-10T12:00:00+01:00');
const production = { now, showDrafts: false };
const drafts = { now, showDrafts: true };
const published = { status: 'published' as const };
const draft = { status: 'draft' as const };
const review = { status: 'review' as const };
const embargoed = { status: 'published' as const, publishAt: new Date('2026-02-10T20:25:00+01:00') };
const pastEmbargo = { status: 'published' as const, publishAt: new Date('2026-02-09T20:25:00+01:00') };

describe('visibilityFromEnv', () => {
  it('hides drafts in a normal production build', () => {
    expect(visibilityFromEnv({}, false).showDrafts).toBe(false);
  });
  it('shows drafts in astro dev', () => {
    expect(visibilityFromEnv({}, true).showDrafts).toBe(true);
  });
  it('shows drafts in a preview build with VEELGESTELD_DRAFTS=1 only', () => {
    expect(visibilityFromEnv({ VEELGESTELD_DRAFTS: '1' }, false).showDrafts).toBe(true);
    expect(visibilityFromEnv({ VEELGESTELD_DRAFTS: '0' }, false).showDrafts).toBe(false);
    expect(visibilityFromEnv({ VEELGESTELD_DRAFTS: 'true' }, false).showDrafts).toBe(false);
  });
  it('takes "now" from VEELGESTELD_NOW', () => {
    expect(visibilityFromEnv({ VEELGESTELD_NOW: '2030-01-01T00:00:00Z' }, false).now.toISOString()).toBe('2030-01-01T00:00:00.000Z');
  });
});

describe('isVisible', () => {
  it.each([
    ['published', published, true],
    ['published after its embargo', pastEmbargo, true],
    ['a draft', draft, false],
    ['in review', review, false],
    ['published but under embargo', embargoed, false],
  ])('in production shows an item that is %s: %s', (_label, data, expected) => {
    expect(isVisible(data, production)).toBe(expected);
  });
  it('shows drafts, reviews and embargoed items when drafts are shown', () => {
    for (const data of [draft, review, embargoed]) expect(isVisible(data, drafts)).toBe(true);
  });
});

describe('draftReason', () => {
  it('is undefined for public items', () => {
    expect(draftReason(published, drafts)).toBeUndefined();
    expect(draftReason(pastEmbargo, drafts)).toBeUndefined();
  });
  it('names drafts and embargoes apart', () => {
    expect(draftReason(draft, drafts)).toBe('draft');
    expect(draftReason(review, drafts)).toBe('draft');
    expect(draftReason(embargoed, drafts)).toBe('embargo');
  });
});
