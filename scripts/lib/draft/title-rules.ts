// What makes a title an editor keeps: a self-contained question in the customer's language. The
// rules are checked, not hoped for: `titleProblems` names every rule a title breaks, and the draft
// step only uses a title that breaks none (or composes one that does).
import { DUTCH_STOP_WORDS, ENGLISH_STOP_WORDS, foldCase } from '../text/index.ts';
import type { DraftLang } from './wording.ts';

export const TITLE_MAX = 60;

export type TitleProblem =
  | 'no-question-mark'
  | 'too-long'
  | 'url'
  | 'handle'
  | 'placeholder'
  | 'emoji'
  | 'dangling-pronoun'
  | 'vague'
  | 'statement'
  | 'slot-value';

const URL = /\b(?:https?:\/?\/?|www\.)\S*|\b[\p{L}\p{N}-]+\.(?:nl|com|be|co|example|org|net)\/\S*/iu;
const HANDLE = /(?:^|[^\p{L}\p{N}_])@[\p{L}\p{N}_]+/u;
const PLACEHOLDER = /\[[^\]]{1,30}\]|⟨[^⟩]*⟩/u;
const EMOJI = /[\p{Extended_Pictographic}\p{Regional_Indicator}]/u;

/**
 * Pronouns that point at something the title does not name. Personal pronouns always do; the
 * demonstratives only when they stand alone (before a verb or at the end), not as in "dit abonnement".
 */
const POINTING = {
  nl: new Set(['hem', 'hij', 'zij', 'ze', 'dit', 'dat', 'deze', 'die', 'daar', 'daarvan', 'daarmee', 'ervan', 'hiervan', 'erop', 'daarop', 'ermee']),
  en: new Set(['it', 'its', 'they', 'them', 'he', 'him', 'she', 'this', 'that', 'these', 'those', 'there']),
} as const;
const ALWAYS_POINTING = new Set(['hem', 'hij', 'zij', 'daarvan', 'daarmee', 'ervan', 'hiervan', 'daarop', 'ermee', 'erop', 'it', 'its', 'they', 'them', 'he', 'him', 'she']);
const AFTER_PRONOUN = new Set(['niet', 'nog', 'ook', 'wel', 'al', 'toch', 'dan', 'nu', 'er', 'eens', 'not', 'still', 'also', 'ever']);
/** "het" and "er" are too common to flag alone; as the subject of a short question they point ("Wanneer is het opgelost?"). */
const SUBJECT_IT = /^(?:wanneer|waarom|hoe|wat|waar)\s+(?:is|wordt|gaat|komt|werkt)\s+(?:het|dat|dit)\s+\p{L}+$/iu;

/** Words that say nothing about what is asked: a title made only of them and stop words is vague. */
const VAGUE_WORDS = new Set([
  'doen', 'gedaan', 'gaan', 'gaat', 'komen', 'komt', 'krijgen', 'wachten', 'lang', 'langer', 'weer', 'iets', 'alles', 'niks',
  'niets', 'zitten', 'staan', 'vraag', 'vraagje', 'vragen', 'antwoord', 'reactie', 'jullie', 'geldig', 'helpen', 'hulp',
  'iemand', 'mensen', 'bedoeling', 'precies', 'eigenlijk', 'gewoon', 'allemaal', 'zeker', 'misschien', 'hierover', 'erover',
  'regelen', 'geregeld', 'oplossen', 'opgelost', 'maken', 'zien', 'zeggen', 'weten', 'snap', 'snappen', 'begrijp', 'snel',
  'mogelijk', 'nodig', 'klopt', 'kloppen', 'verder', 'anders', 'andere', 'welke', 'artikelen', 'ding', 'dingen',
  'do', 'done', 'going', 'get', 'wait', 'waiting', 'long', 'again', 'something', 'anything', 'thing', 'things', 'help', 'question',
  'answer', 'anyone', 'people', 'happen', 'happening', 'happened', 'fix', 'fixed', 'sort', 'know', 'see', 'say', 'soon', 'guys',
  'please', 'still', 'now', 'why', 'when', 'what', 'ok', 'okay', 'nou', 'hoor', 'toch', 'even', 'heel', 'erg', 'echt', 'wel',
]);

