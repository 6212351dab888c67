// The team's mining report (Markdown, outside content/ and the site): what customers ask most, what
// is rising, which questions already have an answer to link to, and where content is missing.
// Questions appear as cleaned titles only, and every line passes the contact-detail check.
import { REJECT_REASON_LABELS } from '#core/decisions.ts';
import type { Cluster } from '#core/cluster.ts';
import { coverageSentence, coverageShare, deferredIntro, deferredOutcomes } from './capacity.ts';
import { escapeMdxText } from './escape.ts';
import { redactContactDetails } from './pii.ts';
import type { ClusterOutcome, DraftPlan, NeedsLookReason } from './plan.ts';
import { signalSections, type ReportSignals } from './report-signals.ts';
import { removeHandles, toSingleLine, truncateAtWord } from './text.ts';
import { clusterTitle } from './wording.ts';

const TOP = 10;

export type ReportOptions = {
  /** Absolute short links when known (siteUrl from the project config); "/k/<id>" otherwise. */
  siteUrl?: string | undefined;
  minQuestions: number;
  minAuthors: number;
  publicNumbers?: readonly string[] | undefined;
  /** The run's cap on new drafts (capacity.ts), named where the report lists the groups beyond it. */
  maxNewDrafts?: number | undefined;
  /** Spikes, incidents and site searches (report-signals.ts); their sections are left out without. */
  signals?: ReportSignals | undefined;
};

export function renderMiningReport(plan: DraftPlan, options: ReportOptions): string {
  const lines = [
    '# Mining-rapport',
    '',
    `Export verwerkt op ${plan.mining.generatedAt}. Concepten bij minstens ${options.minQuestions} vragen van ${options.minAuthors} verschillende mensen.`,
    '',
    ...summary(plan, options.signals?.searches?.total ?? 0),
    ...section('Meest gestelde vragen', mostAsked(plan.outcomes), options),
    ...section('Stijgende vragen', rising(plan.outcomes), options),
    ...(options.signals ? signalSections(options.signals, (shortId) => shortLinkOf(shortId, options)) : []),
    ...coveredSection(plan.outcomes, options),
    ...section('Ontbrekende content', gaps(plan.outcomes), options),
    ...deferredSection(plan.outcomes, options),
    ...needsLookSection(plan.outcomes),
    ...editedSection(plan),
  ];
  const text = `${lines.join('\n').trimEnd()}\n`;
  return redactContactDetails(text, options.publicNumbers);
}

// --- internal ---

/** What earlier decisions of editors (content/decisions.json) did in this run. */
export function decidedLine({ rejected, attached }: DraftPlan['decided']): string[] {
  const total = rejected + attached;
  if (total === 0) return [];
  return [
    `- ${total} ${total === 1 ? 'groep herkend' : 'groepen herkend'} uit eerdere besluiten (${rejected} geen artikel, ${attached} bij een artikel gevoegd)`,
  ];
}

/** `searches`: site searches among the inbound messages; they are never noise, so the noise share leaves them out. */
function summary(plan: DraftPlan, searches: number): string[] {
  const { stats } = plan.mining;
  const written = stats.inbound - searches;
  const noiseShare = written > 0 ? Math.round((stats.noise / written) * 1000) / 10 : 0;
  const reasons = Object.entries(stats.noiseByReason)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([reason, count]) => `${escapeMdxText(reason)} ${count}`)
    .join(', ');
  const count = (kind: ClusterOutcome['kind']) => plan.outcomes.filter((outcome) => outcome.kind === kind).length;
  return [
    '## In het kort',
    '',
    `- Berichten gelezen: ${stats.messages} (van klanten: ${stats.inbound}${searches > 0 ? `, waarvan ${searches} zoekopdrachten op de site` : ''})`,
    `- Vragen herkend: ${stats.questions}; bijna-dubbele samengevoegd: ${stats.duplicatesCollapsed}; zonder cluster: ${stats.unclustered}`,
    `- Ruis: ${stats.noise} berichten, ${noiseShare.toLocaleString('nl-NL')}% van wat klanten stuurden${reasons ? ` (${reasons})` : ''}`,
    `- Clusters: ${plan.outcomes.length}; nieuwe concepten: ${count('created')}; statistieken bijgewerkt: ${count('updated')}; ongewijzigd: ${count('unchanged')}`,
    `- Al beantwoord: ${count('covered')}; door redactie bewerkt: ${count('edited')}; onder de drempel: ${count('below-threshold')}; graag bekijken: ${count('needs-look')}${count('incident') > 0 ? `; alleen in een piek (geen concept): ${count('incident')}` : ''}${count('deferred') > 0 ? `; ook gevraagd (nog geen concept): ${count('deferred')}` : ''}`,
    `- ${coverageSentence(coverageShare(plan))}`,
    ...decidedLine(plan.decided),
    '',
  ];
}

