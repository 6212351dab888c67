// How real customers type: lower case, dropped or swapped letters, chat abbreviations, dt-errors,
// extra question marks and emoji. Applied to the customer's own words before personal data is
// added, so the data the scrubber must find stays well-formed.
import type { Random } from './random.ts';

const ABBREVIATIONS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/\beven\b/g, ['ff', 'effe', 'ff']],
  [/\bniet\b/g, ['nie', 'niet', 'nit']],
  [/\bwanneer\b/gi, ['wnr', 'wanneer', 'wanner']],
  [/\bmijn\b/g, ['mn', "m'n", 'mijn']],
  [/\bjullie\b/g, ['jullie', 'julie', 'jullie']],
  [/\balsjeblieft\b/g, ['aub', 'pls']],
  [/\bhet\b/g, ["'t", 'het', 'het']],
  [/\bgewoon\b/g, ['gwn', 'gewoon']],
  [/\bzijn\b/g, ['zijn', 'zn']],
  [/\bwordt\b/g, ['word', 'wordt']],
  [/\bvoor\b/g, ['voor', 'vr']],
  [/\bmet\b/g, ['met', 'mt']],
];
const SUFFIXES = [' 😡', ' 🙄', ' 😤', ' 🙏', ' 😅', '!!', '??', ' ???', ' 😩', ' pff', ' weer', ' 🤬', ' #fail'];
const PREFIXES = ['pff ', 'Alweer ', 'Hee ', 'Yo ', 'Hallo?? ', 'Serieus, '];

/** Roughly one in three messages gets one or more of these. */
export function messUp(text: string, random: Random): string {
  let out = text;
  if (random.chance(0.25)) out = out.toLowerCase();
  if (random.chance(0.2)) out = abbreviate(out, random);
  if (random.chance(0.18)) out = dropLetter(out, random);
  if (random.chance(0.12)) out = swapLetters(out, random);
  if (random.chance(0.1)) out = out.replace(/[.?!]$/, '');
  if (random.chance(0.08)) out = out.replace(/\?$/, random.pick(['??', '???', '?!', ' ?']));
  if (random.chance(0.06)) out = out.replace(/, /g, ' ');
  if (random.chance(0.07)) out = random.pick(PREFIXES) + lowerFirst(out);
  if (random.chance(0.12)) out += random.pick(SUFFIXES);
  return out;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function abbreviate(text: string, random: Random): string {
  let out = text;
  for (const [pattern, options] of ABBREVIATIONS) {
    if (random.chance(0.6)) out = out.replace(pattern, () => random.pick(options));
  }
  return out;
}

/** A letter in the middle of a long word goes missing: "termijnbedrag" → "termjnbedrag". */
function dropLetter(text: string, random: Random): string {
  return editLongWord(text, random, (word, at) => word.slice(0, at) + word.slice(at + 1));
}

function swapLetters(text: string, random: Random): string {
  return editLongWord(text, random, (word, at) => word.slice(0, at) + word.charAt(at + 1) + word.charAt(at) + word.slice(at + 2));
}

function editLongWord(text: string, random: Random, edit: (word: string, at: number) => string): string {
  const words = text.split(' ');
  const candidates: number[] = [];
  for (let i = 0; i < words.length; i++) {
    if (/^[a-zA-Zëéï]{6,}$/.test(words[i] ?? '')) candidates.push(i);
  }
  if (candidates.length === 0) return text;
  const index = random.pick(candidates);
  const word = words[index] ?? '';
  words[index] = edit(word, 1 + random.int(word.length - 3));
  return words.join(' ');
}
