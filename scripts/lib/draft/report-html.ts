// The team report as one self-contained, printable HTML page in Dutch (work/report.html, beside
// report.md): charts where people would rather look than read, drawn by Apache ECharts and rendered
// to static SVG here (server-side, no DOM, no script in the page), plus the tables of report.md.
// No network: no fonts, images or scripts are fetched. Every text passes the contact-detail check
// and is HTML-escaped. Pure: data in, HTML string out.
import { REJECT_REASON_LABELS } from '#core/decisions.ts';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent, TitleComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { Cluster } from '#core/cluster.ts';
import { coverageSentence, coverageShare, deferredIntro, deferredOutcomes } from './capacity.ts';
import { redactContactDetails } from './pii.ts';
import type { ClusterOutcome, DraftPlan } from './plan.ts';
import { INCIDENT_ADVICE, dutchMoment, shortExportSentence, spikeSentence, verdictText, type ReportSignals, type ReportSpike } from './report-signals.ts';
import { decidedLine, gaps, rising, type ReportOptions } from './report.ts';
import { clusterTitle } from './wording.ts';

echarts.use([LineChart, BarChart, PieChart, GridComponent, LegendComponent, MarkLineComponent, MarkAreaComponent, TitleComponent, SVGRenderer]);

const TOP = 10;
const WEEKLY_TOPICS = 6;
const COLORS = ['#1b5e9e', '#d1495b', '#2a9d8f', '#e9a03b', '#6a4c93', '#5c6b73', '#8ab17d', '#bc4b9b'];
const HOUR = 3_600_000;

export function renderReportHtml(plan: DraftPlan, signals: ReportSignals, options: ReportOptions): string {
  const clean = (text: string): string => escapeHtml(redactContactDetails(text, options.publicNumbers));
  const link = (shortId: string): string => `${options.siteUrl ? options.siteUrl.replace(/\/+$/u, '') : ''}/k/${shortId}`;
  const { stats } = plan.mining;
  const searches = signals.searches?.total ?? 0;
  const webcareInbound = stats.inbound - searches;
  const noiseShare = webcareInbound > 0 ? stats.noise / webcareInbound : 0;
  const incidents = signals.spikes.filter((spike) => !spike.broadcast);
  const broadcastSpikes = signals.spikes.filter((spike) => spike.broadcast);
  const coverage = coverageShare(plan);
  const figures: [string, string][] = [
    ['berichten gelezen', formatNumber(stats.messages)],
    ['vragen herkend', formatNumber(stats.questions)],
    ['ruis', `${formatPercent(noiseShare)}`],
    ['zoekopdrachten', formatNumber(searches)],
    ['gezocht, niet gevonden', formatNumber(signals.searches?.notFound.length ?? 0)],
    ['pieken na uitzending', formatNumber(broadcastSpikes.length)],
    ['incidenten', formatNumber(incidents.length)],
    ['van de vragen gedekt', `${Math.round(coverage.share * 100)} %`],
  ];
  const sections = [
    section(
      'Wekelijks volume van de meest gestelde vragen',
      chart(weeklyOption(plan.mining.clusters.slice(0, WEEKLY_TOPICS)), 900, 360),
      'Vragen per week, de zes grootste onderwerpen.',
    ),
    section(
      'Pieken',
      chart(spikesOption(plan.mining.clusters, signals.spikes), 900, 320),
      '',
      spikesBody(signals, clean, link) + spikeCharts(plan, signals.spikes),
    ),
    section('Gezocht, niet gevonden', searchChart(signals), searchCaption(signals), searchTable(signals, clean)),
    section(
      'Stijgende vragen',
      risingChart(plan),
      'Vergeleken: de laatste vier weken tegen de weken ervoor (+100% is twee keer zo vaak).',
      outcomeTable(rising(plan.outcomes), clean, link),
    ),
    section('Meest gestelde vragen', '', '', outcomeTable(plan.outcomes.slice(0, TOP), clean, link)),
    section('Al beantwoord: deel deze links', '', '', coveredTable(plan.outcomes, clean, link)),
    section(
      'Ontbrekende content',
      '',
      'Onderwerpen zonder gepubliceerd artikel: elk heeft een artikel of een standaardantwoord nodig.',
      outcomeTable(gaps(plan.outcomes), clean, link),
    ),
    deferredHtml(plan.outcomes, clean, options),
    section(
      'Ruis',
      chart(noiseOption(stats), 900, 300),
      `${formatNumber(stats.noise)} van ${formatNumber(webcareInbound)} klantberichten waren geen vraag (${formatPercent(noiseShare)}).`,
    ),
    signals.fromSearch.length > 0
      ? section('Uit de zoekbalk', '', 'Vragen waarvan een deel als zoekopdracht op de site binnenkwam.', fromSearchTable(signals, clean))
      : '',
  ];
  const page = `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Webcare-rapport ${escapeHtml(dateOnly(plan.mining.generatedAt))}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<header>
<h1>Webcare-rapport</h1>
<p class="lead">Wat klanten vragen, zoeken en niet vinden. Export verwerkt op ${escapeHtml(dutchMoment(plan.mining.generatedAt))}. Concepten bij minstens ${options.minQuestions} vragen van ${options.minAuthors} verschillende mensen. ${escapeHtml(coverageSentence(coverage))}${decidedLine(
    plan.decided,
  )
    .map((line) => ` ${escapeHtml(line.replace(/^- /u, ''))}.`)
    .join('')} Intern: dit rapport wordt niet gepubliceerd.</p>
<ul class="figures">${figures.map(([label, value]) => `<li><strong>${value}</strong> ${escapeHtml(label)}</li>`).join('')}</ul>
</header>
${sections.join('\n')}
<footer><p>Gemaakt door <code>veelgesteld draft</code>. Grafieken: Apache ECharts, als SVG in deze pagina; de pagina haalt niets van internet.</p></footer>
</main>
</body>
</html>
`;
  return stableIds(page);
}

