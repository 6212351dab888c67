// Slots: the parts of a question that vary from customer to customer — places, amounts, dates and
// times, durations ("al 3 weken"), order and reference numbers, model codes, and the scrubber's
// placeholders for people and contact details. "Is er een storing in Amersfoort?" and "Is er een
// storing in Zeist?" ask the same thing, so mining compares questions without their slot values:
// they neither split a topic nor glue different topics together. Browser-safe: the place names
// come in as a list (scripts/lib/io/places.ts reads the gazetteer).

export type SlotType = 'place' | 'amount' | 'date' | 'time' | 'duration' | 'number' | 'code' | 'placeholder';
export type Slot = { start: number; end: number; type: SlotType };

/** Place names, matched on whole words, case-insensitively; built once per run. */
export type PlaceIndex = { names: ReadonlyMap<string, number>; longest: number };

const MONTHS_NL = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec';
const MONTHS_EN = 'january|february|march|april|may|june|july|august|september|october|november|december';
const WEEKDAYS = 'maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const UNITS =
  'werkdagen|werkdag|dagen|dag|weken|week|wk|maanden|maand|jaar|jaren|uren|uur|minuten|minuut|min|seconden|' +
  'days|day|weeks|week|months|month|years|year|hours|hour|hrs|minutes|minute|mins|working days|business days';
const NUMBER_WORDS =
  'een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|paar|anderhalf|ruim|bijna|a|one|two|three|four|five|six|seven|eight|nine|ten|few|couple of';

const PATTERNS: readonly { type: SlotType; pattern: RegExp }[] = [
  { type: 'placeholder', pattern: /\[[\p{L}\p{N} _-]{1,30}\]/gu },
  {
    type: 'amount',
    pattern:
      /(?:€|eur\b|euro\b|\$|£|usd\b|gbp\b)\s?\d+(?:[.,]\d{3})*(?:[.,](?:\d{1,2}|-{1,2}))?|\b\d+(?:[.,]\d{3})*(?:[.,]\d{1,2})?(?:,-)?\s?(?:€|euro|eur|dollars?|pounds?|cent)\b/giu,
  },
  {
    type: 'date',
    pattern: new RegExp(
      String.raw`\b\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}(?:e|ste|de|st|nd|rd|th)?\s+(?:${MONTHS_NL}|${MONTHS_EN})\b\.?(?:\s+\d{4})?|\b(?:${MONTHS_NL}|${MONTHS_EN})\s+\d{1,2}(?:st|nd|rd|th)?\b|\b(?:${MONTHS_NL.split(
        '|',
      )
        .filter((m) => m.length > 3)
        .join('|')}|${MONTHS_EN.replace('may|', '')})\b|\b(?:${WEEKDAYS})\b`,
      'giu',
    ),
  },
  { type: 'time', pattern: /\b(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s?uur|\s?u\b|\s?[ap]\.?m\.?)?|\b(?:[01]?\d|2[0-3])\s?(?:uur|u)\b(?!\s*(?:geleden|lang))/giu },
  { type: 'duration', pattern: new RegExp(String.raw`\b(?:\d+(?:[.,]\d+)?|${NUMBER_WORDS})\s?(?:${UNITS})\b`, 'giu') },
  { type: 'code', pattern: /\b(?=[\p{L}-]*\d)(?=[\p{N}-]*\p{L})[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*\b/gu },
  { type: 'number', pattern: /(?:#|\bnr\.?\s?|\bnummer\s)?\b\d+(?:[.,]\d+)*\b/giu },
];

/** Words before a place name that make it one even in lower case ("storing in amersfoort"). */
const LOCATIVE = /(?:^|\s)(?:in|te|uit|naar|rond|bij|omgeving|regio|richting|station|near|around|from|to|at)\s+$/iu;
/** Common words that are also place names ("Best", "Echt"): a place only after a locative word. */
const WORD_LIKE_PLACES = new Set([
  'best',
  'echt',
  'putten',
  'made',
  'born',
  'lent',
  'mill',
  'nes',
  'ee',
  'eext',
  'wijk',
  'zand',
  'veld',
  'loo',
  'hoek',
  'haven',
  'beek',
  'linden',
  'horn',
  'ham',
  'son',
  'meer',
  'mol',
  'lier',
  'as',
  'bree',
  'kessel',
  'heel',
  'baarn',
  'hem',
  'stad',
  'dorp',
  'dal',
  'berg',
  'bergen',
  'vaals',
  'boxtel',
  'goor',
  'lelystad',
]);

export function placeIndex(names: Iterable<string>): PlaceIndex {
  const map = new Map<string, number>();
  let longest = 1;
  for (const name of names) {
    const key = foldPlace(name);
    if (key.length < 2) continue;
    const words = key.split(' ').length;
    map.set(key, words);
    longest = Math.max(longest, words);
  }
  return { names: map, longest };
}

/** Every slot in the text, left to right, without overlaps (the first, longest match wins). */
export function findSlots(text: string, places?: PlaceIndex): Slot[] {
  const found: Slot[] = [];
  for (const { type, pattern } of PATTERNS) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (match[0].trim() === '') {
        pattern.lastIndex++;
        continue;
      }
      found.push({ start: match.index, end: match.index + match[0].length, type });
    }
  }
  if (places) found.push(...findPlaces(text, places));
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const slots: Slot[] = [];
  for (const slot of found) if (slots.length === 0 || slot.start >= slots.at(-1)!.end) slots.push(slot);
  return slots;
}

/** The text with every slot value taken out: what mining compares. */
export function withoutSlots(text: string, places?: PlaceIndex): string {
  const slots = findSlots(text, places);
  if (slots.length === 0) return text;
  let out = '';
  let at = 0;
  for (const slot of slots) {
    out += `${text.slice(at, slot.start)} `;
    at = slot.end;
  }
  return `${out}${text.slice(at)}`.replace(/\s+/gu, ' ').trim();
}

/** Whether a single word is a known place (for checking titles). */
export function isPlaceName(word: string, places: PlaceIndex): boolean {
  const key = foldPlace(word);
  return places.names.has(key) && !WORD_LIKE_PLACES.has(key);
}

// --- internal ---

function foldPlace(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/gu, "'")
    .replace(/[-\s]+/gu, ' ')
    .trim();
}

const WORD = /[\p{L}'’][\p{L}'’-]*/gu;

function findPlaces(text: string, places: PlaceIndex): Slot[] {
  const words = [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
  const slots: Slot[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(places.longest, words.length - i); n >= 1; n--) {
      const last = words[i + n - 1]!;
      const key = foldPlace(text.slice(words[i]!.start, last.end));
      if (!places.names.has(key)) continue;
      if (!looksLikePlace(text, words[i]!.start, key)) continue;
      slots.push({ start: words[i]!.start, end: last.end, type: 'place' });
      i += n - 1;
      break;
    }
  }
  return slots;
}

/** A gazetteer hit is a place when it follows "in", "te", "bij"… or is capitalised mid-sentence and no common word. */
function looksLikePlace(text: string, start: number, key: string): boolean {
  if (LOCATIVE.test(text.slice(Math.max(0, start - 12), start))) return true;
  if (WORD_LIKE_PLACES.has(key)) return false;
  const first = text[start]!;
  const capitalised = first !== first.toLowerCase();
  const sentenceStart = /(?:^|[.!?]\s+)$/u.test(text.slice(Math.max(0, start - 3), start));
  return capitalised && !sentenceStart;
}
