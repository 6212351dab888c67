import { describe, expect, it } from 'vitest';
import { DUTCH, ENGLISH, detectLanguage } from '#lib/ingest/lang.ts';

const DUTCH_MARKERS = ['de', 'het', 'ik', 'niet', 'mijn', 'waar', 'pakket', 'bedankt'];
const ENGLISH_MARKERS = ['the', 'i', 'you', 'my', 'where', 'thanks', 'order', 'no'];

describe('detectLanguage', () => {
  it.each([
    ['Waar blijft mijn pakket? Ik heb het niet ontvangen.', 'nl'],
    ["Where's my order? I haven't received it yet, thanks!", 'en'],
    ['👍🏻 €12,50 #123', 'other'],
    ['OK', 'other'],
    ['WAAR IS MIJN PAKKET', 'nl'],
  ] as const)('%j is %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  // The definition the fast scanner must follow: marker words among /[a-z]+(?:'[a-z]+)?/g of the lower-cased text.
  it('counts words the way the word pattern splits them, around apostrophes, digits and accents', () => {
    const pieces = [...DUTCH_MARKERS, ...ENGLISH_MARKERS, "'", "'t", "you're", ' ', '.', 'é', 'ë', '3', 'x', 'K', '\u212A', 'İ', 'De'];
    let seed = 7;
    const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
    for (let round = 0; round < 3000; round++) {
      let text = '';
      for (let i = 0, n = Math.floor(next() * 12); i < n; i++) text += pieces[Math.floor(next() * pieces.length)];
      expect(detectLanguage(text), JSON.stringify(text)).toBe(byPattern(text));
    }
  });
});

function byPattern(text: string): 'nl' | 'en' | 'other' {
  let nl = 0;
  let en = 0;
  for (const [word] of text.toLowerCase().matchAll(/[a-z]+(?:'[a-z]+)?/gu)) {
    if (DUTCH.has(word)) nl++;
    if (ENGLISH.has(word)) en++;
  }
  if (nl === en) return nl === 0 ? 'other' : 'nl';
  return nl > en ? 'nl' : 'en';
}