/**
 * ECharts numbers its SVG ids and classes ("zr3-c0", "zr3-cls-41") with counters that live as long
 * as the process: renumber them in order of appearance, so the same data gives the same bytes.
 */
function stableIds(page: string): string {
  const ids = new Map<string, string>();
  return page.replace(/\bzr\d+-(?:cls-|c)?\d+\b/gu, (id) => {
    let stable = ids.get(id);
    if (stable === undefined) ids.set(id, (stable = `${id.includes('-cls-') ? 's' : 'c'}${ids.size}`));
    return stable;
  });
}

// --- internal ---

function chart(option: echarts.EChartsCoreOption, width: number, height: number): string {
  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height, locale: 'EN' });
  instance.setOption({ animation: false, color: COLORS, textStyle: { fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" }, ...option });
  const svg = instance.renderToSVGString();
  instance.dispose();
  return `<figure class="chart">${svg.replace(/<svg /u, '<svg role="img" ')}</figure>`;
}

function section(title: string, figure: string, caption: string, table = ''): string {
  return `<section><h2>${escapeHtml(title)}</h2>${figure}${caption ? `<p class="caption">${caption}</p>` : ''}${table}</section>`;
}

function weeklyOption(clusters: readonly Cluster[]): echarts.EChartsCoreOption {
  const weeks = [...new Set(clusters.flatMap((cluster) => cluster.weekly.map((w) => w.week)))].sort();
  return {
    legend: { bottom: 0, type: 'plain', itemGap: 18, textStyle: { fontSize: 11 } },
    grid: { left: 40, right: 20, top: 20, bottom: 90 },
    xAxis: { type: 'category', data: weeks.map((week) => week.replace(/^\d{4}-W/u, 'wk ')) },
    yAxis: { type: 'value', minInterval: 1 },
    series: clusters.map((cluster) => {
      const byWeek = new Map(cluster.weekly.map((w) => [w.week, w.count]));
      return { type: 'line', name: short(titleOf(cluster), 38), data: weeks.map((week) => byWeek.get(week) ?? 0), symbolSize: 4 };
    }),
  };
}

/** Questions per Amsterdam day of all clusters, broadcasts as vertical lines, spikes as shaded days. */
function spikesOption(clusters: readonly Cluster[], spikes: readonly ReportSpike[]): echarts.EChartsCoreOption {
  const perDay = new Map<string, number>();
  for (const cluster of clusters)
    for (const { hour, count } of cluster.hourly ?? []) perDay.set(amsterdamDay(hour), (perDay.get(amsterdamDay(hour)) ?? 0) + count);
  const days = fillDays([...perDay.keys()].sort());
  const broadcasts = [...new Map(spikes.flatMap((spike) => (spike.broadcast ? [[spike.broadcast.airsAt, spike.broadcast] as const] : []))).values()];
  return {
    grid: { left: 40, right: 20, top: 30, bottom: 40 },
    xAxis: { type: 'category', data: days.map(shortDay) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        type: 'line',
        name: 'vragen',
        data: days.map((day) => perDay.get(day) ?? 0),
        symbol: 'none',
        lineStyle: { width: 1.5 },
        markArea: {
          silent: true,
          itemStyle: { opacity: 0.25 },
          data: spikes.map((spike) => [
            { xAxis: shortDay(amsterdamDay(spike.start)), itemStyle: { color: spike.broadcast ? COLORS[0] : COLORS[1] } },
            // To the next day: an area from a day to itself would have no width.
            { xAxis: shortDay(nextDay(amsterdamDay(new Date(Date.parse(spike.end) - HOUR).toISOString()))) },
          ]),
        },
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: COLORS[0], type: 'solid', width: 2 },
          label: { formatter: '{b}', position: 'insideEndTop', fontSize: 11 },
          data: broadcasts.map((broadcast) => ({ name: broadcast.programme, xAxis: shortDay(amsterdamDay(broadcast.airsAt)) })),
        },
      },
    ],
  };
}

