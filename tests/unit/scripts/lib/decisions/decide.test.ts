// Editors steer mining: every decision (Geen artikel, Hoort bij …, Splitsen, Maak artikel) on Dutch
// and English groups, what it writes, the Dutch errors for requests that cannot be done, undo back
// to the exact earlier files, and no personal data in anything written.
import { describe, expect, it } from 'vitest';
import type { Cluster } from '#core/cluster.ts';
import { faqSchema } from '#core/content.ts';
import type { DecisionsFile, NewArticleDecision } from '#core/decisions.ts';
import { decide, DecisionError, reviewGroups, serializeDecisions, type DecisionRequest, type DecisionResult, type Workspace } from '#lib/decisions/index.ts';
import { contentHash, parseArticle, planDrafts, type DraftPlan, type ShortIdRegistry } from '#lib/draft/index.ts';
import { makeCluster, makeMining } from '#tests/fixtures/draft/clusters.ts';

const OPTIONS = { minQuestions: 1, minAuthors: 1, clustersFile: 'work/clusters.json' };
const START = Date.parse('2026-11-25T10:00:00.000Z');
/** The project's scrubber as a test stands in for it: it knows one customer's name. */
const SCRUB = (text: string) => text.replace(/\bJansen\b/gu, '[naam]');

const CLUSTERS: Cluster[] = [
  makeCluster({
    id: 'c-pakket',
    authors: 40,
    size: 44,
    fingerprint: ['f-pakket-1', 'f-pakket-2'],
    examples: [
      { text: 'Waar blijft mijn pakket? Al 3 dagen onderweg', similarity: 0.9 },
      { text: 'Wanneer wordt mijn pakket bezorgd?', similarity: 0.85 },
      { text: 'wanneer wordt mijn pakket bezorgd', similarity: 0.84 },
      { text: 'Kan ik mijn pakket ophalen bij een afhaalpunt?', similarity: 0.8 },
    ],
  }),
  makeCluster({
    id: 'c-refund',
    lang: 'en',
    authors: 30,
    size: 33,
    label: 'When will I get my refund?',
    keywords: ['refund'],
    examples: [
      { text: 'How long does a refund take?', similarity: 0.9 },
      { text: 'I returned my order, when is my refund paid?', similarity: 0.85 },
      { text: 'Can I get my refund as a voucher instead?', similarity: 0.8 },
    ],
    bestAnswer: { text: 'Refunds are paid within 5 working days after we receive your return.', messageId: 'm-r', replies: 7 },
  }),
  makeCluster({
    id: 'c-abonnement',
    authors: 20,
    size: 21,
    label: 'Kan ik mijn abonnement per maand opzeggen?',
    keywords: ['abonnement'],
    examples: [
      { text: 'Hoe zeg ik mijn abonnement op? Groet, Jansen', similarity: 0.9 },
      { text: 'Waarom is de prijs van mijn abonnement omhoog gegaan?', similarity: 0.85 },
      { text: 'Kan ik mijn abonnement pauzeren tijdens de vakantie?', similarity: 0.8 },
    ],
    bestAnswer: { text: 'Je zegt je abonnement op in de app onder Instellingen. Groet, Jansen', messageId: 'm-a', replies: 4 },
    coherence: { verdict: 'needs-look', reasons: ['no-shared-subject'] },
  }),
  makeCluster({
    id: 'c-address',
    lang: 'en',
    authors: 10,
    size: 12,
    label: 'How do I change my delivery address?',
    keywords: ['address'],
    examples: [
      { text: 'Can I change the delivery address after ordering?', similarity: 0.9 },
      { text: 'Why is my invoice so high this month?', similarity: 0.85 },
      { text: 'Do you deliver to Belgium?', similarity: 0.8 },
    ],
    bestAnswer: null,
    coherence: { verdict: 'needs-look', reasons: ['mixed-language', 'statements'] },
  }),
];

