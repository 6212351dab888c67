// The coherence gate: a group of questions becomes a draft only when it is one question. Mixed
// groups (two languages), groups of statements (rants,
// complaints without a question) and groups glued together by phrasing rather than subject
// ("Verkopen jullie ook vuurwerk?", "Verkopen jullie ook cadeaubonnen?") go to the report as
// "needs a look", with their parts, never as a draft.
import type { Coherence } from '#core/cluster.ts';
import { splitCompound, type Lang } from '#core/text/index.ts';
import { evenlySpread } from './replies.ts';

export type { Coherence };
export type CoherenceReason = Coherence['reasons'][number];

export type CoherenceInput = {
  /** Share of the members in the group's majority language. */
  langShare: number;
  /** Share of the members phrased as a question or a request (not a bare statement). */
  questionShare: number;
  /** Share of the distinct questions that name one of the group's most typical words. */
  subjectCoverage: number;
  /** Share of pairs of distinct questions that still share a word once the group's main word is set aside. */
  residualOverlap: number;
  /** Share of pairs of unrelated questions of the export in the group's language that share a word by chance. */
  chanceOverlap?: number | undefined;
  /** The company's replies to the group's distinct questions, when the export has them. */
  answers?: AnswerCounts | undefined;
};

export type AnswerCounts = {
  /** Distinct questions the company replied to. */
  replied: number;
  /** Of those, how many got a reply that answers the question (an informative answer family). */
  informative: number;
  /** How many different saved replies (answer families, informative or not) they got. */
  differentReplies: number;
  /** Informative answer families in the whole export: whether the team answers specifically at all. */
  exportFamilies: number;
};

export const COHERENCE_LIMITS = {
  langShare: 0.8,
  questionShare: 0.25,
  subjectCoverage: 0.5,
  residualOverlap: 0.1,
  genericReplies: 3,
  exportFamilies: 3,
} as const;

export function coherenceOf(input: CoherenceInput): Coherence {
  const reasons: CoherenceReason[] = [];
  if (input.langShare < COHERENCE_LIMITS.langShare) reasons.push('mixed-language');
  if (input.questionShare < COHERENCE_LIMITS.questionShare) reasons.push('statements');
  // Questions that share one word and nothing else ("Verkopen jullie ook vuurwerk / matrassen /
  // cadeaubonnen?") are one-offs glued by their phrasing: each needs its own answer.
  // Words such as 'werkt' or 'bestelling' are shared by chance; an export's own chance rate is the bar.
  const residualBar = Math.max(COHERENCE_LIMITS.residualOverlap, input.chanceOverlap ?? 0);
  if (input.subjectCoverage < COHERENCE_LIMITS.subjectCoverage || input.residualOverlap < residualBar) reasons.push('no-shared-subject');
  if (onlyGenericAnswers(input.answers)) reasons.push('generic-answers');
  return { verdict: reasons.length === 0 ? 'topic' : 'needs-look', reasons };
}

/**
 * A team that answers its recurring questions with specific saved replies, but answered several
 * of this group's questions only with replies that name nothing ("Goede vraag! We zoeken het uit",
 * "Waarmee kunnen we je helpen?"), treated them as one-offs or chat, not as one question with an
 * answer to publish. One saved reply sent to all of them is an answer after all, if a terse one;
 * teams that never answer specifically are not judged by this.
 */
function onlyGenericAnswers(answers: AnswerCounts | undefined): boolean {
  if (!answers || answers.exportFamilies < COHERENCE_LIMITS.exportFamilies) return false;
  return answers.replied >= COHERENCE_LIMITS.genericReplies && answers.informative === 0 && answers.differentReplies >= 2;
}

/**
 * The share of members in the most common language. Text in neither Dutch nor English ('other':
 * Japanese or Spanish inside an English topic) counts as a language of its own.
 */
export function majorityShare(langs: readonly (Lang | 'other')[]): number {
  const counts = new Map<string, number>();
  for (const lang of langs) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  return langs.length === 0 ? 1 : Math.max(...counts.values()) / langs.length;
}

/** The most common value (the first of equals). */
export function majorityOf(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best = values[0] ?? '';
  for (const [value, count] of counts) if (count > counts.get(best)!) best = value;
  return best;
}

/** How a group's distinct questions share its subject: `tokensOf` gives an item's stems, `documentFrequency` how many of the export's distinct questions use a stem. */
export type SubjectInput = {
  items: readonly number[];
  tokensOf: (item: number) => readonly string[];
  documentFrequency: (token: string) => number;
  totalItems: number;
};

/**
 * The group's most typical subjects (frequent in the group, rare in the export, by tf·idf), most
 * typical first. A subject is a word with its forms and the compounds built on it (`subjectKeys`):
 * "abonnement", "abonnementen" and "jaarabonnement" name one, and so do "card" and "giftcards".
 */
