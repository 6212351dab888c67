// The topics page (/onderwerpen): every group mining found that an editor may want to steer (drafts,
// groups that need a look, groups an article already covers, the ones held back), each with its
// evidence and the decisions an editor can take (Geen artikel, Hoort bij …, Splitsen, Maak artikel),
// and the decisions taken, newest first, each with Ongedaan maken. Plain server-rendered forms;
// client/topics.ts sends them as JSON to /api/editor/decisions. Every value goes through escapeHtml.
import { REJECT_REASON_LABELS, REJECT_REASONS, type Decision } from '#core/decisions.ts';
import { parseContentFile, type ContentFile } from '../content/index.ts';
import type { ReviewGroup, ReviewState } from '../decisions/index.ts';
import { escapeHtml } from './chart.ts';
import { STATUS_LABELS } from './cms-config.ts';
import { editorPage, editorBar, editUrlOfPath } from './pages.ts';
import { findArticles, type TargetArticle } from './topic-search.ts';
import { readableTime } from './when.ts';

type Group = ReviewGroup;
type GroupState = ReviewState;
type Action = 'reject' | 'attach' | 'split' | 'create';

export type TopicsPageInput = {
  groups: readonly Group[];
  decisions: readonly Decision[];
  /** Every FAQ article and draft, for "Hoort bij …" (targetArticles). */
  articles: readonly TargetArticle[];
  /** No work/clusters.json yet: nothing mined to steer. */
  noMining?: boolean | undefined;
  siteUrl?: string | undefined;
};

/** The sections in the order an editor works through them. */
const SECTIONS: readonly { state: GroupState; id: string; heading: string; intro: string }[] = [
  {
    state: 'draft',
    id: 'concepten',
    heading: 'Concepten',
    intro: 'Mining maakte hier een concept van. Geen artikel? Hoort het bij een ander artikel? Of vragen klanten hier twee dingen?',
  },
  {
    state: 'needs-look',
    id: 'bekijken',
    heading: 'Even naar kijken',
    intro: 'Geen concept: mining weet niet zeker dat dit één vraag is. Maak er een artikel van, koppel het aan een artikel, of zeg dat het geen artikel wordt.',
  },
  {
    state: 'covered',
    id: 'beantwoord',
    heading: 'Al beantwoord volgens mining',
    intro: 'Mining denkt dat een bestaand artikel deze vragen beantwoordt. Klopt dat niet, splits dan de vragen af of koppel ze aan het juiste artikel.',
  },
  {
    state: 'deferred',
    id: 'later',
    heading: 'Ook gevraagd (concept in een latere run)',
    intro: 'Deze groepen krijgen een concept zodra er plaats is in de wachtrij. Je kunt nu al beslissen.',
  },
  { state: 'other', id: 'overig', heading: 'Overige groepen', intro: 'Te weinig vragen voor een concept, of in een andere taal.' },
  { state: 'rejected', id: 'geen-artikel', heading: 'Geen artikel (besloten)', intro: 'Hiervan besloot de redactie dat het geen artikel wordt.' },
];

const STATE_LABELS: Record<GroupState, string> = {
  draft: 'Concept',
  'needs-look': 'Even naar kijken',
  covered: 'Al beantwoord',
  deferred: 'Ook gevraagd',
  rejected: 'Geen artikel',
  other: 'Overig',
};

const ACTIONS: Record<GroupState, readonly Action[]> = {
  draft: ['reject', 'attach', 'split'],
  'needs-look': ['create', 'attach', 'reject', 'split'],
  covered: ['attach', 'split', 'reject'],
  deferred: ['create', 'attach', 'reject'],
  other: ['create', 'attach', 'reject'],
  rejected: [],
};

const DECISION_LABELS: Record<Decision['kind'], string> = {
  reject: 'Geen artikel',
  attach: 'Hoort bij',
  split: 'Gesplitst',
  create: 'Artikel gemaakt',
};

/** The page's own text for a decision: what was decided about which group. */
export function describeDecision(decision: Decision): string {
  const group = `“${decision.label || decision.questions[0] || decision.groupId}”`;
  switch (decision.kind) {
    case 'reject':
      return `${group}: geen artikel, ${REJECT_REASON_LABELS[decision.reason].nl}${decision.note ? ` (${decision.note})` : ''}`;
    case 'attach':
      return `${group}: ${count(decision.added.length || decision.questions.length, 'vraag', 'vragen')} bij ${decision.article}`;
    case 'split':
      return `${group}: ${count(decision.questions.length, 'vraag', 'vragen')} afgesplitst naar het concept “${decision.title}” (${decision.article})`;
    case 'create':
      return `${group}: concept “${decision.title}” (${decision.article})`;
  }
}

