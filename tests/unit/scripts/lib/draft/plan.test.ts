import { describe, expect, it } from 'vitest';
import type { Cluster } from '#core/cluster.ts';
import { faqSchema } from '#core/content.ts';
import {
  parseArticle,
  parseMiningResult,
  planDrafts,
  renderMiningReport,
  type ContentFileInput,
  type DraftPlan,
  type ShortIdRegistry,
} from '#lib/draft/index.ts';
import { placeIndex } from '#lib/text/slots.ts';
import { makeCluster, makeMining } from '#tests/fixtures/draft/clusters.ts';

const OPTIONS = { minQuestions: 5, minAuthors: 3, clustersFile: 'work/clusters.json' };

/** A published article's file text, as an editor would have written it. */
function publishedArticle(fields: { title: string; shortId: string; questions: readonly string[]; lang?: string; reply?: string }): string {
  const { title, shortId, questions, lang, reply } = fields;
  const optional = [...(lang ? [`lang: ${lang}`] : []), ...(reply ? [`reply: ${JSON.stringify(reply)}`] : [])];
  return [
    '---',
    `title: ${JSON.stringify(title)}`,
    ...optional,
    'status: published',
    `shortId: ${shortId}`,
    `questions: ${JSON.stringify(questions)}`,
    '---',
    '',
    'Tekst.',
    '',
  ].join('\n');
}

function run(
  clusters: Cluster[],
  faqFiles: ContentFileInput[] = [],
  registry: ShortIdRegistry = new Map(),
  generatedAt = '2026-03-02T06:00:00.000Z',
): DraftPlan {
  return planDrafts({ mining: makeMining(clusters, { generatedAt }), faqFiles, otherShortIds: [], registry, options: OPTIONS });
}

/** The content tree after applying a plan's writes to `files`. */
function apply(files: ContentFileInput[], plan: DraftPlan): ContentFileInput[] {
  const byPath = new Map(files.map((file) => [file.path, file.text]));
  for (const write of plan.writes) byPath.set(write.path, write.text);
  return [...byPath].map(([path, text]) => ({ path, text }));
}

const pakket = makeCluster({ id: 'c-pakket' });
const factuur = makeCluster({
  id: 'c-factuur',
  label: 'Waarom is mijn factuur deze maand zo veel hoger?',
  keywords: ['factuur', 'hoger', 'bedrag'],
  examples: [
    { text: 'Mijn factuur is veel hoger dan vorige maand', similarity: 0.9 },
    { text: 'waarom is het bedrag op mijn factuur hoger', similarity: 0.8 },
  ],
  bestAnswer: null,
  size: 8,
  authors: 6,
  trendDirection: 'stable',
  trend: 0,
});

