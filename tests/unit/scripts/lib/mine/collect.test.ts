import { describe, expect, it } from 'vitest';
import { collectFile } from '#lib/io/messages.ts';
import { collectMessages, mergeCollected } from '#lib/mine/collect.ts';
import { collection } from '#lib/mine/collection.ts';
import { ndjsonFiles } from './_files.ts';
import { buildMessages } from './_messages.ts';

describe('collecting an export', () => {
  const messages = buildMessages({ repeat: 3 });

  it('keeps questions, replies, noise and the time span', () => {
    const collected = collectMessages(messages);
    expect(collected.total).toBe(messages.length);
    expect(collected.replies).toHaveLength(messages.filter((m) => m.direction === 'out').length);
    expect(collected.questions.text.length + Object.values(collected.noiseByReason).reduce((a, b) => a + b, 0)).toBe(collected.inbound);
    expect(collected.newest).toBe(
      messages
        .map((m) => m.createdAt)
        .sort()
        .at(-1),
    );
  });

  it('gives the same result in parts, merged in order, as in one pass', () => {
    for (const cut of [1, 17, Math.floor(messages.length / 2), messages.length - 1]) {
      const merged = mergeCollected([collectMessages(messages.slice(0, cut)), collectMessages(messages.slice(cut))]);
      expect(merged).toEqual(collectMessages(messages));
    }
  });
});

describe('collectFile', () => {
  const writeExport = ndjsonFiles('collect-');

  it('reads a file in two halves at once with the same result and the right line numbers for bad lines', async () => {
    const lines = buildMessages({ repeat: 3 }).map((m) => JSON.stringify(m));
    lines.splice(3, 0, '{not json');
    lines.splice(lines.length - 2, 0, JSON.stringify({ id: 'x' }));
    const file = await writeExport(`${lines.join('\n')}\n`);
    const sequential = await collectFile(file, collection);
    const parallel = await collectFile(file, collection, { parallelFromBytes: 1 });
    expect(parallel.collected).toEqual(sequential.collected);
    expect(sequential.problems).toEqual([`${file}:4: not valid JSON`, expect.stringMatching(new RegExp(`:${lines.length - 2}: `, 'u'))]);
    expect(parallel.problems).toEqual(sequential.problems);
  });

  it('names the file it cannot read', async () => {
    await expect(collectFile('/nonexistent/messages.ndjson', collection)).rejects.toThrow(/\/nonexistent\/messages\.ndjson: cannot read messages/u);
  });
});
