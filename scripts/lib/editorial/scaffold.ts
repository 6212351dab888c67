// Templates for `veelgesteld new`: valid files full of TODOs that tell the editor what to write.
import { stringify } from 'yaml';
import { type CollectionName, type Locale, SHORT_ID_ALPHABET } from '#core/content.ts';
import { InputError } from '../errors.ts';
import { slugOf } from '#core/slug.ts';
import { formatAmsterdamIso } from './time.ts';

/** Broadcasts are announced on the day: by default the statement goes public this long before airing. */
export const ANNOUNCE_BEFORE_AIRING_MS = 2 * 3_600_000;

export type Scaffold = { collection: CollectionName; lang: Locale; slug: string; text: string };

type Common = { title?: string | undefined; lang: Locale; shortId: string; contactRoute: string };

const SHORT_ID_LENGTH = 5;

/** A shortId that is not in `taken`; `random` returns numbers in [0, 1). */
export function newShortId(taken: ReadonlySet<string>, random: () => number = secureRandom): string {
  for (let attempt = 0; attempt < 1000; attempt += 1) {
    let id = '';
    for (let position = 0; position < SHORT_ID_LENGTH; position += 1) {
      id += SHORT_ID_ALPHABET[Math.floor(random() * SHORT_ID_ALPHABET.length)];
    }
    if (!taken.has(id)) return id;
  }
  throw new InputError('could not find a free shortId; check content/.shortids.json');
}

export function scaffoldFaq(options: Common): Scaffold {
  const nl = options.lang === 'nl';
  const frontmatter = {
    title: options.title ?? (nl ? 'TODO: de vraag zoals klanten hem stellen' : 'TODO: the question as customers ask it'),
    description: nl
      ? 'TODO: het antwoord in één of twee zinnen, zoals het onder de titel in zoekresultaten staat.'
      : 'TODO: the answer in one or two sentences, as shown under the title in search results.',
    lang: options.lang,
    status: 'draft',
    category: 'TODO',
    tags: [],
    shortId: options.shortId,
    questions: [nl ? 'TODO: de vraag zoals een klant hem stelde' : 'TODO: the question as a customer asked it'],
    reply: nl ? 'TODO: een kort antwoord voor op X; de link komt er vanzelf achter.' : 'TODO: a short reply for X; the link is added automatically.',
    related: [],
  };
  const body = nl
    ? 'TODO: het antwoord in gewone taal. Begin met wat de klant moet weten of doen.\n\n## Wat kun je zelf doen?\n\nTODO: de stappen, één per regel.\n'
    : 'TODO: the answer in plain language. Start with what the customer needs to know or do.\n\n## What can you do yourself?\n\nTODO: the steps, one per line.\n';
  const slug = options.title ? slugOf(options.title) : nl ? `nieuwe-vraag-${options.shortId}` : `new-question-${options.shortId}`;
  return { collection: 'faq', lang: options.lang, slug, text: document(frontmatter, body) };
}

export function scaffoldBlog(options: Omit<Common, 'shortId' | 'contactRoute'> & { now: Date }): Scaffold {
  const nl = options.lang === 'nl';
  const frontmatter = {
    title: options.title ?? (nl ? 'TODO: titel van het bericht' : 'TODO: title of the post'),
    description: nl
      ? 'TODO: waar het bericht over gaat in één of twee zinnen, voor zoekresultaten en de overzichtspagina.'
      : 'TODO: what the post is about in one or two sentences, for search results and the overview page.',
    lang: options.lang,
    status: 'draft',
    author: 'TODO',
    tags: [],
  };
  const body = nl ? 'TODO: de tekst van het bericht.\n' : 'TODO: the text of the post.\n';
  const slug = options.title ? slugOf(options.title) : `${nl ? 'bericht' : 'post'}-${formatAmsterdamIso(options.now).slice(0, 10)}`;
  return { collection: 'blog', lang: options.lang, slug, text: document(frontmatter, body) };
}

export function scaffoldBroadcast(options: Common & { programme: string; airsAt: Date; publishAt?: Date | undefined }): Scaffold {
  const nl = options.lang === 'nl';
  const publishAt = options.publishAt ?? new Date(options.airsAt.getTime() - ANNOUNCE_BEFORE_AIRING_MS);
  const airsDay = formatAmsterdamIso(options.airsAt).slice(0, 10);
  const frontmatter = {
    title: options.title ?? (nl ? `TODO: onze reactie op ${options.programme}` : `TODO: our response to ${options.programme}`),
    description: nl
      ? `TODO: in één of twee zinnen wat er aan de hand is en wat wij eraan doen (${options.programme}, ${airsDay}).`
      : `TODO: in one or two sentences what happened and what we do about it (${options.programme}, ${airsDay}).`,
    lang: options.lang,
    status: 'draft',
    programme: options.programme,
    episodeTitle: nl ? 'TODO: titel van de aflevering' : 'TODO: title of the episode',
    airsAt: formatAmsterdamIso(options.airsAt),
    publishAt: formatAmsterdamIso(publishAt),
    shortId: options.shortId,
    contact: {
      name: nl ? 'TODO: naam van de woordvoerder' : 'TODO: name of the spokesperson',
      role: nl ? 'Woordvoerder' : 'Spokesperson',
      route: options.contactRoute,
    },
    updates: [],
    related: [],
    replies: nl
      ? ['TODO: kort antwoord voor reacties tijdens de uitzending; de link komt er vanzelf achter.', 'TODO: antwoord voor klanten die zelf geraakt zijn.']
      : ['TODO: short reply for comments during the broadcast; the link is added automatically.', 'TODO: reply for customers who are affected themselves.'],
  };
  const sections = nl
    ? ['Onze verklaring', 'Wat is er gebeurd?', 'Wat hebben we gedaan?', 'Wat kun je als klant doen?', 'Vragen en antwoorden']
    : ['Our statement', 'What happened?', 'What have we done?', 'What can you do as a customer?', 'Questions and answers'];
  const body = sections.map((heading) => `## ${heading}\n\nTODO: ${heading.toLowerCase().replace(/\?$/, '')}.\n`).join('\n');
  const slug = options.title ? slugOf(options.title) : `${slugOf(options.programme)}-${airsDay}`;
  return { collection: 'broadcasts', lang: options.lang, slug, text: document(frontmatter, body) };
}

/** Where `new` writes a scaffold, relative to the project root; broadcasts have no language folder. */
export function scaffoldPath(scaffold: Scaffold): string {
  const folder = scaffold.collection === 'broadcasts' ? 'broadcasts' : `${scaffold.collection}/${scaffold.lang}`;
  return `content/${folder}/${scaffold.slug}.mdx`;
}

function document(frontmatter: Record<string, unknown>, body: string): string {
  return `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${body}`;
}

function secureRandom(): number {
  const [value = 0] = globalThis.crypto.getRandomValues(new Uint32Array(1));
  return value / 2 ** 32;
}
