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
  | 'no-question-mark'
  | 'too-long'
  | 'cut'
  | 'fragment'
  | 'url'
  | 'handle'
  | 'placeholder'
  | 'emoji'
  | 'dangling-pronoun'
  | 'vague'
  | 'rhetorical'
  | 'statement'
  | 'slot-value'
  | 'typo';

/** What the rules know about the export's words: place names (slots) and correctly spelled words. */
export type TitleKnowledge = {
  isPlace?: ((word: string) => boolean) | undefined;
  /** False for a word that is in no dictionary and not in the export's own vocabulary. */
  isKnownWord?: ((word: string, lang: DraftLang) => boolean) | undefined;
};

const URL = /\b(?:https?:\/?\/?|www\.)\S*|\b[\p{L}\p{N}-]+\.(?:nl|com|be|co|example|org|net)\/\S*/iu;
const HANDLE = /(?:^|[^\p{L}\p{N}_])@[\p{L}\p{N}_]+/u;
/** A scrub placeholder, or what a removed value left behind: "order no", "Order #", "4__credit_card__". */
const PLACEHOLDER = /\[[^\]]{1,30}\]|⟨[^⟩]*⟩|__[a-z_]+__|(?:^|\s)#(?=[\s?!.,:;]|$)|\border\s+(?:no|nr|id)\b(?![\s.:#-]*\d)/iu;
const EMOJI = /[\p{Extended_Pictographic}\p{Regional_Indicator}]/u;

/**
 * Words that point at something the title does not name. Personal pronouns always do ("hem", "it",
 * "her"), and so do place words ("daar", "hier", "here"), pronominal adverbs ("daarvoor", "erin") and
 * "dan"/"then" ("Moet ik dan al betalen?"). A demonstrative points when it stands alone ("Wanneer staat
 * dat op mn rekening?", "Is this legit?") or picks out a thing named earlier ("Kan ik die nieuwe prijs
 * nog krijgen?"), not as a conjunction ("Kan ik zien dat mijn pakket…"), a relative ("het pakket dat
 * ik…") or with a time ("dit jaar", "this week"). Any of them may point back at what an earlier
 * clause of the title names ("Ik ben mijn wachtwoord vergeten, hoe reset ik dat?").
 */
