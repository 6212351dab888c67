import { describe, expect, it } from 'vitest';
import { rejectionFinder } from '#lib/draft/decided.ts';
import { planDrafts, renderMiningReport } from '#lib/draft/index.ts';
import { makeCluster, makeMining } from '#tests/fixtures/draft/clusters.ts';
import type { Cluster } from '#core/cluster.ts';
import type { DecisionsFile, RejectDecision } from '#core/decisions.ts';

const REJECTED: RejectDecision[] = [
  {
    kind: 'reject',
    id: 'd-7f3k2a',
    at: '2026-11-30T10:00:00+01:00',
    groupId: 'c-aaaa',
    label: 'Wat een mooie reclame op tv!',
    lang: 'nl',
    questions: ['Wat een mooie reclame op tv!', 'Wie zingt het liedje in jullie reclame?', 'Jullie nieuwe reclame is geweldig'],
    reason: 'not-a-question',
    fingerprint: ['h1', 'h2', 'h3', 'h4'],
  },
  {
    kind: 'reject',
    id: 'd-9b8c7d',
    at: '2026-11-30T10:05:00+01:00',
    groupId: 'c-bbbb',
    label: 'Is the app down right now?',
    lang: 'en',
    questions: ['Is the app down right now?', 'App down again this morning?'],
    reason: 'incident',
    fingerprint: [],
  },
];
const DECISIONS: DecisionsFile = { version: 1, decisions: REJECTED };

/** An editor attached "Abonnement opzeggen" to the article about cancelling a subscription. */
const ATTACHED: DecisionsFile = {
  version: 1,
  decisions: [
    {
      kind: 'attach',
      id: 'd-3x9k7m',
      at: '2026-11-30T10:00:00+01:00',
      groupId: 'c-old',
      label: 'Abonnement opzeggen',
      lang: 'nl',
      questions: ['Abonnement opzeggen'],
      article: 'nl/abonnement-opzeggen.mdx',
      added: ['Abonnement opzeggen'],
    },
  ],
};

function group(id: string, lang: 'nl' | 'en', label: string, examples: string[], fingerprint: string[] = []): Cluster {
  return {
    id,
    label,
    keywords: [],
    lang,
    size: 6,
    uniqueQuestions: examples.length,
    authors: 5,
    channels: ['x'],
    firstSeen: '2026-12-01T09:00:00Z',
    lastSeen: '2026-12-03T09:00:00Z',
    weekly: [],
    trend: 0,
    trendDirection: 'stable',
    cohesion: 0.5,
    examples: examples.map((text) => ({ text, similarity: 0.5 })),
    bestAnswer: null,
    fingerprint,
  };
}

describe('a rejected group is recognised in a later run', () => {
  const find = rejectionFinder(DECISIONS);

  it('by its stable id', () => {
    expect(find(group('c-aaaa', 'nl', 'Iets heel anders?', []))?.id).toBe('d-7f3k2a');
  });

  it('by the seed group mining gathered for it', () => {
    expect(find(group('r-9b8c7d', 'en', 'Something else?', []))?.id).toBe('d-9b8c7d');
  });

  it('by its most frequent questions when it comes back under another id', () => {
    expect(find(group('c-cccc', 'nl', 'Iets anders', [], ['h1', 'h3', 'x9']))?.id).toBe('d-7f3k2a');
  });

  it.each([
    ['nl', 'Wie zingt het liedje in de reclame?', ['Wat een mooie reclame op tv', 'Jullie nieuwe reclame is echt geweldig']],
    ['en', 'Is your app down right now?', ['Is the app down this morning?', 'app down again right now?']],
  ] as const)('by its questions when worded differently (%s)', (lang, label, examples) => {
    expect(find(group('c-dddd', lang, label, [...examples]))).toBeDefined();
  });

  it.each([
    ['nl', 'Hoe geef ik mijn meterstand door?', ['Waar geef ik de meterstand door?']],
    ['en', 'How do I cancel my order?', ['Cancel my order please']],
    // The same words in the other language are another group.
    ['en', 'Wie zingt het liedje in de reclame?', ['Wat een mooie reclame op tv']],
  ] as const)('leaves other groups alone (%s: %s)', (lang, label, examples) => {
    expect(find(group('c-eeee', lang, label, [...examples]))).toBeUndefined();
  });

  it('finds nothing without decisions', () => {
    expect(rejectionFinder(undefined)(group('c-aaaa', 'nl', 'Wat een mooie reclame op tv!', []))).toBeUndefined();
  });
});