/** One small hourly chart per spike (at most four): a day before to a day after, the broadcast marked. */
function spikeCharts(plan: DraftPlan, spikes: readonly ReportSpike[]): string {
  const groups = new Map(plan.mining.clusters.flatMap((cluster) => [cluster, ...(cluster.subtopics ?? [])]).map((group) => [group.id, group]));
  const charts = spikes.slice(0, 4).map((spike) => {
    const group = groups.get(spike.groupId);
    const from = Date.parse(spike.start) - 12 * HOUR;
    const to = Date.parse(spike.end) + 12 * HOUR;
    const byHour = new Map((group?.hourly ?? []).map(({ hour, count }) => [Date.parse(hour), count]));
    const hours: number[] = [];
    for (let at = from; at < to; at += HOUR) hours.push(at);
    const label = (at: number): string => `${shortDay(amsterdamDay(new Date(at).toISOString()))} ${amsterdamHour(at)}`;
    const airs = spike.broadcast ? Math.floor(Date.parse(spike.broadcast.airsAt) / HOUR) * HOUR : null;
    const option: echarts.EChartsCoreOption = {
      title: { text: short(spike.title, 60), textStyle: { fontSize: 12, fontWeight: 'normal' }, left: 0 },
      grid: { left: 32, right: 12, top: 40, bottom: 36 },
      xAxis: { type: 'category', data: hours.map(label), axisLabel: { interval: 5, fontSize: 9 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          type: 'bar',
          name: 'vragen per uur',
          data: hours.map((at) => byHour.get(at) ?? 0),
          itemStyle: { color: spike.broadcast ? COLORS[0] : COLORS[1] },
          markLine:
            airs !== null && airs >= from && airs < to
              ? {
                  silent: true,
                  symbol: 'none',
                  label: { formatter: '{b}', fontSize: 10, position: 'insideEndTop' },
                  lineStyle: { color: '#222', type: 'dashed' },
                  data: [{ name: spike.broadcast!.programme, xAxis: label(airs) }],
                }
              : undefined,
        },
      ],
    };
    return chart(option, 440, 220);
  });
  return charts.length > 0 ? `<div class="small-multiples">${charts.join('')}</div>` : '';
}

function spikesBody(signals: ReportSignals, clean: (text: string) => string, link: (shortId: string) => string): string {
  const caption = (text: string): string => `<p class="caption">${text}</p>`;
  const explained = caption('Een piek is een aantal vragen binnen een paar uur dat het gewone weekritme van dat onderwerp niet verklaart.');
  const tooShort = signals.shortExport ? `<p class="advice">${escapeHtml(shortExportSentence(signals.shortExport.days))}</p>` : '';
  if (signals.spikes.length === 0 && tooShort) return tooShort + explained;
  if (signals.spikes.length === 0) return caption('Geen pieken gevonden: het aantal vragen bleef binnen het gewone weekritme.') + explained;
  const items = signals.spikes.map(
    (spike) =>
      `<li class="${spike.broadcast ? 'broadcast' : 'incident'}">${spikeSentence(spike, (shortId) => `<code>${escapeHtml(link(shortId))}</code>`, clean)}</li>`,
  );
  const units = signals.spikeOnlyUnits.map(
    (unit) =>
      `<li>${clean(unit.title)} (${unit.size} vragen): ${unit.spike.broadcast ? `alleen na ${clean(unit.spike.broadcast.programme)}, de verklaring beantwoordt ze` : 'alleen in een incident'}</li>`,
  );
  return [
    caption('Vragen per dag; blauw: piek na een uitzending (lijn: uitzending), rood: incident.'),
    tooShort,
    signals.spikes.some((spike) => !spike.broadcast) ? `<p class="advice">${escapeHtml(INCIDENT_ADVICE)}</p>` : '',
    `<ul class="spikes">${items.join('')}</ul>`,
    units.length > 0 ? `${caption('Geen FAQ-concept voor vragen die alleen in een piek voorkomen:')}<ul class="spike-only">${units.join('')}</ul>` : '',
    explained,
  ].join('');
}