const PERSONAL_NL = ['hem', 'hij', 'zij', 'ze', 'hier', 'daar'];
const PERSONAL_EN = ['it', 'its', 'they', 'them', 'he', 'him', 'she', 'her', 'his', 'here', 'then'];
/** "daarvoor", "erin", "hiermee": a preposition joined to what it points at. */
const PRONOMINAL_ADVERB = /^(?:daar|hier|er)(?:aan|achter|af|bij|binnen|buiten|door|in|langs|mee|na|naar|om|onder|op|over|tegen|toe|uit|van|voor|zonder)$/u;
const DEMONSTRATIVES = { nl: new Set(['dit', 'dat', 'deze', 'die']), en: new Set(['this', 'that', 'these', 'those']) } as const;
/** "there" only points alone ("How do I get there?"); "Is there a way…" asks. */
const ALONE_POINTING = { nl: new Set<string>(), en: new Set(['there']) } as const;
const ALWAYS_POINTING = { nl: new Set(PERSONAL_NL), en: new Set(PERSONAL_EN) } as const;
const AFTER_PRONOUN = new Set(['niet', 'nog', 'ook', 'wel', 'al', 'toch', 'dan', 'nu', 'er', 'eens', 'zo', 'zelf', 'not', 'still', 'also', 'ever', 'so']);
/** An adjective that stands for a noun said before: "Betalen jullie een nieuwe?", "Can I get a new one?" (fine after a clause that names it). */
const ELLIPTIC_NOUN: Record<DraftLang, RegExp> = {
  nl: /\b(?:een|de|het|die|deze|mijn)\s+(?:nieuwe|andere|oude|zelfde|eerste|tweede|vorige|volgende|\p{L}{3,}ere)$/u,
  en: /\b(?:new|other|same|old|another|first|second|next|last|cheaper|bigger|smaller|\p{L}+er)\s+ones?$/u,
};
/** "het" and "er" are too common to flag alone; as the subject of a short question they point ("Wanneer is het opgelost?"). */
const SUBJECT_IT = /^(?:wanneer|waarom|hoe|wat|waar)\s+(?:is|wordt|gaat|komt|werkt)\s+(?:het|dat|dit)\s+\p{L}+$/iu;
/** Nouns of time: "dit jaar", "deze maand", "this week" name when, not something said before. */
const TIME_NOUNS = new Set(
  (
    'jaar jaren maand maanden week weken weekend dag dagen keer ochtend middag avond nacht moment periode seizoen kwartaal zomer winter ' +
    'year years month months week weeks weekend day days time morning afternoon evening night moment season quarter summer winter'
  ).split(' '),
);
/** Words that start a subject: after them "dat"/"that" is a conjunction ("Klopt het dat mijn…"). */
const SUBJECT_STARTERS = {
  nl: new Set(
    'ik je jij u we wij ze zij hij het er men iemand niemand iedereen mijn mn jouw uw onze ons jullie zijn haar hun de een deze dit die alle elke ieder'.split(
      ' ',
    ),
  ),
  en: new Set('i you we they he she it there my your our their his her the a an this these those someone everyone nobody people all every'.split(' ')),
} as const;
const DETERMINERS = new Set('de het een mijn mn jouw je uw onze ons hun zijn haar elke the a an my your our their his every'.split(' '));
const PREPOSITIONS = {
  nl: new Set('aan achter bij binnen buiten door in langs met na naar om onder op over per sinds tegen tijdens tot uit van via voor zonder'.split(' ')),
  en: new Set(
    'about above after against along around at before behind below between by during for from in into like near of off on onto out over since through to toward towards under until up upon via with within without'.split(
      ' ',
    ),
  ),
} as const;
/** Particles and adverbs that may follow an object pronoun to the end ("Hoe krijg ik het terug?"). */
const PARTICLES = new Set(
  'terug aan uit op af weg mee toe door in over binnen thuis zelf online nog ook wel niet al weer eens nu nou vandaag morgen snel back up out in on off again now today'.split(
    ' ',
  ),
);
const SUBJECT_PRONOUNS = new Set('ik je jij u we wij jullie ze zij hij'.split(' '));
/** Words after which "dan" compares ("later dan", "anders dan") instead of pointing back. */
const BEFORE_THAN = /^\p{L}{2,}er$|^anders$/u;
/** "Is het mogelijk om…", "How long does it take to…": "het"/"it" that stands for a clause that follows. */
const EXPLETIVE_PREDICATES = new Set(
  'mogelijk normaal waar nodig toegestaan verstandig handig slim veilig verplicht possible true normal safe necessary ok okay allowed worth take takes cost costs mean means matter legal required mandatory'.split(
    ' ',
  ),
);
const CLAUSE_AFTER = new Set(['dat', 'om', 'of', 'als', 'to', 'that', 'if', 'whether', 'for']);

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
  'nodig',
  'need',
  'needs',
  'someone',
  'somebody',
  'anybody',
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
const CLAUSE_BREAK = /[;:,–—]\s+|\.\s+|\s+--?\s+|\s+(?:en|of|maar|and|or|but)\s+(?=\p{L})/u;
const PUNCTUATION_BREAK = /[;:,–—]\s+|\.\s+|\s+-\s+/u;
const CONJUNCTION_BREAK = /\s+(?:en|of|maar|and|or|but)\s+(?=\p{L})/u;
const QUESTION_WORDS = /^(?:wat|waarom|wanneer|hoe|hoelang|hoeveel|waar|wie|welke?|what|why|when|how|where|who|which)\b/iu;

