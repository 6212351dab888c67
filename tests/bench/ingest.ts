// `npm run bench -- ingest [--messages N]`: generates webcare CSV exports (100k, 300k and 1M
// messages by default) with the synthetic generator, in Windows-1252 as a Dutch Excel writes them
// (so the decoding to UTF-8 is measured too), runs the real `veelgesteld ingest` (parse,
// scrub, pseudonymise, validate, write) on each in a child process, and reports messages per
// second and that process's peak RSS. Generated files live in os.tmpdir() and are deleted after.
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runChild } from './_child.ts';
import iconv from 'iconv-lite';
import { generateExport, toWebcareCsvLines } from '#lib/synth/index.ts';

const DEFAULT_SIZES = [100_000, 300_000, 1_000_000];
const SEED = 4242;

interface Run {
  messages: number;
  kept: number;
  seconds: number;
  messagesPerSecond: number;
  /** CPU time in user mode per message (all threads, GC included): steadier than wall time on a shared machine. */
  userMicrosPerMessage: number;
  peakRssMB: number;
  inputMB: number;
}

async function writeExport(path: string, messages: number): Promise<void> {
  const out = createWriteStream(path);
  let batch = '';
  for (const line of toWebcareCsvLines(generateExport({ seed: SEED, messages }))) {
    batch += `${line}\r\n`;
    if (batch.length > 1 << 20) {
      if (!out.write(iconv.encode(batch, 'windows-1252'))) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      batch = '';
    }
  }
  await new Promise<void>((resolve, reject) => out.end(iconv.encode(batch, 'windows-1252'), () => resolve()).once('error', reject));
}

function runBenchChild(csv: string, ndjson: string): Promise<ChildResult> {
  return runChild<ChildResult>(fileURLToPath(import.meta.url), [csv, ndjson]);
}

interface ChildResult {
  seconds: number;
  userSeconds: number;
  peakRssMB: number;
  kept: number;
}

/** Child mode: the real CLI command in this process, so resourceUsage() is ingest's own memory. */
async function child(csv: string, ndjson: string): Promise<void> {
  const { runCommand } = await import('citty');
  const { default: ingest } = await import('#scripts/commands/ingest.ts');
  const started = performance.now();
  const cpu = process.cpuUsage();
  const { result } = await runCommand(ingest, { rawArgs: [csv, '--out', ndjson, '--company-handle', '@Veldlicht,Veldlicht'] });
  const seconds = (performance.now() - started) / 1000;
  const userSeconds = process.cpuUsage(cpu).user / 1e6;
  if (result !== 0) process.exit(1);
  let kept = 0;
  const { createReadStream } = await import('node:fs');
  for await (const chunk of createReadStream(ndjson)) for (const byte of chunk as Buffer) if (byte === 10) kept++;
  const peakRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(JSON.stringify({ seconds, userSeconds, peakRssMB, kept } satisfies ChildResult));
}

export default async function bench(args: string[]): Promise<Record<string, unknown>> {
  const flag = args.indexOf('--messages');
  const sizes = flag >= 0 ? [Number(args[flag + 1])] : DEFAULT_SIZES;
  if (sizes.some((size) => !Number.isInteger(size) || size <= 0)) throw new Error('--messages needs a positive whole number');
  const folder = await mkdtemp(join(tmpdir(), 'veelgesteld-bench-ingest-'));
  const runs: Run[] = [];
  try {
    for (const messages of sizes) {
      const csv = join(folder, `export-${messages}.csv`);
      const ndjson = join(folder, `messages-${messages}.ndjson`);
      console.error(`ingest bench: generating ${messages} messages…`);
      await writeExport(csv, messages);
      const inputMB = Math.round((await stat(csv)).size / 1e5) / 10;
      console.error(`ingest bench: ingesting ${inputMB} MB…`);
      const { seconds, userSeconds, peakRssMB, kept } = await runBenchChild(csv, ndjson);
      const userMicrosPerMessage = round((userSeconds * 1e6) / messages);
      runs.push({ messages, kept, seconds: round(seconds), messagesPerSecond: Math.round(messages / seconds), userMicrosPerMessage, peakRssMB, inputMB });
      console.error(
        `ingest bench: ${messages} messages in ${round(seconds)} s, ${Math.round(messages / seconds)} msg/s, ${userMicrosPerMessage} µs user CPU per message, peak RSS ${peakRssMB} MB`,
      );
      await rm(csv, { force: true });
      await rm(ndjson, { force: true });
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
  const largest = runs[runs.length - 1] as Run;
  const smallest = runs[0] as Run;
  return {
    messages: largest.messages,
    seconds: largest.seconds,
    messagesPerSecond: largest.messagesPerSecond,
    userMicrosPerMessage: largest.userMicrosPerMessage,
    peakRssMB: largest.peakRssMB,
    // 1.0 means time grows exactly linearly with input between the smallest and largest run.
    linearity: runs.length > 1 ? round(largest.seconds / largest.messages / (smallest.seconds / smallest.messages)) : 1,
    targets: { messagesPerSecond: 50_000, peakRssMB: 1024 },
    runs,
  };
}

const round = (value: number): number => Math.round(value * 100) / 100;

if (process.argv[2] === '--child') await child(process.argv[3] as string, process.argv[4] as string);