function searchChart(signals: ReportSignals): string {
  const notFound = signals.searches?.notFound.slice(0, 12) ?? [];
  if (notFound.length === 0) return '';
  const rows = [...notFound].reverse();
  return chart(
    {
      grid: { left: 220, right: 40, top: 10, bottom: 30 },
      xAxis: { type: 'value', name: 'keer gezocht', minInterval: 1 },
      yAxis: { type: 'category', data: rows.map((search) => short(redactContactDetails(search.query), 34)), axisLabel: { fontSize: 11 } },
      series: [
        {
          type: 'bar',
          data: rows.map((search) => ({ value: search.count, itemStyle: { color: search.verdict === 'none' ? COLORS[1] : COLORS[3] } })),
          label: { show: true, position: 'right', fontSize: 10 },
        },
      ],
    },
    900,
    Math.max(160, 30 + rows.length * 26),
  );
}

function searchCaption(signals: ReportSignals): string {
  if (!signals.searches) return 'Geen zoekopdrachten ingelezen: geef een access log of een analytics-export mee aan <code>veelgesteld ingest</code>.';
  const { total, distinct, articles } = signals.searches;
  return `${formatNumber(total)} zoekopdrachten op de site (${formatNumber(distinct)} verschillende), gezocht in ${articles} gepubliceerde artikelen met de zoekfunctie van de site. Rood: geen resultaat; oranje: zwak resultaat (het beste artikel bevat minder dan de helft van de zoekwoorden, zeldzame woorden tellen zwaarder). Alleen zoekopdrachten van minstens twee mensen.`;
}

function searchTable(signals: ReportSignals, clean: (text: string) => string): string {
  const rows = signals.searches?.notFound ?? [];
  if (rows.length === 0) return '';
  return table(
    ['Zoekopdracht', 'Keer', 'Mensen', 'Resultaat'],
    rows.slice(0, 25).map((search) => [clean(search.query), String(search.count), String(search.people), clean(verdictText(search))]),
    [false, true, true, false],
  );
}

function risingChart(plan: DraftPlan): string {
  const rows = rising(plan.outcomes).slice(0, 8).reverse();
  if (rows.length === 0) return '';
  return chart(
    {
      grid: { left: 300, right: 50, top: 10, bottom: 30 },
      xAxis: { type: 'value', axisLabel: { formatter: '+{value}%' } },
      yAxis: { type: 'category', data: rows.map((outcome) => short(redactContactDetails(titleOf(outcome.cluster)), 46)), axisLabel: { fontSize: 11 } },
      series: [
        {
          type: 'bar',
          data: rows.map((outcome) => Math.round(outcome.cluster.trend * 100)),
          itemStyle: { color: COLORS[2] },
          label: { show: true, position: 'right', formatter: '+{c}%', fontSize: 10 },
        },
      ],
    },
    900,
    Math.max(140, 30 + rows.length * 28),
  );
}

function noiseOption(stats: DraftPlan['mining']['stats']): echarts.EChartsCoreOption {
  const reasons = Object.entries(stats.noiseByReason).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
  return {
    legend: { orient: 'vertical', right: 10, top: 'middle', textStyle: { fontSize: 11 } },
    series: [
      {
        type: 'pie',
        radius: ['40%', '70%'],
        center: ['35%', '50%'],
        label: { formatter: '{d}%', fontSize: 10 },
        data: [
          { name: 'vragen', value: stats.questions, itemStyle: { color: COLORS[0] } },
          ...reasons.map(([reason, count]) => ({ name: NOISE_NAMES[reason] ?? reason, value: count })),
        ],
      },
    ],
  };
}

