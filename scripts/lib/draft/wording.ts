// The words of a new draft: a title phrased like the customer's question, a description, a
// category guess, tags, example questions and a reply for CMs. All of it comes from scrubbed but
// untrusted text, so every string is first reduced to one clean line.
import { MAX_REPLY_LENGTH } from '#core/replies.ts';
import type { Cluster } from '#core/cluster.ts';
import { detectLang, DUTCH_STOP_WORDS, ENGLISH_STOP_WORDS, foldCase, normalize, tokens } from '#core/text/index.ts';
import { slugOf } from '#core/slug.ts';
import { countTweetLength, URL_LENGTH } from '#core/tweet-length.ts';
import { withoutSignature } from '../text/signature.ts';
import { findSlots } from '../text/slots.ts';
import { hasPointingWord, statementProblems, titleProblems, type TitleKnowledge } from './title-rules.ts';
import { hasPlaceholder, removeHandles, removeLeadingHandles, removePlaceholders, sentenceCase, stripInvisible, toSingleLine, truncateAtWord } from './text.ts';

export type DraftLang = 'nl' | 'en';

/** The brief allows 70; the project config may ask for less (editorial.titleMax). */
export const MAX_TITLE_LENGTH = 70;
const MAX_TAGS = 5;
const MAX_QUESTIONS = 20;

const GREETING =
  /^(?:geachte(?:\s+(?:heer|mevrouw|dames en heren)(?:\s*(?:\/|of|en)\s*(?:heer|mevrouw))?)?|(?:hoi|hallo|hey|hi|hee|hello)(?:\s+there)?|goedemorgen|goedemiddag|goedenavond|good (?:morning|afternoon|evening)|beste|dag|dear)\b[\s,!.:;-]*/iu;
const URL = /\b(?:https?:\/\/|www\.)\S+/giu;
const EMOJI = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u{FE0F}\u{20E3}\u{1F3FB}-\u{1F3FF}\u200D]/gu;
const SENTENCE_END = /(?<=[.!?])\s+/u;

/** A customer's question as a title: no greeting, handle, placeholder or link; sentence case; ends with "?". */
export function questionTitle(label: string, keywords: readonly string[], lang: DraftLang, maxLength = MAX_TITLE_LENGTH): string {
  const full = wholeQuestion(label, keywords, lang);
  const cut = truncateAtWord(full, Math.min(maxLength, MAX_TITLE_LENGTH) - 2);
  // A cut question says so: the title rules never keep it (an editor writes the title).
  return cut === full ? `${cut}?` : `${withoutDanglingWords(cut)}…?`;
}

/**
 * A cluster's title: the most central of its own questions (label first, then the examples by their
 * similarity to the centre; never an outlier, see CENTRAL_SHARE) that an editor would keep as it is —
 * a self-contained question that names the group's subject, without slot values, URLs, placeholders
 * or typos, short enough (title-rules.ts). A customer's place becomes "bij mij in de buurt". When
 * only statements qualify ("Ik heb de verkeerde kleur ontvangen"), the first that names a problem
 * with the subject in a whole clause becomes a question by rule ("…: wat kan ik doen?"), never by
 * appending a question mark; a complaint, a thank-you or a fragment never does. Before that, the
 * questions rewritten by the fixed rules of rewrittenQuestions (a named provider, an alternative, the
 * company addressed, chat spelling, a word that points back). With no candidate at all, the label as
 * a question (which the draft step refuses: the group needs a look).
 */