describe('planDrafts: new drafts', () => {
  it('writes a complete, schema-valid draft for a cluster above the thresholds', () => {
    const plan = run([pakket]);
    expect(plan.writes).toHaveLength(1);
    const [write] = plan.writes;
    expect(write?.path).toBe('nl/waar-blijft-mijn-pakket.mdx');
    expect(write?.text).toMatchInlineSnapshot(`
      "---
      title: "Waar blijft mijn pakket?"
      description: "Het antwoord op \\"Waar blijft mijn pakket?\\": wat er aan de hand is en wat je zelf kunt doen."
      lang: "nl"
      status: "draft"
      updatedAt: "2026-03-02T06:00:00.000Z"
      category: "Bezorging"
      tags:
        - "pakket"
        - "bezorgd"
        - "onderweg"
      shortId: "f8fsba"
      questions:
        - "Hoi @VoorbeeldNL, waar blijft mijn pakket? Het is al 3 dagen onderweg."
        - "Waar blijft mijn pakket? Al 3 dagen onderweg"
        - "mijn pakket is nog steeds niet bezorgd"
        - "Wanneer wordt mijn pakket bezorgd?"
      reply: "Vervelend dat je pakket er nog niet is! Zendingen zijn soms 1-2 dagen later door drukte. Volg je pakket via de track & trace in je mail."
      source:
        clusterId: "c-pakket"
        questionCount: 12
        authors: 10
        channels:
          - "whatsapp"
          - "x"
        firstSeen: "2026-02-02T08:15:00.000Z"
        lastSeen: "2026-03-01T19:40:00.000Z"
        weekly:
          - week: "2026-W06"
            count: 3
          - week: "2026-W07"
            count: 4
          - week: "2026-W08"
            count: 5
        trend: 0.42
      generatedHash: "fnv1a64:de7037a95565bd13"
      ---

      ## Kort antwoord

      TODO: Schrijf het antwoord in één of twee zinnen. Hieronder staat het antwoord dat webcare het vaakst gaf: herschrijf het voor iedereen en haal het citaat daarna weg.

      > Vervelend dat je pakket er nog niet is! Zendingen zijn soms 1-2 dagen later door drukte. Volg je pakket via de track \\& trace in je mail.

      ## Uitleg

      TODO: Leg uit waarom het zo werkt en wat er achter de schermen gebeurt.

      ## Wat kun je zelf doen?

      TODO: Zet de stappen die de klant zelf kan zetten onder elkaar, met links naar de juiste pagina.

      ## Nog vragen?

      Stuur ons een bericht via X, Facebook of WhatsApp; we helpen je graag verder.
      "
    `);
    const { data } = parseArticle(write?.text ?? '', 'x.mdx');
    expect(faqSchema.safeParse(data).success).toBe(true);
    expect(plan.outcomes.map((outcome) => outcome.kind)).toEqual(['created']);
  });

  it('asks the editor for a reply when CMs had no standard answer', () => {
    const [write] = run([factuur]).writes;
    const { data, body } = parseArticle(write?.text ?? '', 'x.mdx');
    expect(data['reply']).toBe('');
    expect(data['category']).toBe('Facturen & betalen');
    expect(body).toContain('TODO: Schrijf in de frontmatter bij reply');
  });

  it.each([
    ['too few questions', { size: 4 }],
    ['too few distinct people', { authors: 2 }],
  ])('does not draft a cluster with %s', (_name, overrides) => {
    const plan = run([makeCluster({ id: 'small', ...overrides })]);
    expect(plan.writes).toEqual([]);
    expect(plan.outcomes[0]?.kind).toBe('below-threshold');
  });

  it('drafts a cluster exactly at the thresholds', () => {
    expect(run([makeCluster({ id: 'edge', size: 5, authors: 3 })]).outcomes[0]?.kind).toBe('created');
  });

  it('gives two clusters with the same title different file names and short ids', () => {
    const plan = run([
      makeCluster({ id: 'a' }),
      makeCluster({
        id: 'b',
        label: 'Waar blijft mijn pakket?',
        examples: [
          { text: 'Mijn modem knippert oranje sinds de storing', similarity: 1 },
          { text: 'Router geeft geen internet meer na update', similarity: 0.9 },
        ],
        bestAnswer: { text: 'Zet je modem 30 seconden uit en weer aan; helpt dat niet, dan sturen we een monteur.', messageId: 'm-202', replies: 4 },
      }),
    ]);
    const paths = plan.writes.map((write) => write.path);
    expect(new Set(paths).size).toBe(2);
    const ids = plan.writes.map((write) => parseArticle(write.text, write.path).data['shortId']);
    expect(new Set(ids).size).toBe(2);
  });
});

