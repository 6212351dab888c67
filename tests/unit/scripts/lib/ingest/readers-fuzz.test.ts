// A short fuzzing budget for every export reader; `npm run bench -- fuzz` runs a long one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
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
});
