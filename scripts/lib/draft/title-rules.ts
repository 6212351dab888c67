// What makes a title an editor keeps: a self-contained question in the customer's language. The
// rules are checked, not hoped for: `titleProblems` names every rule a title breaks, and the draft
// step only uses a title that breaks none (or composes one that does).
import { DUTCH_STOP_WORDS, ENGLISH_STOP_WORDS, foldCase } from '#core/text/index.ts';
import { findSlots, type SlotType } from '../text/slots.ts';
import type { DraftLang } from './wording.ts';

/** Slots whose value is one customer's detail (a model code such as "XL" or "4G" may name the question). */
const VALUE_SLOTS: ReadonlySet<SlotType> = new Set(['amount', 'date', 'time', 'duration', 'number']);

export const TITLE_MAX = 60;

export type TitleProblem =
  'no-question-mark' | 'too-long' | 'cut' | 'url' | 'handle' | 'placeholder' | 'emoji' | 'dangling-pronoun' | 'vague' | 'statement' | 'slot-value' | 'typo';

/** What the rules know about the export's words: place names (slots) and correctly spelled words. */
export type TitleKnowledge = {
  isPlace?: ((word: string) => boolean) | undefined;
  /** False for a word that is in no dictionary and not in the export's own vocabulary. */
  isKnownWord?: ((word: string, lang: DraftLang) => boolean) | undefined;
};

const URL = /\b(?:https?:\/?\/?|www\.)\S*|\b[\p{L}\p{N}-]+\.(?:nl|com|be|co|example|org|net)\/\S*/iu;
const HANDLE = /(?:^|[^\p{L}\p{N}_])@[\p{L}\p{N}_]+/u;
const PLACEHOLDER = /\[[^\]]{1,30}\]|⟨[^⟩]*⟩/u;
const EMOJI = /[\p{Extended_Pictographic}\p{Regional_Indicator}]/u;

/**
 * Pronouns that point at something the title does not name. Personal pronouns always do; the
 * demonstratives only when they stand alone (before a verb or at the end), not as in "dit abonnement".
 */
const PERSONAL_NL = ['erin', 'eruit', 'erachter', 'eraan', 'erover', 'erbij', 'daarin', 'daaruit', 'hierin', 'hierop', 'hiermee', 'hem', 'hij', 'zij'];
const PRONOMINAL_NL = ['daarvan', 'daarmee', 'ervan', 'hiervan', 'daarop', 'ermee', 'erop'];
const PERSONAL_EN = ['it', 'its', 'they', 'them', 'he', 'him', 'she'];
const POINTING = {
  nl: new Set([...PERSONAL_NL, ...PRONOMINAL_NL, 'ze', 'dit', 'dat', 'deze', 'die', 'daar']),
  en: new Set([...PERSONAL_EN, 'this', 'that', 'these', 'those', 'there']),
} as const;
/** The ones that point wherever they stand. */
const ALWAYS_POINTING = new Set([...PERSONAL_NL, ...PRONOMINAL_NL, ...PERSONAL_EN]);
const AFTER_PRONOUN = new Set(['niet', 'nog', 'ook', 'wel', 'al', 'toch', 'dan', 'nu', 'er', 'eens', 'not', 'still', 'also', 'ever']);
/** "het" and "er" are too common to flag alone; as the subject of a short question they point ("Wanneer is het opgelost?"). */
const SUBJECT_IT = /^(?:wanneer|waarom|hoe|wat|waar)\s+(?:is|wordt|gaat|komt|werkt)\s+(?:het|dat|dit)\s+\p{L}+$/iu;

