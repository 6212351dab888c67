// A compact implementation of the Snowball Dutch stemmer (the classic algorithm), small enough
// for the browser bundle. Input is one lower-case, diacritic-free word. Checked against the
// reference Snowball port in the unit tests.

const VOWELS = 'aeiouyè';
const isVowel = (ch: string | undefined): boolean => ch !== undefined && VOWELS.includes(ch);

function regionAfterVowelConsonant(word: string, start: number): number {
  for (let i = start + 1; i < word.length; i++) {
    if (!isVowel(word[i]) && isVowel(word[i - 1])) return i + 1;
  }
  return word.length;
}

function undouble(w: string): string {
  return /(kk|dd|tt)$/u.test(w) ? w.slice(0, -1) : w;
}

export function stemDutch(input: string): string {
  // Initial y, y after a vowel and i between vowels are consonants: mark them upper case.
  let w = input
    .replace(/^y/u, 'Y')
    .replace(/([aeiouyè])y/gu, '$1Y')
    .replace(/([aeiouyè])i(?=[aeiouyè])/gu, '$1I');
  const plainR1 = regionAfterVowelConsonant(w, 0);
  const r1 = Math.max(3, plainR1);
  const r2 = regionAfterVowelConsonant(w, plainR1);
  const inR1 = (length: number): boolean => w.length - length >= r1;
  const inR2 = (length: number): boolean => w.length - length >= r2;
  const validEnEnding = (stem: string): boolean => !isVowel(stem.at(-1)) && stem.length > 0 && !stem.endsWith('gem');
  const validSEnding = (stem: string): boolean => stem.length > 0 && !isVowel(stem.at(-1)) && stem.at(-1) !== 'j';

  // Step 1
  if (w.endsWith('heden')) {
    if (inR1(5)) w = w.slice(0, -5) + 'heid';
  } else if (w.endsWith('ene') || w.endsWith('en')) {
    const length = w.endsWith('ene') ? 3 : 2;
    const stem = w.slice(0, -length);
    if (inR1(length) && validEnEnding(stem)) w = undouble(stem);
  } else if (w.endsWith('se') || w.endsWith('s')) {
    const length = w.endsWith('se') ? 2 : 1;
    const stem = w.slice(0, -length);
    if (inR1(length) && validSEnding(stem)) w = stem;
  }
  // Step 2
  let removedE = false;
  if (w.endsWith('e') && inR1(1) && !isVowel(w.at(-2)) && w.length > 1) {
    w = undouble(w.slice(0, -1));
    removedE = true;
  }
  // Step 3a
  if (w.endsWith('heid') && inR2(4) && w.at(-5) !== 'c') {
    w = w.slice(0, -4);
    if (w.endsWith('en') && inR1(2) && validEnEnding(w.slice(0, -2))) w = undouble(w.slice(0, -2));
  }
  // Step 3b
  if (w.endsWith('end') || w.endsWith('ing')) {
    if (inR2(3)) {
      w = w.slice(0, -3);
      if (w.endsWith('ig') && inR2(2) && w.at(-3) !== 'e') w = w.slice(0, -2);
      else w = undouble(w);
    }
  } else if (w.endsWith('ig')) {
    if (inR2(2) && w.at(-3) !== 'e') w = w.slice(0, -2);
  } else if (w.endsWith('lijk')) {
    if (inR2(4)) {
      w = w.slice(0, -4);
      if (w.endsWith('e') && inR1(1) && !isVowel(w.at(-2)) && w.length > 1) w = undouble(w.slice(0, -1));
    }
  } else if (w.endsWith('baar')) {
    if (inR2(4)) w = w.slice(0, -4);
  } else if (w.endsWith('bar')) {
    if (inR2(3) && removedE) w = w.slice(0, -3);
  }
  // Step 4: undouble a vowel in a final consonant-vowel-vowel-consonant ("maan" → "man").
  const m = /([^aeiouyè])(aa|ee|oo|uu)([^aeiouyèI])$/u.exec(w);
  if (m) w = w.slice(0, -3) + m[2]![0] + m[3];
  return w.replace(/I/gu, 'i').replace(/Y/gu, 'y');
}