/** Every rule the title breaks; empty when an editor would keep it. */
export function titleProblems(title: string, lang: DraftLang, knowledge: TitleKnowledge = {}, maxLength = TITLE_MAX): TitleProblem[] {
  const problems: TitleProblem[] = [];
  if (!title.trimEnd().endsWith('?')) problems.push('no-question-mark');
  if (Array.from(title).length > maxLength) problems.push('too-long');
  // A question cut to fit ("…wordt het bedrag…?") has lost what it asks.
  if (title.includes('…')) problems.push('cut');
  if (isFragment(title, lang)) problems.push('fragment');
  if (URL.test(title)) problems.push('url');
  if (HANDLE.test(title)) problems.push('handle');
  if (PLACEHOLDER.test(title)) problems.push('placeholder');
  if (EMOJI.test(title)) problems.push('emoji');
  const words = wordsOf(title);
  if (hasDanglingPronoun(title, words, lang)) problems.push('dangling-pronoun');
  if (!words.some((word) => isContentWord(word))) problems.push('vague');
  if (isRhetorical(title, words)) problems.push('rhetorical');
  if (!isQuestionForm(title)) problems.push('statement');
  if (hasSlotValue(title, knowledge.isPlace ?? (() => false))) problems.push('slot-value');
  if (knowledge.isKnownWord && hasTypo(title, lang, knowledge.isKnownWord)) problems.push('typo');
  return problems;
}

/** Whether the text has a word that points at something it does not name ("Hoe krijg ik het terug?"). */
export function hasPointingWord(text: string, lang: DraftLang): boolean {
  return hasDanglingPronoun(text, wordsOf(text), lang);
}

export function isSelfContainedTitle(title: string, lang: DraftLang, knowledge?: TitleKnowledge, maxLength = TITLE_MAX): boolean {
  return titleProblems(title, lang, knowledge, maxLength).length === 0;
}