const NOISE_NAMES: Record<string, string> = {
  thanks: 'bedankjes',
  praise: 'complimenten',
  rant: 'alleen boosheid, geen vraag',
  spam: 'spam',
  retweet: 'retweets',
  greeting: 'groeten',
  opener: 'alleen een begroeting of "mag ik iets vragen?"',
  emoji: 'alleen emoji',
  link: 'alleen een link',
  empty: 'leeg',
  short: 'te kort',
  'follow-up': 'reactie na antwoord',
};

function outcomeTable(outcomes: readonly ClusterOutcome[], clean: (text: string) => string, link: (shortId: string) => string): string {
  if (outcomes.length === 0) return '<p>Geen.</p>';
  return table(
    ['Vraag', 'Vragen', 'Mensen', 'Trend', 'Status'],
    outcomes.map((outcome) => [
      clean(titleOf(outcome.cluster)),
      String(outcome.cluster.size),
      String(outcome.cluster.authors),
      trendText(outcome.cluster),
      statusText(outcome, clean, link),
    ]),
    [false, true, true, false, false],
  );
}

/** "Ook gevraagd": groups beyond the run's cap on new drafts, most customers first. */
function deferredHtml(outcomes: readonly ClusterOutcome[], clean: (text: string) => string, options: ReportOptions): string {
  const deferred = deferredOutcomes(outcomes);
  if (deferred.length === 0) return '';
  return section(
    'Ook gevraagd',
    '',
    deferredIntro(options.maxNewDrafts, (name) => `<code>${escapeHtml(name)}</code>`),
    table(
      ['Vraag', 'Vragen', 'Klanten'],
      deferred.map(({ cluster, title }) => [clean(title), String(cluster.size), String(cluster.authors)]),
      [false, true, true],
    ),
  );
}

function coveredTable(outcomes: readonly ClusterOutcome[], clean: (text: string) => string, link: (shortId: string) => string): string {
  const covered = outcomes.filter((outcome) => outcome.kind === 'covered');
  if (covered.length === 0) return '<p>Nog geen gepubliceerd artikel beantwoordt een van deze vragen.</p>';
  return table(
    ['Vraag', 'Vragen', 'Artikel', 'Korte link'],
    covered.map((outcome) => {
      const article = 'article' in outcome ? outcome.article : undefined;
      return [
        clean(titleOf(outcome.cluster)),
        String(outcome.cluster.size),
        clean(article?.title ?? ''),
        article?.shortId ? `<code>${escapeHtml(link(article.shortId))}</code>` : '(geen korte link)',
      ];
    }),
    [false, true, false, false],
  );
}

function fromSearchTable(signals: ReportSignals, clean: (text: string) => string): string {
  return table(
    ['Vraag', 'Vragen', 'Waarvan zoekopdrachten'],
    signals.fromSearch.slice(0, 15).map((row) => [clean(row.title), String(row.size), String(row.searches)]),
    [false, true, true],
  );
}

function statusText(outcome: ClusterOutcome, clean: (text: string) => string, link: (shortId: string) => string): string {
  const path = 'article' in outcome ? `<code>faq/${clean(outcome.article.path)}</code>` : '';
  switch (outcome.kind) {
    case 'created':
      return `nieuw concept ${path}`;
    case 'updated':
      return `concept bijgewerkt ${path}`;
    case 'unchanged':
      return `concept ${path}`;
    case 'covered':
      return `beantwoord: <code>${escapeHtml(link(outcome.article.shortId ?? ''))}</code>`;
    case 'edited':
      return `bij de redactie ${path}`;
    case 'overlaps':
      return `valt onder ${path}`;
    case 'deleted':
      return `artikel verwijderd (${escapeHtml(outcome.shortId)}), niet opnieuw gemaakt`;
    case 'below-threshold':
      return 'onder de drempel';
    case 'other-language':
      return 'taal niet herkend of niet gevraagd';
    case 'needs-look':
      return 'graag bekijken: geen concept (niet één vraag)';
    case 'incident':
      return outcome.spike.broadcast
        ? `geen concept: alleen na ${clean(outcome.spike.broadcast.programme)} gevraagd`
        : 'geen concept: alleen in een incident gevraagd';
    case 'deferred':
      return 'ook gevraagd: concept in een latere run';
    case 'rejected':
      return `geen artikel (besluit ${escapeHtml(outcome.decision.id)}: ${REJECT_REASON_LABELS[outcome.decision.reason].nl})`;
    default:
      return escapeHtml((outcome as { kind: string }).kind);
  }
}

