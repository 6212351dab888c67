import { describe, expect, it } from 'vitest';
import type { Message } from '#core/message.ts';
import { collectMessages, mineMessages } from '#lib/mine/index.ts';
import { buildMessages } from './_messages.ts';

function search(text: string, i: number, createdAt = new Date(Date.UTC(2026, 9, 1 + (i % 20), 10)).toISOString()): Message {
  return {
    id: `s${i}`,
    conversationId: `cs${i}`,
    inReplyTo: null,
    channel: 'search',
    direction: 'in',
    author: `bezoeker-${i}`,
    createdAt,
    lang: 'other',
    text,
  };
}

describe('site searches in mining', () => {
  it('counts a short search query as a question, where a webcare message of two words would be noise', () => {
    const collected = collectMessages([search('meterstand', 1), { ...search('meterstand', 2), channel: 'x', id: 'x2' }]);
    expect(collected.questions.text).toEqual(['meterstand']);
    expect(collected.questions.channel).toEqual(['search']);
  });

  it('clusters searches with the webcare questions and counts them per channel', async () => {
    const searches = ['meterstanden doorgeven', 'meterstand doorgeven', 'meterstanden doorgeven app', 'waar meterstand doorgeven'].map((t, i) => search(t, i));
    const result = await mineMessages([...buildMessages({ repeat: 3 }), ...searches], { seed: 1 });
    const meter = result.clusters.find((cluster) => cluster.keywords.some((keyword) => keyword.startsWith('meter')));
    expect(meter?.channelCounts?.search).toBe(4);
    const total = Object.values(meter?.channelCounts ?? {}).reduce((a, b) => a + b, 0);
    expect(total).toBe(meter?.size);
  });

  it('gives hourly counts of webcare questions (searches left out), sparse and in time order', async () => {
    const result = await mineMessages([...buildMessages({ repeat: 3 }), ...['meterstand doorgeven', 'meterstanden doorgeven'].map((t, i) => search(t, i))], {
      seed: 1,
    });
    for (const cluster of result.clusters) {
      const hourly = cluster.hourly ?? [];
      expect(hourly.reduce((sum, h) => sum + h.count, 0)).toBe(cluster.size - (cluster.channelCounts?.search ?? 0));
      expect(hourly.map((h) => h.hour)).toEqual([...hourly.map((h) => h.hour)].sort());
      for (const h of hourly) expect(h.hour).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:00Z$/u);
    }
  });
});

describe('the language of a cluster with searches', () => {
  it('is the language of its webcare questions: short queries without a language do not outvote them', async () => {
    const searches = Array.from({ length: 30 }, (_, i) => search(i % 2 ? 'meterstanden doorgeven' : 'meterstand doorgeven', i));
    const result = await mineMessages([...buildMessages({ repeat: 2 }), ...searches], { seed: 1 });
    const meter = result.clusters.find((cluster) => (cluster.channelCounts?.search ?? 0) > 0);
    expect(meter!.channelCounts!.search).toBeGreaterThan(meter!.size / 2);
    expect(meter!.lang).toBe('nl');
  });
});
