// The content check's findings in Dutch, for the editor (live check, refused saves). The check itself
// (scripts/lib/editorial/check.ts) speaks English for `veelgesteld check`; this reads its stable
// code and message and says the same in Dutch. A message it does not know stays as it is, so a new
// check is never hidden (tests/unit/scripts/lib/editor/problem-text.test.ts runs every check).
import type { Problem, Severity } from '../editorial/index.ts';

export const SEVERITY_LABELS: Record<Severity, string> = { error: 'fout', warning: 'waarschuwing', note: 'opmerking' };

/** "regel 3: de titel is 72 tekens; …": where it is and what to do, in Dutch. */
export function formatProblemDutch(problem: Pick<Problem, 'file' | 'line' | 'column' | 'severity' | 'code' | 'message'>): string {
  return `${problem.file}:${problem.line}${problem.column === undefined ? '' : `:${problem.column}`}: ${SEVERITY_LABELS[problem.severity]}: ${problemMessageDutch(problem)}`;
}

/** The check's message in Dutch (the English one when it is not a message this file knows). */
export function problemMessageDutch(problem: Pick<Problem, 'code' | 'message'>): string {
  for (const [pattern, dutch] of RULES[problem.code] ?? []) {
    const match = pattern.exec(problem.message);
    if (match) return dutch(...match.slice(1).map((group) => group ?? ''));
  }
  return problem.message;
}

// --- internal ---

type Rule = [RegExp, (...groups: string[]) => string];

const STATUS_NAMES: Record<string, string> = { draft: 'Concept', review: 'In review', published: 'Gepubliceerd' };
/** What an editor sees as the field's name in the CMS (scripts/lib/editor/cms-config.ts). */
const FIELD_NAMES: Record<string, string> = {
  title: 'Titel',
  description: 'Beschrijving',
  lang: 'Taal',
  status: 'Status',
  publishAt: 'Publiceren vanaf',
  updatedAt: 'Bijgewerkt op',
  previousSlugs: 'Vorige adressen',
  category: 'Onderwerp',
  tags: 'Tags',
  shortId: 'Korte link',
  questions: 'Voorbeeldvragen van klanten',
  reply: 'Antwoord voor webcare',
  related: 'Gerelateerd',
  author: 'Auteur',
  programme: 'Programma',
  episodeTitle: 'Titel van de uitzending',
  airsAt: 'Uitzending',
  contact: 'Contact',
  replies: 'Voorbereide antwoorden voor webcare',
  updates: 'Updates',
};
const EXPECTED: Record<string, string> = {
  text: 'tekst',
  'a number': 'een getal',
  'true or false': 'true of false',
  'a list (one "- item" per line)': 'een lijst (één "- item" per regel)',
  'a group of "key: value" lines': 'een groep regels "sleutel: waarde"',
  'a date-time like 2026-12-01T20:30:00+01:00': 'een datum met tijd, zoals 2026-12-01T20:30:00+01:00',
};
/** The content schema's own messages (scripts/lib/core/content.ts). */
const SCHEMA_MESSAGES: Record<string, string> = {
  'use lower-case letters, digits and hyphens only': 'gebruik alleen kleine letters, cijfers en streepjes',
  'a title is required': 'een titel is verplicht',
  'a description is required': 'een beschrijving is verplicht',
  'a category is required': 'een onderwerp is verplicht',
  'an author is required': 'een auteur is verplicht',
  'the programme is required, e.g. Radar': 'het programma is verplicht, bijvoorbeeld Radar',
  'say how customers reach the company, e.g. a phone number or form': 'schrijf hoe klanten het bedrijf bereiken, bijvoorbeeld een telefoonnummer of formulier',
};
const THINGS: Record<string, string> = { faq: 'dit FAQ-artikel', broadcasts: 'deze uitzending', blog: 'dit blogbericht' };
const LANGUAGES: Record<string, string> = { English: 'Engels', Dutch: 'Nederlands' };
const ITEMS: Record<string, [string, string]> = { faq: ['', 'FAQ-artikel'], blog: ['', 'blogbericht'], broadcast: ['e', 'uitzending'] };

