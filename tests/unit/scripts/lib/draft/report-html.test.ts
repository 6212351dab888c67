import { describe, expect, it } from 'vitest';
import type { Cluster } from '#core/cluster.ts';
import { planDrafts, renderMiningReport } from '#lib/draft/index.ts';
import { renderReportHtml } from '#lib/draft/report-html.ts';
import { collectSignals } from '#lib/draft/report-signals.ts';
import type { JudgedSearch } from '#lib/signals/index.ts';
import { makeCluster, makeMining, outageCluster } from '#tests/fixtures/draft/clusters.ts';

const HOUR = 3_600_000;
const RADAR = { programme: 'Radar', airsAt: '2026-11-09T19:25:00.000Z', title: 'Reactie op Radar', shortId: 'rd4r' };

/** A question asked a few times a day for eight weeks, plus extra questions in some hours. */
function hourly(extra: Record<string, number> = {}, every = 9): NonNullable<Cluster['hourly']> {
  const counts = new Map<string, number>();
  const start = Date.parse('2026-09-21T08:00:00Z');
  for (let h = 0; h < 8 * 168; h += every) counts.set(`${new Date(start + h * HOUR).toISOString().slice(0, 13)}:00Z`, 1);
  for (const [hour, count] of Object.entries(extra)) counts.set(hour, (counts.get(hour) ?? 0) + count);
  return [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([hour, count]) => ({ hour, count }));
}

const termijn = makeCluster({
  id: 'c-termijn',
  label: 'Waarom is mijn termijnbedrag verhoogd?',
  keywords: ['termijnbedrag', 'verhoogd'],
  examples: [{ text: 'Waarom is mijn termijnbedrag verhoogd?', similarity: 0.9 }],
  size: 260,
  authors: 200,
  channelCounts: { search: 40, x: 220 },
  hourly: hourly({ '2026-11-09T19:00Z': 25, '2026-11-09T20:00Z': 14 }),
});
const storing = outageCluster({ trendDirection: 'stable', trend: 0 });
const hostile = makeCluster({
  id: 'c-hostile',
  label: '<script>alert(1)</script> mail me op jan.jansen@example.nl of 06-12345678',
  keywords: ['script'],
  examples: [{ text: '<script>alert(1)</script> mail me op jan.jansen@example.nl of 06-12345678', similarity: 0.9 }],
  size: 6,
  authors: 4,
  hourly: hourly({}, 100),
});
const mining = makeMining([termijn, storing, hostile], { generatedAt: '2026-11-23T08:00:00.000Z' });
const plan = planDrafts({
  mining,
  faqFiles: [],
  otherShortIds: [],
  registry: new Map(),
  options: { minQuestions: 5, minAuthors: 3, clustersFile: 'work/clusters.json' },
});
const judged: JudgedSearch[] = [
  { query: 'betalingsregeling', count: 31, people: 30, verdict: 'none', best: null },
  { query: 'iban wijzigen', count: 20, people: 19, verdict: 'weak', best: { id: 'x', title: 'Termijnbedrag aanpassen', url: '/faq/x/', coverage: 0.3 } },
  { query: 'opzeggen', count: 64, people: 60, verdict: 'found', best: { id: 'y', title: 'Contract opzeggen', url: '/faq/y/', coverage: 1 } },
  { query: 'bel me op [telefoon]', count: 1, people: 1, verdict: 'none', best: null },
];
const signals = collectSignals({ mining, broadcasts: [RADAR], searches: { total: 971, judged, articles: 19 } });
const options = { siteUrl: 'https://hulp.veldlicht.example', minQuestions: 5, minAuthors: 3, publicNumbers: ['0800-0250250'] };
const html = renderReportHtml(plan, signals, options);

describe('collectSignals', () => {
  it('links the spike after Radar to its statement and calls the outage an incident', () => {
    expect(signals.spikes.map((spike) => [spike.clusterId, spike.broadcast?.programme ?? null])).toEqual([
      ['c-termijn', 'Radar'],
      ['c-storing', null],
    ]);
  });

  it('marks a topic that exists only inside its spike, and no other', () => {
    expect([...signals.spikeOnly.keys()]).toEqual(['c-storing']);
  });

  it('keeps only searches not (well) found by at least two people', () => {
    expect(signals.searches?.notFound.map((search) => search.query)).toEqual(['betalingsregeling', 'iban wijzigen']);
  });
});

