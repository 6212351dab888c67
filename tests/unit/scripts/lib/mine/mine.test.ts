import { describe, expect, it } from 'vitest';
import { miningResultSchema } from '#core/cluster.ts';
import { clusterTexts, mineMessages } from '#lib/mine/index.ts';
import { startFunctionWorker } from '#lib/io/function-worker.ts';
import { ANSWERS, buildMessages, TOPICS } from './_messages.ts';

const topicOf = (text: string): string | undefined => Object.entries(TOPICS).find(([, questions]) => (questions as readonly string[]).includes(text))?.[0];

describe('mineMessages', async () => {
  const messages = buildMessages({ repeat: 3 });
  const result = await mineMessages(messages);

  it('writes a result that matches the schema', () => {
    expect(() => miningResultSchema.parse(result)).not.toThrow();
  });

  it('counts messages, questions and noise by reason', () => {
    expect(result.stats.messages).toBe(messages.length);
    expect(result.stats.inbound).toBe(3 * 24 + 5);
    expect(result.stats.noise).toBe(5);
    expect(result.stats.noiseByReason).toMatchObject({ thanks: 1, praise: 1, emoji: 1, retweet: 1, link: 1 });
    // "Al twee uur geen stroom, is er een storing?" is "Hebben jullie een storing? Ik heb geen stroom"
    // once the duration slot is set aside: 23 distinct questions in 72.
    expect(result.stats.duplicatesCollapsed).toBe(72 - 23);
  });

  it('finds one cluster per recurring question, labelled with a real question of that topic', () => {
    expect(result.clusters).toHaveLength(3);
    const topics = result.clusters.map((c) => topicOf(c.label));
    expect(new Set(topics)).toEqual(new Set(['meter', 'termijn', 'storing']));
    for (const cluster of result.clusters) {
      expect(cluster.size).toBe(24);
      expect(cluster.uniqueQuestions).toBe(topicOf(cluster.label) === 'storing' ? 7 : 8);
      expect(cluster.authors).toBe(24);
      expect(cluster.channels).toEqual(['whatsapp', 'x']);
      expect(cluster.examples.length).toBeGreaterThanOrEqual(3);
      for (const example of cluster.examples) expect(topicOf(example.text)).toBe(topicOf(cluster.label));
      expect(cluster.cohesion).toBeGreaterThan(0.3);
      // One question per cluster: nothing to split into sub-topics.
      expect(cluster.subtopics).toBeUndefined();
      expect(cluster.weekly.reduce((sum, w) => sum + w.count, 0)).toBe(24);
      expect(cluster.firstSeen <= cluster.lastSeen).toBe(true);
    }
  });

  it('picks the answer the company gave, not the request to send a DM', () => {
    for (const cluster of result.clusters) {
      const topic = topicOf(cluster.label) as keyof typeof ANSWERS;
      expect(cluster.bestAnswer?.text).toBe(ANSWERS[topic]);
      expect(cluster.bestAnswer?.replies).toBe(21);
    }
  });

  it('shows keywords in their written form', () => {
    const storing = result.clusters.find((c) => topicOf(c.label) === 'storing')!;
    expect(storing.keywords).toEqual(expect.arrayContaining(['stroom']));
  });

  it('is deterministic', async () => {
    expect(await mineMessages(buildMessages({ repeat: 3 }))).toEqual(await mineMessages(buildMessages({ repeat: 3 })));
  });

  it('gives the same result when a worker thread computes the activity of clusters (as for big exports)', async () => {
    const messages = buildMessages({ repeat: 3 });
    expect(await mineMessages(messages, { parallelFrom: 1, startWorker: startFunctionWorker })).toEqual(result);
  });

  it('leaves one-off questions unclustered', async () => {
    const single = await mineMessages(buildMessages({ topics: ['meter'], repeat: 1 }).slice(0, 2));
    expect(single.clusters).toHaveLength(0);
    expect(single.stats.unclustered).toBe(1);
  });
});