/**
 * How a question starts: a question word or an inverted verb ("Kan ik…", "Is er…"). A title whose
 * last clause starts with none of these is a statement with a question mark.
 */
const QUESTION_OPENERS = new Set(
  (
    'wat waarom wanneer hoe hoelang hoeveel waar waaraan waarop waarmee waarvoor wie welke welk ' +
    'kan kun kunt kunnen mag mogen moet moeten is zijn ben bent heb hebben heeft hebt wordt worden word klopt krijg krijgen krijgt ' +
    'weet weten zou zouden gaat gaan komt werkt geldt geldig blijft staat sta zit zitten doe doet wil willen ontvang ' +
    'what whats why when how where who which can could do does did is are was will would should may might have has am shall were'
  ).split(' '),
);
const CLAUSE_BREAK = /[;:,–—]\s+|\.\s+|\s+-\s+|\s+(?:en|of|maar|and|or|but)\s+(?=\p{L})/u;

/** Every rule the title breaks; empty when an editor would keep it. `slotValues` are the export's known slot words (places). */
export function titleProblems(title: string, lang: DraftLang, slotValues: (word: string) => boolean = () => false): TitleProblem[] {
  const problems: TitleProblem[] = [];
  if (!title.trimEnd().endsWith('?')) problems.push('no-question-mark');
  if (Array.from(title).length > TITLE_MAX) problems.push('too-long');
  if (URL.test(title)) problems.push('url');
  if (HANDLE.test(title)) problems.push('handle');
  if (PLACEHOLDER.test(title)) problems.push('placeholder');
  if (EMOJI.test(title)) problems.push('emoji');
  const words = wordsOf(title);
  if (hasDanglingPronoun(title, words, lang)) problems.push('dangling-pronoun');
  if (!words.some((word) => isContentWord(word))) problems.push('vague');
  if (!isQuestionForm(title)) problems.push('statement');
  if (hasSlotValue(title, words, slotValues)) problems.push('slot-value');
  return problems;
}

export function isSelfContainedTitle(title: string, lang: DraftLang, slotValues?: (word: string) => boolean): boolean {
  return titleProblems(title, lang, slotValues).length === 0;
}

/** Whether some clause of the text is phrased as a question (not a statement with "?" added). */
export function isQuestionForm(text: string): boolean {
  const body = text.replace(/[?!.\s]+$/u, '');
  const clauses = body.split(CLAUSE_BREAK).map((clause) => clause.trim()).filter(Boolean);
  return clauses.some((clause) => {
    const first = foldCase(clause.match(/\p{L}[\p{L}']*/u)?.[0] ?? '');
    return QUESTION_OPENERS.has(first) || QUESTION_OPENERS.has(first.replace(/'.*$/u, ''));
  });
}

// --- internal ---

function wordsOf(text: string): string[] {
  return (foldCase(text).match(/\p{L}[\p{L}'’-]*/gu) ?? []).map((word) => word.replace(/['’]s$/u, ''));
}

function isContentWord(word: string): boolean {
  return word.length >= 4 && !DUTCH_STOP_WORDS.has(word) && !ENGLISH_STOP_WORDS.has(word) && !VAGUE_WORDS.has(word) && !QUESTION_OPENERS.has(word);
}

function hasDanglingPronoun(title: string, words: string[], lang: DraftLang): boolean {
  const pointing = POINTING[lang];
  if (SUBJECT_IT.test(title.replace(/[?!.\s]+$/u, '').trim())) return true;
  return words.some((word, index) => {
    if (!pointing.has(word)) return false;
    if (ALWAYS_POINTING.has(word)) return true;
    const next = words[index + 1];
    // "dit abonnement" names its noun and "klopt het dat mijn…" joins a clause; "dat is" and
    // "werkt dat niet" point at something outside the title.
    return next === undefined || QUESTION_OPENERS.has(next) || AFTER_PRONOUN.has(next);
  });
}

/** Amounts, dates, times, long numbers and known place names are one customer's details, not the question. */
function hasSlotValue(title: string, words: string[], slotValues: (word: string) => boolean): boolean {
  if (/[€$£]\s?\d|\d\s?(?:euro|eur)\b|\b\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?\b|\b\d{1,2}:\d{2}\b|\d{4,}/iu.test(title)) return true;
  return words.some((word) => slotValues(word));
}