export function subjectWords(input: SubjectInput): string[] {
  return subjectsOf(input).words;
}

/** How many distinct questions name one of the group's subject words (in any of their forms). */
export function subjectCoverage(input: SubjectInput): number {
  if (input.items.length === 0) return 1;
  const { words, keysOf } = subjectsOf(input);
  const covered = input.items.filter((item) => words.some((word) => keysOf(item).has(word))).length;
  return covered / input.items.length;
}

/**
 * The share of pairs of distinct questions that share a content word besides the group's main
 * word (in any of its forms). A real topic is phrased in many ways around one matter and its pairs
 * keep sharing words; one-off questions glued by a phrasing share that phrasing's word and nothing
 * else. Groups of fewer than MIN_RESIDUAL_ITEMS questions are too small to tell (1).
 */
export function residualOverlap(input: SubjectInput): number {
  const items = input.items.slice(0, MAX_RESIDUAL_ITEMS);
  if (items.length < MIN_RESIDUAL_ITEMS) return 1;
  const { words, keyOf } = subjectsOf(input);
  const main = words[0];
  return shareOfPairsSharingAWord(items.map((item) => new Set(withoutMainWord(input.tokensOf(item), main, keyOf).filter(isContentToken).map(keyOf))));
}

type Subjects = {
  /** The most typical subject keys, most typical first. */
  words: string[];
  keyOf: (token: string) => string;
  /** An item's subject keys. */
  keysOf: (item: number) => Set<string>;
};

/** The gate asks for a group's coverage and its residual overlap: its subjects are worked out once. */
const subjectsOfInput = new WeakMap<SubjectInput, Subjects>();

function subjectsOf(input: SubjectInput): Subjects {
  let subjects = subjectsOfInput.get(input);
  if (!subjects) subjectsOfInput.set(input, (subjects = findSubjects(input)));
  return subjects;
}

function findSubjects({ items, tokensOf, documentFrequency, totalItems }: SubjectInput): Subjects {
  const keyOf = subjectKeys(items.map((item) => tokensOf(item).filter(isContentToken)));
  const itemKeys = new Map<number, Set<string>>();
  const keysOf = (item: number): Set<string> => {
    let keys = itemKeys.get(item);
    if (!keys) itemKeys.set(item, (keys = new Set(tokensOf(item).filter(isContentToken).map(keyOf))));
    return keys;
  };
  // A subject's export frequency: that of its most frequent form (a Dutch compound's head is a
  // token of its own, so 'abonnement' already counts the questions that say 'jaarabonnement').
  const frequency = new Map<string, number>();
  const counts = new Map<string, number>();
  for (const item of items) {
    for (const token of tokensOf(item)) {
      if (!isContentToken(token)) continue;
      const key = keyOf(token);
      frequency.set(key, Math.max(frequency.get(key) ?? 0, documentFrequency(token)));
    }
    for (const key of keysOf(item)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const words = [...counts]
    .map(([key, count]) => ({ key, score: (count / items.length) * Math.log((totalItems + 1) / (frequency.get(key)! + 1)) }))
    .sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : 1))
    .slice(0, SUBJECT_WORDS)
    .map((entry) => entry.key);
  return { words, keyOf, keysOf };
}

/**
 * Maps a group's stems to subject keys, so the forms of one word count as one word:
 * - stems Snowball leaves apart: a doubled last consonant ('pass' of "passen", 'pas'), a Dutch
 *   z or v that alternates with s or f ('prijz' of "prijzen", 'prijs'; 'briev', 'brief');
 * - a compound counts as the word it ends with, when at least two of the group's questions name that
 *   word: 'jaarabonnement' as 'abonnement', 'zorgpass' ("zorgpassen", which the tokenizer does not
 *   split) as 'pas', 'giftcard' as 'card' (English compounds are not split at all). That word has
 *   at least four letters or is a head noun the Dutch compound splitter knows ('pas', 'app'), and
 *   what is left of the compound at least three ('account' is no 'count', 'discount' is).
 * Only within the questions given (one group, or the chance sample): a word is taken for a
 * compound's head only where those questions use it, so no list of subjects is needed.
 */
