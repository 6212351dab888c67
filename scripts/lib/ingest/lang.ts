// A small, fast language guess for message metadata: counts words that are frequent in Dutch or
// English and rare in the other. (The miner's own detector also stems; this runs once per message
// on million-row exports, so it only scans words.)

export const DUTCH = new Set(
  (
    'de het een en van ik je jij u mijn jullie niet geen wel nog is zijn ben heb heeft hebben wordt worden kan kunnen ' +
    'wil moet waarom wanneer waar hoe wat wie dat dit die deze er al ook maar om op aan bij voor met naar uit over ' +
    'dan als toch graag bedankt dank hoi hallo goedemorgen goedemiddag groet groetjes mvg beste ontvangen bestelling ' +
    'pakket factuur klant nu even weer meer zo hier daar nee ja krijg krijgen gaat doen'
  ).split(' '),
);
export const ENGLISH = new Set(
  (
    'the a an and of i you your my is are was were be been have has had do does did not no why when where how what ' +
    'who this that these those there it its to for with from at on can could would should will please thanks thank ' +
    'hi hello dear regards order get got want need still just any our we they them me'
  ).split(' '),
);
const LONGEST = Math.max(...[...DUTCH, ...ENGLISH].map((word) => word.length));
const A = 97;
const Z = 122;
const APOSTROPHE = 39;

/**
 * Counts the words of the lower-cased text that are Dutch or English markers. Words are what
 * /[a-z]+(?:'[a-z]+)?/g would match; scanning the character codes avoids a match object per word.
 */
export function detectLanguage(text: string): 'nl' | 'en' | 'other' {
  let nl = 0;
  let en = 0;
  const lower = text.toLowerCase();
  const length = lower.length;
  let i = 0;
  while (i < length) {
    let code = lower.charCodeAt(i);
    if (code < A || code > Z) {
      i++;
      continue;
    }
    const start = i;
    while (++i < length && (code = lower.charCodeAt(i)) >= A && code <= Z);
    if (code === APOSTROPHE && i + 1 < length && isLetter(lower.charCodeAt(i + 1))) {
      i += 2;
      while (i < length && isLetter(lower.charCodeAt(i))) i++;
    }
    if (i - start > LONGEST) continue;
    const word = lower.slice(start, i);
    if (DUTCH.has(word)) nl++;
    if (ENGLISH.has(word)) en++;
  }
  if (nl === en) return nl === 0 ? 'other' : 'nl';
  return nl > en ? 'nl' : 'en';
}

const isLetter = (code: number): boolean => code >= A && code <= Z;