export function clusterTitle(
  cluster: Pick<Cluster, 'label' | 'keywords' | 'examples'>,
  lang: DraftLang,
  maxLength = MAX_TITLE_LENGTH,
  knowledge: TitleKnowledge = {},
): string {
  const limit = Math.min(maxLength, MAX_TITLE_LENGTH);
  // In the customer's language: an English example does not title a Dutch article.
  const otherLang = lang === 'nl' ? 'en' : 'nl';
  const texts = centralTexts(cluster).filter((text) => detectLang(text) !== otherLang);
  const asked = texts.map((text) => withoutPlaceValues(wholeQuestion(text, cluster.keywords, lang), lang, knowledge));
  // Each question as asked, then without one customer's amount or number, then without trailing
  // phrases ("…aanvragen voor mijn jaarafrekening"), while it stays a question that names its subject.
  // Then each question with the statement before it ("Product kapot ontvangen, hoe krijg ik een
  // nieuwe?"), which the question alone may lean on.
  const told = texts.flatMap((text) => statementAndQuestion(text) ?? []);
  const candidates = [
    ...asked,
    ...asked.flatMap((question) => shortenings(withoutValues(question), lang)),
    ...told.map(({ joined }) => withoutValues(withoutPlaceValues(joined, lang, knowledge))),
  ].map((question) => `${question}?`);
  // A title names what the group is about: one of its keywords ("Are you serious?" names nothing).
  const keeps = (title: string) =>
    wordCount(title) >= MIN_TITLE_WORDS && namesSubject(title, cluster.keywords, lang) && titleProblems(title, lang, knowledge, limit).length === 0;
  const keep = candidates.find(keeps);
  if (keep) return keep;
  // None as asked: the same questions rewritten by the fixed rules of REWRITES (a detail of one
  // customer, an alternative, the company addressed, a word that points back), judged by the same rules.
  const rewritten = rewrittenQuestions(texts, told, lang, knowledge)
    .map((question) => `${question}?`)
    .find(keeps);
  if (rewritten) return rewritten;
  const ask = ASK_WHAT_TO_DO[lang];
  const statements = told.map(({ statement }) => `${withoutValues(withoutPlaceValues(statement, lang, knowledge))}?`);
  for (const candidate of [...candidates, ...statements]) {
    const composed = `${candidate.slice(0, -1)}${ask}`;
    if (
      wordCount(candidate) >= MIN_STATEMENT_WORDS &&
      !EXCLAMATION.test(candidate) &&
      namesSubject(candidate, cluster.keywords, lang) &&
      statementProblems(candidate, lang).length === 0 &&
      titleProblems(candidate, lang, knowledge, limit).every((p) => p === 'statement') &&
      titleProblems(composed, lang, knowledge, limit).length === 0
    ) {
      return composed;
    }
  }
  return questionTitle(cluster.label, cluster.keywords, lang, maxLength);
}

/**
 * A title is asked at least this close to the group's centre, as a share of the most central
 * example's similarity. The examples are picked for diversity (maximal marginal relevance: similarity
 * minus half the likeness to examples already picked), so the lower ones are there because they
 * differ, and a question a fifth further out than the best is an outlier of the group, however well
 * it reads. On the labelled exports the questions that name the group's topic sit within this share.
 */
export const CENTRAL_SHARE = 0.75;

/**
 * The label and the examples that are central enough (CENTRAL_SHARE), most central first. The label
 * is the miner's most central readable question: it has the similarity of its example, or the best.
 */
function centralTexts(cluster: Pick<Cluster, 'label' | 'examples'>): string[] {
  const examples = cluster.examples.filter((example) => /\p{L}/u.test(example.text));
  const best = examples.reduce((max, example) => Math.max(max, example.similarity), 0);
  const label = normalize(cluster.label);
  const labelled = [{ text: cluster.label, similarity: examples.find((example) => normalize(example.text) === label)?.similarity ?? best }, ...examples];
  return labelled
    .filter((text) => /\p{L}/u.test(text.text) && text.similarity >= CENTRAL_SHARE * best)
    .sort((a, b) => b.similarity - a.similarity)
    .map((text) => text.text);
}

const SUBJECT_KEYWORDS = 3;

/** Whether a title names one of the group's most typical words (its subject). */
export function namesSubject(title: string, keywords: readonly string[], lang: DraftLang): boolean {
  const subject = new Set(keywords.slice(0, SUBJECT_KEYWORDS).flatMap((keyword) => tokens(keyword, lang)));
  if (subject.size === 0) return true;
  // A stem and its compound's part may differ by a letter ("opzegg" for opzeggen, "opzeg" in opzegtermijn).
  const alike = (a: string, b: string) => a === b || (Math.min(a.length, b.length) >= 5 && (a.startsWith(b) || b.startsWith(a)));
  return tokens(title, lang).some((token) => [...subject].some((word) => alike(token, word)));
}
/** A statement names a problem when it has a few words, and is no exclamation ("Wat een bende"). */
const MIN_STATEMENT_WORDS = 4;
const EXCLAMATION = /^(?:wat een|what an?|hoe is het mogelijk|echt)\b/iu;

const VALUE_PREPOSITION = /\s+(?:van|voor|à|ter waarde van|of|for|at|worth)\s*$/iu;

/** "Er is dubbel €160 afgeschreven" → "Er is dubbel afgeschreven": amounts and numbers are one customer's. */
function withoutValues(question: string): string {
  const slots = findSlots(question).filter((slot) => slot.type === 'amount' || slot.type === 'number');
  let out = question;
  // "Wordt mijn tv van € 49 nog geleverd?" → "Wordt mijn tv nog geleverd?": the value's preposition goes with it.
  for (const slot of [...slots].reverse()) out = `${out.slice(0, slot.start).replace(VALUE_PREPOSITION, '')} ${out.slice(slot.end)}`;
  return out
    .replace(/\s+([,.;:!?])/gu, '$1')
    .replace(/\s+/gu, ' ')
    .trim();
}

const TRAILING_PHRASE: Record<DraftLang, RegExp> = {
  nl: /\s+(?:voor|van|bij|op|in|met|na|over|via|sinds|tijdens|door)\s+[^,;:]*$/iu,
  en: /\s+(?:for|of|on|in|with|after|from|since|during|via|at|by)\s+[^,;:]*$/iu,
};