/** Published articles as editors write them (block-style questions, as in content/faq). */
const PUBLISHED = [
  {
    path: 'nl/bezorging.mdx',
    text: `---
title: "Wanneer wordt mijn bestelling bezorgd?"
description: "Hoe lang bezorgen duurt, hoe je je bestelling volgt en wat je doet als die niet komt."
lang: nl
status: published
updatedAt: 2026-10-01T10:00:00+02:00
category: "Bezorging"
shortId: bz4k
questions:
  - "Wanneer komt mijn bestelling?"
  - "Kan ik mijn abonnement pauzeren tijdens de vakantie?"
reply: "Bestellingen komen binnen 2 werkdagen."
---

## Kort antwoord

Binnen 2 werkdagen.
`,
  },
  {
    path: 'en/returns.mdx',
    text: `---
title: "How do I return an order?"
description: "How to send an order back within 30 days, what it costs and when you get your money."
lang: en
status: published
updatedAt: 2026-10-01T10:00:00+02:00
category: "Returns"
shortId: rt5m
questions:
  - "How do I send my order back?"
reply: "Send it back within 30 days with the label in the box."
---

## Short answer

Within 30 days.
`,
  },
];

type State = { faqFiles: { path: string; text: string }[]; registry: ShortIdRegistry; decisions: DecisionsFile; step: number };

/** A project after `veelgesteld draft` ran once on CLUSTERS: the drafts are on disk. */
function drafted(clusters: readonly Cluster[] = CLUSTERS): State {
  const plan = planDrafts({ mining: makeMining([...clusters]), faqFiles: PUBLISHED, otherShortIds: [], registry: new Map(), options: OPTIONS });
  return { faqFiles: [...PUBLISHED, ...plan.writes], registry: plan.registry, decisions: { version: 1, decisions: [] }, step: 0 };
}

function workspaceOf(state: State, clusters: readonly Cluster[] = CLUSTERS, edit?: (plan: DraftPlan) => void): Workspace {
  const plan = planDrafts({
    mining: makeMining([...clusters]),
    faqFiles: state.faqFiles,
    otherShortIds: [],
    registry: state.registry,
    decisions: state.decisions,
    options: OPTIONS,
  });
  edit?.(plan);
  return {
    decisions: state.decisions,
    plan,
    faqFiles: state.faqFiles,
    registry: state.registry,
    now: new Date(START + state.step * 60_000),
    scrub: SCRUB,
  };
}

/** The state after the result is written. */
function applied(state: State, result: DecisionResult): State {
  const files = new Map(state.faqFiles.map((file) => [file.path, file.text]));
  for (const write of result.writes) files.set(write.path, write.text);
  for (const path of result.removes) files.delete(path);
  return {
    faqFiles: [...files].map(([path, text]) => ({ path, text })).sort((a, b) => (a.path < b.path ? -1 : 1)),
    registry: result.registry,
    decisions: result.decisions,
    step: state.step + 1,
  };
}

function run(state: State, request: DecisionRequest, clusters?: readonly Cluster[]): { result: DecisionResult; after: State } {
  const result = decide(workspaceOf(state, clusters), request);
  return { result, after: applied(state, result) };
}

function refusal(state: State, request: DecisionRequest, clusters?: readonly Cluster[]): string {
  try {
    decide(workspaceOf(state, clusters), request);
  } catch (error) {
    if (error instanceof DecisionError) return error.message;
    throw error;
  }
  throw new Error(`expected ${request.kind} to be refused`);
}

const fileText = (state: State, path: string): string => state.faqFiles.find((file) => file.path === path)?.text ?? '';
const dataOf = (state: State, path: string) => parseArticle(fileText(state, path), path).data;
const questionsOf = (state: State, path: string) => dataOf(state, path)['questions'] as string[];
const groupOf = (state: State, id: string) => reviewGroups(workspaceOf(state).plan, state.decisions).find((group) => group.id === id)!;
const draftOf = (state: State, id: string) => groupOf(state, id).article!.path;