describe('planDrafts: re-runs', () => {
  it('produces byte-identical files and no writes when nothing changed', () => {
    const first = run([pakket, factuur]);
    const files = apply([], first);
    const second = run([pakket, factuur], files, first.registry);
    expect(second.writes).toEqual([]);
    expect(second.registryChanged).toBe(false);
    expect(second.outcomes.map((outcome) => outcome.kind)).toEqual(['unchanged', 'unchanged']);
    expect(run([pakket, factuur]).writes).toEqual(first.writes);
  });

  it('updates only the statistics of an untouched draft when new data arrives', () => {
    const first = run([pakket]);
    const files = apply([], first);
    const grown = { ...pakket, size: 30, authors: 22, label: 'Een heel andere formulering van de vraag?', lastSeen: '2026-03-09T10:00:00.000Z' };
    const second = run([grown], files, first.registry, '2026-03-10T06:00:00.000Z');
    expect(second.outcomes[0]?.kind).toBe('updated');
    const before = parseArticle(files[0]?.text ?? '', 'a');
    const after = parseArticle(second.writes[0]?.text ?? '', 'a');
    expect(after.body).toBe(before.body);
    expect({ ...after.data, source: undefined, updatedAt: undefined }).toEqual({ ...before.data, source: undefined, updatedAt: undefined });
    expect(after.data['source']).toMatchObject({ questionCount: 30, authors: 22, lastSeen: '2026-03-09T10:00:00.000Z' });
    expect(after.data['updatedAt']).toBe('2026-03-10T06:00:00.000Z');
  });

  it.each([
    [
      'the body was changed',
      (text: string) => text.replace('TODO: Leg uit waarom het zo werkt en wat er achter de schermen gebeurt.', 'Pakketten gaan via PostNL.'),
      'content',
    ],
    ['the title was changed', (text: string) => text.replace('title: "Waar blijft mijn pakket?"', 'title: "Mijn pakket is laat: wat nu?"'), 'content'],
    ['the status is review', (text: string) => text.replace('status: "draft"', 'status: "review"'), 'status'],
  ])('never touches a draft when %s', (_name, edit, reason) => {
    const files = apply([], run([pakket]));
    const edited = [{ path: files[0]?.path ?? '', text: edit(files[0]?.text ?? '') }];
    const plan = run([{ ...pakket, size: 99 }], edited);
    expect(plan.writes).toEqual([]);
    expect(plan.outcomes[0]).toMatchObject({ kind: 'edited', reason });
  });

  it('keeps an editor’s frontmatter changes (tags) when it updates statistics', () => {
    const files = apply([], run([pakket]));
    const text = (files[0]?.text ?? '').replace('  - "onderweg"\n', '  - "onderweg"\n  - "vertraging" # added by editor\n');
    const plan = run([{ ...pakket, size: 40 }], [{ path: files[0]?.path ?? '', text }]);
    expect(plan.writes[0]?.text).toContain('  - "vertraging" # added by editor\n');
  });

  it('finds a renamed or moved draft by cluster id instead of drafting it again', () => {
    const first = run([pakket]);
    const moved = apply([], first).map((file) => ({ ...file, path: 'nl/bezorging/pakket-te-laat.mdx' }));
    const plan = run([{ ...pakket, size: 20 }], moved, first.registry);
    expect(plan.outcomes[0]).toMatchObject({ kind: 'updated', article: { path: 'nl/bezorging/pakket-te-laat.mdx' } });
    expect(plan.writes.map((write) => write.path)).toEqual(['nl/bezorging/pakket-te-laat.mdx']);
  });

  it('reports a cluster answered by a published article as covered, with its short link', () => {
    const files = apply([], run([pakket])).map((file) => ({ ...file, text: file.text.replace('status: "draft"', 'status: "published"') }));
    const plan = run([{ ...pakket, size: 50 }], files);
    expect(plan.writes).toEqual([]);
    expect(plan.outcomes[0]).toMatchObject({ kind: 'covered', article: { shortId: 'f8fsba' } });
    const report = renderMiningReport(plan, { minQuestions: 5, minAuthors: 3, siteUrl: 'https://hulp.example.nl' });
    expect(report).toContain('https://hulp.example.nl/k/f8fsba');
  });

  it('treats a hand-written published article with the same questions as covering a new cluster', () => {
    const handWritten = publishedArticle({
      title: 'Mijn pakket is nog niet bezorgd',
      shortId: 'hand22',
      questions: ['Waar blijft mijn pakket?', 'Wanneer wordt mijn pakket bezorgd?', 'Mijn pakket is nog steeds niet bezorgd'],
    });
    const plan = run([pakket], [{ path: 'nl/pakket.mdx', text: handWritten }]);
    expect(plan.writes).toEqual([]);
    expect(plan.outcomes[0]).toMatchObject({ kind: 'covered', article: { shortId: 'hand22' } });
  });

  it('treats a published article as covering a cluster that asks its question word for word, even with few shared phrasings', () => {
    const handWritten = (questions: string[], title: string) => publishedArticle({ title, shortId: 'mtr5', questions });
    const meter = makeCluster({
      id: 'c-meter',
      label: 'Hoe geef ik mijn meterstanden door?',
      examples: [
        { text: 'Waar kan ik de meterstand doorgeven?', similarity: 0.9 },
        { text: 'Meterstand doorgeven lukt niet in de app', similarity: 0.85 },
        { text: 'Moet ik de meterstanden zelf doorgeven?', similarity: 0.8 },
        { text: 'Hoe geef ik meterstanden door na een verhuizing?', similarity: 0.78 },
      ],
    });
    const article = handWritten(
      ['Hoe geef ik mijn meterstanden door?', 'Waar kan ik de meterstand doorgeven?', 'Wanneer moet ik mijn meterstand doorgeven?'],
      'Meterstanden doorgeven',
    );
    expect(run([meter], [{ path: 'nl/meterstanden-doorgeven.mdx', text: article }]).outcomes[0]).toMatchObject({
      kind: 'covered',
      article: { shortId: 'mtr5' },
    });
    // The same label alone is not enough ("gives two clusters with the same title…" above): some of
    // the other phrasings must be there too.
    const fewer = handWritten(['Hoe geef ik mijn meterstanden door?', 'Wat kost een slimme meter?'], 'Slimme meter');
    const withoutPhrasings = { ...meter, examples: meter.examples.slice(0, 3) };
    expect(run([withoutPhrasings], [{ path: 'nl/slimme-meter.mdx', text: fewer }]).outcomes[0]).toMatchObject({ kind: 'created' });
  });

  it('never reuses the short id of a deleted article and does not redraft its cluster', () => {
    const first = run([pakket]);
    const deletedId = parseArticle(first.writes[0]?.text ?? '', 'a').data['shortId'] as string;
    const afterDelete = run([pakket], [], first.registry);
    expect(afterDelete.writes).toEqual([]);
    expect(afterDelete.outcomes[0]).toMatchObject({ kind: 'deleted', shortId: deletedId });
    // A new cluster whose id hashes to the deleted short id gets another one.
    const registry: ShortIdRegistry = new Map([[deletedId, { clusterIds: ['c-pakket'] }]]);
    const other = run([{ ...factuur, id: 'c-pakket-2' }], [], registry);
    expect(parseArticle(other.writes[0]?.text ?? '', 'a').data['shortId']).not.toBe(deletedId);
    const collision = run([{ ...pakket, id: 'c-pakket' }], [], new Map([[deletedId, { clusterIds: ['someone-else'] }]]));
    expect(parseArticle(collision.writes[0]?.text ?? '', 'a').data['shortId']).not.toBe(deletedId);
  });

  it('never deletes or rewrites an article whose cluster disappeared', () => {
    const first = run([pakket, factuur]);
    const files = apply([], first);
    const plan = run([factuur], files, first.registry);
    expect(plan.writes).toEqual([]);
    expect(plan.orphans.map((orphan) => orphan.clusterId)).toEqual(['c-pakket']);
  });

  it('adopts an orphaned draft when clusters merge under a new id, without a duplicate', () => {
    const first = run([pakket]);
    const files = apply([], first);
    const merged = { ...pakket, id: 'c-merged', size: 25 };
    const plan = run([merged], files, first.registry);
    expect(plan.outcomes[0]).toMatchObject({ kind: 'updated', article: { path: 'nl/waar-blijft-mijn-pakket.mdx' } });
    expect(plan.writes).toHaveLength(1);
    expect(parseArticle(plan.writes[0]?.text ?? '', 'a').data['source']).toMatchObject({ clusterId: 'c-merged', questionCount: 25 });
    expect(plan.registry.get('f8fsba')?.clusterIds).toEqual(['c-pakket', 'c-merged']);
  });

  it('does not draft the split-off part of a cluster that an existing article already holds', () => {
    const first = run([pakket]);
    const files = apply([], first);
    const splitOff = { ...pakket, id: 'c-split', size: 9, label: 'Mijn pakket is nog steeds niet bezorgd' };
    const plan = run([pakket, splitOff], files, first.registry);
    expect(plan.writes).toEqual([]);
    expect(plan.outcomes.find((outcome) => outcome.cluster.id === 'c-split')).toMatchObject({ kind: 'overlaps' });
  });
});

