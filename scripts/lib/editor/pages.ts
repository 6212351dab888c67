// The editor's own HTML pages (Dutch): the review queue and the shell that loads the CMS. Every
// value from content goes through escapeHtml; the pages load only files the editor server serves.
import { CHANNEL_LABELS, chartSummary, escapeHtml, weeklyChartSvg } from './chart.ts';
import type { BroadcastItem, QueueItem } from './queue.ts';
import { readableTime, relativeText } from './when.ts';
import { STATUS_LABELS } from './cms-config.ts';

export function editUrl(item: Pick<QueueItem, 'cmsCollection' | 'slug'>): string {
  return `/admin/#/collections/${item.cmsCollection}/entries/${encodeURIComponent(item.slug)}`;
}

/** The edit link of an FAQ article by its path under content/faq ("nl/x.mdx"). */
export function editUrlOfPath(path: string, lang: 'nl' | 'en'): string {
  const slug = (path.split('/').pop() ?? path).replace(/\.mdx?$/, '');
  return editUrl({ cmsCollection: `faq-${path.startsWith('en/') ? 'en' : path.startsWith('nl/') ? 'nl' : lang}`, slug });
}

export type QueuePageOptions = { siteUrl?: string | undefined; broadcasts?: readonly BroadcastItem[]; now?: Date };

export function renderQueuePage(items: readonly QueueItem[], options: QueuePageOptions = {}): string {
  const cards = items.map((item, index) => queueCard(item, index)).join('\n');
  const empty =
    '<p class="vg-empty">Geen concepten of artikelen in review. Draai mining (<code>npm start</code>) voor nieuwe concepten, of maak zelf een vraag aan.</p>';
  return editorPage(
    'Wachtrij',
    `${editorBar('wachtrij', options.siteUrl)}
<main id="main" class="vg-main">
<h1>Wachtrij: concepten om af te maken</h1>
<p class="vg-lead">Eerst de concepten, dan wat in review staat; de meest gestelde vraag bovenaan. De cijfers komen uit de webcare-gesprekken en zijn alleen-lezen.</p>
${items.length > 0 ? `<ol class="vg-queue">${cards}</ol>` : empty}
${broadcastSection(options.broadcasts ?? [], options.now ?? new Date())}
</main>`,
  );
}

/** The page that starts Decap CMS with the generated config and our widgets; online there is no queue. */
export function renderAdminPage(options: { queue?: boolean } = {}): string {
  return `${documentHead('Redactie · Veelgesteld')}
<body>
${options.queue === false ? '' : '<nav class="vg-back-nav" aria-label="Redactie"><a class="vg-back" href="/">← Wachtrij</a></nav>\n'}<script>window.CMS_MANUAL_INIT = true;</script>
<script src="/admin/decap/decap-cms.js"></script>
<script src="/admin/cms.js"></script>
</body>
</html>
`;
}

// --- internal ---

/** The editor's pages share one head: Dutch, not indexed, the editor's own styles. `title` is HTML. */
function documentHead(title: string): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title}</title>
<link rel="stylesheet" href="/admin/editor.css">
</head>`;
}

function queueCard(item: QueueItem, index: number): string {
  const id = `item-${index}`;
  const trendWord = item.trend > 0.25 ? 'stijgend' : item.trend < -0.25 ? 'dalend' : 'stabiel';
  const channels = item.channels.map((channel) => CHANNEL_LABELS[channel] ?? channel).join(', ') || 'onbekend';
  const examples = item.examples.map((example) => `<li>${escapeHtml(example)}</li>`).join('');
  const answer = item.bestAnswer
    ? `<blockquote>${escapeHtml(item.bestAnswer.text)}</blockquote>${item.bestAnswer.count ? `<p class="vg-small">${item.bestAnswer.count}× zo gestuurd</p>` : ''}`
    : '<p>Webcare gaf nog geen vast antwoord.</p>';
  return `<li class="vg-card" aria-labelledby="${id}">