describe('reviewGroups', () => {
  it('lists every group with its state, most customers first, Dutch and English alike', () => {
    const state = drafted();
    const groups = reviewGroups(workspaceOf(state).plan, state.decisions);
    expect(groups.map((group) => [group.id, group.state, group.lang])).toEqual([
      ['c-pakket', 'draft', 'nl'],
      ['c-refund', 'draft', 'en'],
      ['c-abonnement', 'needs-look', 'nl'],
      ['c-address', 'needs-look', 'en'],
    ]);
    const pakket = groups[0]!;
    expect(pakket.article?.path).toMatch(/^nl\/.+\.mdx$/u);
    expect(pakket.title).toBe(pakket.article?.title);
    expect(groups[3]!.reasons).toEqual(['vragen in meer dan één taal', 'vooral opmerkingen en klachten, geen vragen']);
    expect(groups[3]!.title).toBe('How do I change my delivery address?');
    expect(groups.every((group) => group.decision === undefined)).toBe(true);
  });

  it('shows the label and the examples once each, without contact details', () => {
    const state = drafted();
    const plan = workspaceOf(state, CLUSTERS, (draft) => {
      const outcome = draft.outcomes.find((candidate) => candidate.cluster.id === 'c-address')!;
      outcome.cluster.examples.push({ text: 'Mail me at piet.peters@example.com or call +31 6 12345678', similarity: 0.5 });
    }).plan;
    const pakket = reviewGroups(plan, state.decisions).find((group) => group.id === 'c-pakket')!;
    expect(pakket.examples.filter((text) => /wanneer wordt mijn pakket bezorgd/iu.test(text))).toHaveLength(1);
    expect(pakket.examples[0]).toBe('Hoi @VoorbeeldNL, waar blijft mijn pakket? Het is al 3 dagen onderweg.');
    const address = reviewGroups(plan, state.decisions).find((group) => group.id === 'c-address')!;
    expect(address.examples.at(-1)).toBe('Mail me at [e-mail] or call [telefoon]');
  });

  it('shows a rejected group as rejected, with the decision that applies', () => {
    const { result, after } = run(drafted(), { kind: 'reject', groupId: 'c-abonnement', reason: 'one-off' });
    expect(groupOf(after, 'c-abonnement')).toMatchObject({ state: 'rejected', decision: { id: result.decision.id, kind: 'reject' } });
  });
});

