// `npm run bench -- access-log [--lines 1000000] [--search-share 0.08]`: writes a combined-layout
// access log (pages, assets, crawlers and site searches, `--search-share` of the lines), runs the
// real `veelgesteld ingest` on it in a child process, and reports lines per second (target:
// 200,000) and that process's peak RSS. The log lives in os.tmpdir() and is deleted after.
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runChild } from './_child.ts';
import { parseArgs } from 'node:util';
import { createRandom } from '#lib/synth/random.ts';

const QUERIES = [
  'termijnbedrag aanpassen',
  'meterstanden doorgeven',
  'opzeggen',
  'betalingsregeling',
  'iban wijzigen',
  'storing utrecht',
  'wachtwoord vergeten',
  'factuur downloaden',
  'modem bezorging',
  'wifi traag',
  'verhuizen',
  'terugleverkosten',
];
const PAGES = [
  '/',
  '/faq/',
  '/faq/verhuizen/',
  '/faq/termijnbedrag-aanpassen/',
  '/blog/',
  '/_astro/index.C3f9a1.css',
  '/_astro/search.BxT4k2.js',
  '/favicon.svg',
];
const AGENT = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

async function writeLog(path: string, lines: number, searchShare: number): Promise<void> {
  const random = createRandom(2026);
  const out = createWriteStream(path);
  const start = Date.parse('2026-09-01T00:00:00Z');
  const step = (90 * 86_400_000) / lines;
  let batch = '';
  for (let i = 0; i < lines; i++) {
    const at = new Date(start + i * step);
    const pad = (n: number): string => String(n).padStart(2, '0');
    const time = `${pad(at.getUTCDate())}/${MONTHS[at.getUTCMonth()]}/${at.getUTCFullYear()}:${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}:${pad(at.getUTCSeconds())} +0000`;
    const path =
      random.next() < searchShare
        ? `/zoeken/?q=${encodeURIComponent(random.pick(QUERIES)).replace(/%20/gu, '+')}${random.chance(0.3) ? `+${random.int(100)}` : ''}`
        : random.pick(PAGES);
    batch += `10.${random.int(256)}.${random.int(256)}.${random.int(256)} - - [${time}] "GET ${path} HTTP/1.1" 200 ${1000 + random.int(9000)} "-" "${AGENT}"\n`;
    if (batch.length > 1 << 20) {
      if (!out.write(batch)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      batch = '';
    }
  }
  await new Promise<void>((resolve, reject) => out.end(batch, () => resolve()).once('error', reject));
}

type ChildResult = { seconds: number; peakRssMB: number; kept: number };

function runBenchChild(log: string, ndjson: string): Promise<ChildResult> {
  return runChild<ChildResult>(fileURLToPath(import.meta.url), [log, ndjson]);
}

/** Child mode: the real CLI command in this process, so resourceUsage() is ingest's own memory. */
async function child(log: string, ndjson: string): Promise<void> {
  const { runCommand } = await import('citty');
  const { default: ingest } = await import('#scripts/commands/ingest.ts');
  const started = performance.now();
  const { result } = await runCommand(ingest, { rawArgs: [log, '--out', ndjson] });
  const seconds = (performance.now() - started) / 1000;
  if (result !== 0) process.exit(1);
  let kept = 0;
  const { createReadStream } = await import('node:fs');
  for await (const chunk of createReadStream(ndjson)) for (const byte of chunk as Buffer) if (byte === 10) kept++;
  console.log(JSON.stringify({ seconds, peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024), kept } satisfies ChildResult));
}

export default async function bench(args: string[]): Promise<Record<string, unknown>> {
  const { values } = parseArgs({ args, options: { lines: { type: 'string', default: '1000000' }, 'search-share': { type: 'string', default: '0.08' } } });
  const lines = Number(values.lines);
  const searchShare = Number(values['search-share']);
  if (!Number.isInteger(lines) || lines <= 0) throw new Error('--lines needs a positive whole number');
  const folder = await mkdtemp(join(tmpdir(), 'veelgesteld-bench-access-log-'));
  try {
    const log = join(folder, 'access.log');
    const ndjson = join(folder, 'messages.ndjson');
    console.error(`access-log bench: writing ${lines} lines…`);
    await writeLog(log, lines, searchShare);
    const inputMB = Math.round((await stat(log)).size / 1e5) / 10;
    console.error(`access-log bench: ingesting ${inputMB} MB…`);
    const { seconds, peakRssMB, kept } = await runBenchChild(log, ndjson);
    return {
      lines,
      searches: kept,
      inputMB,
      seconds: round(seconds),
      linesPerSecond: Math.round(lines / seconds),
      peakRssMB,
      targets: { linesPerSecond: 200_000 },
    };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

const round = (value: number): number => Math.round(value * 100) / 100;

if (process.argv[2] === '--child') await child(process.argv[3] as string, process.argv[4] as string);
