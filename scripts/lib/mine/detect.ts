// Which inbound messages are questions worth mining. Explicit questions, requests and complaints
// ("mijn pakket is nog steeds niet binnen") count; thanks, praise, spam, retweets, greetings and
// bare emoji or links are noise: set aside and counted, never clustered.
import { DUTCH_STOP_WORDS, ENGLISH_STOP_WORDS, type Lang, normalize } from '#core/text/index.ts';

export type NoiseReason = 'empty' | 'emoji' | 'link' | 'retweet' | 'spam' | 'thanks' | 'praise' | 'rant' | 'greeting' | 'opener' | 'short';
export type Detection = { isQuestion: true } | { isQuestion: false; reason: NoiseReason };

const URL = /\b(?:https?:\/\/|www\.)\S+/giu;
const HANDLE = /(^|\s)@[\p{L}\p{N}_]+/gu;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
const RETWEET = /^\s*RT\b[\s:]*@?/u;

const QUESTION_START = new RegExp(
  '^(?:' +
    [
      // Dutch
      'wat',
      'waarom',
      'wanneer',
      'hoe',
      'hoelang',
      'hoeveel',
      'waar',
      'wie',
      'welke?',
      'waarvoor',
      'waarmee',
      'kan',
      'kun',
      'kunt',
      'kunnen',
      'mag',
      'mogen',
      'moet',
      'moeten',
      'is',
      'zijn',
      'heb',
      'hebben',
      'heeft',
      'wordt',
      'worden',
      'klopt',
      'krijg',
      'krijgen',
      'weet',
      'weten',
      'zou',
      'zouden',
      'gaat',
      'komt',
      'doen',
      'werkt',
      'geldt',
      // English
      'what',
      'whats',
      'why',
      'when',
      'how',
      'where',
      'who',
      'which',
      'can',
      'could',
      'do',
      'does',
      'did',
      'is',
      'are',
      'was',
      'will',
      'would',
      'should',
      'may',
      'might',
      'have',
      'has',
      'am',
      'shall',
      'whom',
      'whose',
      'were',
    ].join('|') +
    ')\\b',
  'u',
);

// Requests and complaints that are questions in disguise.
const IMPLICIT_QUESTION = new RegExp(
  [
    'graag weten',
    'wil graag',
    'wil ik graag',
    'zou graag',
    'help',
    'hulp',
    'vraag',
    'nog steeds',
    'nog altijd',
    'nog geen',
    'niet ontvangen',
    'niet binnen',
    'niet geleverd',
    'niet bezorgd',
    'niet meer',
    'werkt niet',
    'lukt niet',
    'kapot',
    'storing',
    'klacht',
    'probleem',
    'fout',
    'onterecht',
    'dubbel',
    'kwijt',
    'wachten',
    'wacht al',
    'geen reactie',
    'geen antwoord',
    'niemand',
    'hoezo',
    'waarom',
    'uitleg',
    'kunnen jullie',
    'kunt u',
    'kun je',
    'zeg me',
    'laat weten',
    'i want',
    'i need',
    'i would like',
    'i would love',
    "i'd love",
    "i'd like",
    'i cant',
    "i can't",
    'i cannot',
    'unable',
    'still',
    'not received',
    "hasn't",
    "haven't",
    "didn't",
    "doesn't",
    "don't",
    "won't",
    'isnt',
    "isn't",
    'not working',
    'wrong',
    'problem',
    'issue',
    'please',
    'help',
    'explain',
    'tell me',
    'wondering',
    'declined',
    'missing',
    'charged',
    'refund',
    'error',
  ]
    .map((phrase) => `\\b${phrase.replace(/'/gu, "'?")}`)
    .join('|'),
  'u',
);

// Thanks and praise: texts made only of these words (plus stop words) are noise.
const APPRECIATION_WORDS = new Set(
  (
    'bedankt dank dankjewel dankjewel dankuwel danku dankje thanks thank thx tnx ty merci cheers top super fijn prima ok oke ' +
    'okay oki perfect helder duidelijk great good nice cool mooi lekker heerlijk goed geweldig fantastisch toppers topper ' +
    'held helden topservice klasse chapeau love awesome amazing excellent best fantastic wonderful compliment complimenten ' +
    'tevreden blij service snelle snel reactie hulp antwoord help quick reply response heel erg enorm ontzettend hartelijk ' +
    'many much so very lot alvast opgelost solved gelukt werkt works again weer nu now alles all fixed team medewerker ' +
    'jongens dames mensen guys folks'
  ).split(' '),
);
const THANKS_WORD = /\b(?:bedankt|dank|dankjewel|dankuwel|thanks|thank|thx|tnx|merci)\b/u;
const STRONG_PRAISE =
  /\b(?:geweldig|fantastisch|toppers?|topservice|held|helden|chapeau|complimenten?|tevreden|awesome|amazing|excellent|fantastic|wonderful|love)(?:e|en|s)?\b/u;