/**
 * A trailing phrase that carries the clause's verb or starts a clause of its own is no detail to
 * drop: "…wordt het bedrag op mijn rekening teruggestort" (Dutch puts the verb last) and "…als ik niet
 * meer weet met welk e-mailadres ik me heb aangemeld" lose their meaning without it.
 */
const CLAUSE_IN_PHRASE: Record<DraftLang, RegExp> = {
  nl: /\b(?:welke?|wie|wat|waar|die|dat|of|als|omdat|hoe|wanneer|zodat|terwijl)\b|\b\p{L}*ge\p{L}{2,}(?<!hei)[dt]\b|\b(?:worden|zijn|hebben|krijgen|kunnen|moeten|gaan|komen|staan)$|\bte\s+\p{L}+/iu,
  en: /\b(?:which|who|what|that|if|when|where|because|while|how|is|are|was|were|be|being|been|take|takes|taking|took|get|gets|getting|go|goes|going|come|comes|coming)\b|\bto\s+(?!(?:the|a|an|my|your|our|their|his|her|me|us|you|them|it)\b)\p{L}+/iu,
};

/** "Waarom duurt mijn aanvraag al vijf weken?": a verb of time needs the duration it asks about. */
const DURATION_VERB = /\b(?:duurt|duren|duurde|take|takes|took|taking)\b/iu;
const HOW_LONG = /\b(?:lang|long)\b/iu;

const OPENS_CLAUSE: Record<DraftLang, RegExp> = {
  nl: /\s(?:als|omdat|wanneer|terwijl|nadat|zodra|voordat|dat|of|welke?|wie|waar)\s/iu,
  en: /\s(?:if|because|when|while|after|before|once|that|whether|which|who|where)\s/iu,
};

/** The question, then shorter by one trailing prepositional phrase at a time (never one that holds a verb or a clause). */
function shortenings(question: string, lang: DraftLang): string[] {
  const out = [question];
  for (;;) {
    const current = out.at(-1)!;
    const phrase = TRAILING_PHRASE[lang].exec(current)?.[0];
    if (!phrase || CLAUSE_IN_PHRASE[lang].test(phrase.trim())) break;
    const shorter = current.slice(0, current.length - phrase.length);
    // "…als ik midden in een behandeling zit": a clause opened before the phrase ends in it.
    if (OPENS_CLAUSE[lang].test(shorter)) break;
    // "…in Deventer een contract voor…": a noun group that follows the phrase without a preposition of its own is the clause's, not the phrase's.
    if (ownsNounGroup(phrase, lang) || PREDICATE_END[lang].test(phrase)) break;
    // "Is daar een goedkeuring voor nodig?": the preposition belongs to "daar", "waar", "er" or "hier" before it.
    if (lang === 'nl' && /\b(?:daar|hier|waar|er)\b/iu.test(shorter)) break;
    if ((DURATION_VERB.test(shorter) || DURATION_VERB.test(phrase)) && (findSlots(phrase).some((slot) => slot.type === 'duration') || HOW_LONG.test(phrase)))
      break;
    // "…een ander mailadres, dat van onze administratie" must not become "…, dat".
    if (wordCount(shorter) < MIN_TITLE_WORDS || isStopWord(foldCase(shorter.split(' ').at(-1) ?? ''))) break;
    // "Kan het maandbedrag voortaan van mijn andere rekening af?" must not become "Kan het maandbedrag voortaan?".
    if (lang === 'nl' && lacksMainVerb(shorter)) break;
    out.push(shorter);
  }
  return out;
}

/** A Dutch question opened by a modal verb names what can or must be done with an infinitive after it ("Kan ik … opzeggen"). */
const MODAL_OPENER = /^(?:kan|kun|kunt|kunnen|moet|moeten|mag|mogen|zal|zullen|zou|zouden)\s/iu;
const NOT_INFINITIVES = new Set(['een', 'geen', 'tegen', 'even', 'boven', 'buiten', 'binnen', 'tussen']);

function lacksMainVerb(question: string): boolean {
  if (!MODAL_OPENER.test(question)) return false;
  const words = foldCase(question).match(/\p{L}+/gu) ?? [];
  return !words.slice(1).some((word) => (word.endsWith('en') || /^(?:doen|gaan|staan|zien|slaan)$/u.test(word)) && !NOT_INFINITIVES.has(word));
}