describe('decide: Geen artikel (reject)', () => {
  it('records the reason, the label, the questions and the fingerprint, and takes the untouched draft out of the queue', () => {
    const state = drafted();
    const draft = draftOf(state, 'c-pakket');
    const { result, after } = run(state, { kind: 'reject', groupId: 'c-pakket', reason: 'elsewhere', note: 'Loopt via de vervoerder' });
    expect(result.writes).toEqual([]);
    expect(result.removes).toEqual([draft]);
    expect(result.decision).toMatchObject({ draft: { article: draft, text: fileText(state, draft) } });
    expect(groupOf(after, 'c-pakket').state).toBe('rejected');
    expect(result.decision).toMatchObject({
      kind: 'reject',
      groupId: 'c-pakket',
      reason: 'elsewhere',
      note: 'Loopt via de vervoerder',
      lang: 'nl',
      label: 'Hoi @VoorbeeldNL, waar blijft mijn pakket? Het is al 3 dagen onderweg.',
      fingerprint: ['f-pakket-1', 'f-pakket-2'],
      at: '2026-11-25T10:00:00.000Z',
    });
    expect(result.decision.questions).toContain('Kan ik mijn pakket ophalen bij een afhaalpunt?');
    expect(result.decisions.decisions).toEqual([result.decision]);
    expect(result.message).toBe(`Groep c-pakket wordt geen artikel (wordt elders afgehandeld), beslissing ${result.decision.id}; concept ${draft} verwijderd`);
  });

  it('leaves a draft an editor has worked on where it is', () => {
    const state = drafted();
    const draft = draftOf(state, 'c-refund');
    const edited = {
      ...state,
      faqFiles: state.faqFiles.map((file) => (file.path === draft ? { ...file, text: file.text.replace('## Short answer', '## In short') } : file)),
    };
    const { result } = run(edited, { kind: 'reject', groupId: 'c-refund', reason: 'one-off' });
    expect(result.removes).toEqual([]);
    expect(result.decision).not.toHaveProperty('draft');
    expect(result.message).toContain(`het artikel ${draft} blijft staan (door een redacteur gewijzigd)`);
  });

  it('rejects an English group the same way', () => {
    const { result } = run(drafted(), { kind: 'reject', groupId: 'c-address', reason: 'not-a-question' });
    expect(result.decision).toMatchObject({ kind: 'reject', lang: 'en', groupId: 'c-address', reason: 'not-a-question' });
  });

  it('gives a deterministic decision id from what was decided, about which group, and when', () => {
    const request: DecisionRequest = { kind: 'reject', groupId: 'c-address', reason: 'incident' };
    const first = decide(workspaceOf(drafted()), request).decision.id;
    expect(first).toMatch(/^d-[a-z0-9]{4,16}$/u);
    expect(decide(workspaceOf(drafted()), request).decision.id).toBe(first);
    expect(decide(workspaceOf({ ...drafted(), step: 5 }), request).decision.id).not.toBe(first);
  });

  it('refuses an unknown group, an unknown reason, and a second decision about the same group', () => {
    const state = drafted();
    expect(refusal(state, { kind: 'reject', groupId: 'c-abc', reason: 'incident' })).toBe(
      'Groep c-abc bestaat niet in work/clusters.json; zie veelgesteld topics list',
    );
    expect(refusal(state, { kind: 'reject', groupId: 'c-pakket', reason: 'saai' as 'incident' })).toMatch(
      /^Reden "saai" bestaat niet; kies incident \(storing of incident\)/u,
    );
    const { result, after } = run(state, { kind: 'reject', groupId: 'c-abonnement', reason: 'incident' });
    const id = result.decision.id;
    expect(refusal(after, { kind: 'reject', groupId: 'c-abonnement', reason: 'one-off' })).toContain(`is afgewezen (beslissing ${id}: storing of incident)`);
    const requests: DecisionRequest[] = [
      { kind: 'attach', groupId: 'c-abonnement', target: 'bezorging' },
      { kind: 'split', groupId: 'c-abonnement', questions: ['Kan ik mijn abonnement per maand opzeggen?'] },
      { kind: 'create', groupId: 'c-abonnement', title: 'Hoe zeg ik mijn abonnement op?' },
    ];
    for (const request of requests) {
      expect(refusal(after, request)).toBe(
        `Groep c-abonnement is afgewezen (beslissing ${id}: storing of incident); maak dat eerst ongedaan: veelgesteld topics undo ${id}`,
      );
    }
    // The browser editor names its button and the project's own files, never a terminal command.
    const inEditor = { ...workspaceOf(after), surface: 'editor' as const, files: { clusters: 'work/clusters.json' } };
    expect(() => decide(inEditor, { kind: 'attach', groupId: 'c-abonnement', target: 'bezorging' })).toThrow(
      `maak dat eerst ongedaan: Ongedaan maken bij ${id} onder Genomen besluiten`,
    );
    expect(() => decide(inEditor, { kind: 'reject', groupId: 'c-abc', reason: 'one-off' })).toThrow(
      'Groep c-abc bestaat niet in work/clusters.json; laad de pagina opnieuw',
    );
    const attached = run(state, { kind: 'attach', groupId: 'c-address', target: 'rt5m', questions: ['Do you deliver to Belgium?'] }).after;
    expect(refusal(attached, { kind: 'reject', groupId: 'c-address', reason: 'one-off' })).toMatch(
      /^Voor groep c-address geldt al beslissing d-[a-z0-9]+ \(hoort bij\)/u,
    );
  });
});