/** Every FAQ article and draft under content/faq as a target for "Hoort bij …" (paths relative to content/faq). */
export function targetArticles(files: readonly ContentFile[]): TargetArticle[] {
  return files.flatMap((file) => {
    const parsed = parseContentFile(file);
    const data = parsed.frontmatter;
    if (parsed.collection !== 'faq' || !data) return [];
    const path = file.path.replace(/^(?:.*\/)?content\/faq\//, '');
    const questions = Array.isArray(data['questions']) ? data['questions'].filter((question): question is string => typeof question === 'string') : [];
    return [
      {
        path,
        title: typeof data['title'] === 'string' ? data['title'] : parsed.slug,
        status: typeof data['status'] === 'string' ? data['status'] : 'draft',
        lang: data['lang'] === 'en' ? 'en' : 'nl',
        slug: parsed.slug,
        shortId: typeof data['shortId'] === 'string' ? data['shortId'] : undefined,
        questions,
      },
    ];
  });
}

export function renderTopicsPage(input: TopicsPageInput): string {
  // The outcome of the decision just taken, after the page reloads (client/topics.ts fills it in).
  const status = '<div id="melding" class="vg-message" role="status" tabindex="-1"></div>';
  const page = (body: string, script = ''): string =>
    editorPage(
      'Onderwerpen',
      `${editorBar('onderwerpen', input.siteUrl)}
<main id="main" class="vg-main">
<h1>Onderwerpen: mining bijsturen</h1>
${body}
${decisionsSection(input.decisions)}
${script ? `${articleData(input.articles)}\n</main>\n${script}` : '</main>'}`,
    );
  if (input.noMining) {
    return page(`${status}
<p class="vg-empty">Nog geen mining-resultaat: draai eerst <code>npm start</code> of <code>veelgesteld pipeline</code>.</p>`);
  }
  const lead =
    '<p class="vg-lead">Stuur mining bij zonder een bestand te openen. Wat je hier beslist, komt in <code>content/decisions.json</code> en in de <code>questions</code> van de artikelen, en geldt bij elke volgende run.</p>';
  const noScript = '<noscript><p class="vg-warning-box">Voor de knoppen op deze pagina is JavaScript nodig.</p></noscript>';
  const byState = new Map<GroupState, Group[]>();
  for (const group of input.groups) byState.set(group.state, [...(byState.get(group.state) ?? []), group]);
  const shown = SECTIONS.map((section) => ({ section, groups: byState.get(section.state) ?? [] })).filter(({ groups }) => groups.length > 0);
  let index = 0;
  const sections = shown.map(({ section, groups }) => {
    const cards = groups.map((group) => groupCard(group, `g${++index}`, input.articles)).join('\n');
    return `<section class="vg-topics" aria-labelledby="${section.id}">
<h2 id="${section.id}">${section.heading} <span class="vg-count">(${groups.length})</span></h2>
<p class="vg-small">${section.intro}</p>
<ol class="vg-queue">${cards}</ol>
</section>`;
  });
  const contents = shown
    .map(({ section, groups }) => `<li><a href="#${section.id}">${section.heading}</a> (${groups.length})</li>`)
    .concat(`<li><a href="#besluiten">Genomen besluiten</a> (${input.decisions.length})</li>`)
    .join('');
  return page(
    `${lead}
${noScript}
${status}
<nav aria-label="Op deze pagina"><ul class="vg-contents">${contents}</ul></nav>
${sections.length > 0 ? sections.join('\n') : '<p class="vg-empty">Mining vond geen groepen om te bekijken.</p>'}`,
    '<script src="/admin/topics.js" defer></script>',
  );
}

// --- internal ---

function groupCard(group: Group, id: string, articles: readonly TargetArticle[]): string {
  const examples = group.examples.map((example) => `<li>${escapeHtml(example)}</li>`).join('');
  const answer = group.bestAnswer ? `<blockquote>${escapeHtml(group.bestAnswer)}</blockquote>` : '<p>Webcare gaf nog geen vast antwoord.</p>';
  const article = group.article
    ? `<p class="vg-small">${group.state === 'draft' ? 'Concept' : group.state === 'covered' ? 'Beantwoord door' : 'Lijkt op'}: <a href="${editUrlOfPath(group.article.path, group.lang === 'en' ? 'en' : 'nl')}">${escapeHtml(group.article.title)}</a> <span class="vg-status vg-status-${escapeHtml(group.article.status)}">${STATUS_LABELS[group.article.status] ?? escapeHtml(group.article.status)}</span> <code>${escapeHtml(group.article.path)}</code></p>`
    : '';
  const reasons = group.reasons.length > 0 ? `<ul class="vg-reasons">${group.reasons.map((reason) => `<li>${escapeHtml(reason)}</li>`).join('')}</ul>` : '';
  const keywords = group.keywords.length > 0 ? `<p class="vg-small">Trefwoorden: ${escapeHtml(group.keywords.join(', '))}</p>` : '';
  const label = group.label && group.label !== group.title ? `<p class="vg-small">Werknaam van mining: ${escapeHtml(group.label)}</p>` : '';
  const actions = ACTIONS[group.state].map((action) => actionForm(action, group, id, articles)).join('\n');
  const articleAttribute = group.article ? ` data-article="${escapeHtml(group.article.path)}"` : '';
  return `<li class="vg-card vg-topic" id="${id}" data-group="${escapeHtml(group.id)}"${articleAttribute} aria-labelledby="${id}-titel">
<h3 id="${id}-titel">${escapeHtml(group.title)}</h3>
<p class="vg-meta"><span class="vg-state vg-state-${group.state}">${STATE_LABELS[group.state]}</span> <span>${count(group.size, 'vraag', 'vragen')}</span> <span>${count(group.authors, 'klant', 'klanten')}</span>${group.lang === 'en' ? ' <span>Engels</span>' : ''}</p>
${article}${label}${keywords}${reasons}
<div class="vg-evidence-grid">
<div><h4>Zo vragen klanten het</h4><ul class="vg-examples">${examples}</ul></div>
<div><h4>Beste antwoord van webcare</h4>${answer}</div>
</div>
${actions ? `<div class="vg-actions">${actions}</div>` : ''}
</li>`;
}

function actionForm(action: Action, group: Group, id: string, articles: readonly TargetArticle[]): string {
  const formId = `${id}-${action}`;
  const open = (summary: string, body: string, button: string) => `<details class="vg-action vg-action-${action}">
<summary>${summary}</summary>
<form class="vg-decision" data-kind="${action}" data-group="${escapeHtml(group.id)}" aria-labelledby="${formId}-kop">
<h4 id="${formId}-kop" class="vg-sr">${summary}: ${escapeHtml(group.title)}</h4>
${body}
<p><button class="vg-button" type="submit">${button}</button></p>
<p class="vg-form-status" role="status" aria-live="polite"></p>
</form>
</details>`;
  switch (action) {
    case 'reject': {
      const reasons = REJECT_REASONS.map(
        (reason, position) =>
          `<label class="vg-choice"><input type="radio" name="reason" value="${reason}"${position === 0 ? ' required' : ''}> ${capitalise(REJECT_REASON_LABELS[reason].nl)}</label>`,
      ).join('\n');
      return open(
        'Geen artikel',
        `<fieldset><legend>Waarom geen artikel?</legend>
${reasons}
</fieldset>
<p><label for="${formId}-note">Toelichting (niet verplicht)</label><br><input class="vg-input" type="text" id="${formId}-note" name="note" maxlength="300"></p>`,
        'Geen artikel maken',
      );
    }
    case 'attach': {
      const exclude = group.state === 'draft' ? group.article?.path : undefined;
      const suggested = group.article && group.state !== 'draft' ? articles.filter((article) => article.path === group.article?.path) : [];
      const fromTitle = findArticles(articles, group.title, { lang: group.lang === 'other' ? undefined : group.lang, exclude, limit: 5, anyWord: true });
      const initial = [...suggested, ...fromTitle.filter((article) => !suggested.includes(article))].slice(0, 5);
      return open(
        'Hoort bij …',
        `<p><label for="${formId}-zoek">Zoek het artikel of concept</label><br><input class="vg-input vg-search" type="search" id="${formId}-zoek" name="zoek" autocomplete="off" aria-describedby="${formId}-zoek-uitleg" aria-controls="${formId}-doelen" data-lang="${group.lang}"${exclude ? ` data-exclude="${escapeHtml(exclude)}"` : ''}>
<span id="${formId}-zoek-uitleg" class="vg-small vg-hint">Op titel, een vraag van klanten, de slug of de korte link.</span></p>
<fieldset id="${formId}-doelen" class="vg-targets"><legend>Kies het artikel</legend>
<p class="vg-small vg-search-status" aria-live="polite">${initial.length > 0 ? 'Voorstellen bij deze vragen:' : 'Typ hierboven om te zoeken.'}</p>
<div class="vg-target-list">${initial.map(targetOption).join('\n')}</div>
</fieldset>
${questionChoices(group, formId, 'Welke vragen horen erbij?', true)}`,
        'Koppelen',
      );
    }
    case 'split':
      return open(
        'Splitsen',
        `${questionChoices(group, formId, 'Welke vragen hebben een ander antwoord nodig?', false)}
<p><label for="${formId}-titel">Titel van het nieuwe concept (niet verplicht)</label><br><input class="vg-input" type="text" id="${formId}-titel" name="title" maxlength="120"></p>`,
        'Splitsen in een nieuw concept',
      );
    case 'create':
      return open(
        'Maak artikel',
        `<p><label for="${formId}-titel">Titel van het concept</label><br><input class="vg-input" type="text" id="${formId}-titel" name="title" required maxlength="120" aria-describedby="${formId}-titel-uitleg">
<span id="${formId}-titel-uitleg" class="vg-small vg-hint">De vraag zoals klanten hem stellen, zoals “Hoe zeg ik mijn contract op?”.</span></p>`,
        'Concept maken',
      );
  }
}

/** The group's example questions as checkboxes; `checked`: all ticked at first. */
function questionChoices(group: Group, formId: string, legend: string, checked: boolean): string {
  const boxes = group.examples
    .map(
      (example, position) =>
        `<label class="vg-choice"><input type="checkbox" name="questions" value="${escapeHtml(example)}"${checked ? ' checked' : ''} id="${formId}-vraag-${position}"> ${escapeHtml(example)}</label>`,
    )
    .join('\n');
  return `<fieldset class="vg-questions"><legend>${legend}</legend>
${boxes}
</fieldset>`;
}

function targetOption(article: TargetArticle): string {
  return `<label class="vg-choice"><input type="radio" name="target" value="${escapeHtml(article.path)}" required> ${escapeHtml(article.title)} <span class="vg-status vg-status-${escapeHtml(article.status)}">${STATUS_LABELS[article.status] ?? escapeHtml(article.status)}</span> <code>${escapeHtml(article.path)}</code></label>`;
}

function decisionsSection(decisions: readonly Decision[]): string {
  const newest = [...decisions].sort((a, b) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id));
  const rows = newest.map(
    (decision) => `<li class="vg-decision-row">
<p><strong>${DECISION_LABELS[decision.kind]}</strong> ${escapeHtml(describeDecision(decision))}<br><span class="vg-small"><time datetime="${escapeHtml(decision.at)}">${escapeHtml(readable(decision.at))}</time> · ${escapeHtml(decision.id)}</span></p>
<form class="vg-decision" data-kind="undo" data-decision="${escapeHtml(decision.id)}"><button class="vg-button vg-button-quiet" type="submit">Ongedaan maken<span class="vg-sr">: ${escapeHtml(DECISION_LABELS[decision.kind])} ${escapeHtml(describeDecision(decision))}</span></button>
<span class="vg-form-status" role="status" aria-live="polite"></span></form>
</li>`,
  );
  return `<section aria-labelledby="besluiten"><h2 id="besluiten">Genomen besluiten</h2>
${rows.length > 0 ? `<ol class="vg-decisions">${rows.join('\n')}</ol>` : '<p>Nog geen besluiten. Wat je hierboven beslist, staat hier, het nieuwste eerst.</p>'}
</section>`;
}

/** The articles for the search box, as JSON the browser reads (never executed: "<" is escaped). */
function articleData(articles: readonly TargetArticle[]): string {
  return `<script type="application/json" id="vg-articles">${JSON.stringify(articles).replace(/</g, '\\u003c')}</script>`;
}

function readable(at: string): string {
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? at : readableTime(date);
}

function count(value: number, one: string, many: string): string {
  return `${value} ${value === 1 ? one : many}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
