import { describe, expect, it } from 'vitest';
import { readMessages } from '#lib/io/messages.ts';
import { A_MESSAGE } from '#tests/fixtures/message.ts';
import { ndjsonFiles } from './_files.ts';

describe('mine: reading NDJSON', () => {
  const writeExport = ndjsonFiles('mine-read-');
  it('reports each bad line as file:line and keeps the good ones', async () => {
    const good = { ...A_MESSAGE, text: 'Hoe geef ik mijn meterstand door?' };
    const file = await writeExport(
      [JSON.stringify(good), '{not json', JSON.stringify({ ...good, id: '2', channel: 'fax' }), '', JSON.stringify({ ...good, id: '3' })].join('\n'),
    );
    const { messages, problems } = await readMessages(file);
    expect(messages.map((m) => m.id)).toEqual(['1', '3']);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toBe(`${file}:2: not valid JSON`);
    expect(problems[1]).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&')}:3: channel: `, 'u'));
  });
});
