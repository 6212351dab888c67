// A compact implementation of the Snowball English ("Porter2") stemmer, small enough for the
// browser bundle. Input is one lower-case, diacritic-free word. Checked against the reference
// Snowball port in the unit tests.

const EXCEPTIONS: Record<string, string> = {
  skis: 'ski',
  skies: 'sky',
  dying: 'die',
  lying: 'lie',
  tying: 'tie',
  idly: 'idl',
  gently: 'gentl',
  ugly: 'ugli',
  early: 'earli',
  only: 'onli',
  singly: 'singl',
  sky: 'sky',
  news: 'news',
  howe: 'howe',
  atlas: 'atlas',
  cosmos: 'cosmos',
  bias: 'bias',
  andes: 'andes',
};
const AFTER_1A = new Set(['inning', 'outing', 'canning', 'herring', 'earring', 'proceed', 'exceed', 'succeed']);
const DOUBLES = new Set(['bb', 'dd', 'ff', 'gg', 'mm', 'nn', 'pp', 'rr', 'tt']);
const LI_ENDINGS = 'cdeghkmnrt';

const isVowel = (ch: string | undefined): boolean => ch !== undefined && 'aeiouy'.includes(ch);

function regionAfterVowelConsonant(word: string, start: number): number {
  for (let i = start + 1; i < word.length; i++) {
    if (!isVowel(word[i]) && isVowel(word[i - 1])) return i + 1;
  }
  return word.length;
}

function isShortSyllableAt(word: string, end: number): boolean {
  // The syllable ends at index `end` (inclusive).
  if (end === 1) return isVowel(word[0]) && !isVowel(word[1]);
  const [a, b, c] = [word[end - 2], word[end - 1], word[end]];
  return !isVowel(a) && isVowel(b) && !isVowel(c) && c !== 'w' && c !== 'x' && c !== 'Y';
}

export function stemEnglish(input: string): string {
  if (input.length <= 2) return input;
  const exception = EXCEPTIONS[input];
  if (exception) return exception;
  let w = input.startsWith("'") ? input.slice(1) : input;
  w = w.replace(/^y/u, 'Y').replace(/([aeiouy])y/gu, '$1Y');
  const prefix = /^(gener|commun|arsen)/u.exec(w);
  const r1 = prefix ? prefix[0].length : regionAfterVowelConsonant(w, 0);
  const r2 = regionAfterVowelConsonant(w, r1);
  const inR1 = (suffix: string): boolean => w.length - suffix.length >= r1;
  const inR2 = (suffix: string): boolean => w.length - suffix.length >= r2;
  const isShortWord = (): boolean => r1 >= w.length && isShortSyllableAt(w, w.length - 1);
  const hasVowel = (s: string): boolean => /[aeiouy]/u.test(s);

  // Step 0
  w = w.replace(/'s'$|'s$|'$/u, '');
  // Step 1a
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ied') || w.endsWith('ies')) w = w.length > 4 ? w.slice(0, -2) : w.slice(0, -1);
  else if (w.endsWith('us') || w.endsWith('ss')) {
    // unchanged
  } else if (w.endsWith('s') && hasVowel(w.slice(0, -2))) w = w.slice(0, -1);
  if (AFTER_1A.has(w)) return w;
  // Step 1b
  const eed = /(eedly|eed)$/u.exec(w);
  if (eed) {
    if (inR1(eed[0])) w = w.slice(0, -eed[0].length) + 'ee';
  } else {
    const ed = /(ingly|edly|ing|ed)$/u.exec(w);
    if (ed && hasVowel(w.slice(0, -ed[0].length))) {
      w = w.slice(0, -ed[0].length);
      if (/(at|bl|iz)$/u.test(w)) w += 'e';
      else if (DOUBLES.has(w.slice(-2))) w = w.slice(0, -1);
      else if (isShortWord()) w += 'e';
    }
  }
  // Step 1c
  if (w.length > 2 && /[yY]$/u.test(w) && !isVowel(w[w.length - 2])) w = w.slice(0, -1) + 'i';
  w = step2(w, inR1);
  w = step3(w, inR1, inR2);
  w = step4(w, inR2);
  // Step 5
  if (w.endsWith('e')) {
    const stem = w.slice(0, -1);
    if (inR2('e') || (inR1('e') && !(stem.length >= 2 && isShortSyllableAt(stem, stem.length - 1)))) w = stem;
  } else if (w.endsWith('ll') && inR2('l')) w = w.slice(0, -1);
  return w.replace(/Y/gu, 'y');
}

const STEP2: [string, string][] = [
  ['ization', 'ize'],
  ['ational', 'ate'],
  ['fulness', 'ful'],
  ['ousness', 'ous'],
  ['iveness', 'ive'],
  ['tional', 'tion'],
  ['biliti', 'ble'],
  ['lessli', 'less'],
  ['entli', 'ent'],
  ['ation', 'ate'],
  ['alism', 'al'],
  ['aliti', 'al'],
  ['ousli', 'ous'],
  ['iviti', 'ive'],
  ['fulli', 'ful'],
  ['enci', 'ence'],
  ['anci', 'ance'],
  ['abli', 'able'],
  ['izer', 'ize'],
  ['ator', 'ate'],
  ['alli', 'al'],
  ['bli', 'ble'],
  ['ogi', 'og'],
  ['li', ''],
];

function step2(w: string, inR1: (suffix: string) => boolean): string {
  for (const [suffix, replacement] of STEP2) {
    if (!w.endsWith(suffix)) continue;
    if (!inR1(suffix)) return w;
    if (suffix === 'ogi' && w[w.length - 4] !== 'l') return w;
    if (suffix === 'li' && !LI_ENDINGS.includes(w[w.length - 3] ?? '_')) return w;
    return w.slice(0, -suffix.length) + replacement;
  }
  return w;
}

const STEP3: [string, string][] = [
  ['ational', 'ate'],
  ['tional', 'tion'],
  ['alize', 'al'],
  ['icate', 'ic'],
  ['iciti', 'ic'],
  ['ative', ''],
  ['ical', 'ic'],
  ['ness', ''],
  ['ful', ''],
];

function step3(w: string, inR1: (s: string) => boolean, inR2: (s: string) => boolean): string {
  for (const [suffix, replacement] of STEP3) {
    if (!w.endsWith(suffix)) continue;
    if (!inR1(suffix) || (suffix === 'ative' && !inR2(suffix))) return w;
    return w.slice(0, -suffix.length) + replacement;
  }
  return w;
}

const STEP4 = ['ement', 'ance', 'ence', 'able', 'ible', 'ment', 'ant', 'ent', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize', 'ion', 'al', 'er', 'ic'];

function step4(w: string, inR2: (s: string) => boolean): string {
  for (const suffix of STEP4) {
    if (!w.endsWith(suffix)) continue;
    if (!inR2(suffix)) return w;
    if (suffix === 'ion' && !/[st]$/u.test(w.slice(0, -3))) return w;
    return w.slice(0, -suffix.length);
  }
  return w;
}