function mostAsked(outcomes: readonly ClusterOutcome[]): ClusterOutcome[] {
  return outcomes.slice(0, TOP);
}

/** The most rising questions, most rising first (also in the HTML report). */
export function rising(outcomes: readonly ClusterOutcome[]): ClusterOutcome[] {
  return outcomes
    .filter((outcome) => outcome.cluster.trendDirection === 'rising')
    .sort((a, b) => b.cluster.trend - a.cluster.trend || a.cluster.id.localeCompare(b.cluster.id))
    .slice(0, TOP);
}

/** Clusters above nothing published yet: every one needs an article (or a standard CM answer). */
export function gaps(outcomes: readonly ClusterOutcome[]): ClusterOutcome[] {
  return outcomes.filter((outcome) => outcome.kind !== 'covered' && outcome.kind !== 'other-language' && outcome.kind !== 'incident');
}

function section(title: string, outcomes: readonly ClusterOutcome[], options: ReportOptions): string[] {
  if (outcomes.length === 0) return [`## ${title}`, '', 'Geen.', ''];
  return [
    `## ${title}`,
    '',
    '| Vraag | Vragen | Mensen | Trend | Status |',
    '| --- | ---: | ---: | --- | --- |',
    ...outcomes.map(
      ({ cluster, ...rest }) =>
        `| ${questionOf(cluster)} | ${cluster.size} | ${cluster.authors} | ${trendOf(cluster)} | ${statusOf({ cluster, ...rest } as ClusterOutcome, options)} |`,
    ),
    '',
  ];
}

/** Groups beyond the run's cap on new drafts, most customers first: drafted in a later run. */
function deferredSection(outcomes: readonly ClusterOutcome[], options: ReportOptions): string[] {
  const deferred = deferredOutcomes(outcomes);
  if (deferred.length === 0) return [];
  return [
    '## Ook gevraagd',
    '',
    deferredIntro(options.maxNewDrafts),
    '',
    '| Vraag | Vragen | Klanten |',
    '| --- | ---: | ---: |',
    ...deferred.map(({ cluster, title }) => `| ${escapeMdxText(title)} | ${cluster.size} | ${cluster.authors} |`),
    '',
  ];
}

function coveredSection(outcomes: readonly ClusterOutcome[], options: ReportOptions): string[] {
  const covered = outcomes.filter((outcome) => outcome.kind === 'covered');
  const lines = ['## Al beantwoord: deel deze links', ''];
  if (covered.length === 0) return [...lines, 'Nog geen gepubliceerd artikel beantwoordt een van deze vragen.', ''];
  return [
    ...lines,
    '| Vraag | Vragen | Artikel | Korte link |',
    '| --- | ---: | --- | --- |',
    ...covered.map((outcome) => {
      const article = 'article' in outcome ? outcome.article : undefined;
      return `| ${questionOf(outcome.cluster)} | ${outcome.cluster.size} | ${escapeMdxText(article?.title ?? '')} | ${shortLinkOf(article?.shortId, options)} |`;
    }),
    '',
  ];
}

function editedSection(plan: DraftPlan): string[] {
  const edited = plan.outcomes.filter((outcome) => outcome.kind === 'edited');
  const lines: string[] = [];
  if (edited.length > 0) {
    lines.push('## Door de redactie bewerkt (niet aangeraakt)', '');
    for (const outcome of edited) {
      if (outcome.kind !== 'edited') continue;
      const why = outcome.reason === 'status' ? `status ${outcome.article.status}` : 'titel of tekst aangepast';
      lines.push(`- \`faq/${outcome.article.path}\`: ${why}; nieuwe statistieken: ${outcome.cluster.size} vragen`);
    }
    lines.push('');
  }
  if (plan.orphans.length > 0) {
    lines.push('## Artikelen zonder cluster in deze export (blijven staan)', '');
    for (const orphan of plan.orphans) lines.push(`- \`faq/${orphan.path}\` (${escapeMdxText(orphan.title)})`);
    lines.push('');
  }
  return lines;
}

