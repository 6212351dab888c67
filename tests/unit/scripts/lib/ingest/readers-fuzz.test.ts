// A short fuzzing budget for every export reader; `npm run bench -- fuzz` runs a long one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '#lib/ingest/index.ts';
import { anyCase, csvCase, ndjsonCase, runCase, timeBound, whatsAppCase } from './fuzz-harness.ts';

const SEED = Number(process.env.FC_SEED ?? 20261203);

describe('export readers under generated damage', () => {
  it('CSV with damaged rows, any encoding, delimiter and line ending: every good row is read, every skip has its line', async () => {
    await fc.assert(
      fc.asyncProperty(csvCase, async (fuzz) => {
        const verdict = await runCase(fuzz);
        expect(verdict, fuzz.description).toMatchObject({ crashed: false, skippedWithoutLocation: 0, lostGood: [] });
        expect(verdict.seconds, fuzz.description).toBeLessThan(timeBound(fuzz.bytes.length));
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  it.each([
    ['helpdesk NDJSON', ndjsonCase],
    ['WhatsApp chats', whatsAppCase],
  ] as const)('%s with damaged records: every good record is read, every skip has its line', async (_name, arbitrary) => {
    await fc.assert(
      fc.asyncProperty(arbitrary, async (fuzz) => {
        const verdict = await runCase(fuzz);
        expect(verdict, fuzz.description).toMatchObject({ crashed: false, skippedWithoutLocation: 0, lostGood: [] });
        expect(verdict.seconds, fuzz.description).toBeLessThan(timeBound(fuzz.bytes.length));
      }),
      { seed: SEED + 2, numRuns: 40 },
    );
  });

  it('every format, randomly damaged: no crash, no hang, every skip has its line', async () => {
    await fc.assert(
      fc.asyncProperty(anyCase, async (fuzz) => {
        const verdict = await runCase(fuzz);
        expect(verdict, fuzz.description).toMatchObject({ crashed: false, skippedWithoutLocation: 0, lostGood: [] });
        expect(verdict.seconds, fuzz.description).toBeLessThan(timeBound(fuzz.bytes.length));
      }),
      { seed: SEED + 1, numRuns: 100 },
    );
  });

  // Found by the WhatsApp generator: the header test ran on lines that still ended in "\r".
  it('recognises a WhatsApp chat saved with CRLF line ends', () => {
    expect(detectFormat('chat.txt', '01-09-2026 10:00 - Klant: Hoi\r\n01-09-2026 10:01 - Klant: Hallo?\r\n')).toBe('whatsapp');
    expect(detectFormat('export.txt', '[01-09-2026 10:00:00] Klant: Hoi\r\n')).toBe('whatsapp');
  });

  // Found by the fuzzer: a leading "\s*" in the media-marker pattern took quadratic time on a
  // message of a million blank lines (hours for 2 MB).
  it('reads a WhatsApp message of a million blank lines in bounded time', async () => {
    const chat = `01-09-2026 10:00 - Klant: Hoi${'\n'.repeat(1_000_000)}\n01-09-2026 10:01 - Klant: Waarom is mijn xkcdbrt zo duur?\n`;
    const verdict = await runCase({ name: 'chat.txt', bytes: Buffer.from(chat), chunkSize: 65_536, good: ['xkcdbrt'], description: 'blank lines' });
    expect(verdict).toMatchObject({ crashed: false, slow: false, lostGood: [] });
  });
});
