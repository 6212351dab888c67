import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStats, ingestSourceBatches, ingestSourceLines, type IngestProblem, type PreparedMessage } from '#lib/ingest/index.ts';
import { createIngestWorkerPool, createPseudonymizer, readInputBytes, type IngestWorkerPool } from '#lib/io/index.ts';
import { preparedFromWire, preparedToWire } from '#lib/io/ingest-workers.ts';
import { generateExport, toWebcareCsvLines } from '#lib/synth/index.ts';

const SALT = 'test-salt';
const companyHandles = ['@VeldlichtNL', 'Veldlicht'];

/** A generated export with bad rows among the good ones: ragged, without text, with an unreadable date. */
function exportWithBadRows(messages: number): string {
  const lines = [...toWebcareCsvLines(generateExport({ seed: 7, messages }))];
  const bad = [
    '1;2;;WhatsApp;Inkomend;Jan',
    '3;4;;WhatsApp;Inkomend;Jan;31-08-2026 10:00;',
    '5;6;;WhatsApp;Inkomend;Jan;geen datum;Hallo, bel me op 0612345678',
  ];
  for (let at = 500; at < lines.length; at += 997) lines.splice(at, 0, bad[at % bad.length]!);
  return `${lines.join('\r\n')}\r\n`;
}

async function ingestLines(file: string, pool: IngestWorkerPool | null) {
  const problems: string[] = [];
  const stats = createStats();
  const chunks: Buffer[] = [];
  const source = { name: file, open: () => readInputBytes(file) };
  const onProblem = (p: IngestProblem): number => problems.push(`${p.file}:${p.line}: ${p.message}`);
  const options = { companyHandles, pseudonymize: createPseudonymizer(SALT), onProblem, ...(pool ? { remote: pool.remote } : {}) };
  for await (const lines of ingestSourceLines(source, options, stats)) chunks.push(Buffer.from(lines));
  return { ndjson: Buffer.concat(chunks), problems, stats };
}

describe('ingest with a worker thread', () => {
  let folder = '';
  let file = '';
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'veelgesteld-ingest-workers-'));
    file = join(folder, 'export.csv');
    await writeFile(file, exportWithBadRows(6000));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('writes the same NDJSON, stats and problems (in order) as one thread and as JSON.stringify of each message', async () => {
    const single = await ingestLines(file, null);
    const pool = createIngestWorkerPool({ salt: SALT });
    let threaded: Awaited<ReturnType<typeof ingestLines>>;
    try {
      threaded = await ingestLines(file, pool);
      expect(pool.sent()).toBeGreaterThan(0);
    } finally {
      await pool.close();
    }
    const problems: string[] = [];
    let expected = '';
    const source = { name: file, open: () => readInputBytes(file) };
    const options = {
      companyHandles,
      pseudonymize: createPseudonymizer(SALT),
      onProblem: (p: IngestProblem) => problems.push(`${p.file}:${p.line}: ${p.message}`),
    };
    for await (const batch of ingestSourceBatches(source, options)) for (const message of batch) expected += `${JSON.stringify(message)}\n`;

    expect(single.ndjson.toString('utf8')).toBe(expected);
    expect(threaded.ndjson.equals(single.ndjson)).toBe(true);
    expect(threaded.stats).toEqual(single.stats);
    expect(threaded.problems).toEqual(single.problems);
    expect(single.problems).toEqual(problems);
    expect(single.stats.kept).toBeGreaterThan(5000);
    expect(Object.keys(single.stats.skipped).sort()).toEqual(['bad-date', 'empty-text', 'ragged-row']);
    // Bad rows are reported as file:line, in file order.
    const lines = single.problems.map((problem) => Number(problem.slice(file.length + 1).split(':')[0]));
    expect(lines.length).toBeGreaterThanOrEqual(6);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    expect(single.problems.every((problem) => problem.startsWith(`${file}:`))).toBe(true);
  });

  it('carries prepared messages across threads unchanged, also when a value holds the separator', () => {
    const item = (author: string, text: string): PreparedMessage => ({
      raw: {
        line: 3,
        sourceId: null,
        conversationKey: null,
        inReplyTo: 'x:1',
        channel: 'whatsapp',
        direction: null,
        author,
        createdAt: '2026-11-03T10:00:00+01:00',
        text: ` ${text}\r\n`,
      },
      text,
      ownId: 'f.csv#1',
    });
    for (const items of [
      [item('Jan', 'Hoi'), item('Piet', 'Dag')],
      [item('J\u0000an', 'Hoi'), item('\u0001', '')],
    ]) {
      expect(preparedFromWire(preparedToWire(items))).toEqual(items.map((entry) => ({ ...entry, raw: { ...entry.raw, sourceId: null } })));
    }
  });
});