describe('decide: Hoort bij … (attach)', () => {
  it('appends only the questions the article does not have yet, records exactly those, and leaves the rest of the file as it was', () => {
    const state = drafted();
    const before = fileText(state, 'nl/bezorging.mdx');
    const { result, after } = run(state, { kind: 'attach', groupId: 'c-abonnement', target: 'bezorging' });
    const added = [
      'Kan ik mijn abonnement per maand opzeggen?',
      'Hoe zeg ik mijn abonnement op? Groet, [naam]',
      'Waarom is de prijs van mijn abonnement omhoog gegaan?',
    ];
    expect(result.decision).toMatchObject({ kind: 'attach', article: 'nl/bezorging.mdx', added });
    expect(result.decision.questions).toHaveLength(4);
    expect(questionsOf(after, 'nl/bezorging.mdx')).toEqual(['Wanneer komt mijn bestelling?', 'Kan ik mijn abonnement pauzeren tijdens de vakantie?', ...added]);
    const text = fileText(after, 'nl/bezorging.mdx');
    expect(text.replace(added.map((question) => `  - "${question}"\n`).join(''), '')).toBe(before);
    expect(result.message).toBe(
      `Groep c-abonnement hoort bij nl/bezorging.mdx ("Wanneer wordt mijn bestelling bezorgd?"): 3 vragen toegevoegd (1 stonden er al in), beslissing ${result.decision.id}`,
    );
  });

  it('finds the article by path, short id, short link, slug or title, and attaches chosen questions of an English group', () => {
    const state = drafted();
    for (const target of ['en/returns.mdx', 'content/faq/en/returns.mdx', 'rt5m', '/k/rt5m', 'returns', 'How do I return an order?']) {
      const { result } = run(state, { kind: 'attach', groupId: 'c-address', target, questions: ['Do you deliver to Belgium?'] });
      expect(result.decision).toMatchObject({
        article: 'en/returns.mdx',
        lang: 'en',
        added: ['Do you deliver to Belgium?'],
        questions: ['Do you deliver to Belgium?'],
      });
      expect(result.writes.map((write) => write.path)).toEqual(['en/returns.mdx']);
    }
  });

  it('attaches a group to a draft too', () => {
    const state = drafted();
    const refundDraft = draftOf(state, 'c-refund');
    const { after } = run(state, { kind: 'attach', groupId: 'c-address', target: refundDraft, questions: ['Why is my invoice so high this month?'] });
    expect(questionsOf(after, refundDraft).at(-1)).toBe('Why is my invoice so high this month?');
  });

  it('refuses what cannot be attached, in Dutch', () => {
    const state = drafted();
    expect(refusal(state, { kind: 'attach', groupId: 'c-abonnement', target: 'x' })).toBe("Artikel 'x' niet gevonden; zoek op titel, slug of korte link");
    expect(refusal(state, { kind: 'attach', groupId: 'c-address', target: 'bezorging' })).toBe(
      'Groep c-address is Engelstalig, artikel nl/bezorging.mdx is Nederlandstalig; koppel aan een artikel in dezelfde taal',
    );
    expect(refusal(state, { kind: 'attach', groupId: 'c-abonnement', target: 'bezorging', questions: [] })).toContain(
      'Kies minstens één vraag van groep c-abonnement',
    );
    expect(refusal(state, { kind: 'attach', groupId: 'c-abonnement', target: 'bezorging', questions: ['Waar blijft mijn pakket?'] })).toBe(
      'Vraag "Waar blijft mijn pakket?" hoort niet bij groep c-abonnement; kies uit de vragen van veelgesteld topics show c-abonnement',
    );
    expect(refusal(state, { kind: 'attach', groupId: 'c-pakket', target: draftOf(state, 'c-pakket') })).toBe(
      `Groep c-pakket hoort al bij ${draftOf(state, 'c-pakket')}`,
    );
    const once = run(state, { kind: 'attach', groupId: 'c-address', target: 'rt5m', questions: ['Do you deliver to Belgium?'] });
    expect(refusal(once.after, { kind: 'attach', groupId: 'c-address', target: 'rt5m', questions: ['Do you deliver to Belgium?'] })).toBe(
      `Vraag "Do you deliver to Belgium?" is al verwerkt in beslissing ${once.result.decision.id} (hoort bij); maak die eerst ongedaan: veelgesteld topics undo ${once.result.decision.id}`,
    );
  });
});

