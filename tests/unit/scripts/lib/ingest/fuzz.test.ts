import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { FORMATS, createStats, ingestSource, type Format, type IngestProblem } from '#lib/ingest/index.ts';
import { createPseudonymizer } from '#lib/io/index.ts';
import { seededRandom } from '#lib/mine/random.ts';

// A deterministic generator, so a failing case can be replayed from its seed.
const random = seededRandom;

const seeds = [
  'webcare.tsv',
  'twitter-support.csv',
  'x-archive/direct-messages.js',
  'whatsapp-nl.txt',
  'helpdesk-tickets.json',
  'helpdesk-tickets.ndjson',
  'facebook/inbox/sannedevries_4821/message_1.json',
  'webcare-utf16le.csv',
].map((file) => ({ file, bytes: readFileSync(`tests/fixtures/logs/${file}`) }));

function mutate(bytes: Uint8Array, next: () => number): Uint8Array {
  const copy = Uint8Array.from(bytes);
  const mode = Math.floor(next() * 4);
  if (mode === 0) return copy.subarray(0, Math.floor(next() * copy.length)); // truncated
  if (mode === 1) {
    for (let i = 0; i < 1 + next() * 20; i++) copy[Math.floor(next() * copy.length)] = Math.floor(next() * 256); // flipped bytes
    return copy;
  }
  if (mode === 2) return Uint8Array.from({ length: Math.floor(next() * 2000) }, () => Math.floor(next() * 256)); // noise
  return gzipSync(copy).subarray(0, Math.floor(next() * 200)); // broken gzip stays bytes here: the reader sees binary
}

async function run(bytes: Uint8Array, name: string, format?: Format) {
  const problems: IngestProblem[] = [];
  const stats = createStats();
  let kept = 0;
  const source = {
    name,
    open: async function* () {
      for (let i = 0; i < bytes.length; i += 97) yield bytes.subarray(i, i + 97);
    },
  };
  const options = { ...(format ? { format } : {}), pseudonymize: createPseudonymizer('fuzz'), onProblem: (p: IngestProblem) => problems.push(p) };
  for await (const message of ingestSource(source, options, stats)) {
    expect(message.text.length).toBeGreaterThan(0);
    kept++;
  }
  return { problems, stats, kept };
}

describe('ingestSource under random and truncated input', () => {
  it('never throws, and accounts for every record it read (300 seeded cases)', async () => {
    const next = random(20240312);
    for (let round = 0; round < 300; round++) {
      const seed = seeds[round % seeds.length] as (typeof seeds)[number];
      const bytes = mutate(seed.bytes, next);
      const format = round % 3 === 0 ? FORMATS[Math.floor(next() * FORMATS.length)] : undefined;
      const { problems, stats, kept } = await run(bytes, seed.file, format);
      expect(stats.kept).toBe(kept);
      const skipped = Object.values(stats.skipped).reduce((sum, count) => sum + count, 0);
      expect(stats.read).toBe(kept + skipped);
      for (const problem of problems) {
        expect(problem.file).toBe(seed.file);
        expect(problem.message.length).toBeGreaterThan(0);
      }
      // Nothing usable is never silent: something says why.
      if (kept === 0 && bytes.length > 0) expect(problems.length, `round ${round}: ${seed.file} as ${format ?? 'detected'}`).toBeGreaterThan(0);
    }
  });

  it('reports a megabyte-long line and still reads the next one', async () => {
    const long = `datum,bericht\n2024-01-01 10:00,"${'x'.repeat(5_000_000)}"\n2024-01-01 10:05,Waar blijft mijn pakket?\n`;
    const { problems, kept } = await run(Buffer.from(long), 'long.csv');
    expect(kept).toBe(1);
    expect(problems.filter((p) => p.reason)).toEqual([expect.objectContaining({ line: 2, reason: 'too-long' })]);
  });
});
