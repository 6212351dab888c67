// Short exports are short: an export of a few days has no weekly baseline, so a burst in it is not
// called an incident and its question is drafted; a 12-week export still has its incidents.
import { describe, expect, it } from 'vitest';
import type { Cluster } from '#core/cluster.ts';
import { planDrafts, renderMiningReport } from '#lib/draft/index.ts';
import { renderReportHtml } from '#lib/draft/report-html.ts';
import { collectSignals } from '#lib/draft/report-signals.ts';
import { MIN_BASELINE_DAYS, findSpikes, spanDays } from '#lib/signals/index.ts';
import { makeCluster, makeMining, outageCluster } from '#tests/fixtures/draft/clusters.ts';

const HOUR = 3_600_000;
const OPTIONS = { minQuestions: 5, minAuthors: 3, clustersFile: 'work/clusters.json' };
const START = Date.parse('2026-10-19T07:00:00Z'); // Monday 19 October, 09:00 in Amsterdam
const hourIso = (ms: number): string => `${new Date(ms).toISOString().slice(0, 13)}:00Z`;

/** One question every `every` hours for `days` days from START, plus extra questions in some hours. */
function hourly(days: number, every: number, extra: Record<string, number> = {}): NonNullable<Cluster['hourly']> {
  const counts = new Map<string, number>();
  for (let h = 0; h < days * 24; h += every) counts.set(hourIso(START + h * HOUR), 1);
  counts.set(hourIso(START + (days * 24 - 1) * HOUR), 1); // the export's last hour: it spans exactly `days` days
  for (const [hour, count] of Object.entries(extra)) counts.set(hour, (counts.get(hour) ?? 0) + count);
  return [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([hour, count]) => ({ hour, count }));
}

/** An outage on Wednesday morning: a question asked only then (Dutch), and an everyday question (English). */
function exportOf(days: number): Cluster[] {
  const outage = outageCluster();
  const everyday = makeCluster({
    id: 'c-refund',
    label: 'How long does a refund take?',
    keywords: ['refund'],
    lang: 'en',
    examples: [{ text: 'How long does a refund take?', similarity: 0.9 }],
    bestAnswer: { text: 'A refund takes three to five working days.', messageId: 'm-9', replies: 4 },
    size: days * 4,
    authors: days * 3,
    hourly: hourly(days, 6),
  });
  return [outage, everyday];
}

function draftRun(days: number, broadcasts: Parameters<typeof collectSignals>[0]['broadcasts'] = []) {
  const mining = makeMining(exportOf(days), { generatedAt: '2026-10-24T08:00:00.000Z' });
  const signals = collectSignals({ mining, broadcasts });
  const plan = planDrafts({ mining, faqFiles: [], otherShortIds: [], registry: new Map(), options: { ...OPTIONS, spikeOnly: signals.spikeOnly } });
  return { mining, signals, plan, markdown: renderMiningReport(plan, { ...OPTIONS, signals }), html: renderReportHtml(plan, signals, OPTIONS) };
}

const TOO_SHORT = 'De export beslaat maar 5 dagen: te kort om een incident te onderscheiden van het gewone aantal vragen';

describe('a 5-day export', () => {
  const { mining, signals, plan, markdown, html } = draftRun(5);

  it('spans 5 days, fewer than the two weeks the weekly baseline needs', () => {
    expect(spanDays(mining.clusters)).toBe(5);
    expect(MIN_BASELINE_DAYS).toBe(14);
    expect(signals.shortExport).toEqual({ days: 5 });
  });

  it('has a burst the scan would call an incident, but reports none', () => {
    const units = mining.clusters;
    expect(findSpikes(units, units).filter((spike) => spike.groupId === 'c-storing' && spike.broadcast === null)).not.toEqual([]);
    expect(signals.spikes).toEqual([]);
    expect(signals.spikeOnly.size).toBe(0);
  });

  it('drafts the question of the burst instead of withholding it as incident-only', () => {
    expect(plan.outcomes.map((outcome) => [outcome.cluster.id, outcome.kind])).toEqual([
      ['c-storing', 'created'],
      ['c-refund', 'created'],
    ]);
  });

  it('says in both reports that the export is too short to tell incidents from usual volume', () => {
    expect(markdown).toMatch(new RegExp(`## Incidenten\\n\\n${TOO_SHORT}`, 'u'));
    expect(markdown).not.toContain('Geen pieken zonder uitzending.');
    expect(markdown).not.toContain('normaal minder dan 1');
    expect(html).toContain(TOO_SHORT);
    expect(html).not.toContain('<li class="incident">');
  });

  it('still links a spike right after a broadcast to it', () => {
    const radar = { programme: 'Radar', airsAt: '2026-10-21T05:30:00.000Z', title: 'Reactie op Radar', shortId: 'rd4r' };
    const withBroadcast = draftRun(5, [radar]);
    expect(withBroadcast.signals.spikes.map((spike) => [spike.groupId, spike.broadcast?.programme])).toEqual([['c-storing', 'Radar']]);
    expect(withBroadcast.markdown).toContain('Na Radar op woensdag 21 oktober 07:30');
    expect(withBroadcast.markdown).toContain(TOO_SHORT);
  });
});

describe('a 12-week export', () => {
  const { signals, plan, markdown, html } = draftRun(12 * 7);

  it('still calls the burst an incident and withholds its question', () => {
    expect(signals.shortExport).toBeNull();
    expect(signals.spikes.map((spike) => [spike.groupId, spike.broadcast])).toEqual([['c-storing', null]]);
    expect(plan.outcomes.find((outcome) => outcome.cluster.id === 'c-storing')?.kind).toBe('incident');
    expect(markdown).toMatch(/## Incidenten\n\nEen piek zonder uitzending is een incident/u);
    expect(markdown).not.toContain('te kort');
    expect(html).toContain('<li class="incident">Vanaf woensdag 21 oktober');
  });

  it('has a baseline from exactly two weeks on', () => {
    expect(draftRun(14).signals.shortExport).toBeNull();
    expect(draftRun(13).signals.shortExport).toEqual({ days: 13 });
  });
});