/** Words that say nothing about what is asked: a title made only of them and stop words is vague. */
const VAGUE_WORDS = new Set([
  'doen',
  'gedaan',
  'gaan',
  'gaat',
  'komen',
  'komt',
  'krijgen',
  'wachten',
  'lang',
  'langer',
  'weer',
  'iets',
  'alles',
  'niks',
  'niets',
  'zitten',
  'staan',
  'vraag',
  'vraagje',
  'vragen',
  'antwoord',
  'reactie',
  'jullie',
  'geldig',
  'helpen',
  'hulp',
  'iemand',
  'mensen',
  'bedoeling',
  'precies',
  'eigenlijk',
  'gewoon',
  'allemaal',
  'zeker',
  'misschien',
  'hierover',
  'erover',
  'regelen',
  'geregeld',
  'oplossen',
  'opgelost',
  'maken',
  'zien',
  'zeggen',
  'weten',
  'snap',
  'snappen',
  'begrijp',
  'snel',
  'mogelijk',
  'nodig',
  'klopt',
  'kloppen',
  'verder',
  'anders',
  'andere',
  'welke',
  'artikelen',
  'ding',
  'dingen',
  'kijken',
  'bekijken',
  'procedure',
  'nieuwe',
  'nieuw',
  'open',
  'terug',
  'manier',
  'status',
  'optie',
  'opties',
  'informatie',
  'info',
  'update',
  'probleem',
  'problemen',
  'oplossing',
  'zaak',
  'geval',
  'normaal',
  'werkt',
  'werken',
  'lukt',
  'lukken',
  'procedure',
  'new',
  'one',
  'open',
  'back',
  'way',
  'status',
  'update',
  'problem',
  'issue',
  'solution',
  'normal',
  'work',
  'works',
  'do',
  'done',
  'going',
  'get',
  'wait',
  'waiting',
  'long',
  'again',
  'something',
  'anything',
  'thing',
  'things',
  'help',
  'question',
  'answer',
  'anyone',
  'people',
  'happen',
  'happening',
  'happened',
  'fix',
  'fixed',
  'sort',
  'know',
  'see',
  'say',
  'soon',
  'guys',
  'please',
  'still',
  'now',
  'why',
  'when',
  'what',
  'ok',
  'okay',
  'nou',
  'hoor',
  'toch',
  'even',
  'heel',
  'erg',
  'echt',
  'wel',
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

/** Every rule the title breaks; empty when an editor would keep it. */
export function titleProblems(title: string, lang: DraftLang, knowledge: TitleKnowledge = {}, maxLength = TITLE_MAX): TitleProblem[] {
  const problems: TitleProblem[] = [];
  if (!title.trimEnd().endsWith('?')) problems.push('no-question-mark');
  if (Array.from(title).length > maxLength) problems.push('too-long');
  // A question cut to fit ("…wordt het bedrag…?") has lost what it asks.
  if (title.includes('…')) problems.push('cut');
  if (URL.test(title)) problems.push('url');
  if (HANDLE.test(title)) problems.push('handle');
  if (PLACEHOLDER.test(title)) problems.push('placeholder');
  if (EMOJI.test(title)) problems.push('emoji');
  const words = wordsOf(title);
  if (hasDanglingPronoun(title, words, lang)) problems.push('dangling-pronoun');
  if (!words.some((word) => isContentWord(word))) problems.push('vague');
  if (!isQuestionForm(title)) problems.push('statement');
  if (hasSlotValue(title, knowledge.isPlace ?? (() => false))) problems.push('slot-value');
  if (knowledge.isKnownWord && hasTypo(title, lang, knowledge.isKnownWord)) problems.push('typo');
  return problems;
}

export function isSelfContainedTitle(title: string, lang: DraftLang, knowledge?: TitleKnowledge, maxLength = TITLE_MAX): boolean {
  return titleProblems(title, lang, knowledge, maxLength).length === 0;
}

/** Whether some clause of the text is phrased as a question (not a statement with "?" added). */
export function isQuestionForm(text: string): boolean {
  const body = text.replace(/[?!.\s]+$/u, '');
  const clauses = body
    .split(CLAUSE_BREAK)
    .map((clause) => clause.trim())
    .filter(Boolean);
  return clauses.some((clause) => {
    const [first = '', second = ''] = (foldCase(clause).match(/\p{L}[\p{L}']*/gu) ?? []).map((word) => word.replace(/'.*$/u, ''));
    // "Wat een bende", "What a mess": an exclamation, not a question.
    if ((first === 'wat' && second === 'een') || (first === 'what' && (second === 'a' || second === 'an'))) return false;
    // "Verkopen jullie ook…", "Levert u ook in België?": a verb before its subject asks.
    return QUESTION_OPENERS.has(first) || isInvertedVerb(first, second);
  });
}

/** A plural verb before "jullie"/"we" ("verkopen jullie"), a singular one before "u"/"je"/"er" ("levert u"). */
function isInvertedVerb(first: string, second: string): boolean {
  if (first.length < 3 || NOT_VERBS.has(first)) return false;
  if (second === 'jullie' || second === 'we' || second === 'wij') return first.endsWith('en');
  if (second === 'u' || second === 'er' || second === 'je' || second === 'jij') return /(?:t|d)$/u.test(first) || first.endsWith('en');
  return false;
}

/** Words before a subject that make no question ("Bedankt jullie", "Ook ik…"). */
const NOT_VERBS = new Set([
  'bedankt',
  'dank',
  'ook',
  'zelfs',
  'dus',
  'maar',
  'want',
  'omdat',
  'toen',
  'thanks',
  'thank',
  'and',
  'but',
  'so',
  'mijn',
  'het',
  'een',
  'eigenlijk',
  'gisteren',
  'vandaag',
  'morgen',
  'helaas',
  'straks',
  'daarna',
]);

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
    // "Ik ben mijn wachtwoord vergeten, hoe reset ik dat?": it points back at what the title named.
    if (words.slice(0, index).some((before) => isContentWord(before)) && CLAUSE_BREAK.test(title)) return false;
    if (ALWAYS_POINTING.has(word)) return true;
    const next = words[index + 1];
    // "dit abonnement" names its noun and "klopt het dat mijn…" joins a clause; "dat is" and
    // "werkt dat niet" point at something outside the title.
    return next === undefined || QUESTION_OPENERS.has(next) || AFTER_PRONOUN.has(next);
  });
}

/** A word of four or more lower-case letters that neither a dictionary nor the export knows; names and brands (capitals) pass. */
function hasTypo(title: string, lang: DraftLang, isKnownWord: (word: string, lang: DraftLang) => boolean): boolean {
  const words = title.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  return words.some((word, index) => {
    if (word.length < 4 || /[-'’]/u.test(word)) return false;
    if (index > 0 && word[0] !== word[0]!.toLowerCase()) return false;
    return !isKnownWord(word.toLowerCase(), lang);
  });
}

/** Amounts, dates, times, long numbers and known place names are one customer's details, not the question. */
function hasSlotValue(title: string, isPlace: (word: string) => boolean): boolean {
  if (findSlots(title).some((slot) => VALUE_SLOTS.has(slot.type))) return true;
  // Place names are capitalised: "in Zeist", not the verb "halen" that is also a village.
  const words = title.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  return words.some((word, index) => index > 0 && word[0] !== word[0]!.toLowerCase() && isPlace(word));
}