export function subjectKeys(itemTokens: readonly (readonly string[])[]): (token: string) => string {
  const questions = new Map<string, number>();
  for (const tokens of itemTokens) for (const form of new Set(tokens.map(formOf))) questions.set(form, (questions.get(form) ?? 0) + 1);
  const heads = new Set([...questions].filter(([, count]) => count >= MIN_HEAD_QUESTIONS).map(([form]) => form));
  const headOf = (form: string): string | undefined => {
    // Longest head first: 'zorgverzekeraar' is a 'verzekeraar' before it is anything shorter.
    for (let cut = MIN_MODIFIER; cut <= form.length - MIN_HEAD; cut++) {
      const head = form.slice(cut);
      if (heads.has(head) && (head.length >= MIN_WORD_HEAD || splitCompound(form)?.[1] === head)) return head;
    }
    return undefined;
  };
  const keys = new Map<string, string>();
  const keyOfForm = (form: string): string => {
    let key = keys.get(form);
    if (key === undefined) {
      const head = headOf(form);
      // A head may be a compound in turn; heads are shorter, so this ends.
      key = head === undefined ? form : keyOfForm(head);
      keys.set(form, key);
    }
    return key;
  };
  return (token) => keyOfForm(formOf(token));
}

/** A stem with the endings Snowball leaves apart made one: 'pass' → 'pas', 'prijz' → 'prijs', 'briev' → 'brief'. */
function formOf(stem: string): string {
  if (stem.length < 4) return stem;
  const single = /([bcdfghjklmnpqrstvwxz])\1$/u.test(stem) ? stem.slice(0, -1) : stem;
  return single.replace(/z$/u, 's').replace(/v$/u, 'f');
}

/**
 * How often two unrelated questions share a content word by chance: all pairs of up to
 * CHANCE_SAMPLE questions (one language's) spread evenly over the export.
 */
export function chanceOverlap(questions: readonly (readonly string[])[]): number {
  const sample = evenlySpread(questions, CHANCE_SAMPLE).map((tokens) => tokens.filter(isContentToken));
  // Words are compared as the gate compares a group's: a word's forms and compounds as one.
  const keyOf = subjectKeys(sample);
  return shareOfPairsSharingAWord(sample.map((tokens) => new Set(tokens.map(keyOf))));
}

/** The share of pairs of word sets that have a word in common (0 without pairs). */
function shareOfPairsSharingAWord(sets: readonly Set<string>[]): number {
  let pairs = 0;
  let sharing = 0;
  for (let a = 0; a < sets.length; a++) {
    for (let b = a + 1; b < sets.length; b++) {
      pairs++;
      for (const word of sets[b]!) {
        if (sets[a]!.has(word)) {
          sharing++;
          break;
        }
      }
    }
  }
  return pairs === 0 ? 0 : sharing / pairs;
}

/**
 * An item's words without the main word in any of its forms, the compounds built on it
 * ('koptelefoon' for 'telefoon': Dutch writes compounds as one word; 'headphones' for 'phones')
 * and those compounds' parts ('kop'; 'jar' of 'jaarabonnement'), which the tokenizer adds.
 */
function withoutMainWord(tokens: readonly string[], main: string | undefined, keyOf: (token: string) => string): string[] {
  if (!main) return [...tokens];
  // Stems of one word family may differ in their last letter ('headphon', 'phone').
  const root = main.length > 4 ? main.slice(0, -1) : main;
  const compounds = new Set<string>();
  tokens.forEach((token, i) => {
    if (keyOf(token) !== main && !token.includes(root)) return;
    compounds.add(token);
    if (modifierFollows(tokens, i, keyOf)) compounds.add(tokens[i + 1]!);
  });
  return tokens.filter((token) => ![...compounds].some((compound) => compound.includes(token)));
}

/**
 * Whether the token after tokens[i] is the modifier of a compound that counts as its head: the
 * tokenizer follows a Dutch compound with its parts ('jaarabonnement', 'jar', 'abonnement').
 */
function modifierFollows(tokens: readonly string[], i: number, keyOf: (token: string) => string): boolean {
  const compound = tokens[i]!;
  const modifier = tokens[i + 1];
  const head = tokens[i + 2];
  if (modifier === undefined || head === undefined || head === compound) return false;
  const key = keyOf(compound);
  return key !== formOf(compound) && keyOf(head) === key && compound.startsWith(modifier.slice(0, 2));
}

function isContentToken(token: string): boolean {
  return token.length >= 3 && !/^\d+$/u.test(token);
}

const SUBJECT_WORDS = 3;
/** A compound's head must be named by this many of the group's questions. */
const MIN_HEAD_QUESTIONS = 2;
/** Letters a compound keeps besides its head ('jaar' of 'jaarabonnement'), as the Dutch splitter asks. */
const MIN_MODIFIER = 3;
/** The shortest head: a head noun the Dutch splitter knows ('pas', 'app'). */
const MIN_HEAD = 3;
/** The shortest head any word can be ('card', 'abonnement'). */
const MIN_WORD_HEAD = 4;
const MIN_RESIDUAL_ITEMS = 4;
const CHANCE_SAMPLE = 400;
/** Pairs compared at most: the first (most frequent) questions say enough about a large group. */
const MAX_RESIDUAL_ITEMS = 150;
