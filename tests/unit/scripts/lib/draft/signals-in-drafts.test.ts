// What the spikes and site searches change in drafting: how many questions came from the search
// box is recorded in the draft, and a question that exists only inside one spike gets no draft.
import { describe, expect, it } from 'vitest';
import { planDrafts } from '#lib/draft/index.ts';
import type { Spike } from '#lib/signals/index.ts';
import { makeCluster, makeMining } from '#tests/fixtures/draft/clusters.ts';

const OPTIONS = { minQuestions: 5, minAuthors: 3, clustersFile: 'work/clusters.json' };

const outage: Spike = {
  groupId: 'c-storing',
  start: '2026-10-21T05:00Z',
  end: '2026-10-21T12:00Z',
  detectedAt: '2026-10-21T06:00Z',
  hours: 7,
  count: 60,
  expected: 0.4,
  peakHour: '2026-10-21T07:00Z',
  peakCount: 16,
  busiest: { hours: 2, count: 30 },
  broadcast: null,
};

describe('drafts and site searches', () => {
  it('records how many of the questions were site searches', () => {
    const plan = planDrafts({
      mining: makeMining([makeCluster({ id: 'c-pakket', channelCounts: { search: 4, x: 8 } })]),
      faqFiles: [],
      otherShortIds: [],
      registry: new Map(),
      options: OPTIONS,
    });
    expect(plan.writes[0]?.text).toMatch(/\n {2}searches: 4\n/u);
  });

  it('leaves drafts without searches as they were', () => {
    const plan = planDrafts({
      mining: makeMining([makeCluster({ id: 'c-pakket', channelCounts: { x: 12 } })]),
      faqFiles: [],
      otherShortIds: [],
      registry: new Map(),
      options: OPTIONS,
    });
    expect(plan.writes[0]?.text).not.toContain('searches:');
  });
});

describe('no evergreen FAQ for an incident', () => {
  const storing = makeCluster({ id: 'c-storing', label: 'Is er een storing in Utrecht?', keywords: ['storing', 'utrecht'], size: 60, authors: 55 });
  const pakket = makeCluster({ id: 'c-pakket' });

  it('lists a question that exists only inside one spike as an incident and writes no draft for it', () => {
    const plan = planDrafts({
      mining: makeMining([storing, pakket]),
      faqFiles: [],
      otherShortIds: [],
      registry: new Map(),
      options: { ...OPTIONS, spikeOnly: new Map([['c-storing', outage]]) },
    });
    expect(plan.outcomes.map((outcome) => [outcome.cluster.id, outcome.kind])).toEqual([
      ['c-storing', 'incident'],
      ['c-pakket', 'created'],
    ]);
    expect(plan.writes.map((write) => write.path)).toEqual(['nl/waar-blijft-mijn-pakket.mdx']);
  });

  it('drafts the same question when it is asked outside the spike too', () => {
    const plan = planDrafts({ mining: makeMining([storing]), faqFiles: [], otherShortIds: [], registry: new Map(), options: OPTIONS });
    expect(plan.outcomes.map((outcome) => outcome.kind)).toEqual(['created']);
  });
});