/**
 * Rewrites by fixed rules, tried only when no question of the group passes as asked (each is a row
 * of tests/unit/scripts/lib/draft/titles-for-pure-groups.test.ts). Every rule keeps a whole
 * question with its subject and verb; the title rules judge the result like any other candidate.
 *
 * | rule | before | after |
 * | --- | --- | --- |
 * | chat spelling | Wrm duurt … | Waarom duurt … |
 * | a named care provider (NAMED_PLACE_HEADS) and its place | Is het Noorderhaven Ziekenhuis in Groningen gecontracteerd? | Is mijn ziekenhuis gecontracteerd? |
 * | a trailing alternative | Mag ik zelf kiezen naar welk ziekenhuis ik ga, of alleen naar …? | Mag ik zelf kiezen naar welk ziekenhuis ik ga? |
 * | a yes/no tag | Hebben jullie afspraken met mijn ziekenhuis, ja of nee? | Hebben jullie afspraken met mijn ziekenhuis? |
 * | the company addressed | Wat is de uiterste datum om mijn polis bij jullie te beëindigen? | Wat is de uiterste datum om mijn polis te beëindigen? |
 * | "dan"/"then" after a statement | We gaan verhuizen. Moet ik dan mijn adres doorgeven? | Moet ik mijn adres doorgeven? |
 * | "dat doen"/"do that" after a wish | Ik wil mijn pakket uitbreiden. Kan ik dat zelf doen? | Kan ik zelf mijn pakket uitbreiden? |
 */
function rewrittenQuestions(
  texts: readonly string[],
  told: readonly { statement: string; question: string }[],
  lang: DraftLang,
  knowledge: TitleKnowledge,
): string[] {
  const asked = texts.map((text) => wholeQuestion(text, [], lang));
  const pointedBack = told.flatMap(({ statement, question }) => [withoutThen(question, lang), withoutDoThat(statement, question, lang)]);
  const out: string[] = [];
  for (const question of [...asked, ...pointedBack]) {
    if (question === '') continue;
    // Each rule on top of the ones before it, so that a question with several details loses them all.
    const steps = [
      (text: string) => spelledOut(text, lang),
      (text: string) => withoutNamedPlaces(text, lang, knowledge),
      (text: string) => withoutPlaceValues(text, lang, knowledge),
      (text: string) => withoutAlternative(text, lang),
      (text: string) => withoutCompany(text, lang),
    ];
    let current = question;
    const variants = [current];
    for (const step of steps) {
      const next = sentenceCase(step(current).replace(/\s+/gu, ' ').trim());
      if (next !== current && wordCount(next) >= MIN_TITLE_WORDS) variants.push((current = next));
    }
    for (const variant of variants) out.push(...shortenings(withoutValues(variant), lang));
  }
  return [...new Set(out)];
}

/** Chat spellings of whole words (in the word's own case): "wrm" → "waarom". */
const CHAT_SPELLING: Record<DraftLang, Record<string, string>> = {
  nl: { wrm: 'waarom', wrom: 'waarom', wnr: 'wanneer', wnneer: 'wanneer', hb: 'heb', kn: 'kan', nie: 'niet', zn: 'zijn', mn: 'mijn' },
  en: { u: 'you', ur: 'your', pls: 'please', plz: 'please', cant: "can't", dont: "don't", wont: "won't", doesnt: "doesn't", im: "I'm" },
};

function spelledOut(text: string, lang: DraftLang): string {
  const table = CHAT_SPELLING[lang];
  return text.replace(/\p{L}[\p{L}'’]*/gu, (word) => {
    const spelled = table[word.toLowerCase()];
    if (spelled === undefined) return word;
    return word[0] === word[0]!.toUpperCase() && word[0] !== word[0]!.toLowerCase() ? sentenceCase(spelled) : spelled;
  });
}

/**
 * Providers a customer names by their own name and place: one customer's detail, like a place.
 * "het Noorderhaven Ziekenhuis in Groningen", "Oogkliniek Maasoever in Venlo", "St Mary's Hospital"
 * become "mijn ziekenhuis", "mijn oogkliniek", "my hospital". Only these heads, only with a
 * capitalised name: "het ziekenhuis" or a company's own "Winkel" is left alone.
 */
const NAMED_PLACE_HEADS: Record<DraftLang, readonly string[]> = {
  nl: ['ziekenhuis', 'kliniek', 'apotheek', 'praktijk', 'huisartsenpost', 'zorgcentrum', 'verpleeghuis', 'tandartspraktijk', 'huisartsenpraktijk'],
  en: ['hospital', 'clinic', 'pharmacy', 'practice', 'surgery', 'medical centre', 'medical center'],
};
const MY: Record<DraftLang, string> = { nl: 'mijn', en: 'my' };
/** Capitalised at the start of a sentence, never part of a name: "Is Oogkliniek…", "Heeft het…". */
const NOT_NAMES =
  'Is|Zijn|Heeft|Hebben|Zit|Zitten|Staat|Werkt|Valt|Mag|Kan|Kun|Kunt|Moet|Wordt|Word|Ik|Mijn|Wat|Waar|Hoe|Wanneer|Waarom|Welk|Welke|Wie|Bij|In|Naar|Voor|Van|Met|Op|Are|Does|Do|Can|Will|Has|Have|What|Where|How|When|Why|Which|Who|My|I|At|To|For|With';
