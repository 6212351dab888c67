// The body of a new draft: the sections every answer needs, the best CM answer as escaped text,
// and TODO lines where an editor has to write. `check` refuses to publish while TODOs remain.
import { escapeMdxText } from './escape.ts';
import type { DraftLang } from './wording.ts';

export const DEFAULT_CONTACT: Record<DraftLang, string> = {
  nl: 'Stuur ons een bericht via X, Facebook of WhatsApp; we helpen je graag verder.',
  en: 'Send us a message on X, Facebook or WhatsApp; we are happy to help.',
};

const TODO_MARKER = /(?:^|[^\p{L}\p{N}_])TODO(?=$|[^\p{L}\p{N}_])/u;

const SECTIONS = {
  nl: {
    short: 'Kort antwoord',
    explanation: 'Uitleg',
    selfHelp: 'Wat kun je zelf doen?',
    contact: 'Nog vragen?',
    todoShortWithAnswer:
      'TODO: Schrijf het antwoord in één of twee zinnen. Hieronder staat het antwoord dat webcare het vaakst gaf: herschrijf het voor iedereen en haal het citaat daarna weg.',
    todoShortNoAnswer: 'TODO: Schrijf het antwoord in één of twee zinnen. Webcare gaf nog geen vast antwoord op deze vraag.',
    todoReply: 'TODO: Schrijf in de frontmatter bij reply een kort antwoord voor webcare (de link gaat er vanzelf achter).',
    todoExplanation: 'TODO: Leg uit waarom het zo werkt en wat er achter de schermen gebeurt.',
    todoSelfHelp: 'TODO: Zet de stappen die de klant zelf kan zetten onder elkaar, met links naar de juiste pagina.',
  },
  en: {
    short: 'Short answer',
    explanation: 'Explanation',
    selfHelp: 'What can you do yourself?',
    contact: 'Any questions?',
    todoShortWithAnswer:
      'TODO: Write the answer in one or two sentences. Below is the answer webcare gave most often: rewrite it for everyone, then remove the quote.',
    todoShortNoAnswer: 'TODO: Write the answer in one or two sentences. Webcare has no standard answer to this question yet.',
    todoReply: 'TODO: Write a short reply for webcare under reply in the frontmatter (the link is added automatically).',
    todoExplanation: 'TODO: Explain why it works this way and what happens behind the scenes.',
    todoSelfHelp: 'TODO: List the steps customers can take themselves, with links to the right pages.',
  },
} as const;

/** The MDX body of a new draft. Untrusted text only enters through escapeMdxText. */
export function draftBody(options: { lang: DraftLang; bestAnswer: string | null; hasReply: boolean; contact: string }): string {
  const text = SECTIONS[options.lang];
  const answer = options.bestAnswer ? escapeMdxText(options.bestAnswer) : '';
  const short = answer ? [text.todoShortWithAnswer, '', `> ${answer}`] : [text.todoShortNoAnswer];
  const lines = [
    `## ${text.short}`,
    '',
    ...short,
    ...(options.hasReply ? [] : ['', text.todoReply]),
    '',
    `## ${text.explanation}`,
    '',
    text.todoExplanation,
    '',
    `## ${text.selfHelp}`,
    '',
    text.todoSelfHelp,
    '',
    `## ${text.contact}`,
    '',
    escapeMdxText(options.contact),
  ];
  return `${lines.join('\n')}\n`;
}

/** Every line of `body` with a TODO marker, trimmed; empty when the article is ready to publish. */
export function findTodos(body: string): string[] {
  return body
    .split(/\r\n?|\n/u)
    .filter((line) => TODO_MARKER.test(line))
    .map((line) => line.trim());
}