describe('boilerplate sentences', () => {
  it('clusters questions by what they ask, not by the filler customers add, and labels them without it', async () => {
    const closers = ['Dit kan toch niet de bedoeling zijn?', 'Alvast bedankt!', 'Heel vervelend allemaal.'];
    const messages = buildMessages({ repeat: 3 }).map((message, i) =>
      message.direction === 'in' && i % 4 !== 3 ? { ...message, text: `${message.text} ${closers[i % closers.length]}` } : message,
    );
    const result = await mineMessages(messages);
    expect(result.clusters).toHaveLength(3);
    for (const cluster of result.clusters) {
      for (const closer of closers) expect(cluster.label).not.toContain(closer);
      expect(topicOf(cluster.label)).toBeDefined();
    }
  });
});

describe('labels', () => {
  it('prefer the question spelled the way other customers spell it', async () => {
    const texts = [
      'Hoe geef ik de meterstnden door?',
      'Hoe geef ik de meterstnden door?',
      'Hoe geef ik de meterstanden door?',
      'Waar geef ik de meterstanden door?',
      'Meterstanden doorgeven, hoe gaat dat?',
      'Kan ik de meterstanden online doorgeven?',
    ];
    const messages = texts.map((text, i) => ({
      id: `m${i}`,
      conversationId: `c${i}`,
      inReplyTo: null,
      channel: 'x' as const,
      direction: 'in' as const,
      author: `a${i}`,
      createdAt: new Date(Date.UTC(2026, 8, 1 + i)).toISOString(),
      lang: 'nl' as const,
      text,
    }));
    const result = await mineMessages(messages);
    expect(result.clusters).toHaveLength(1);
    expect(result.clusters[0]!.label).not.toContain('meterstnden');
  });
});

describe('stable ids across runs', () => {
  it('keeps the ids of clusters that return in a newer export and gives new ones a fresh id', async () => {
    const first = await mineMessages(buildMessages({ topics: ['meter', 'termijn'], repeat: 2 }));
    const newer = [
      ...buildMessages({ topics: ['meter', 'termijn'], repeat: 2 }),
      ...buildMessages({ topics: ['storing', 'meter'], repeat: 2, startDay: 20, prefix: 'b' }),
    ];
    const second = await mineMessages(newer, { previous: first });
    const idOf = (result: typeof first, topic: string): string | undefined => result.clusters.find((c) => topicOf(c.label) === topic)?.id;
    expect(idOf(second, 'meter')).toBe(idOf(first, 'meter'));
    expect(idOf(second, 'termijn')).toBe(idOf(first, 'termijn'));
    const fresh = idOf(second, 'storing');
    expect(fresh).toBeDefined();
    expect(first.clusters.map((c) => c.id)).not.toContain(fresh);
  });
});

describe('clusterTexts', () => {
  it('assigns every text, noise and one-offs to -1, near-duplicates to their original cluster', () => {
    const texts = [
      ...TOPICS.meter,
      ...TOPICS.storing,
      'Bedankt!',
      'Hoe geef ik mijn meterstanden door??',
      'Waar blijft mijn zonnepaneel-subsidie van 2019 precies?',
    ];
    const { assignments, clusters, noise } = clusterTexts(texts);
    expect(assignments).toHaveLength(texts.length);
    expect(clusters).toBe(2);
    expect(noise).toBe(1);
    expect(assignments[16]).toBe(-1);
    expect(assignments[17]).toBe(assignments[0]);
    expect(assignments[18]).toBe(-1);
    expect(new Set(assignments.slice(0, 8)).size).toBe(1);
    expect(new Set(assignments.slice(8, 16)).size).toBe(1);
    expect(assignments[0]).not.toBe(assignments[8]);
  });
});

describe('follow-ups', () => {
  it('does not mine customer messages sent after the company replied in that thread', async () => {
    const messages = buildMessages({ repeat: 3 });
    const followUps = messages
      .filter((m) => m.direction === 'out')
      .map((m, i) => ({
        ...m,
        id: `f${i}`,
        direction: 'in' as const,
        author: `f${i}`,
        inReplyTo: m.id,
        createdAt: m.createdAt.replace(/:30\.000Z$/u, ':45.000Z'),
        text: 'En nu? Ik heb echt alles al geprobeerd.',
      }));
    const result = await mineMessages([...messages, ...followUps]);
    expect(result.stats.noiseByReason['follow-up']).toBe(followUps.length);
    expect(result.clusters.map((c) => c.label)).not.toContain('En nu? Ik heb echt alles al geprobeerd.');
    expect(result.clusters).toHaveLength(3);
  });
});