describe('decide: Splitsen (split)', () => {
  it('turns the picked questions of a draft into a new draft of their own and takes them out of the draft', () => {
    const state = drafted();
    const source = draftOf(state, 'c-pakket');
    const picked = 'Kan ik mijn pakket ophalen bij een afhaalpunt?';
    const index = questionsOf(state, source).indexOf(picked);
    expect(index).toBeGreaterThan(0);
    const { result, after } = run(state, { kind: 'split', groupId: 'c-pakket', questions: [picked] });
    const decision = result.decision as NewArticleDecision;
    expect(decision).toMatchObject({ kind: 'split', title: picked, article: 'nl/kan-ik-mijn-pakket-ophalen-bij-een-afhaalpunt.mdx', questions: [picked] });
    expect(decision.from).toEqual({ article: source, removed: [{ question: picked, index }] });
    expect(questionsOf(after, source)).not.toContain(picked);
    expect(questionsOf(after, source)).toHaveLength(questionsOf(state, source).length - 1);
    const draft = dataOf(after, decision.article);
    expect(faqSchema.safeParse(draft).success).toBe(true);
    expect(draft).toMatchObject({ title: picked, status: 'draft', lang: 'nl', questions: [picked], reply: '' });
    // Its own group: no cluster id (the source group keeps its draft), no answer of the source group.
    expect(draft['source']).toBeUndefined();
    expect(fileText(after, decision.article)).toContain('TODO');
    expect(fileText(after, decision.article)).not.toContain('track & trace');
    expect(result.registry.get(draft['shortId'] as string)).toEqual({ clusterIds: [], file: `faq/${decision.article}` });
    expect(state.registry.has(draft['shortId'] as string)).toBe(false);
    expect(groupOf(after, 'c-pakket')).toMatchObject({ state: 'draft', decision: { id: decision.id, kind: 'split' } });
  });

  it('splits an English draft named by its path, with the editor’s title', () => {
    const state = drafted();
    const source = draftOf(state, 'c-refund');
    const { result, after } = run(state, {
      kind: 'split',
      groupId: source,
      questions: ['Can I get my refund as a voucher instead?'],
      title: 'Can I get a voucher instead of a refund?',
    });
    expect(result.decision).toMatchObject({ groupId: 'c-refund', lang: 'en', article: 'en/can-i-get-a-voucher-instead-of-a-refund.mdx' });
    expect(dataOf(after, 'en/can-i-get-a-voucher-instead-of-a-refund.mdx')).toMatchObject({ lang: 'en', title: 'Can I get a voucher instead of a refund?' });
  });

  it('splits questions off a group without a draft, leaving its articles alone', () => {
    const state = drafted();
    const { result } = run(state, {
      kind: 'split',
      groupId: 'c-address',
      questions: ['Why is my invoice so high this month?'],
      title: 'Why is my invoice so high?',
    });
    expect(result.writes.map((write) => write.path)).toEqual(['en/why-is-my-invoice-so-high.mdx']);
    expect('from' in result.decision && result.decision.from).toBeFalsy();
  });

  it('refuses a split of all questions, of none, and a title that is too long', () => {
    const state = drafted();
    const all = groupOf(state, 'c-refund').examples;
    expect(refusal(state, { kind: 'split', groupId: 'c-refund', questions: all })).toMatch(
      /^Je kiest alle vragen van groep c-refund; splitsen laat er minstens één achter/u,
    );
    expect(refusal(state, { kind: 'split', groupId: 'c-refund', questions: [] })).toContain('Kies minstens één vraag');
    expect(refusal(state, { kind: 'split', groupId: 'c-refund', questions: [all[1]!], title: `${'Why '.repeat(20)}?` })).toMatch(
      /^De titel is 81 tekens; houd hem op hoogstens 70/u,
    );
  });
});