/** Whether some clause of the text is phrased as a question (not a statement with "?" added). */
export function isQuestionForm(text: string): boolean {
  const body = text.replace(/[?!.\s]+$/u, '');
  const clauses = body
    .split(PUNCTUATION_BREAK)
    .map((clause) => clause.trim())
    .filter(Boolean);
  // After "en"/"and" a verb continues the statement ("I cancelled my membership and was still
  // charged?"); only a question word starts a question there ("…en waarom duurt het zo lang?").
  const joined = clauses.flatMap((clause) =>
    clause
      .split(CONJUNCTION_BREAK)
      .slice(1)
      .map((part) => part.trim()),
  );
  if (joined.some((part) => QUESTION_WORDS.test(part))) return true;
  return clauses
    .map((clause) => clause.split(CONJUNCTION_BREAK)[0]!.trim())
    .some((clause) => {
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
  return (foldCase(text.replace(/’/gu, "'")).match(/\p{L}[\p{L}'’-]*/gu) ?? []).map((word) => word.replace(/['’]s$/u, ''));
}

function isContentWord(word: string): boolean {
  return word.length >= 4 && !DUTCH_STOP_WORDS.has(word) && !ENGLISH_STOP_WORDS.has(word) && !VAGUE_WORDS.has(word) && !QUESTION_OPENERS.has(word);
}

function hasDanglingPronoun(title: string, words: string[], lang: DraftLang): boolean {
  const body = title.replace(/[?!.\s]+$/u, '').trim();
  // "Zorgpas kwijt, hoe krijg ik een nieuwe?" names it in the clause before.
  if (SUBJECT_IT.test(body) || (ELLIPTIC_NOUN[lang].test(foldCase(body)) && body.split(CLAUSE_BREAK).length === 1)) return true;
  const before = prefixesOf(title);
  return words.some((_, index) => points(words, index, lang) && !hasAntecedent(words, index, before[index] ?? ''));
}

/** Whether the word at `index` points at something outside the words (see ALWAYS_POINTING, DEMONSTRATIVES). */
function points(words: readonly string[], index: number, lang: DraftLang): boolean {
  const word = words[index]!;
  const previous = words[index - 1];
  const next = words[index + 1];
  const last = index === words.length - 1;
  if (PRONOMINAL_ADVERB.test(word) && lang === 'nl') return true;
  if (ALWAYS_POINTING[lang].has(word)) return !(lang === 'en' && word === 'it' && isExpletive(words, index));
  if (ALONE_POINTING[lang].has(word)) return last || AFTER_PRONOUN.has(next ?? '');
  if (lang === 'nl') {
    // "later dan", "anders dan" compare; "Moet ik dan al betalen?" points back.
    if (word === 'dan') return previous === undefined || !BEFORE_THAN.test(previous);
    // "je haar" is hair; "voor haar" and "haar pas" point at a person.
    if (word === 'haar') return previous === undefined || !DETERMINERS.has(previous);
    // "met zijn zorgverzekering", "ik zijn pas": a possessive; "Wat zijn de kosten?" is the verb.
    if (word === 'zijn') return previous !== undefined && (PREPOSITIONS.nl.has(previous) || SUBJECT_PRONOUNS.has(previous));
    if (word === 'het') return pointingHet(words, index);
  }
  if (!DEMONSTRATIVES[lang].has(word)) return false;
  if (last || next === undefined) return true;
  if ((word === 'dat' || word === 'die' || word === 'that') && previous !== undefined) {
    // A relative clause after a named noun: "het pakket dat ik bestelde", "kosten die ik moet betalen".
    if (DETERMINERS.has(words[index - 2] ?? '') && !DETERMINERS.has(previous)) return false;
    if (isNounLike(previous) && (SUBJECT_STARTERS[lang].has(next) || AFTER_PRONOUN.has(next))) return false;
  }
  // A conjunction: "Klopt het dat mijn…", "Is it true that the…".
  if ((word === 'dat' || word === 'that') && SUBJECT_STARTERS[lang].has(next)) return false;
  if (QUESTION_OPENERS.has(next) || AFTER_PRONOUN.has(next) || PREPOSITIONS[lang].has(next) || PARTICLES.has(next)) return true;
  // "dit jaar", "this week": a time, not something said before. Otherwise it picks out a thing
  // named before the title ("die nieuwe prijs", "that guarantee", "this email").
  return !TIME_NOUNS.has(next);
}

function isNounLike(word: string): boolean {
  return (
    word.length >= 3 &&
    !DUTCH_STOP_WORDS.has(word) &&
    !ENGLISH_STOP_WORDS.has(word) &&
    !QUESTION_OPENERS.has(word) &&
    !PREPOSITIONS.nl.has(word) &&
    !PREPOSITIONS.en.has(word)
  );
}

/** "het" as an object at the end ("Hoe krijg ik het terug?", "Waar kan ik het vinden?") or as a subject ("Kan het nog…?"). */
function pointingHet(words: readonly string[], index: number): boolean {
  const rest = words.slice(index + 1);
  if (rest.length === 0) return true;
  if (rest.some((word) => CLAUSE_AFTER.has(word)) || EXPLETIVE_PREDICATES.has(rest[0]!)) return false;
  const previous = words[index - 1] ?? '';
  const adverbsOnly = rest.every((word) => PARTICLES.has(word) || AFTER_PRONOUN.has(word) || PREPOSITIONS.nl.has(word));
  // The subject after the verb: "Kan het nog naar mijn nieuwe adres?", "Waar blijft het nou?", "Wordt het vergoed?"
  // (not "Is het eigen risico omhoog gegaan?", where it is the article).
  const afterVerb = (index === 1 && QUESTION_OPENERS.has(words[0]!)) || (index === 2 && QUESTION_OPENERS.has(words[0]!) && !SUBJECT_PRONOUNS.has(previous));
  if (afterVerb) return rest.length === 1 || PARTICLES.has(rest[0]!) || AFTER_PRONOUN.has(rest[0]!) || PREPOSITIONS.nl.has(rest[0]!) || adverbsOnly;
  // The object at the end: "Hoe krijg ik het terug?", "Waar kan ik het vinden?".
  const objectOnly = rest.length <= 2 && rest.every((word, at) => PARTICLES.has(word) || (at === rest.length - 1 && /(?:en|ge\p{L}+[dt])$/u.test(word)));
  return SUBJECT_PRONOUNS.has(previous) && objectOnly;
}

/** "Is it possible to…", "How long does it take for…": "it" stands for what follows. */
function isExpletive(words: readonly string[], index: number): boolean {
  const rest = words.slice(index + 1);
  const predicate = rest.findIndex((word) => EXPLETIVE_PREDICATES.has(word));
  return predicate >= 0 && predicate <= 1 && rest.slice(predicate + 1).some((word) => CLAUSE_AFTER.has(word));
}

/** An earlier clause of the title that names something: "Zorgpas kwijt, hoe krijg ik die terug?". */
function hasAntecedent(words: readonly string[], index: number, textBefore: string): boolean {
  const before = words.slice(0, index);
  if (!before.some((word) => isContentWord(word))) return false;
  return CLAUSE_BREAK.test(textBefore);
}

/** For each word of wordsOf(text), the text before it. */
function prefixesOf(text: string): string[] {
  return [...text.matchAll(/\p{L}[\p{L}'’-]*/gu)].map((match) => text.slice(0, match.index));
}

/** Words that end no clause: an article, a possessive, a conjunction, "to"/"te"/"om". */
const DANGLING_END = new Set('de een mijn mn jouw uw onze en of maar want omdat als te om the a an my your our their and or but because if so to'.split(' '));
/** "How do I get to?": "to" and a verb that needs an object. */
const OBJECT_VERBS = new Set('get have make receive give send buy'.split(' '));
/** "Where is my order..Very slow delivery service": two sentences run together by dots. */
const JOINED_SENTENCES = /\p{L}\.{2,}\s*\p{L}/u;
/** Words after which a closing "-ing" form is the verb itself ("is it still shipping", "keeps buffering", "not working"). */
const BEFORE_PARTICIPLE = new Set(
  'is are was were be been being am keep keeps kept stop stops start starts not still from of for about by without while'.split(' '),
);
/** Nouns that end in "-ing" ("Can I get free shipping?"). */
const ING_NOUNS = new Set(
  'thing something nothing anything everything morning evening king ring spring string wing ceiling building setting settings meeting clothing shipping billing pricing packaging listing booking tracking'.split(
    ' ',
  ),
);
/** Forms of "be" that make a closing "-ing" the verb ("Why is my app crashing?"). */
const BE_FORMS = new Set("is are was were am be been isn't aren't wasn't weren't it's what's that's there's he's she's i'm you're we're they're".split(' '));

/**
 * "How do I track an Amazon Logistics package starting?": a closing "-ing" form after a noun, with no
 * form of "be" before it to make it the verb ("Why is my app crashing?" asks), was cut from its clause.
 */
function isCutAtParticiple(words: readonly string[]): boolean {
  const last = words.at(-1) ?? '';
  const previous = words.at(-2) ?? '';
  if (!/^\p{L}{3,}ing$/u.test(last) || ING_NOUNS.has(last)) return false;
  if (BEFORE_PARTICIPLE.has(previous) || previous.endsWith("n't")) return false;
  return !words.slice(0, -1).some((word) => BE_FORMS.has(word));
}

/** Question words that may end on a preposition ("What is this payment for?", "Waar wacht ik op?"). */
const STRANDING = { nl: /\b(?:waar|daar|hier|er)\p{L}*/iu, en: /^(?:what|who|whom|which|where)\b/iu } as const;
/** "Why when I call…": a question word right before another clause's opener. */
const RUN_ON =
  /\b(?:why|how|where|when|waarom|hoe|waar|wanneer)\s+(?:when|if|because|while|although|after|before|once|als|wanneer|omdat|terwijl|toen|hoewel|nadat|zodra|voordat)\b/iu;
/** "When I received the product the seal?", "Wanneer ik…": a subordinate clause without its question. */
const SUBORDINATE_ONLY = {
  nl: /^(?:wanneer|als|waarom|hoe|of)\s+(?:ik|je|jij|u|we|wij|ze|zij|hij|jullie)\b/iu,
  en: /^(?:when|if|whether)\s+(?:i|you|we|they|he|she|my|your|our|their|the|a|an|things|someone)\b/iu,
} as const;
const CONJUNCTION_START = /^(?:and|but|or|so|because|cause|maar|en|want|dus|omdat)\b/iu;
/**
 * English: a question without its subject ("Does not understand…", "Was supposed to get…", whose
 * subject was a handle), a question word before an uninverted clause ("Why my account is locked?", "What i ordered…"),
 * an article before a verb ("Why doesn't the have…") and a question that ends on its own helper ("…, could you?").
 */
const ENGLISH_BROKEN =
  /^(?:does|do|did|is|are|was|were|has|have|had|can|will|would)\s+(?:not|never|really|even|just|always|\p{L}+ed)\b|^(?:why|where|how|when)\s+(?:i|you|u|we|they|my|your|our|the)\b|^what\s+(?:i|you|u|we|they|my|your|our)\b|\b(?:the|a|an)\s+(?:have|has|is|are|was|does|do|did|can|will)\b|\b(?:can|could|will|would|do|did)\s+(?:you|u|someone|anyone)$/iu;

/** A clause that was cut or never finished: unbalanced brackets or quotes, a dangling last word, a run-on. */
function isFragment(title: string, lang: DraftLang): boolean {
  const body = title.replace(/[?!.\s…]+$/u, '').trim();
  if (!isBalanced(body)) return true;
  const lead = body.replace(/^[^\p{L}]+/u, '');
  if (CONJUNCTION_START.test(lead) || RUN_ON.test(body) || SUBORDINATE_ONLY[lang].test(lead) || JOINED_SENTENCES.test(body)) return true;
  if (lang === 'en' && ENGLISH_BROKEN.test(lead.replace(/’/gu, "'"))) return true;
  const words = wordsOf(body.replace(/\s+(?:please|pls|plz|aub|a\.u\.b|graag)$/iu, ''));
  const last = words.at(-1) ?? '';
  if (DANGLING_END.has(last)) return true;
  if (lang === 'en' && words.at(-2) === 'to' && OBJECT_VERBS.has(last)) return true;
  if (lang === 'en' && isCutAtParticiple(words)) return true;
  // A preposition at the end belongs to a question word: "What is it for?" asks, "Why does Alexa… on?" was cut.
  return PREPOSITIONS[lang].has(last) && !STRANDING[lang].test(lead) && !(lang === 'nl' && /(?:mee|toe|door|over|af|uit|in|op|aan)$/u.test(last));
}

function isBalanced(text: string): boolean {
  const count = (pattern: RegExp) => (text.match(pattern) ?? []).length;
  return (
    count(/\(/gu) === count(/\)/gu) &&
    count(/\[/gu) === count(/\]/gu) &&
    count(/[“„]/gu) === count(/”/gu) &&
    count(/"/gu) % 2 === 0 &&
    count(/«/gu) === count(/»/gu)
  );
}

/** Disbelief, mockery and verdicts: "Are you serious?", "Is this a joke?", "Has the worst customer service ever?". */
const RHETORICAL_WORDS = new Set(
  (
    'serious seriously kidding joking joke jokes hell heck wtf lol lmao smh omg ffs worst pathetic ridiculous useless disgrace disgraceful shameful lie lies lying liar liars smoking crazy insane fool fooling disappointed terrible awful horrible rotten upset ' +
    'serieus grap grapje belachelijk schandalig schande bizar waardeloos slechtste triest lachertje flauwekul onzin teleurgesteld'
  ).split(' '),
);
/** Sounds and courtesies that open no question: "Sigh, …", "Yo, where…", "Thnku so much…", "Sorry voor…". */
const INTERJECTION =
  /^(?:sigh|ugh|argh|oh|ah|wow|yay|yo|meh|duh|jeez|gosh|omg|lol|smh|ffs|wtf|damn|haha\p{L}*|hm+|u+h+|u+m+|erm|grr+|pff+|zucht|tja|jeetje|nou|bah|sjonge\p{L}*)$/u;
const COURTESY =
  /^(?:thanks?|thank|thanx|thnx|thnku|thanku|thankyou|thx|ty|cheers|bedankt|dank|dankjewel|dankuwel|merci|sorry|excuses|excuus|apologies|pardon)$/u;

/** "What's the point of…", "Wat is het nut van…": a verdict phrased as a question. */
const POINTLESS = /\bwhat(?:'s| is) the point\b|\bwat is het nut\b|\bhoe is het mogelijk\b/iu;

function isRhetorical(title: string, words: readonly string[]): boolean {
  // Every clause's first word: "Sigh, …", "How to ruin my day: Thanks a lot?".
  const openers = title.split(CLAUSE_BREAK).map((clause) => wordsOf(clause)[0] ?? '');
  return (
    openers.some((word) => INTERJECTION.test(word) || COURTESY.test(word)) ||
    words.some((word) => RHETORICAL_WORDS.has(word)) ||
    POINTLESS.test(title.replace(/’/gu, "'"))
  );
}

/** Why a statement cannot become "…: wat kan ik doen?" ("Sigh, I order like", "Thnku so much for…", "But I don't shop"). */
type StatementProblem = 'fragment' | 'no-verb' | 'not-a-problem' | 'feeling' | 'request';

/** Words that say a thing went wrong: "niet bezorgd", "kapot", "never arrived", "charged twice". */
const PROBLEM_WORD =
  /^(?:niet|geen|nooit|niks|niets|not|no|never|nothing|cannot|can't|cant|won't|wont|don't|dont|doesn't|doesnt|didn't|didnt|haven't|havent|hasn't|hasnt|isn't|isnt|wasn't|wasnt|aren't|arent|couldn't|couldnt|kapot|stuk|beschadig\p{L}*|verkeerd\p{L}*|kwijt|vermist|zoek|vertraag\p{L}*|laat|dubbel|mislukt|geweigerd|gestolen|defect\p{L}*|leeg|fout\p{L}*|storing|geblokkeerd|damag\p{L}*|broke\p{L}*|wrong\p{L}*|missing|lost|late|delay\p{L}*|stuck|declin\p{L}*|fail\p{L}*|faulty|defective|stolen|empty|twice|double|overcharg\p{L}*|incorrect|error\p{L}*|outage|crash\p{L}*|froze|frozen|freez\p{L}*|blocked|locked|expired|verlopen)$/u;
/** "geen probleem", "never had a problem": a problem denied is none. */
const NO_PROBLEM = /\b(?:no|never|geen|nooit)\s+(?:\p{L}+\s+){0,2}(?:problems?|issues?|problemen|probleem)\b/iu;
/** A verb of the clause: a common finite verb, a past form or participle, an "-ing" form. */
const FINITE_VERBS = new Set(
  (
    'ben is was zijn waren heb heeft hebt hebben had hadden word wordt werd worden kan kun kunt kon kunnen mag mocht moet moest moeten wil wilde willen zal zou krijg krijgt kreeg ' +
    'lukt lukte werkt werkte staat stond zit zat gaat ging komt kwam doe doet deed blijft bleef vind vindt zie ziet zag weet wist betaal betaalt ' +
    'am is are was were be been have has had do does did can could will would shall should may might must need needs want wants got get gets keep keeps says said shows'
  ).split(' '),
);
const VERB_FORM = /(?:'ve|'m|'re|n't|’ve|’m|’re|n’t)$|^(?:ge|be|ver|ont|her|er)\p{L}{2,}(?:d|t|en)$|\p{L}ge\p{L}{2,}[dt]$|\p{L}{3,}(?:ed|ing)$/u;
/** Feelings, praise and verdicts: a complaint or a thank-you, not a problem to solve. */
const FEELING_WORDS = new Set(
  (
    'beautiful great amazing awesome excellent fantastic wonderful fine good love lovely happy pleased impressed satisfied glad ' +
    'disappointed disappointing poor bad terrible awful horrible worst pathetic useless ridiculous unacceptable disgusting shocking frustrating frustrated annoyed angry furious sad despair rubbish ' +
    'mooi fijn geweldig top blij tevreden teleurgesteld teleurstellend slecht slechte waardeloos belachelijk schandalig bizar boos kwaad triest jammer balen frustrerend'
  ).split(' '),
);
const REQUEST = /^(?:please|pls|plz|kindly|graag|gelieve|svp|aub)$/u;

/**
 * Whether a statement names a problem that "wat kan ik doen?" may turn into a question: a complete
 * clause (a verb, balanced brackets, no opening conjunction or interjection, no dangling last word),
 * that says something went wrong ("niet", "kapot", "never", "damaged") and is no feeling, thanks,
 * apology or request. Empty when it does.
 */
export function statementProblems(statement: string, lang: DraftLang): StatementProblem[] {
  const problems: StatementProblem[] = [];
  const body = statement.replace(/[?!.\s…]+$/u, '').trim();
  const words = wordsOf(body);
  const lead = body.replace(/^[^\p{L}]+/u, '');
  const last = words.at(-1) ?? '';
  const dangling = DANGLING_END.has(last) || PREPOSITIONS[lang].has(last) || /^(?:no|nr|id|like|amp)$/u.test(last);
  if (!isBalanced(body) || CONJUNCTION_START.test(lead) || dangling || /&\p{L}*;?\s*$/u.test(body) || (lang === 'en' && hasClauseWithoutSubject(body))) {
    problems.push('fragment');
  }
  if (!words.some((word) => FINITE_VERBS.has(word) || VERB_FORM.test(word))) problems.push('no-verb');
  if (!words.some((word) => PROBLEM_WORD.test(word)) || NO_PROBLEM.test(body)) problems.push('not-a-problem');
  if (INTERJECTION.test(words[0] ?? '') || COURTESY.test(words[0] ?? '') || words.some((word) => FEELING_WORDS.has(word) || RHETORICAL_WORDS.has(word))) {
    problems.push('feeling');
  }
  if (REQUEST.test(words[0] ?? '') || REQUEST.test(last)) problems.push('request');
  return problems;
}

const LEADING_ADVERB = /^(?:still|just|already|again|also|now|never|then)$/u;
/** "I'm", "we've", "it'll": the subject is there, in front of the verb. */
const SUBJECT_CONTRACTION = /^(?:i|you|u|we|they|he|she|it|that|there|this|who)'/u;

/**
 * An English clause that opens with its verb has dropped its subject, as notes to oneself do ("Tried
 * wifi and cell, still getting the error", "… -- wasn't me"): the reader cannot tell who did what.
 * Dutch drops it in set phrases that read well ("Pakket niet ontvangen"), so only English is held to it.
 */
function hasClauseWithoutSubject(body: string): boolean {
  return body.split(CLAUSE_BREAK).some((clause) => {
    const words = wordsOf(clause);
    const first = (LEADING_ADVERB.test(words[0] ?? '') ? words[1] : words[0]) ?? '';
    return !SUBJECT_CONTRACTION.test(first) && (FINITE_VERBS.has(first) || VERB_FORM.test(first));
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
