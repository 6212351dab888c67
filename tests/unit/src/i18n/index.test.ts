import { describe, expect, it } from 'vitest';
import en from '#site/i18n/en.json' with { type: 'json' };
import { formatDate, formatDateTime, useTranslations } from '#site/i18n/index.ts';
import nl from '#site/i18n/nl.json' with { type: 'json' };

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('locale files', () => {
  it('en.json has exactly the keys of nl.json', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });
  it('every translation uses the same placeholders as the Dutch text', () => {
    for (const [key, text] of Object.entries(nl)) {
      expect(placeholders(en[key as keyof typeof en]), key).toEqual(placeholders(text));
    }
  });
  it('has no empty texts', () => {
    for (const text of [...Object.values(nl), ...Object.values(en)]) expect(text.trim()).not.toBe('');
  });
});

describe('useTranslations', () => {
  it('fills placeholders per language', () => {
    expect(useTranslations('nl')('faq.asked', { count: 12 })).toBe('12× gevraagd');
    expect(useTranslations('en')('faq.asked', { count: 12 })).toBe('asked 12×');
  });
  it('leaves a placeholder visible when its value is missing', () => {
    expect(useTranslations('nl')('site.name')).toBe('{company} Klantenservice');
  });
});

describe('formatDate', () => {
  it('formats in Dutch and British English', () => {
    const date = new Date('2026-02-10T12:00:00Z');
    expect(formatDate(date, 'nl')).toBe('10 februari 2026');
    expect(formatDate(date, 'en')).toBe('10 February 2026');
  });
  it('uses Amsterdam time, not UTC', () => {
    expect(formatDate(new Date('2026-02-09T23:30:00Z'), 'nl')).toBe('10 februari 2026');
  });
  it('formats date and time for broadcasts', () => {
    expect(formatDateTime(new Date('2026-02-09T19:25:00Z'), 'nl')).toBe('maandag 9 februari 2026 om 20:25');
  });
});