describe('decide: Maak artikel (create)', () => {
  it('turns a Dutch group that needs a look into a draft with the editor’s title, and the draft step keeps it', () => {
    const state = drafted();
    const { result, after } = run(state, { kind: 'create', groupId: 'c-abonnement', title: 'Hoe zeg ik mijn abonnement op?' });
    const path = 'nl/hoe-zeg-ik-mijn-abonnement-op.mdx';
    expect(result.decision).toMatchObject({ kind: 'create', article: path, title: 'Hoe zeg ik mijn abonnement op?', groupId: 'c-abonnement' });
    const { data, body } = parseArticle(fileText(after, path), path);
    expect(faqSchema.safeParse(data).success).toBe(true);
    expect(data).toMatchObject({ title: 'Hoe zeg ik mijn abonnement op?', status: 'draft', lang: 'nl', source: { clusterId: 'c-abonnement', authors: 20 } });
    expect(data['questions']).toEqual(groupOf(state, 'c-abonnement').examples.map(SCRUB));
    expect(data['generatedHash']).toBe(contentHash('Hoe zeg ik mijn abonnement op?', body));
    expect(body).toContain('Je zegt je abonnement op in de app onder Instellingen');
    expect(result.registry.get(data['shortId'] as string)).toEqual({ clusterIds: ['c-abonnement'], file: `faq/${path}` });
    const outcome = workspaceOf(after).plan.outcomes.find((candidate) => candidate.cluster.id === 'c-abonnement')!;
    expect(outcome.kind).toBe('unchanged');
    expect(groupOf(after, 'c-abonnement')).toMatchObject({ state: 'draft', title: 'Hoe zeg ik mijn abonnement op?', article: { path } });
  });

  it('creates an English draft from chosen questions', () => {
    const { result, after } = run(drafted(), {
      kind: 'create',
      groupId: 'c-address',
      title: 'How do I change my delivery address?',
      questions: ['How do I change my delivery address?', 'Can I change the delivery address after ordering?'],
    });
    expect(result.decision).toMatchObject({ lang: 'en', article: 'en/how-do-i-change-my-delivery-address.mdx' });
    expect(dataOf(after, 'en/how-do-i-change-my-delivery-address.mdx')).toMatchObject({
      lang: 'en',
      questions: ['How do I change my delivery address?', 'Can I change the delivery address after ordering?'],
    });
  });

  it('refuses a group that has an article already, and a missing title', () => {
    const state = drafted();
    expect(refusal(state, { kind: 'create', groupId: 'c-pakket', title: 'Waar is mijn pakket?' })).toMatch(
      /^Groep c-pakket heeft al een artikel: nl\/.+; splits vragen af met split als ze een ander antwoord nodig hebben$/u,
    );
    expect(refusal(state, { kind: 'create', groupId: 'c-address', title: '  ' })).toBe('Geef een titel voor het nieuwe artikel (--title)');
  });
});

describe('decide: undo', () => {
  const files = (state: State) => Object.fromEntries(state.faqFiles.map((file) => [file.path, file.text]));

  it.each<[string, DecisionRequest]>([
    ['attach (nl)', { kind: 'attach', groupId: 'c-abonnement', target: 'bezorging' }],
    ['attach (en)', { kind: 'attach', groupId: 'c-address', target: 'rt5m', questions: ['Do you deliver to Belgium?'] }],
    ['split (nl)', { kind: 'split', groupId: 'c-pakket', questions: ['Wanneer wordt mijn pakket bezorgd?', 'Kan ik mijn pakket ophalen bij een afhaalpunt?'] }],
    ['split (en)', { kind: 'split', groupId: 'c-refund', questions: ['Can I get my refund as a voucher instead?'] }],
    ['create (nl)', { kind: 'create', groupId: 'c-abonnement', title: 'Hoe zeg ik mijn abonnement op?' }],
    ['create (en)', { kind: 'create', groupId: 'c-address', title: 'How do I change my delivery address?' }],
    ['reject', { kind: 'reject', groupId: 'c-refund', reason: 'elsewhere' }],
  ])('puts back exactly the files before %s', (_, request) => {
    const state = drafted();
    const { result, after } = run(state, request);
    expect(files(after)).not.toEqual(request.kind === 'reject' ? {} : files(state));
    const undone = run(after, { kind: 'undo', decisionId: result.decision.id });
    expect(files(undone.after)).toEqual(files(state));
    expect(undone.result.decisions).toEqual(state.decisions);
    expect(undone.result.decision).toEqual(result.decision);
    expect(undone.result.message).toMatch(new RegExp(`^Beslissing ${result.decision.id} \\(.+, groep ${result.decision.groupId}\\) ongedaan gemaakt`, 'u'));
  });

  it('keeps a created draft’s short id reserved, but no longer for the group', () => {
    const { result, after } = run(drafted(), { kind: 'create', groupId: 'c-abonnement', title: 'Hoe zeg ik mijn abonnement op?' });
    const shortId = dataOf(after, (result.decision as { article: string }).article)['shortId'] as string;
    const undone = run(after, { kind: 'undo', decisionId: result.decision.id });
    expect(undone.result.registry.get(shortId)?.clusterIds).toEqual([]);
    expect(groupOf(undone.after, 'c-abonnement').state).toBe('needs-look');
  });

  it('refuses to delete a draft an editor changed or moved on, and an unknown decision', () => {
    const { result, after } = run(drafted(), { kind: 'create', groupId: 'c-abonnement', title: 'Hoe zeg ik mijn abonnement op?' });
    const path = (result.decision as { article: string }).article;
    const edit = (from: string, to: string): State => ({
      ...after,
      faqFiles: after.faqFiles.map((file) => (file.path === path ? { ...file, text: file.text.replace(from, to) } : file)),
    });
    expect(refusal(edit('## Uitleg', '## Zo werkt het'), { kind: 'undo', decisionId: result.decision.id })).toBe(
      `${path} is na de beslissing door een redacteur gewijzigd (titel of tekst); het blijft staan. Verwijder het zelf als het weg moet, en maak dan ongedaan`,
    );
    expect(refusal(edit('status: "draft"', 'status: "review"'), { kind: 'undo', decisionId: result.decision.id })).toMatch(
      new RegExp(`^${path} heeft status review, geen concept meer`, 'u'),
    );
    expect(refusal(after, { kind: 'undo', decisionId: 'd-nietbekend' })).toBe(
      'Beslissing d-nietbekend bestaat niet in content/decisions.json; zie veelgesteld topics list',
    );
  });

  it('refuses to undo a new draft while a later decision builds on it', () => {
    const created = run(drafted(), {
      kind: 'create',
      groupId: 'c-address',
      title: 'How do I change my delivery address?',
      questions: ['How do I change my delivery address?'],
    });
    const path = (created.result.decision as { article: string }).article;
    const attached = run(created.after, { kind: 'attach', groupId: 'c-refund', target: path, questions: ['How long does a refund take?'] });
    expect(refusal(attached.after, { kind: 'undo', decisionId: created.result.decision.id })).toBe(
      `Beslissing ${attached.result.decision.id} (hoort bij) bouwt voort op ${path}; maak die eerst ongedaan: veelgesteld topics undo ${attached.result.decision.id}`,
    );
  });
});