describe('renderReportHtml', () => {
  it('is one Dutch page that needs nothing from the network: no scripts, styles, fonts or images fetched', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="nl">')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|\bsrc=/iu);
    // SVG paints refer to their own clip paths and gradients only.
    expect(html.match(/url\([^)]*\)/gu)?.every((ref) => ref.startsWith('url(#'))).toBe(true);
    expect(html).not.toMatch(/(?:href|src)="https?:/iu);
  });

  it('draws the charts as inline SVG (weekly volume, spikes, searched-not-found, rising, noise)', () => {
    const charts = html.match(/<figure class="chart"><svg role="img" /gu) ?? [];
    // five overview charts and one small chart per spike
    expect(charts.length).toBe(5 + signals.spikes.length);
    for (const heading of [
      'Wekelijks volume van de meest gestelde vragen',
      'Pieken',
      'Gezocht, niet gevonden',
      'Stijgende vragen',
      'Ruis',
      'Meest gestelde vragen',
      'Al beantwoord: deel deze links',
      'Ontbrekende content',
      'Uit de zoekbalk',
    ]) {
      expect(html).toContain(`<h2>${heading}</h2>`);
    }
  });

  it('says what the spikes were, with the statement to link, and what to do about an incident', () => {
    expect(html).toContain(
      'Na Radar op maandag 9 november 20:25: 40 vragen in 2 uur over “Waarom is mijn termijnbedrag verhoogd?”; verklaring <code>https://hulp.veldlicht.example/k/rd4r</code>',
    );
    expect(html).toContain('Vanaf woensdag 21 oktober 08:00: 48 vragen in 2 uur (60 in 3 uur) over “Is er een storing in Utrecht?”');
    expect(html).toContain('zet een update op het blog of een verklaring zoals bij een uitzending, geen FAQ-artikel');
    expect(html).toContain('<ul class="spike-only"><li>Is er een storing in Utrecht? (60 vragen): alleen in een incident</li></ul>');
  });

  it('lists searched-not-found queries with how often and what the site gave', () => {
    expect(html).toContain('<td>betalingsregeling</td><td class="num">31</td><td class="num">30</td><td>geen resultaat</td>');
    expect(html).toContain('zwak: beste treffer “Termijnbedrag aanpassen” (30% van de zoekwoorden)');
    expect(html).not.toContain('bel me op');
  });

  it('escapes customer text and removes contact details that slipped through', () => {
    expect(html).not.toMatch(/<script/iu);
    expect(html).toMatch(/&lt;script&gt;alert\(/iu);
    expect(html).not.toMatch(/jan\.jansen@example\.nl|06-12345678/u);
  });

  it('gives the same page for the same data', () => {
    expect(renderReportHtml(plan, signals, options)).toBe(html);
  });
});

describe('renderMiningReport with signals', () => {
  const markdown = renderMiningReport(plan, { ...options, signals });

  it('adds the spike, incident and search sections', () => {
    expect(markdown).toContain('## Pieken na uitzendingen\n\n- Na Radar op maandag 9 november 20:25: 40 vragen in 2 uur');
    expect(markdown).toContain('; verklaring https://hulp.veldlicht.example/k/rd4r');
    expect(markdown).toContain('## Incidenten');
    expect(markdown).toContain('Alleen in een incident gevraagd (geen FAQ-concept):\n\n- Is er een storing in Utrecht? (60 vragen)');
    expect(markdown).toContain('| betalingsregeling | 31 | 30 | geen resultaat |');
    expect(markdown).toContain('| Waarom is mijn termijnbedrag verhoogd? | 260 | 40 |');
  });

  it('leaves site searches out of the noise share (a search is never noise) and counts them', () => {
    expect(markdown).toContain('- Berichten gelezen: 1200 (van klanten: 800, waarvan 971 zoekopdrachten op de site)');
    expect(renderMiningReport(plan, options)).toContain('- Berichten gelezen: 1200 (van klanten: 800)');
  });

  it('is unchanged without signals', () => {
    expect(renderMiningReport(plan, options)).not.toContain('## Pieken');
  });
});
