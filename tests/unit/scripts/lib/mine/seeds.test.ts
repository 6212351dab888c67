import { describe, expect, it } from 'vitest';
import { claimBySeeds, seedsOf, type Seed } from '#lib/mine/seeds.ts';
import { mineMessages } from '#lib/mine/index.ts';
import type { DecisionsFile } from '#core/decisions.ts';
import { buildMessages, TOPICS } from './_messages.ts';

const SEEDS: Seed[] = [
  { id: 'a-k7mp', kind: 'article', lang: 'nl', questions: ['Hoe geef ik mijn meterstanden door?', 'Waar kan ik de meterstand doorgeven?'] },
  { id: 'a-w2tx', kind: 'article', lang: 'en', questions: ['How do I cancel my subscription?'] },
  { id: 'r-9qz3', kind: 'rejection', lang: 'nl', questions: ['Wat vinden jullie van de nieuwe reclame?'] },
];

describe('seeds claim the questions like their own (zero-shot topics)', () => {
  it.each([
    ['Hoe geef ik de meterstanden door?', 'nl', 0],
    ['Waar kan ik de meterstand doorgeven? Alvast bedankt!', 'nl', 0],
    ['How can I cancel my subscription?', 'en', 1],
    ['Wat vinden jullie zelf van die nieuwe reclame?', 'nl', 2],
  ] as const)('"%s" is claimed by seed %#', (text, lang, seed) => {
    expect([...claimBySeeds([text], [lang], SEEDS)]).toEqual([seed]);
  });

  it.each([
    ['Mijn meter is kapot, wie komt hem vervangen?', 'nl'],
    ['How do I change my delivery address?', 'en'],
    // The same words in the other language's seed do not count.
    ['Hoe geef ik mijn meterstanden door?', 'en'],
  ] as const)('leaves "%s" to the clustering', (text, lang) => {
    expect([...claimBySeeds([text], [lang], SEEDS)]).toEqual([-1]);
  });

  it('gathers the claimed questions under the seed id, and drafts nothing else from them', async () => {
    const messages = buildMessages({ repeat: 3 });
    const seed: Seed = { id: 'a-k7mp', kind: 'article', lang: 'nl', questions: [...TOPICS.meter] };
    const result = await mineMessages(messages, { seeds: [seed] });
    const seeded = result.clusters.find((cluster) => cluster.id === 'a-k7mp');
    expect(seeded?.size).toBe(TOPICS.meter.length * 3);
    expect(seeded?.coherence?.verdict).toBe('topic');
    const others = result.clusters.filter((cluster) => cluster.id !== 'a-k7mp');
    expect(others.some((cluster) => cluster.examples.some((example) => /meterstand/iu.test(example.text)))).toBe(false);
    // Without seeds the same questions form a group of their own, under a derived id.
    const plain = await mineMessages(messages);
    expect(plain.clusters.some((cluster) => cluster.id === 'a-k7mp')).toBe(false);
    expect(plain.clusters.some((cluster) => cluster.examples.some((example) => /meterstand/iu.test(example.text)))).toBe(true);
  });
});

describe('seedsOf a content tree', () => {
  const article = (shortId: string, lang: string, title: string, questions: string[]) =>
    ['---', `title: "${title}"`, `lang: ${lang}`, `shortId: ${shortId}`, 'questions:', ...questions.map((q) => `  - "${q}"`), '---', '', 'Tekst.'].join('\n');
  const decisions: DecisionsFile = {
    version: 1,
    decisions: [
      {
        kind: 'reject',
        id: 'd-4kq2ab',
        at: '2026-11-30T10:00:00+01:00',
        groupId: 'c-1234',
        label: 'Leuke reclame!',
        lang: 'nl',
        questions: ['Wat een leuke reclame, wie heeft die gemaakt?'],
        reason: 'not-a-question',
        fingerprint: [],
      },
    ],
  };

  it('takes every article with a short id (title and questions) and every rejection', () => {
    const seeds = seedsOf(
      [
        { path: 'nl/meterstand.mdx', text: article('k7mp', 'nl', 'Hoe geef ik mijn meterstand door?', ['Meterstand doorgeven in de app']) },
        { path: 'en/cancel.mdx', text: article('w2tx', 'en', 'How do I cancel?', []) },
      ],
      decisions,
    );
    expect(seeds).toEqual([
      { id: 'a-w2tx', kind: 'article', lang: 'en', questions: ['How do I cancel?'] },
      { id: 'a-k7mp', kind: 'article', lang: 'nl', questions: ['Hoe geef ik mijn meterstand door?', 'Meterstand doorgeven in de app'] },
      { id: 'r-4kq2ab', kind: 'rejection', lang: 'nl', questions: ['Wat een leuke reclame, wie heeft die gemaakt?'] },
    ]);
  });
});