describe('parseMiningResult', () => {
  it('names the file and the field that is wrong', () => {
    const bad = JSON.stringify({ ...makeMining([pakket]), clusters: [{ ...pakket, size: 'veel' }] });
    expect(() => parseMiningResult(bad, 'work/clusters.json')).toThrow(/^work\/clusters\.json: .*clusters\.0\.size/);
  });

  it('rejects duplicate cluster ids', () => {
    expect(() => parseMiningResult(JSON.stringify(makeMining([pakket, pakket])), 'c.json')).toThrow('cluster id "c-pakket" appears twice');
  });

  it('reports broken JSON with the file name', () => {
    expect(() => parseMiningResult('{"version":', 'c.json')).toThrow(/^c\.json: not valid JSON/);
  });
});

describe('renderMiningReport', () => {
  it('lists most asked, rising, gaps and the noise share without personal data', () => {
    const leaky = makeCluster({ id: 'leak', label: 'Bel me op 06-12345678 of mail jan@example.nl, waar is mijn pakket?' });
    const plan = run([leaky, factuur]);
    const report = renderMiningReport(plan, { minQuestions: 5, minAuthors: 3 });
    expect(report).toContain('## Meest gestelde vragen');
    expect(report).toContain('## Stijgende vragen');
    expect(report).toContain('## Ontbrekende content');
    expect(report).toContain('Berichten gelezen: 1200');
    expect(report).toContain('25% van wat klanten stuurden');
    expect(report).not.toMatch(/06-12345678|jan@example\.nl/);
    for (const write of plan.writes) expect(write.text).not.toMatch(/06-12345678|jan@example\.nl/);
  });
});