describe('the draft plan keeps to earlier decisions', () => {
  const OPTIONS = { minQuestions: 5, minAuthors: 3, clustersFile: 'work/clusters.json' };
  const reclame = makeCluster({
    id: 'c-nieuw',
    label: 'Wie zingt het liedje in jullie reclame?',
    keywords: ['reclame', 'liedje'],
    examples: [
      { text: 'Wat een mooie reclame op tv', similarity: 0.9 },
      { text: 'Jullie nieuwe reclame is geweldig', similarity: 0.8 },
    ],
  });
  const plan = (clusters: Cluster[], faqFiles: { path: string; text: string }[] = []) =>
    planDrafts({ mining: makeMining(clusters), faqFiles, otherShortIds: [], registry: new Map(), options: OPTIONS, decisions: DECISIONS });

  it('does not draft a rejected group that comes back worded differently, and the report says so', () => {
    const result = plan([reclame]);
    expect(result.outcomes.map((outcome) => outcome.kind)).toEqual(['rejected']);
    expect(result.writes).toEqual([]);
    expect(result.decided).toEqual({ rejected: 1, attached: 0 });
    expect(renderMiningReport(result, { minQuestions: 5, minAuthors: 3 })).toContain(
      '1 groep herkend uit eerdere besluiten (1 geen artikel, 0 bij een artikel gevoegd)',
    );
  });

  it('counts the group mining gathered under an article for that article, and an attachment as placed by a decision', () => {
    const article = [
      '---',
      'title: "Hoe zeg ik mijn abonnement op?"',
      'status: published',
      'shortId: k7mp',
      'questions: ["Abonnement opzeggen"]',
      '---',
      '',
      'Tekst.',
    ].join('\n');
    const seeded = makeCluster({ id: 'a-k7mp', label: 'Hoe kan ik stoppen met mijn abonnement?', keywords: ['abonnement', 'stoppen'] });
    const result = planDrafts({
      mining: makeMining([seeded]),
      faqFiles: [{ path: 'nl/abonnement-opzeggen.mdx', text: article }],
      otherShortIds: [],
      registry: new Map(),
      options: OPTIONS,
      decisions: ATTACHED,
    });
    expect(result.outcomes.map((outcome) => [outcome.kind, 'article' in outcome ? outcome.article.path : ''])).toEqual([
      ['covered', 'nl/abonnement-opzeggen.mdx'],
    ]);
    expect(result.decided).toEqual({ rejected: 0, attached: 1 });
  });

  it('counts an attachment to a draft when mining gathers the draft under the group it was drafted from', () => {
    const draft = [
      '---',
      'title: "Hoe zeg ik mijn abonnement op?"',
      'status: draft',
      'shortId: k7mp',
      'questions: ["Abonnement opzeggen"]',
      'source:',
      '  clusterId: c-drafted',
      '  questionCount: 6',
      '  firstSeen: 2026-11-01',
      '  lastSeen: 2026-11-20',
      '---',
      '',
      'Tekst.',
    ].join('\n');
    const result = planDrafts({
      mining: makeMining([makeCluster({ id: 'c-drafted', label: 'Hoe kan ik stoppen met mijn abonnement?', keywords: ['abonnement'] })]),
      faqFiles: [{ path: 'nl/abonnement-opzeggen.mdx', text: draft }],
      otherShortIds: [],
      registry: new Map(),
      options: OPTIONS,
      decisions: ATTACHED,
    });
    expect(result.decided).toEqual({ rejected: 0, attached: 1 });
  });

  it('drafts the same group when nobody decided anything', () => {
    const result = planDrafts({ mining: makeMining([reclame]), faqFiles: [], otherShortIds: [], registry: new Map(), options: OPTIONS });
    expect(result.outcomes.map((outcome) => outcome.kind)).toEqual(['created']);
    expect(result.decided).toEqual({ rejected: 0, attached: 0 });
  });
});
