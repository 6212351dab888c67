// `npm run bench -- fuzz [--seconds 120] [--seed N]`: fuzzes every export reader for a time budget
// with the cases of tests/unit/scripts/lib/ingest/fuzz-harness.ts (generated CSV exports with known
// good rows and damaged fixtures of every format). The cases run in a worker thread that a
// watchdog ends when one case takes far longer than its time bound, so a hang is counted, not
// waited for. Prints `inputs`, `crashes`, `hangs`, `skippedWithoutLocation`, `goodRecordsLost` and
// `seconds`; all but `inputs` and `seconds` are zero when the properties hold. Failing cases are
// listed (description and seed, never content) so they can be replayed.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import fc from 'fast-check';

interface WorkerInput {
  seed: number;
  from: number;
  until: number;
}

type WorkerMessage =
  | { kind: 'start'; index: number; description: string; bytes: number }
  | { kind: 'result'; index: number; crashed: boolean; slow: boolean; skippedWithoutLocation: number; lostGood: number; bytes: number; error?: string }
  | { kind: 'done' };

async function work({ seed, from, until }: WorkerInput): Promise<void> {
  const { anyCase, runCase } = await import('#tests/unit/scripts/lib/ingest/fuzz-harness.ts');
  const port = parentPort as NonNullable<typeof parentPort>;
  for (let index = from; index < until; index++) {
    const [fuzz] = fc.sample(anyCase, { seed: seed + index, numRuns: 1 });
    if (!fuzz) continue;
    port.postMessage({ kind: 'start', index, description: fuzz.description, bytes: fuzz.bytes.length } satisfies WorkerMessage);
    const verdict = await runCase(fuzz);
    port.postMessage({
      kind: 'result',
      index,
      crashed: verdict.crashed,
      slow: verdict.slow,
      skippedWithoutLocation: verdict.skippedWithoutLocation,
      lostGood: verdict.lostGood.length,
      bytes: fuzz.bytes.length,
      ...(verdict.error ? { error: verdict.error } : {}),
    } satisfies WorkerMessage);
  }
  port.postMessage({ kind: 'done' } satisfies WorkerMessage);
}

const HANG_FACTOR = 20;

export default async function bench(args: string[]): Promise<Record<string, unknown>> {
  const option = (name: string, fallback: number): number => {
    const at = args.indexOf(name);
    return at >= 0 ? Number(args[at + 1]) : fallback;
  };
  const budget = option('--seconds', 120);
  const seed = option('--seed', Date.now() % 1_000_000);
  const started = performance.now();
  const elapsed = (): number => (performance.now() - started) / 1000;
  const totals = { inputs: 0, crashes: 0, hangs: 0, slow: 0, skippedWithoutLocation: 0, goodRecordsLost: 0, megabytes: 0 };
  const failures: { index: number; problem: string; description: string }[] = [];
  let next = 0;
  while (elapsed() < budget) {
    // One worker for a batch of cases; a hang ends the worker and the batch goes on after that case.
    next = await new Promise<number>((resolve) => {
      const worker = new Worker(new URL(import.meta.url), { workerData: { seed, from: next, until: next + 1_000_000 } satisfies WorkerInput });
      let current: { index: number; description: string; bytes: number; since: number } | null = null;
      let resumeAt = next;
      const finish = (at: number): void => {
        clearInterval(watchdog);
        void worker.terminate();
        resolve(at);
      };
      const watchdog = setInterval(() => {
        if (elapsed() >= budget && !current) return finish(resumeAt);
        if (!current) return;
        const bound = HANG_FACTOR * (1 + current.bytes / 1e6);
        if ((performance.now() - current.since) / 1000 > bound) {
          totals.inputs++;
          totals.hangs++;
          failures.push({ index: current.index, problem: 'hang', description: current.description });
          finish(current.index + 1);
        } else if (elapsed() >= budget + bound) {
          finish(current.index);
        }
      }, 100);
      worker.on('message', (message: WorkerMessage) => {
        if (message.kind === 'start') {
          current = { index: message.index, description: message.description, bytes: message.bytes, since: performance.now() };
          return;
        }
        if (message.kind === 'done') return finish(resumeAt);
        const description = current?.description ?? '';
        current = null;
        resumeAt = message.index + 1;
        totals.inputs++;
        totals.megabytes += message.bytes / 1e6;
        const problems = [
          message.crashed ? `crash (${message.error ?? 'unknown'})` : '',
          message.slow ? 'slow' : '',
          message.skippedWithoutLocation > 0 ? `${message.skippedWithoutLocation} skip(s) without a line` : '',
          message.lostGood > 0 ? `${message.lostGood} good record(s) lost` : '',
        ].filter(Boolean);
        if (message.crashed) totals.crashes++;
        if (message.slow) totals.slow++;
        totals.skippedWithoutLocation += message.skippedWithoutLocation;
        totals.goodRecordsLost += message.lostGood;
        if (problems.length > 0 && failures.length < 50) {
          failures.push({ index: message.index, problem: problems.join(', '), description });
        }
        if (elapsed() >= budget) finish(resumeAt);
      });
      worker.on('error', (error) => {
        // An exception that escaped the reader into the event loop, or running out of memory.
        totals.inputs++;
        totals.crashes++;
        failures.push({ index: current?.index ?? resumeAt, problem: `crash (${error.message})`, description: current?.description ?? '' });
        finish((current?.index ?? resumeAt) + 1);
      });
    });
    if (totals.inputs % 100 === 0) console.error(`fuzz: ${totals.inputs} inputs in ${Math.round(elapsed())} s`);
  }
  console.error(`fuzz: seed ${seed}; replay case i with fc.sample(anyCase, { seed: ${seed} + i, numRuns: 1 })`);
  for (const failure of failures) console.error(`fuzz: case ${failure.index}: ${failure.problem} ${failure.description}`);
  return {
    seed,
    inputs: totals.inputs,
    crashes: totals.crashes,
    hangs: totals.hangs,
    skippedWithoutLocation: totals.skippedWithoutLocation,
    goodRecordsLost: totals.goodRecordsLost,
    /** Over the unit test's bound of 1 s + 1 s/MB, but far from a hang (usually the machine's other load). */
    slow: totals.slow,
    megabytes: Math.round(totals.megabytes),
    seconds: Math.round(elapsed() * 10) / 10,
  };
}

if (!isMainThread) await work(workerData as WorkerInput);