function statusOf(outcome: ClusterOutcome, options: ReportOptions): string {
  switch (outcome.kind) {
    case 'created':
      return `nieuw concept \`faq/${outcome.article.path}\``;
    case 'updated':
      return `concept bijgewerkt \`faq/${outcome.article.path}\``;
    case 'unchanged':
      return `concept \`faq/${outcome.article.path}\``;
    case 'covered':
      return `beantwoord: ${shortLinkOf(outcome.article.shortId, options)}`;
    case 'edited':
      return `bij de redactie \`faq/${outcome.article.path}\``;
    case 'overlaps':
      return `valt onder \`faq/${outcome.article.path}\``;
    case 'deleted':
      return `artikel verwijderd (${outcome.shortId}), niet opnieuw gemaakt`;
    case 'below-threshold':
      return 'onder de drempel';
    case 'other-language':
      return 'taal niet herkend of niet gevraagd';
    case 'needs-look':
      return 'graag bekijken: geen concept (zie hieronder)';
    case 'incident':
      return outcome.spike.broadcast
        ? `geen concept: alleen na ${outcome.spike.broadcast.programme} gevraagd (zie Pieken na uitzendingen)`
        : 'geen concept: alleen in een incident gevraagd (zie Incidenten)';
    case 'deferred':
      return 'ook gevraagd: concept in een latere run (zie Ook gevraagd)';
    case 'rejected':
      return `geen artikel (besluit ${outcome.decision.id}: ${REJECT_REASON_LABELS[outcome.decision.reason].nl})`;
  }
}

const REASONS: Record<NeedsLookReason, string> = {
  'no-clear-question': 'geen van de vragen is een duidelijke titel (vaag of geen vraag)',
  'mixed-language': 'vragen in meer dan één taal',
  statements: 'vooral opmerkingen en klachten, geen vragen',
  'no-shared-subject': 'de vragen hebben geen onderwerp gemeen',
  'generic-answers': 'webcare gaf er alleen algemene antwoorden op, nooit een antwoord op de vraag zelf',
};

/** Groups the coherence gate kept from drafting, with why and what is in them, for an editor to decide. */
function needsLookSection(outcomes: readonly ClusterOutcome[]): string[] {
  const groups = outcomes.filter((outcome) => outcome.kind === 'needs-look');
  if (groups.length === 0) return [];
  const lines = [
    '## Graag bekijken: geen concept gemaakt',
    '',
    'Deze groepen zijn niet één vraag. Maak er zelf een artikel van als dat wel zo is (`veelgesteld new faq`).',
    '',
  ];
  for (const outcome of groups) {
    const { cluster } = outcome;
    const why = (outcome.kind === 'needs-look' ? outcome.reasons : []).map((reason) => REASONS[reason]).join('; ');
    lines.push(`- **${escapeMdxText(displayQuestion(cluster.label))}** (${cluster.size} berichten): ${why}`);
    for (const example of cluster.examples.slice(0, NEEDS_LOOK_EXAMPLES)) lines.push(`  - ${escapeMdxText(displayQuestion(example.text))}`);
  }
  lines.push('');
  return lines;
}

const NEEDS_LOOK_EXAMPLES = 5;

/** A customer's text as one short line without handles or links (the report is for the team only). */
function displayQuestion(text: string): string {
  return truncateAtWord(
    removeHandles(toSingleLine(text))
      .replace(/\b(?:https?:\/\/|www\.)\S+/giu, '')
      .replace(/\s+/gu, ' ')
      .trim(),
    120,
  );
}

function questionOf(cluster: Cluster): string {
  return escapeMdxText(clusterTitle(cluster, cluster.lang === 'en' ? 'en' : 'nl'));
}

function trendOf(cluster: Cluster): string {
  const word = { rising: 'stijgend', falling: 'dalend', stable: 'stabiel' }[cluster.trendDirection];
  const sign = cluster.trend > 0 ? '+' : '';
  return `${word} (${sign}${cluster.trend.toFixed(2)})`;
}

function shortLinkOf(shortId: string | undefined, options: ReportOptions): string {
  if (!shortId) return '(geen korte link)';
  return `${options.siteUrl ? options.siteUrl.replace(/\/+$/u, '') : ''}/k/${shortId}`;
}