<h2 id="${id}"><a href="${editUrl(item)}">${escapeHtml(item.title)}</a></h2>
<p class="vg-meta"><span class="vg-status vg-status-${item.status}">${STATUS_LABELS[item.status] ?? item.status}</span> ${coverageBadge(item)} <span>${item.todos > 0 ? `${item.todos} TODO${item.todos === 1 ? '' : "'s"} over` : "geen TODO's"}</span> <code>${escapeHtml(item.path)}</code></p>
<dl class="vg-stats">
<div><dt>Vragen</dt><dd>${item.questionCount}</dd></div>
<div><dt>Verschillende klanten</dt><dd>${item.authors}</dd></div>
<div><dt>Kanalen</dt><dd>${escapeHtml(channels)}</dd></div>
<div><dt>Trend</dt><dd>${trendWord} (${item.trend > 0 ? '+' : ''}${item.trend.toFixed(2)})</dd></div>
</dl>
<figure class="vg-figure">${weeklyChartSvg(item.weekly)}<figcaption>${escapeHtml(chartSummary(item.weekly))}</figcaption></figure>
<details><summary>Voorbeeldvragen en het beste webcare-antwoord</summary>
<h3>Zo vragen klanten het</h3><ul>${examples}</ul>
<h3>Beste antwoord van webcare</h3>${answer}
</details>
<p><a class="vg-button" href="${editUrl(item)}">Bewerken</a></p>
</li>`;
}

function broadcastSection(broadcasts: readonly BroadcastItem[], now: Date): string {
  const rows = broadcasts.map((item) => {
    const when = item.publishAt
      ? `${item.public ? 'Openbaar sinds' : 'Openbaar vanaf'} ${readableTime(item.publishAt)} (${relativeText(item.publishAt.getTime(), now.getTime())})`
      : 'Nog geen embargo gekozen';
    const airs = item.airsAt ? `, uitzending ${readableTime(item.airsAt)}` : '';
    return `<li><a href="/admin/#/collections/broadcasts/entries/${encodeURIComponent(item.slug)}">${escapeHtml(item.title)}</a> <span class="vg-status vg-status-${item.status}">${STATUS_LABELS[item.status] ?? item.status}</span><br><span class="vg-small">${escapeHtml(item.programme)}: ${when}${airs}</span></li>`;
  });
  return `<section aria-labelledby="uitzendingen"><h2 id="uitzendingen">Uitzendingen in voorbereiding</h2>
${rows.length > 0 ? `<ul class="vg-broadcasts">${rows.join('\n')}</ul>` : '<p>Geen uitzendingen onder embargo of in de lucht.</p>'}
<p><a class="vg-button" href="/admin/#/collections/broadcasts/new">Nieuwe uitzending voorbereiden</a></p></section>`;
}

function coverageBadge(item: QueueItem): string {
  const { coverage } = item;
  if (coverage.kind === 'covered') {
    return `<span class="vg-coverage vg-covered">Al beantwoord door “${escapeHtml(coverage.article.title)}”</span>`;
  }
  if (coverage.kind === 'needs-look') {
    const about = coverage.article ? ` (lijkt op “${escapeHtml(coverage.article.title)}”)` : coverage.reason ? ` (${escapeHtml(coverage.reason)})` : '';
    return `<span class="vg-coverage vg-needs-look">Even naar kijken${about}</span>`;
  }
  return '<span class="vg-coverage vg-new">Nog niet beantwoord</span>';
}

/** The editor's own pages' bar: where an editor is, and the other pages. */
export function editorBar(current: 'wachtrij' | 'onderwerpen', siteUrl?: string | undefined): string {
  const here = (page: typeof current) => (page === current ? ' aria-current="page"' : '');
  return `<header class="vg-bar"><p class="vg-brand">Veelgesteld · redactie</p><nav aria-label="Redactie"><a href="/"${here('wachtrij')}>Wachtrij</a> <a href="/onderwerpen"${here('onderwerpen')}>Onderwerpen</a> <a href="/admin/#/collections/broadcasts/new">Nieuwe uitzending</a> <a href="/admin/">Alle inhoud</a>${siteUrl ? ` <a href="${escapeHtml(siteUrl)}">Site met concepten</a>` : ''}</nav></header>`;
}

/** A whole editor page: the shared head, a skip link and `body` (HTML); `title` is text. */
export function editorPage(title: string, body: string): string {
  return `${documentHead(`${escapeHtml(title)} · Veelgesteld redactie`)}
<body class="vg-page">
<a class="vg-skip" href="#main">Naar de inhoud</a>
${body}
</body>
</html>
`;
}
