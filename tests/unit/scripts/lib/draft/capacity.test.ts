// The capacity cap on new drafts (a queue an editor can finish) and the coverage share the report states.
import { describe, expect, it } from 'vitest';
import type { Cluster } from '#core/cluster.ts';
import { coverageSentence, coverageShare } from '#lib/draft/capacity.ts';
import { planDrafts, renderMiningReport, type ContentFileInput, type DraftPlan, type ShortIdRegistry } from '#lib/draft/index.ts';
import { renderReportHtml } from '#lib/draft/report-html.ts';
import { collectSignals } from '#lib/draft/report-signals.ts';
import { makeCluster, makeMining, oneQuestion } from '#tests/fixtures/draft/clusters.ts';

const OPTIONS = { minQuestions: 5, minAuthors: 3, clustersFile: 'work/clusters.json' };

// Sizes and customers disagree on purpose: the cap ranks by customers first.
const factuur = oneQuestion('c-factuur', 'Waarom is mijn factuur hoger dan vorige maand?', 'factuur', { size: 40, authors: 12 });
const modem = oneQuestion('c-modem', 'Waarom knippert mijn modem oranje?', 'modem', { size: 30, authors: 25 });
const refund = oneQuestion('c-refund', 'How long does a refund take?', 'refund', { size: 60, authors: 9 }, 'en');
const verhuizing = oneQuestion('c-verhuizing', 'Hoe geef ik mijn verhuizing door?', 'verhuizing', { size: 20, authors: 12 });

function run(clusters: Cluster[], maxNewDrafts: number | undefined, faqFiles: ContentFileInput[] = [], registry: ShortIdRegistry = new Map()): DraftPlan {
  return planDrafts({ mining: makeMining(clusters), faqFiles, otherShortIds: [], registry, options: { ...OPTIONS, maxNewDrafts } });
}

function apply(files: ContentFileInput[], plan: DraftPlan): ContentFileInput[] {
  const byPath = new Map(files.map((file) => [file.path, file.text]));
  for (const write of plan.writes) byPath.set(write.path, write.text);
  return [...byPath].map(([path, text]) => ({ path, text }));
}

const kinds = (plan: DraftPlan): Record<string, string> => Object.fromEntries(plan.outcomes.map((outcome) => [outcome.cluster.id, outcome.kind]));