describe('decide: no personal data in anything written', () => {
  const EMAIL = 'piet.peters@example.com';
  const PHONE = '06-12345678';
  /** A plan whose scrubbing missed a customer's e-mail address and phone number (raw texts in the groups). */
  const leaky = (plan: DraftPlan) => {
    for (const outcome of plan.outcomes) {
      outcome.cluster.label = `${outcome.cluster.label} Mail ${EMAIL}`;
      outcome.cluster.examples.push({ text: `Bel me op ${PHONE} of mail ${EMAIL}, groet Jansen`, similarity: 0.7 });
      if (outcome.cluster.bestAnswer) outcome.cluster.bestAnswer.text += ` We mailen je op ${EMAIL}.`;
    }
  };

  type Examples = { nl: string[]; en: string[] };
  it.each<[string, (examples: Examples) => DecisionRequest]>([
    ['reject', () => ({ kind: 'reject', groupId: 'c-abonnement', reason: 'one-off', note: `Klant Jansen, ${PHONE}` })],
    ['attach (nl)', () => ({ kind: 'attach', groupId: 'c-abonnement', target: 'bezorging' })],
    ['attach (en)', ({ en }) => ({ kind: 'attach', groupId: 'c-address', target: 'rt5m', questions: [en.at(-1)!] })],
    ['split', ({ nl }) => ({ kind: 'split', groupId: 'c-abonnement', questions: [nl.at(-1)!, nl[0]!] })],
    ['create', () => ({ kind: 'create', groupId: 'c-abonnement', title: `Opzeggen voor Jansen (${PHONE})` })],
  ])('%s', (_, requestOf) => {
    const state = drafted();
    const workspace = workspaceOf(state, CLUSTERS, leaky);
    const examples = (id: string) => reviewGroups(workspace.plan, state.decisions).find((candidate) => candidate.id === id)!.examples;
    const result = decide(workspace, requestOf({ nl: examples('c-abonnement'), en: examples('c-address') }));
    const written = [...result.writes.map((write) => write.text), serializeDecisions(result.decisions), result.message].join('\n');
    expect(written).not.toContain(EMAIL);
    expect(written).not.toContain(PHONE);
    expect(written).not.toMatch(/\bJansen\b/u);
    expect(written).toMatch(/\[(?:e-mail|telefoon|naam)\]/u);
  });
});
