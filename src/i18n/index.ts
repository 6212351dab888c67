// UI text lives in nl.json (the source of keys) and en.json (same keys, checked by a unit test).
import type { Locale } from '#core/content.ts';
import en from './en.json' with { type: 'json' };
import nl from './nl.json' with { type: 'json' };

export type UiKey = keyof typeof nl;
export type Params = Record<string, string | number>;

const dictionaries: Record<Locale, Record<UiKey, string>> = { nl, en };

/** BCP 47 tags for html lang, hreflang and Intl. */
export const LANG_TAGS: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };
export const TIME_ZONE = 'Europe/Amsterdam';

/** `t('faq.asked', { count: 12 })` → "12× gevraagd"; unknown placeholders are left visible. */
export function useTranslations(lang: Locale): (key: UiKey, params?: Params) => string {
  const dictionary = dictionaries[lang];
  return (key, params) => dictionary[key].replace(/\{(\w+)\}/g, (match, name: string) => (params && name in params ? String(params[name]) : match));
}

/** "10 februari 2026" / "10 February 2026", always in Amsterdam time. */
export function formatDate(date: Date, lang: Locale): string {
  return new Intl.DateTimeFormat(LANG_TAGS[lang], { dateStyle: 'long', timeZone: TIME_ZONE }).format(date);
}

/** "maandag 9 februari 2026 om 20:25" style, for broadcasts and updates. */
export function formatDateTime(date: Date, lang: Locale): string {
  return new Intl.DateTimeFormat(LANG_TAGS[lang], {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  }).format(date);
}