const NAME = String.raw`(?!(?:${NOT_NAMES})\b)\p{Lu}[\p{L}'’-]*`;

function withoutNamedPlaces(text: string, lang: DraftLang, knowledge: TitleKnowledge): string {
  // Case-sensitive (a name is capitalised); the heads in either case ("Ziekenhuis", "oogkliniek").
  const heads = NAMED_PLACE_HEADS[lang].map((word) => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`).join('|');
  const article = lang === 'nl' ? String.raw`(?:\b(?:[Hh]et|[Dd]e|[Ee]en)\s+)?` : String.raw`(?:\b(?:[Tt]he|[Aa])\s+)?`;
  const head = String.raw`\p{L}*(?:${heads})`;
  // The name before the head ("Noorderhaven Ziekenhuis") or after it ("Oogkliniek Maasoever"), then an optional place.
  const named = new RegExp(
    String.raw`${article}(?:((?:${NAME}\s+){1,3})(${head})|(${head})((?:\s+${NAME}){1,3}))(?:,?\s+(?:in|te|at)\s+(${NAME}(?:[\s-]+(?:aan|op|den|de|upon|on)[\s-]+${NAME})?)|\s+(${NAME}))?`,
    'gu',
  );
  const isPlace = knowledge.isPlace ?? (() => false);
  // The place after a named provider goes with it ("in Groningen"); a bare capitalised word only when it is a known place.
  return text.replace(named, (whole, before?: string, headBefore?: string, headAfter?: string, after?: string, _place?: string, barePlace?: string) => {
    const headWord = (headBefore ?? headAfter ?? '').toLowerCase();
    // "Oogkliniek Maasoever": a head before the name is part of the name, so capitalised.
    if (headAfter !== undefined && (headAfter[0] === headAfter[0]!.toLowerCase() || after === undefined)) return whole;
    if (
      before !== undefined &&
      before
        .trim()
        .split(/\s+/u)
        .every((word) => isStopWord(foldCase(word)))
    )
      return whole;
    const kept = barePlace !== undefined && !isPlace(barePlace) ? ` ${barePlace}` : '';
    return `${MY[lang]} ${headWord}${kept}`;
  });
}

/** ", of alleen naar…", ", or only…", "ja of nee", "or not": an alternative after a whole question. */
const ALTERNATIVE: Record<DraftLang, RegExp> = {
  nl: /(?:,\s*(?:of|en\/of)\s+[^,;:]*|,?\s+(?:ja of nee|ja\/nee|of niet|of hoe zit dat)\s*)$/iu,
  en: /(?:,\s*or\s+[^,;:]*|,?\s+(?:yes or no|or not|or what)\s*)$/iu,
};

function withoutAlternative(text: string, lang: DraftLang): string {
  return text.replace(ALTERNATIVE[lang], '');
}

/** "bij jullie", "with you": the company that answers every question of its FAQ. */
const COMPANY: Record<DraftLang, RegExp> = {
  nl: /\s+(?:bij|van|met)\s+(?:jullie|u)\b(?=\s|$)/giu,
  en: /\s+(?:with|from|by)\s+you(?:\s+guys)?\b(?=\s|$)/giu,
};

function withoutCompany(text: string, lang: DraftLang): string {
  return text.replace(COMPANY[lang], '');
}

/** "Moet ik dan…", "Do I then…": the question without the word that points at the statement before it. */
function withoutThen(question: string, lang: DraftLang): string {
  // Not the "dan" of a comparison ("later dan", "meer dan").
  const then = lang === 'nl' ? /(?<!\p{L}{2,}er|anders|meer|minder)\s+dan\b/iu : /(?<!\p{L}{2,}er|more|less|other)\s+then\b/iu;
  const out = question.replace(then, '');
  return out === question ? '' : out;
}

/** "Ik wil X uitbreiden. Kan ik dat zelf doen?" → "Kan ik zelf X uitbreiden?"; "I want to X. Can I do that online?" → "Can I X online?". */
const WISH: Record<DraftLang, RegExp> = {
  nl: /^(?:ik|we|wij)\s+(?:wil|wilde|willen|wou|zou|zouden)\s+(?:graag\s+)?((?:\p{L}[\p{L}'’-]*\s+){1,8}\p{L}+en(?:\s+(?:voor|per|vanaf|met|op|bij|in)\s+[^,;:]*)?)$/iu,
  en: /^(?:i|we)\s+(?:want|wanted|would like|'d like|’d like|need|wish)\s+to\s+((?:\p{L}[\p{L}'’-]*\s*){1,9})$/iu,
};
const DO_THAT: Record<DraftLang, RegExp> = {
  nl: /^(kan|kun|mag|moet)\s+(ik|je|u|we|wij)\s+(?:dat|dit|het)\s+((?:(?:zelf|ook|nog|online|direct|gewoon|meteen)\s+)*)(?:doen|regelen)((?:\s+(?:via|op|in|bij|met|voor)\s+[^,;:]*)?)$/iu,
  en: /^(can|could|may|should)\s+(i|we)\s+do\s+(?:that|this|it)((?:\s+(?:myself|ourselves|online|too|now))*)((?:\s+(?:via|on|in|at|through|with|for|before|by)\s+[^,;:]*)?)$/iu,
};

function withoutDoThat(statement: string, question: string, lang: DraftLang): string {
  const wish = WISH[lang].exec(statement.trim());
  const ask = DO_THAT[lang].exec(question.trim());
  if (!wish || !ask) return '';
  const verbPhrase = wish[1]!.trim();
  if (lang === 'nl') {
    const [, modal = '', subject = '', adverbs = '', phrase = ''] = ask;
    return sentenceCase(`${modal} ${subject} ${adverbs.trim()} ${verbPhrase}${phrase}`.replace(/\s+/gu, ' '));
  }
  const [, modal = '', subject = '', adverbs = '', phrase = ''] = ask;
  return sentenceCase(`${modal} ${subject === 'i' ? 'I' : subject} ${verbPhrase}${adverbs}${phrase}`.replace(/\s+/gu, ' '));
}

/** "Is de winkel op zondag open?", "Is the store in York open on Sundays?": a phrase that holds the clause's predicate is not a detail. */
const PREDICATE_END: Record<DraftLang, RegExp> = {
  nl: /\s(?:open|dicht|gesloten|bereikbaar|beschikbaar|mogelijk|nodig|geldig|gratis|verplicht|toegestaan|leverbaar|actief|kapot|klaar)(?=\s|$)/iu,
  en: /\s(?:open|closed|available|possible|necessary|needed|valid|free|required|allowed|ready)(?=\s|$)/iu,
};
const ARTICLES = new Set('de het een mijn mn je jouw uw onze the a an my your our'.split(' '));

/** Whether an article after the phrase's first noun group starts a group no preposition governs ("in Deventer een contract"). */
function ownsNounGroup(phrase: string, lang: DraftLang): boolean {
  const words = phrase
    .trim()
    .split(/\s+/u)
    .map((word) => foldCase(word));
  return words.some((word, at) => at >= 2 && ARTICLES.has(word) && !GOVERNING[lang].has(words[at - 1]!));
}
const GOVERNING: Record<DraftLang, ReadonlySet<string>> = {
  nl: new Set('aan achter bij binnen buiten door in langs met na naar om onder op over per sinds tegen tijdens tot uit van via voor zonder en of'.split(' ')),
  en: new Set(
    'about after against at before behind between by during for from in into of off on onto over since through to under until via with within without and or'.split(
      ' ',
    ),
  ),
};

/** The rule that turns a customer's statement of a problem into the question it asks. */
const ASK_WHAT_TO_DO: Record<DraftLang, string> = { nl: ': wat kan ik doen?', en: ': what can I do?' };

/** "Storing in Amersfoort" → "Storing bij mij in de buurt": one customer's place is not the question. */
function withoutPlaceValues(text: string, lang: DraftLang, knowledge: TitleKnowledge): string {
  const isPlace = knowledge.isPlace;
  if (!isPlace) return text;
  const nearby = lang === 'en' ? 'in my area' : 'bij mij in de buurt';
  return text.replace(
    /\b(?:in|te|rond|around|near)\s+((?:\p{Lu}[\p{L}'’-]*|de|den|het|'s|aan|op|bij|zee)(?:\s+(?:\p{Lu}[\p{L}'’-]*|de|den|aan|op|bij|zee))*)/gu,
    (whole, place: string) => ([place, ...place.split(/\s+/u)].some((word) => isPlace(word)) ? nearby : whole),
  );
}

const MIN_TITLE_WORDS = 3;

/** The question a text asks, cleaned and in sentence case, without its closing punctuation. */
function wholeQuestion(text: string, keywords: readonly string[], lang: DraftLang): string {
  const sentence = pickQuestionSentence(cleanedText(text), lang).replace(/[\s?!.,;:…]+$/u, '');
  const words = sentence.replace(/\s+/gu, ' ').trim();
  return sentenceCase(/\p{L}/u.test(words) ? words : fallbackQuestion(keywords, lang));
}

/** A URL-safe slug from a title: "Waar blijft mijn pakket?" → "waar-blijft-mijn-pakket". */
export function slugify(title: string): string {
  const slug = slugOf(stripInvisible(title));
  return slug === '' ? 'vraag' : slug;
}

/** One sentence for search results and link previews, from the title (kept within 50–160 characters). */
export function describe(title: string, lang: DraftLang): string {
  return lang === 'en'
    ? `The answer to "${title}": what is going on and what you can do yourself.`
    : `Het antwoord op "${title}": wat er aan de hand is en wat je zelf kunt doen.`;
}

const CATEGORY_WORDS: readonly { nl: string; en: string; stems: readonly string[] }[] = [
  {
    nl: 'Bezorging',
    en: 'Delivery',
    stems: ['bezorg', 'pakket', 'pakje', 'lever', 'zending', 'verzend', 'track', 'koerier', 'postnl', 'dhl', 'deliver', 'parcel', 'ship', 'package', 'courier'],
  },
  { nl: 'Retourneren', en: 'Returns', stems: ['retour', 'terugstur', 'ruil', 'herroep', 'return', 'exchang'] },
  {
    nl: 'Facturen & betalen',
    en: 'Invoices & payments',
    stems: [
      'factu',
      'betal',
      'betaal',
      'incasso',
      'rekening',
      'bedrag',
      'termijn',
      'nota',
      'kosten',
      'iban',
      'aanmaning',
      'terugbetal',
      'invoice',
      'pay',
      'bill',
      'charge',
      'refund',
      'debit',
    ],
  },
  { nl: 'Abonnement', en: 'Subscription', stems: ['abonnement', 'opzeg', 'contract', 'verleng', 'bundel', 'tarief', 'subscri', 'cancel', 'renew', 'plan'] },
  {
    nl: 'Storingen',
    en: 'Outages',
    stems: [
      'storing',
      'werkt',
      'internet',
      'verbinding',
      'modem',
      'router',
      'netwerk',
      'bereik',
      'uitval',
      'wifi',
      'outage',
      'down',
      'connect',
      'signal',
      'working',
    ],
  },
  {
    nl: 'Account & app',
    en: 'Account & app',
    stems: ['account', 'inlog', 'wachtwoord', 'app', 'login', 'password', 'gegevens', 'profiel', 'profile', 'verifi'],
  },
];
const OTHER_CATEGORY = { nl: 'Overig', en: 'Other' } as const;

/** The category whose words the cluster uses most; keywords count double. "Overig" when none match. */
export function guessCategory(cluster: Pick<Cluster, 'label' | 'keywords' | 'examples'>, lang: DraftLang): string {
  const textWords = clusterWords(cluster);
  const keywordWords = cluster.keywords.map((keyword) => foldCase(keyword));
  let best: { name: string; score: number } = { name: OTHER_CATEGORY[lang], score: 0 };
  for (const category of CATEGORY_WORDS) {
    const matches = (word: string) => category.stems.some((stem) => word.startsWith(stem));
    const score = textWords.filter(matches).length + 2 * keywordWords.filter(matches).length;
    if (score > best.score) best = { name: category[lang], score };
  }
  return best.name;
}

/** Tags from the miner's keywords, written as the word customers used (keywords may be stems). */
export function tagsFor(cluster: Pick<Cluster, 'label' | 'keywords' | 'examples'>): string[] {
  const counts = new Map<string, number>();
  for (const word of clusterWords(cluster)) counts.set(word, (counts.get(word) ?? 0) + 1);
  const tags: string[] = [];
  for (const keyword of cluster.keywords) {
    const stem = normalize(keyword).replace(/ /gu, '');
    const word = mostFrequentWithPrefix(counts, stem) ?? stem;
    if (word.length < 3 || /^\d+$/u.test(word) || isStopWord(word) || tags.includes(word)) continue;
    tags.push(word);
    if (tags.length === MAX_TAGS) break;
  }
  return tags;
}

/** The label and examples as clean single lines, without scrub placeholders where possible. */
export function exampleQuestions(cluster: Pick<Cluster, 'label' | 'examples'>): string[] {
  const texts = [cluster.label, ...cluster.examples.map((example) => example.text)]
    .map((text) => removeLeadingHandles(toSingleLine(text)).trim())
    .filter((text) => /\p{L}/u.test(text));
  const unique = [...new Map(texts.map((text) => [normalize(text), text])).values()];
  const clean = unique.filter((text) => !hasPlaceholder(text));
  return (clean.length > 0 ? clean : unique).slice(0, MAX_QUESTIONS);
}

/** Room for the reply when the article link (23 on X) and a space are appended. */
export const REPLY_BUDGET = MAX_REPLY_LENGTH - URL_LENGTH - 1;

/** A CM answer without the parts that belong to one conversation: handles, greeting, signature. */
export function cleanAnswer(answer: string): string {
  return sentenceCase(withoutSignature(removeGreetings(removeLeadingHandles(toSingleLine(answer)))));
}

/**
 * A ready-to-paste reply from the best CM answer, short enough for X with the article link
 * appended: whole sentences only, slots kept as placeholders for the CM to fill. Empty (the editor
 * writes it) when not even the first sentence fits.
 */
export function replyFrom(answer: string, budget = REPLY_BUDGET): string {
  const text = cleanAnswer(answer);
  if (countTweetLength(text) <= budget) return text;
  let fitted = '';
  for (const sentence of text.split(SENTENCE_END)) {
    const next = fitted === '' ? sentence : `${fitted} ${sentence}`;
    if (countTweetLength(next) > budget) break;
    fitted = next;
  }
  return fitted;
}

// --- internal ---

function removeGreetings(text: string): string {
  let result = text.trim();
  for (let previous = ''; previous !== result;) {
    previous = result;
    result = result
      .replace(GREETING, '')
      .replace(/^\[[^\]]*\][\s,!.:;-]*/u, '')
      .trim();
  }
  return result;
}

/** A cut title should not end on "mijn" or "de": drop trailing stop words (keeping at least two words). */
function withoutDanglingWords(title: string): string {
  const words = title.split(' ');
  while (words.length > 2 && isStopWord(foldCase(words.at(-1) ?? ''))) words.pop();
  return words.join(' ').replace(/[\s,.;:!?–—-]+$/u, '');
}

function cleanedText(text: string): string {
  return removeGreetings(removePlaceholders(removeHandles(toSingleLine(text).replace(URL, ' ').replace(EMOJI, ' '))));
}

function sentencesOf(text: string): string[] {
  return text
    .split(SENTENCE_END)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

const isAsking = (sentence: string): boolean => sentence.endsWith('?') && wordCount(sentence) >= 3;

/** "Product kapot ontvangen. Hoe krijg ik een nieuwe?" → the two as one question, and the statement alone. */
function statementAndQuestion(text: string): { joined: string; statement: string; question: string } | undefined {
  const sentences = sentencesOf(cleanedText(text));
  const at = sentences.findIndex(isAsking);
  if (at < 1) return undefined;
  const statement = sentences[at - 1]!.replace(/[\s.!,;:…]+$/u, '');
  if (wordCount(statement) < 2 || statement.endsWith('?')) return undefined;
  const question = sentences[at]!.replace(/[\s?!.,;:…]+$/u, '');
  return {
    joined: sentenceCase(`${statement}, ${question.charAt(0).toLowerCase()}${question.slice(1)}`),
    statement: sentenceCase(statement),
    question: sentenceCase(question),
  };
}

/**
 * The sentence that asks: the first question, with the sentence before it when the question alone
 * does not say what it is about ("Internet ligt er weer uit. Wanneer is het opgelost?"); without a
 * question, the first sentence, or a later and much longer one after an opener such as "Ik heb een vraag.".
 */
function pickQuestionSentence(text: string, lang: DraftLang): string {
  const sentences = sentencesOf(text);
  const at = sentences.findIndex(isAsking);
  if (at < 0) {
    const first = sentences[0] ?? '';
    return wordCount(first) <= 4 ? (sentences.find((sentence) => wordCount(sentence) >= 6) ?? first) : first;
  }
  const question = sentences[at] as string;
  const context = sentences[at - 1];
  // "Kan ik het verschil terugkrijgen?" says what it is about; "Wanneer is het opgelost?" does not.
  if (!context || !VAGUE_QUESTION.test(question) || !hasPointingWord(question, lang) || wordCount(question) > 5 || wordCount(context) < 3) return question;
  return `${context.replace(/[.!,;:…]+$/u, '')}, ${question.charAt(0).toLowerCase()}${question.slice(1)}`;
}

const VAGUE_QUESTION = /\b(?:het|dit|dat|die|deze|hij|ze|it|this|that|they)\b/iu;
const wordCount = (sentence: string): number => sentence.split(/\s+/u).filter(Boolean).length;

function fallbackQuestion(keywords: readonly string[], lang: DraftLang): string {
  const topic = keywords
    .slice(0, 3)
    .map((keyword) => normalize(keyword))
    .filter(Boolean)
    .join(', ');
  if (lang === 'en') return topic ? `Question about ${topic}` : 'Question';
  return topic ? `Vraag over ${topic}` : 'Vraag';
}

function clusterWords(cluster: Pick<Cluster, 'label' | 'examples'>): string[] {
  return [cluster.label, ...cluster.examples.map((example) => example.text)]
    .flatMap((text) => normalize(text).split(' '))
    .filter((word) => word !== '' && !isStopWord(word));
}

function isStopWord(word: string): boolean {
  return DUTCH_STOP_WORDS.has(word) || ENGLISH_STOP_WORDS.has(word);
}

function mostFrequentWithPrefix(counts: ReadonlyMap<string, number>, prefix: string): string | undefined {
  if (prefix === '') return undefined;
  let best: [string, number] | undefined;
  for (const [word, count] of counts) {
    if (!word.startsWith(prefix)) continue;
    if (!best || count > best[1] || (count === best[1] && word < best[0])) best = [word, count];
  }
  return best?.[0];
}