/** "title", "replies.0" → "Titel (title)", "Voorbereide antwoorden voor webcare (replies.0)". */
function field(path: string): string {
  const name = FIELD_NAMES[path.split('.')[0] ?? ''];
  return name ? `${name} (${path})` : path;
}

function schema(path: string, explanation: string): string {
  const label = path === 'frontmatter' ? 'de frontmatter' : field(path);
  return `${label}: ${explanation}`;
}

const RULES: Record<string, Rule[]> = {
  frontmatter: [
    [/^the file does not start with frontmatter between two "---" lines$/, () => 'het bestand begint niet met frontmatter tussen twee regels "---"'],
    [
      /^a text starts with a quote \("\) but the closing quote is missing/,
      () => 'een tekst begint met een aanhalingsteken (") maar het sluitende aanhalingsteken ontbreekt; sluit de tekst af met hetzelfde teken',
    ],
    [
      /^this line has a colon followed by a space inside a text/,
      () => 'op deze regel staat een dubbele punt met een spatie erna in een tekst; zet de hele tekst tussen aanhalingstekens ("...")',
    ],
    [/^the frontmatter is not valid YAML: (.*)$/s, (detail) => `de frontmatter is geen geldige YAML: ${detail}`],
    [/^the frontmatter must be a list of "key: value" lines$/, () => 'de frontmatter moet bestaan uit regels "sleutel: waarde"'],
  ],
  collection: [[/^this file is not inside/, () => 'dit bestand staat niet in een map faq, blog of broadcasts, dus de site weet niet wat het is']],
  schema: [
    [/^([^:]+): is missing$/, (path) => schema(path, 'ontbreekt')],
    [/^([^:]+): is empty$/, (path) => schema(path, 'is leeg')],
    [/^([^:]+): "(.*)" is not a date; write it like (\S+)$/s, (path, value, example) => schema(path, `"${value}" is geen datum; schrijf hem als ${example}`)],
    [
      /^([^:]+): should be text, but YAML read it as "key: value"/,
      (path) =>
        schema(
          path,
          'moet tekst zijn, maar YAML las het als "sleutel: waarde" door een dubbele punt met een spatie erna; zet de tekst tussen aanhalingstekens ("...")',
        ),
    ],
    [/^([^:]+): should be (.+)$/s, (path, expected) => schema(path, `moet ${EXPECTED[expected] ?? expected} zijn`)],
    [/^([^:]+): must be one of (.*) \(not "(.*)"\)$/s, (path, allowed, value) => schema(path, `moet een van ${allowed} zijn (niet "${value}")`)],
    [
      /^([^:]+): the reply is (\d+) characters as X counts them; at most (\d+) fit in one post$/,
      (path, length, max) => schema(path, `het antwoord is ${length} tekens zoals X telt; er passen er hoogstens ${max} in één bericht`),
    ],
    [/^([^:]+): use 4 to 8 characters from "(.*)"$/, (path, alphabet) => schema(path, `gebruik 4 tot 8 tekens uit "${alphabet}"`)],
    [/^([^:]+): (.+)$/s, (path, message) => (SCHEMA_MESSAGES[message] ? schema(path, SCHEMA_MESSAGES[message]) : `${path}: ${message}`)],
  ],
  'lang-folder': [
    [
      /^lang is "(.*)" but the file is in the "(.*)" folder; make them match$/,
      (lang, folder) => `${field('lang')} is "${lang}" maar het bestand staat in de map "${folder}"; maak ze gelijk`,
    ],
  ],
  'title-length': [
    [
      /^title is (\d+) characters; keep it at most (\d+)/,
      (length, max) => `de titel is ${length} tekens; houd hem op hoogstens ${max}, zodat zoekmachines hem helemaal tonen`,
    ],
  ],
  'description-length': [
    [
      /^description is (\d+) characters; write between (\d+) and (\d+)/,
      (length, min, max) => `de beschrijving is ${length} tekens; schrijf er tussen ${min} en ${max} (het is het stukje onder de titel in zoekresultaten)`,
    ],
  ],
  'reply-length': [
    [
      /^(\S+) is (\d+) characters as X counts them once the short link is added; at most (\d+) fit in one post, so shorten it by (\d+)$/,
      (path, length, max, over) =>
        `${field(path)} is ${length} tekens zoals X telt, met de korte link erbij; er passen er hoogstens ${max} in één bericht, dus maak het ${over} ${over === '1' ? 'teken' : 'tekens'} korter`,
    ],
    [
      /^(\S+) is (\d+) characters as X counts them; at most (\d+) fit in one post$/,
      (path, length, max) => `${field(path)} is ${length} tekens zoals X telt; er passen er hoogstens ${max} in één bericht`,
    ],
  ],
  'broken-related': [
    [
      /^related: no article or broadcast has the slug or shortId "(.*)"$/,
      (entry) => `${field('related')}: geen artikel of uitzending heeft de slug of shortId "${entry}"`,
    ],
  ],
  'missing-image': [
    [
      /^(?:(\w+): )?image (.*) not found \(looked for (.*)\)$/,
      (key, url, looked) => `${key ? `${key}: ` : ''}afbeelding ${url} niet gevonden (gezocht naar ${looked})`,
    ],
  ],
  stale: [
    [
      /^last updated (\S+), (\d+) days ago \(more than (\d+)\)/,
      (date, days, max) =>
        `laatst bijgewerkt op ${date}, ${days} dagen geleden (meer dan ${max}): kijk of het nog klopt en zet dan Bijgewerkt op (updatedAt) op vandaag`,
    ],
  ],
  todo: [
    [
      /^draft has (\d+) TODOs? left \(first on this line\)/,
      (count) =>
        `het concept heeft nog ${count} ${count === '1' ? 'TODO' : "TODO's"} (de eerste op deze regel); werk ${count === '1' ? 'die' : 'ze'} af voordat je de status op In review zet`,
    ],
    [
      /^TODO left in a (\w+) (\w+):/,
      (status, collection) =>
        `nog een TODO in ${THINGS[collection] ?? 'dit item'}, met status ${STATUS_NAMES[status] ?? status}: maak deze tekst af, of zet de status terug op Concept`,
    ],
  ],
  'broken-link': [
    [
      /^link (.*) goes nowhere: no FAQ article or broadcast has shortId "(.*)"$/,
      (url, id) => `link ${url} leidt nergens heen: geen FAQ-artikel of uitzending heeft shortId "${id}"`,
    ],
    [
      /^link (.*) goes nowhere: there is no (English|Dutch) (\w+) item "(.*)"$/,
      (url, language, collection, slug) => {
        const [ending, noun] = ITEMS[collection] ?? ['', collection];
        return `link ${url} leidt nergens heen: er is geen ${LANGUAGES[language] ?? language}${ending} ${noun} "${slug}"`;
      },
    ],
  ],
  'personal-data': [
    [
      /^this looks like personal data \((.*)\)/,
      (type) => `dit lijkt op persoonsgegevens (${type}); content mag nooit gegevens van klanten bevatten: haal het weg of maak het algemeen`,
    ],
  ],
  'duplicate-slug': [
    [
      /^slug "(.*)" \(the file name\) is also used by (.*) in the same collection and language/,
      (slug, others) =>
        `slug "${slug}" (de bestandsnaam) wordt ook gebruikt door ${others} in dezelfde collectie en taal; geef een van de bestanden een andere naam`,
    ],
    [
      /^previousSlugs: "(.*)" is the current slug of (\S+);/,
      (slug, owner) => `${field('previousSlugs')}: "${slug}" is de huidige slug van ${owner}; het oude adres kan niet naar twee pagina's doorverwijzen`,
    ],
  ],
  'duplicate-shortid': [
    [
      /^shortId "(.*)" is also used by (.*); a short link must lead to one page/s,
      (id, others) =>
        `shortId "${id}" wordt ook gebruikt door ${others}; een korte link moet naar één pagina leiden, dus geef het nieuwere item een andere shortId`,
    ],
  ],
};