describe('the cap on new drafts', () => {
  const all = [factuur, modem, refund, verhuizing];

  it('drafts only the groups with the most customers, then the most questions', () => {
    const plan = run(all, 2);
    // modem has the most customers; factuur and verhuizing tie on customers, factuur has more questions.
    expect(kinds(plan)).toEqual({ 'c-refund': 'deferred', 'c-factuur': 'created', 'c-modem': 'created', 'c-verhuizing': 'deferred' });
    expect(plan.writes.map((write) => write.path).sort()).toEqual([
      'nl/waarom-is-mijn-factuur-hoger-dan-vorige-maand.mdx',
      'nl/waarom-knippert-mijn-modem-oranje.mdx',
    ]);
  });

  it('hands out no short id for a group it did not draft', () => {
    const plan = run(all, 2);
    const issued = [...plan.registry.values()].flatMap((entry) => entry.clusterIds).sort();
    expect(issued).toEqual(['c-factuur', 'c-modem']);
    expect(plan.outcomes.filter((outcome) => outcome.kind === 'deferred').every((outcome) => !('article' in outcome))).toBe(true);
  });

  it('drafts everything with 0 (no cap) and without a cap', () => {
    expect(Object.values(kinds(run(all, 0)))).toEqual(['created', 'created', 'created', 'created']);
    expect(Object.values(kinds(run(all, undefined)))).toEqual(['created', 'created', 'created', 'created']);
    expect(run(all, 4).writes).toHaveLength(4);
  });

  it('lists the deferred groups under "Ook gevraagd" with their questions and customers, in Dutch and English titles', () => {
    const plan = run(all, 2);
    const report = renderMiningReport(plan, { ...OPTIONS, maxNewDrafts: 2 });
    const section = report.slice(report.indexOf('## Ook gevraagd'));
    expect(section).toContain('de grens van 2 nieuwe concepten per run (`editorial.maxNewDrafts`)');
    expect(section).toMatch(/latere run: als ze stijgen/u);
    // Most customers first: verhuizing (12) before refund (9).
    expect(section).toMatch(/\| Hoe geef ik mijn verhuizing door\? \| 20 \| 12 \|\n\| How long does a refund take\? \| 60 \| 9 \|/u);
    expect(section).not.toContain('factuur');
    expect(report).toContain('ook gevraagd (nog geen concept): 2');
    const html = renderReportHtml(plan, collectSignals({ mining: plan.mining, broadcasts: [] }), { ...OPTIONS, maxNewDrafts: 2 });
    expect(html).toContain('<h2>Ook gevraagd</h2>');
    expect(html).toContain('<code>editorial.maxNewDrafts</code>');
    expect(html).toContain('<tr><td>How long does a refund take?</td><td class="num">60</td><td class="num">9</td></tr>');
  });

  it('has no "Ook gevraagd" section when everything was drafted', () => {
    expect(renderMiningReport(run(all, 0), OPTIONS)).not.toContain('Ook gevraagd');
  });

  it('is idempotent: the same export drafts nothing new the next run, and the deferred stay deferred', () => {
    const first = run(all, 2);
    const files = apply([], first);
    const second = run(all, 2, files, first.registry);
    expect(second.writes).toEqual([]);
    expect(second.registryChanged).toBe(false);
    expect(kinds(second)).toEqual({ 'c-refund': 'deferred', 'c-factuur': 'unchanged', 'c-modem': 'unchanged', 'c-verhuizing': 'deferred' });
    expect(run(all, 2).writes).toEqual(first.writes);
  });

  it('drafts a deferred group in a later run when it rises above the open drafts, or when the cap is raised', () => {
    const first = run(all, 2);
    const files = apply([], first);
    const risen = { ...refund, authors: 40, size: 90 };
    const later = run([factuur, modem, risen, verhuizing], 2, files, first.registry);
    expect(kinds(later)).toMatchObject({ 'c-refund': 'created', 'c-verhuizing': 'deferred' });
    const raised = run(all, 3, files, first.registry);
    expect(kinds(raised)).toMatchObject({ 'c-verhuizing': 'created', 'c-refund': 'deferred' });
  });

  it('still updates the statistics of existing drafts when they are more than the cap', () => {
    const first = run(all, 0);
    const files = apply([], first);
    const grown = all.map((cluster) => ({ ...cluster, size: cluster.size + 5 }));
    const second = run(grown, 1, files, first.registry);
    expect(Object.values(kinds(second))).toEqual(['updated', 'updated', 'updated', 'updated']);
    expect(second.writes).toHaveLength(4);
  });

  it('gives the draft to the group with more customers when a deferred group held the same question', () => {
    // Both ask where the parcel is; the bigger group is planned first, so without the cap the second
    // overlaps its draft. With room for one draft it goes to the group with the most customers.
    const pakketA = makeCluster({ id: 'c-pakket-a', size: 50, authors: 4 });
    const pakketB = makeCluster({ id: 'c-pakket-b', size: 40, authors: 30 });
    expect(kinds(run([pakketA, pakketB, modem], 0))).toEqual({ 'c-pakket-a': 'created', 'c-pakket-b': 'overlaps', 'c-modem': 'created' });
    const capped = run([pakketA, pakketB, modem], 1);
    expect(kinds(capped)).toEqual({ 'c-pakket-a': 'deferred', 'c-pakket-b': 'created', 'c-modem': 'deferred' });
    expect(capped.writes).toHaveLength(1);
    const again = run([pakketA, pakketB, modem], 1, apply([], capped), capped.registry);
    expect(again.writes).toEqual([]);
    expect(again.registryChanged).toBe(false);
  });

  it('defers a new group while the open drafts with more customers fill the cap', () => {
    const first = run([factuur, modem], 0);
    const files = apply([], first);
    const newcomer = oneQuestion('c-wachtwoord', 'Hoe verander ik mijn wachtwoord?', 'wachtwoord', { size: 50, authors: 5 });
    const second = run([factuur, modem, newcomer], 2, files, first.registry);
    expect(kinds(second)).toEqual({ 'c-wachtwoord': 'deferred', 'c-factuur': 'unchanged', 'c-modem': 'unchanged' });
    expect(second.registryChanged).toBe(false);
    expect(second.writes).toEqual([]);
  });
});

describe('coverageShare', () => {
  it('counts drafts (new, updated, unchanged, with the editor) and published answers against the questions', () => {
    const outcome = (kind: string, size: number) => ({ kind, cluster: { size } });
    const plan = {
      mining: { stats: { questions: 15_843 } },
      outcomes: [
        outcome('created', 3_000),
        outcome('updated', 1_000),
        outcome('unchanged', 500),
        outcome('edited', 411),
        outcome('covered', 1_901),
        outcome('deferred', 2_000),
        outcome('below-threshold', 50),
        outcome('incident', 70),
      ],
    } as unknown as DraftPlan;
    const coverage = coverageShare(plan);
    expect(coverage).toMatchObject({ drafted: 4_911, covered: 1_901, total: 15_843 });
    expect(coverage.share).toBeCloseTo(6_812 / 15_843, 10);
    expect(coverageSentence(coverage)).toBe('De concepten en gepubliceerde artikelen dekken 43 % van de 15.843 vragen (concepten 31 %, al beantwoord 12 %).');
  });

  it('is stated in both reports', () => {
    const plan = run([factuur, modem, refund, verhuizing], 2);
    const sentence = 'De concepten en gepubliceerde artikelen dekken 13 % van de 520 vragen (concepten 13 %, al beantwoord 0 %).';
    expect(renderMiningReport(plan, OPTIONS)).toContain(`- ${sentence}`);
    expect(renderReportHtml(plan, collectSignals({ mining: plan.mining, broadcasts: [] }), OPTIONS)).toContain(sentence);
  });

  it('is 0 without questions, and follows the cap', () => {
    expect(coverageShare({ mining: makeMining([], { stats: { ...makeMining([]).stats, questions: 0 } }), outcomes: [] }).share).toBe(0);
    const capped = coverageShare(run([factuur, modem, refund, verhuizing], 2));
    expect(capped).toMatchObject({ drafted: 70, covered: 0, total: 520 });
    expect(coverageShare(run([factuur, modem, refund, verhuizing], 0)).drafted).toBe(150);
  });
});