// "Leuk gedaan", "goed bezig": praise in a phrase rather than a single word.
const PRAISE_PHRASE = /\b(?:leuk|goed|netjes|knap|mooi|well|nicely) (?:gedaan|bezig|geregeld|opgelost|done|handled)\b/u;
// Praise that mentions a problem or asks for something is a complaint or a question after all.
const PROBLEM_WORD = /\b(?:niet|geen|nooit|maar|helaas|behalve|graag|wil|zou|not|no|never|but|except|unfortunately|want|would|need|please)\b/u;
const PRAISE_WORD = /\b(?:top|super|great|good|nice|cool|mooi|lekker|heerlijk|goed|best|klasse|perfect|fijn)\b/u;
const EXCLAMATION_START = /^(?:wat een|what an?|how nice|hoe fijn|hoe mooi)\b/u;
const SPAM =
  /\b(?:gratis iphone|(?:je|u) hebt? (?:een [\p{L} ]{0,30})?gewonnen|claim (?:hem|je|uw|nu|it|now|your)|cadeaukaart gewonnen|you(?: have|'ve)? won|win een|winactie|verdien (?:snel|geld|thuis|\d+)|vanuit huis (?:geld|\d+)|(?:\d+|geld) (?:per|p) (?:dag|week|uur) (?:vanuit|thuis)|work from home (?:and )?earn|follow back|volg mij|check (?:my|mijn) (?:profile|profiel|bio)|klik hier|click here|dm for promo|promo ?code|onlyfans|giveaway|followers kopen|buy followers|(?:meer|more) (?:volgers|followers)|dm (?:ons|me|mij|us) (?:voor|for) (?:de|the) beste?|investment opportunity|earn \$?\d+|crypto signals?|bitcoin giveaway)\b/u;
const GREETING =
  /^(?:hallo|hoi|hey|hi|hello|goedemorgen|goedemiddag|goedenavond|morning|daar|dag|allemaal|all|there|team|jullie|beste|dear|test|testing)(?:\s+(?:hallo|hoi|hey|hi|hello|daar|allemaal|all|there|team|jullie))*$/u;

// Opening a conversation without saying what it is about: "Kan ik hier een vraag stellen?", "Is er
// iemand aanwezig?", "Can someone help me?". The question follows in the thread, if at all.
const OPENER_WORDS = new Set(
  (
    'mag mogen kan kun kunt kunnen can could may vraag vragen vraagje iets something stellen iemand aanwezig bereikbaar help helpen hulp nodig contact chat chatten spreken ' +
    'hier daar even snel kort eens graag alstublieft aub svp pls please question questions ask asking someone anyone ' +
    'somebody anybody there available online help helping need reach talk speak quick quickly hallo hoi hey hi hello ' +
    'goedemorgen goedemiddag goedenavond morning afternoon evening beste dear team'
  ).split(' '),
);
const OPENER_START =
  /^(?:kan|kun|kunt|kunnen|mag|is|zijn|heb|wil|can|could|may|are|anyone|someone|somebody|anybody|iemand|ik heb|i have|hallo|hoi|hey|hi|hello|goedemorgen|goedemiddag|goedenavond|beste|dear)\b/u;

// Venting without a matter to answer: "Klantenservice is echt waardeloos.", "Wat een slechte service
// weer", "Never ordering here again." A rant that names a problem ("…, mijn pakket is nog steeds
// niet binnen") is a complaint, and a complaint is a question.
const RANT_WORDS = new Set(
  (
    'waardeloos waardeloze slecht slechte slechter belachelijk belachelijke schandalig schandalige schande bagger rampzalig ' +
    'bedroevend dieptepunt lachwekkend klantonvriendelijk klantonvriendelijke onbeschoft terrible awful useless worst ' +
    'ridiculous pathetic disgrace disgraceful horrible shameful'
  ).split(' '),
);
/** What a rant is about and how it is stressed: the company as a whole, never a matter to answer. */
const RANT_FILLER = new Set(
  (
    'service klantenservice webcare bedrijf club tent winkel company customer shop store echt weer zo heel erg enorm ' +
    'toch gewoon nou ooit nooit meer never ever again here ordering bestellen geloven geregeld keer ervaring experience'
  ).split(' '),
);
// Excel's Windows-1252 export turns emoji into question marks; a run of them where a sentence starts is no question.
const EMOJI_MARKS_AT_START = /^(?:\s*@[\p{L}\p{N}_]+)*\s*\?+/u;

/** Is this inbound text a question (explicit or implicit) or noise, and why. */
export function detectQuestion(text: string, _lang?: Lang | 'other', normalized = normalize(text)): Detection {
  if (RETWEET.test(text)) return { isQuestion: false, reason: 'retweet' };
  const withoutLinks = text.replace(URL, ' ');
  if (normalized === '') {
    if (PICTOGRAPH.test(text)) return { isQuestion: false, reason: 'emoji' };
    if (withoutLinks.trim() !== text.trim()) return { isQuestion: false, reason: 'link' };
    return { isQuestion: false, reason: 'empty' };
  }
  if (SPAM.test(normalized) || countLinks(text) >= 3) return { isQuestion: false, reason: 'spam' };
  const words = normalized.split(' ');
  // Before the question mark test: Excel's Windows-1252 export turns emoji into "?" ("echt chapeau ??").
  if (isPraise(normalized, words)) return { isQuestion: false, reason: 'praise' };
  if (isOpener(normalized, words)) return { isQuestion: false, reason: 'opener' };
  if (/[?？¿]/u.test(withoutLinks.replace(EMOJI_MARKS_AT_START, ' ').replace(HANDLE, ' '))) return { isQuestion: true };
  const implicit = IMPLICIT_QUESTION.test(normalized);
  if (!implicit && isRant(words)) return { isQuestion: false, reason: 'rant' };
  const appreciation = appreciationOnly(words);
  if (appreciation || (!implicit && words.length <= 8 && THANKS_WORD.test(normalized))) {
    const praise = !THANKS_WORD.test(normalized) && (STRONG_PRAISE.test(normalized) || PRAISE_WORD.test(normalized));
    return { isQuestion: false, reason: praise ? 'praise' : 'thanks' };
  }
  if (implicit || (QUESTION_START.test(normalized) && !EXCLAMATION_START.test(normalized))) return { isQuestion: true };
  if (GREETING.test(normalized)) return { isQuestion: false, reason: 'greeting' };
  if (words.length < 2) return { isQuestion: false, reason: 'short' };
  // A statement of two or more words addressed to webcare is nearly always a request or a
  // complaint ("mijn factuur klopt niet", "my card got declined").
  return { isQuestion: true };
}

/** Short, unreserved praise that asks nothing: "Al 5 jaar klant en nog steeds tevreden", "leuk gedaan haha". */
function isPraise(normalized: string, words: string[]): boolean {
  if (words.length > 12 || PROBLEM_WORD.test(normalized)) return false;
  if (QUESTION_START.test(normalized) && !EXCLAMATION_START.test(normalized)) return false;
  return STRONG_PRAISE.test(normalized) || PRAISE_PHRASE.test(normalized);
}

/** Only venting words about the company as a whole ("Klantenservice is echt waardeloos", "Never ordering here again"). */
function isRant(words: string[]): boolean {
  if (words.length > 12) return false;
  const venting = words.some((w) => RANT_WORDS.has(w)) || /\bnever\b.*\bagain\b|\bnooit meer\b/u.test(words.join(' '));
  return venting && words.every((w) => RANT_WORDS.has(w) || RANT_FILLER.has(w) || DUTCH_STOP_WORDS.has(w) || ENGLISH_STOP_WORDS.has(w));
}

/** A contact opener: only greeting, "can I ask / is anyone there / help" words and stop words. */
function isOpener(normalized: string, words: string[]): boolean {
  if (words.length > 12 || !OPENER_START.test(normalized)) return false;
  return words.some((w) => OPENER_WORDS.has(w)) && words.every((w) => OPENER_WORDS.has(w) || DUTCH_STOP_WORDS.has(w) || ENGLISH_STOP_WORDS.has(w));
}

function appreciationOnly(words: string[]): boolean {
  return words.every((w) => APPRECIATION_WORDS.has(w) || DUTCH_STOP_WORDS.has(w) || ENGLISH_STOP_WORDS.has(w));
}

function countLinks(text: string): number {
  return text.match(URL)?.length ?? 0;
}

/**
 * Phrased as a question or a request, not a bare statement ("Nooit meer Bestelbaar.", "Bezorger
 * smeet mijn pakket over het hek."): a question mark, a question word or inverted verb first, or
 * a request or complaint pattern.
 */
export function isExplicitQuestion(text: string, normalized = normalize(text)): boolean {
  if (
    /[?？¿]/u.test(
      text
        .replace(URL, ' ')
        .replace(HANDLE, ' ')
        .replace(/\?{2,}/gu, ' '),
    )
  )
    return true;
  return QUESTION_START.test(normalized) || IMPLICIT_QUESTION.test(normalized);
}
