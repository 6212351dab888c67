// Names after greetings, sign-offs and "t.n.v.", webcare initials ("^SV"), and dates of birth.
import { PRIORITY, candidate, eachMatch } from './context.ts';
import type { Candidate, ScrubContext } from './types.ts';

const PARTICLE = String.raw`(?:van|de|der|den|ter|ten|te|het|'t|in|op|von|la|le|du|da|di|del|el|al|bin|ibn|Van|De|Der|Den|Ter|Ten|Von|La|Le|Du|Da|Di|El|Al)`;
const WORD = String.raw`\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*`;
const INITIALS = String.raw`(?:\p{Lu}\.\s?){1,4}`;
// "Sanne", "Piet de Vries", "P. de Vries", "J.P. Balkenende", "Anne-Marie van den Berg".
const NAME = String.raw`(?:${INITIALS})?(?:${PARTICLE}\s){0,3}${WORD}(?:\s(?:${PARTICLE}\s){0,3}${WORD}){0,3}`;
const TITLE = String.raw`(?:(?i:meneer|mevrouw|mevr\.?|mw\.?|dhr\.?|heer|de heer|mr\.?|mrs\.?|ms\.?|miss|juffrouw|dokter|dr\.?)\s)?`;

const GREETING = String.raw`(?i:hoi|hallo|hai|hey|hee|hi|hello|dear|beste|lieve|geachte|dag|goedemorgen|goedemiddag|goedenavond|goeiemorgen|goeiemiddag|goeienavond|morning|good morning|good afternoon|good evening)`;
const SIGN_OFF = String.raw`(?i:groet|groetjes|groeten|gr\.?|grt|grtz|mvg|m\.v\.g\.?|met vriendelijke groet(?:en)?|vriendelijke groet(?:en)?|hartelijke groet(?:en)?|hgr|liefs|kind regards|best regards|warm regards|regards|cheers|bedankt|dank je wel|dankjewel|dank u wel|thanks|thank you|alvast bedankt|bvd|bij voorbaat dank)`;
const INTRODUCTION = String.raw`(?i:t\.\s?n\.\s?v\.?|tnv|t\.\s?a\.\s?v\.?|tav|ter attentie van|ten name van|op naam van|mijn naam is|ik heet|ik ben|my name is|naam\s?:|name\s?:|namens|spreek ik met|this is)`;

// A name after a greeting ("Hoi Sanne"), a sign-off ("Groet,\n\nPiet") or an introduction
// ("t.n.v. P. de Vries"): one pattern, so one scan of the text.
const AFTER_TRIGGER = new RegExp(
  String.raw`(?<![\p{L}])(?:${GREETING}[,!]?\s+|${SIGN_OFF}[,!.]?(?:[ \t]*\r?\n){0,3}[ \t]*|${INTRODUCTION}\s*)${TITLE}(${NAME})`,
  'gu',
);
// Webcare teams sign replies with "^Sanne" or initials "^SV".
const CARET_SIGNATURE = /(?<=(?:^|\s)\^\s?)(?:\p{Lu}[\p{Ll}]+|\p{Lu}{1,3})(?![\p{L}])/gu;
// The first place a name pattern can match ("naam:Piet" has no space after the colon).
const TRIGGER = new RegExp(String.raw`(?<![\p{L}])(?:(?:${GREETING}|${SIGN_OFF}|${INTRODUCTION})(?![\p{L}])|(?i:naam|name)\s?:)|\^`, 'u');
// Words that follow a greeting but are not a name.
const NOT_A_NAME = new Set(
  (
    'klant klanten reiziger reizigers allemaal iedereen team webcare support klantenservice meneer mevrouw heer dame ' +
    "dames heren collega collega's vriend vrienden sir madam customer there all everyone guys folks jij jullie u " +
    'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag monday tuesday wednesday thursday friday saturday sunday ' +
    'januari februari maart april mei juni juli augustus september oktober november december nederland belgie ' +
    'ik wij we het de een dit dat deze die mijn onze hoe wat waarom wanneer waar wie ok oke goed top super prima fijne ' +
    'nog alvast voor the a i my we our you for thanks thank sorry helaas excuses graag please pls hartelijk vriendelijke ' +
    'met en bij'
  ).split(' '),
);

export function findNames(text: string, context: ScrubContext, out: Candidate[]): void {
  const first = TRIGGER.exec(text);
  if (!first) return;
  const push = (m: RegExpExecArray): void => {
    const name = trimName(m[1] as string, context);
    if (!name) return;
    const start = m.index + m[0].length - (m[1] as string).length;
    out.push(candidate(start, start + name.length, 'naam', PRIORITY.name));
  };
  // Nothing before the first greeting, sign-off or introduction can match.
  eachMatch(AFTER_TRIGGER, text, push, first.index);
  if (text.includes('^')) {
    eachMatch(CARET_SIGNATURE, text, (m) => out.push(candidate(m.index, m.index + m[0].length, 'naam', PRIORITY.name)));
  }
}

/** The name without trailing non-name words; null when the first word is not a name. */
function trimName(raw: string, context: ScrubContext): string | null {
  // NAME puts exactly one whitespace character between its words.
  const words = raw.split(/\s/u);
  const first = words.find((word) => FIRST_LETTERS_OF_NAME.test(word)) ?? '';
  const lowerFirst = first.toLowerCase();
  if (NOT_A_NAME.has(lowerFirst) || context.companyHandles.has(lowerFirst)) return null;
  if (context.companyHandles.size > 0 && context.companyHandles.has(words.join('').toLowerCase())) return null;
  // Acronyms ("Hoi NS", "Hallo KLM") are companies, not people.
  if (ACRONYM.test(first)) return null;
  let kept = words.length;
  while (kept > 1 && NOT_A_NAME.has((words[kept - 1] ?? '').toLowerCase())) kept--;
  let end = kept - 1;
  for (let i = 0; i < kept; i++) end += (words[i] as string).length;
  return end > 0 ? raw.slice(0, end) : null;
}

const FIRST_LETTERS_OF_NAME = /^\p{Lu}\p{Ll}/u;
const ACRONYM = /^\p{Lu}{2,5}$/u;

const MONTHS =
  'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|' +
  'aug|sep|sept|okt|nov|dec|january|february|march|may|june|july|august|october';
const DATE = String.raw`\d{1,2}[-./]\d{1,2}[-./](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}|\d{1,2}\s(?i:${MONTHS})\.?\s(?:\d{4}|'\d{2})`;
const DATE_OF_BIRTH = new RegExp(
  String.raw`(?<![\p{L}])(?i:geboren|geboortedatum|geb\.|geb:|geb\s|date of birth|dob|born|birthday|verjaardag|birth date)[^\n.]{0,25}?(${DATE})(?![\p{N}])`,
  'gu',
);

export function findDatesOfBirth(text: string, out: Candidate[]): void {
  if (!/geb|dob|born|birth|verjaardag/iu.test(text)) return;
  eachMatch(DATE_OF_BIRTH, text, (m) => {
    const date = m[1] as string;
    const start = m.index + m[0].length - date.length;
    out.push(candidate(start, start + date.length, 'geboortedatum', PRIORITY.dateOfBirth));
  });
}