describe('planDrafts: clusters split into sub-topics', () => {
  const { subtopics: _none, ...pakketQuestion } = { ...pakket, id: 'c-pakket-waar' };
  const broad = makeCluster({ id: 'c-broad', size: 40, subtopics: [pakketQuestion, { ...factuur, id: 'c-broad-factuur' }] });

  it('writes one draft per sub-topic, each naming its own sub-topic id', () => {
    const plan = run([broad]);
    const outcomes = plan.outcomes.map((outcome) => `${outcome.cluster.id}:${outcome.kind}`).sort();
    expect(outcomes).toEqual(['c-broad-factuur:created', 'c-pakket-waar:created']);
    const ids = plan.writes.map((write) => (parseArticle(write.text, write.path).data['source'] as { clusterId: string }).clusterId);
    expect(ids.sort()).toEqual(['c-broad-factuur', 'c-pakket-waar']);
  });

  it('drafts sibling sub-topics that share phrasings (the miner kept them apart), but not an overlapping question from another cluster', () => {
    const waitingLonger = {
      ...pakketQuestion,
      id: 'c-pakket-lang',
      label: 'Mijn pakket is nog steeds niet bezorgd',
      bestAnswer: { text: 'Na vijf werkdagen starten we een onderzoek bij de vervoerder en sturen we een nieuw pakket.', messageId: 'm-303', replies: 5 },
    };
    const siblings = makeCluster({ id: 'c-siblings', size: 40, subtopics: [pakketQuestion, waitingLonger] });
    const elsewhere = { ...pakketQuestion, id: 'c-elsewhere', label: 'Waar is mijn pakket nu?', size: 6 };
    const kinds = new Map(run([siblings, elsewhere]).outcomes.map((outcome) => [outcome.cluster.id, outcome.kind]));
    expect(Object.fromEntries(kinds)).toEqual({ 'c-pakket-waar': 'created', 'c-pakket-lang': 'created', 'c-elsewhere': 'overlaps' });
  });

  it('writes one article for sub-topics that the company answers alike (one article per answer)', () => {
    const sameAnswer = { ...pakketQuestion, id: 'c-pakket-lang', label: 'Mijn pakket is nog steeds niet bezorgd' };
    const siblings = makeCluster({ id: 'c-siblings', size: 40, subtopics: [pakketQuestion, sameAnswer] });
    const kinds = new Map(run([siblings]).outcomes.map((outcome) => [outcome.cluster.id, outcome.kind]));
    expect([...kinds.values()].sort()).toEqual(['created', 'overlaps']);
  });

  it("reports a cluster whose CM answer is a published article's prepared reply as covered, whatever its wording", () => {
    const article = publishedArticle({
      title: 'Mijn pakket is later dan verwacht',
      lang: 'nl',
      shortId: 'pk4t',
      questions: ['Wanneer komt mijn bestelling?'],
      reply: 'Zendingen zijn soms 1-2 dagen later door drukte. Volg je pakket via de track & trace in je mail.',
    });
    const differentlyWorded = makeCluster({
      id: 'c-laat',
      label: 'Is er vertraging bij de bezorgers deze week?',
      examples: [{ text: 'Komt de bezorger vandaag nog?', similarity: 0.9 }],
    });
    expect(run([differentlyWorded], [{ path: 'nl/pakket-later.mdx', text: article }]).outcomes[0]).toMatchObject({
      kind: 'covered',
      article: { shortId: 'pk4t' },
    });
  });

  it('matches questions to a published article without their places and amounts (slot-aware covered)', () => {
    const article = publishedArticle({
      title: 'Is er een storing bij mij in de buurt?',
      lang: 'nl',
      shortId: 'st9r',
      questions: ['Is er een storing in Utrecht?', 'Geen internet in Utrecht, storing?', 'Al uren geen internet in Utrecht'],
    });
    const outage = makeCluster({
      id: 'c-storing',
      label: 'Is er een storing in Zeist?',
      examples: [
        { text: 'Geen internet in Amersfoort, storing?', similarity: 0.9 },
        { text: 'Al uren geen internet in De Bilt', similarity: 0.8 },
      ],
      bestAnswer: null,
    });
    const places = placeIndex(['Utrecht', 'Zeist', 'Amersfoort', 'De Bilt']);
    const plan = planDrafts({
      mining: makeMining([outage]),
      faqFiles: [{ path: 'nl/storing.mdx', text: article }],
      otherShortIds: [],
      registry: new Map(),
      options: { ...OPTIONS, titleKnowledge: { places } },
    });
    expect(plan.outcomes[0]).toMatchObject({ kind: 'covered', article: { shortId: 'st9r' } });
    expect(run([outage], [{ path: 'nl/storing.mdx', text: article }]).outcomes[0]?.kind).toBe('created');
  });

  it.each([
    [
      'nl',
      'Waarom betaal ik terugleverkosten voor mijn zonnepanelen?',
      'Zijn jullie terugleverkosten omhoog gegaan?',
      [
        'Beste klantenservice, Waarom betaal ik terugleverkosten voor mijn zonnepanelen? Alvast bedankt! Met vriendelijke groet, [naam]',
        'Pff. Waarom betaal ik terugleverkosten voor mijn zonnepanelen? Dit voelt als straffen voor duurzaam zijn. Graag snel antwoord.',
      ],
    ],
    [
      'en',
      'Why do I pay feed-in costs for my solar panels?',
      'Have your feed-in costs gone up?',
      [
        'Dear customer service, Why do I pay feed-in costs for my solar panels? Thanks in advance! Kind regards, [naam]',
        'Ugh. Why do I pay feed-in costs for my solar panels? This feels like a punishment for being green. Please answer quickly.',
      ],
    ],
  ] as const)('%s: a customer who asks a published question in one sentence of a longer message is covered by it', (lang, question, label, messages) => {
    const article = publishedArticle({ title: question, lang, shortId: 'tr6k', questions: [question] });
    const cluster = makeCluster({ id: 'c-terug', lang, label, examples: messages.map((text) => ({ text, similarity: 0.9 })), bestAnswer: null });
    expect(run([cluster], [{ path: `${lang}/terugleveren.mdx`, text: article }]).outcomes[0]).toMatchObject({ kind: 'covered', article: { shortId: 'tr6k' } });
  });

  it("does not take a message for an article's question because one of its sentences shares a word or two", () => {
    const article = publishedArticle({
      title: 'Waarom betaal ik terugleverkosten voor mijn zonnepanelen?',
      lang: 'nl',
      shortId: 'tr6k',
      questions: ['Hoe worden de terugleverkosten berekend?'],
    });
    const cluster = makeCluster({
      id: 'c-panelen',
      label: 'Mogen er zonnepanelen op een huurhuis?',
      examples: [
        { text: 'Ik huur mijn huis. Mogen er zonnepanelen op het dak? Wie betaalt dat?', similarity: 0.9 },
        { text: 'Zonnepanelen op een huurwoning, mag dat?', similarity: 0.8 },
      ],
      bestAnswer: null,
    });
    expect(run([cluster], [{ path: 'nl/terugleveren.mdx', text: article }]).outcomes[0]?.kind).toBe('created');
  });

  it('never drafts a group the coherence gate sent to "needs a look"', () => {
    const mixed = makeCluster({ id: 'c-mixed', coherence: { verdict: 'needs-look', reasons: ['mixed-language'] } });
    const plan = run([mixed]);
    expect(plan.outcomes[0]).toMatchObject({ kind: 'needs-look' });
    expect(plan.writes).toEqual([]);
  });

  it('rejects a clusters file where a sub-topic reuses an id', () => {
    const json = JSON.stringify(makeMining([makeCluster({ id: 'c-x', subtopics: [{ ...pakketQuestion, id: 'c-x' }] })]));
    expect(() => parseMiningResult(json, 'work/clusters.json')).toThrow(/"c-x" appears twice/u);
  });
});