function table(headers: readonly string[], rows: readonly (readonly string[])[], numeric: readonly boolean[]): string {
  const cell = (tag: 'th' | 'td', text: string, i: number): string => `<${tag}${numeric[i] ? ' class="num"' : ''}>${text}</${tag}>`;
  return `<table><thead><tr>${headers.map((header, i) => cell('th', escapeHtml(header), i)).join('')}</tr></thead><tbody>${rows
    .map((row) => `<tr>${row.map((text, i) => cell('td', text, i)).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

function titleOf(cluster: Pick<Cluster, 'label' | 'keywords' | 'examples' | 'lang'>): string {
  return clusterTitle(cluster, cluster.lang === 'en' ? 'en' : 'nl');
}

function trendText(cluster: Cluster): string {
  const word = { rising: 'stijgend', falling: 'dalend', stable: 'stabiel' }[cluster.trendDirection];
  const percent = Math.round(cluster.trend * 100);
  return `${word} (${percent > 0 ? '+' : ''}${percent}%)`;
}

function short(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

const DAY_KEY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });
const HOUR_OF_DAY = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' });
const SHORT_DAY = new Intl.DateTimeFormat('nl-NL', { timeZone: 'UTC', day: 'numeric', month: 'short' });

function amsterdamDay(iso: string): string {
  return DAY_KEY.format(new Date(iso));
}

function amsterdamHour(ms: number): string {
  return HOUR_OF_DAY.format(new Date(ms));
}

function shortDay(day: string): string {
  return SHORT_DAY.format(new Date(`${day}T12:00:00Z`));
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T12:00:00Z`) + 24 * HOUR).toISOString().slice(0, 10);
}

/** Every day from the first to the last, so quiet days show as zero. */
function fillDays(days: readonly string[]): string[] {
  if (days.length === 0) return [];
  const out: string[] = [];
  for (let at = Date.parse(`${days[0]}T12:00:00Z`); at <= Date.parse(`${days[days.length - 1]}T12:00:00Z`); at += 24 * HOUR)
    out.push(new Date(at).toISOString().slice(0, 10));
  return out;
}

function dateOnly(iso: string): string {
  return amsterdamDay(iso);
}

function formatNumber(value: number): string {
  return value.toLocaleString('nl-NL');
}

function formatPercent(share: number): string {
  return `${(Math.round(share * 1000) / 10).toLocaleString('nl-NL')}%`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);
}

const STYLE = `
:root{color-scheme:light;--ink:#1d2733;--muted:#5c6b73;--line:#d9dee3;--blue:#1b5e9e;--red:#d1495b}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:#fff}
main{max-width:960px;margin:0 auto;padding:24px}
h1{font-size:28px;margin:0 0 4px}
h2{font-size:20px;margin:32px 0 8px;padding-top:8px;border-top:2px solid var(--line)}
.lead{color:var(--muted);margin:0 0 16px}
.figures{display:flex;flex-wrap:wrap;gap:8px;list-style:none;padding:0;margin:0}
.figures li{border:1px solid var(--line);border-radius:6px;padding:8px 12px;min-width:120px;color:var(--muted);font-size:13px}
.figures strong{display:block;font-size:22px;color:var(--ink)}
.chart{margin:8px 0;padding:0}
.chart svg{max-width:100%;height:auto;display:block}
.small-multiples{display:grid;grid-template-columns:repeat(2,minmax(0,1fr));gap:8px}
.caption{color:var(--muted);font-size:13px;margin:4px 0 8px}
.advice{border-left:4px solid var(--red);padding:4px 10px;background:#fbeff1}
ul.spikes{margin:4px 0 8px;padding-left:20px}
ul.spikes li.broadcast::marker{color:var(--blue)}
ul.spikes li.incident::marker{color:var(--red)}
table{border-collapse:collapse;width:100%;margin:8px 0;font-size:13px}
th,td{border-bottom:1px solid var(--line);padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f3f5f7}
td.num,th.num{text-align:right;white-space:nowrap}
code{font-size:12px;word-break:break-all}
footer{margin-top:32px;color:var(--muted);font-size:12px}
@page{size:A4;margin:14mm}
@media print{body{font-size:11pt}main{max-width:none;padding:0}section{break-inside:avoid-page}h2{break-after:avoid}.small-multiples{grid-template-columns:repeat(2,minmax(0,1fr))}table{break-inside:auto}tr{break-inside:avoid}}
`;
