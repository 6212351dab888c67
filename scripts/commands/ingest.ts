// `veelgesteld ingest <files...> --out messages.ndjson`: reads webcare exports into one scrubbed,
// pseudonymised NDJSON message stream. Problems go to stderr as "file:line: what is wrong".
import { defineCommand } from 'citty';
import cliProgress from 'cli-progress';
import { InputError } from '../lib/errors.ts';
import {
  FORMATS,
  createStats,
  describeReason,
  ingestSourceLines,
  parseColumnMap,
  type Format,
  type IngestProblem,
  type IngestStats,
  type SkipReason,
} from '../lib/ingest/index.ts';
import {
  createAtomicLineWriter,
  createIngestWorkerPool,
  createPseudonymizer,
  fileSize,
  INGEST_WORKERS_FROM_BYTES,
  type IngestWorkerPool,
  loadProjectConfigIfPresent,
  readInputBytes,
  saltFromEnvironment,
} from '../lib/io/index.ts';

/** Per file and reason, only the first few problems are listed; the summary counts them all. */
const LISTED_PER_REASON = 10;

export default defineCommand({
  meta: { name: 'ingest', description: 'Read webcare exports into one scrubbed NDJSON message stream.' },
  args: {
    out: { type: 'string', description: 'The NDJSON file to write (replaced atomically)', required: true },
    format: { type: 'string', description: `Skip detection: ${FORMATS.join(', ')}` },
    map: { type: 'string', description: 'CSV columns by name, e.g. text=Bericht,createdAt=Datum,author=Afzender' },
    strict: { type: 'boolean', description: 'Fail (and write nothing) when any record is skipped or any problem is found', default: false },
    'company-handle': { type: 'string', description: "The company's own @handles or names as in the export, comma-separated" },
  },
  async run({ args }) {
    const files = args._.map(String);
    if (files.length === 0) throw new InputError('name at least one export file, e.g. veelgesteld ingest export.csv --out work/messages.ndjson');
    const format = parseFormat(args.format);
    const map = parseColumnMap(args.map);
    const config = await loadProjectConfigIfPresent();
    const companyHandles = [...splitList(args['company-handle']), ...(config ? [...config.company.handles, config.company.name] : [])];
    const companyPublicNumbers = config?.company.publicNumbers ?? [];
    const stats = createStats();
    const printer = createProblemPrinter();
    const progress = createProgress(files);
    const writer = await createAtomicLineWriter(args.out);
    const salt = saltFromEnvironment();
    const pseudonymize = createPseudonymizer(salt);
    // Big exports are scrubbed by this thread and a worker at once (same output).
    let pool: IngestWorkerPool | null = null;
    try {
      for (const file of files) {
        const total = await fileSize(file).catch(() => 0);
        if (total >= INGEST_WORKERS_FROM_BYTES) pool ??= createIngestWorkerPool({ salt });
        progress.startFile(file, total);
        const source = { name: file, open: () => readInputBytes(file, progress.advance) };
        const remote = pool && total >= INGEST_WORKERS_FROM_BYTES ? { remote: pool.remote } : {};
        const options = { ...(format ? { format } : {}), map, companyHandles, companyPublicNumbers, pseudonymize, onProblem: printer.print, ...remote };
        for await (const lines of ingestSourceLines(source, options, stats)) {
          const pending = writer.writeLines(lines);
          if (pending) await pending;
        }
        progress.endFile();
      }
    } catch (error) {
      progress.stop();
      await writer.abort();
      throw error;
    } finally {
      await pool?.close();
    }
    progress.stop();
    printer.printHidden();
    const problems = stats.read - stats.kept + stats.warnings + stats.unreadableFiles;
    const failed = stats.kept === 0 || (args.strict && problems > 0);
    if (failed) await writer.abort();
    else await writer.commit();
    console.error(summary(stats, failed ? null : args.out));
    if (stats.kept === 0) console.error('veelgesteld ingest: no usable messages were read; nothing was written.');
    else if (failed) console.error(`veelgesteld ingest: --strict and ${problems} problem(s) found; nothing was written.`);
    return failed ? 1 : 0;
  },
});

function parseFormat(value: string | undefined): Format | undefined {
  if (value === undefined || value === '') return undefined;
  if ((FORMATS as readonly string[]).includes(value)) return value as Format;
  throw new InputError(`--format: unknown format "${value}"; use one of ${FORMATS.join(', ')}`);
}

function splitList(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

function createProblemPrinter(): { print: (problem: IngestProblem) => void; printHidden: () => void } {
  const counts = new Map<string, { file: string; reason: string; count: number }>();
  return {
    print: (problem) => {
      const key = `${problem.file}\u0000${problem.reason ?? 'warning'}`;
      const entry = counts.get(key) ?? { file: problem.file, reason: problem.reason ?? 'warning', count: 0 };
      entry.count++;
      counts.set(key, entry);
      if (entry.count > LISTED_PER_REASON) return;
      const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
      const skipped = problem.reason && problem.reason !== 'unreadable-file' ? ' (skipped)' : '';
      console.error(`${where}: ${problem.message}${skipped}`);
    },
    printHidden: () => {
      for (const { file, reason, count } of counts.values()) {
        if (count <= LISTED_PER_REASON) continue;
        const label = reason === 'warning' ? 'warnings' : describeReason(reason as SkipReason);
        console.error(`${file}: ${count - LISTED_PER_REASON} more like this not listed (${label})`);
      }
    },
  };
}

function summary(stats: IngestStats, out: string | null): string {
  const lines = [
    `ingest: ${stats.files} file(s), ${stats.read} message(s) read, ${stats.kept} kept, ${stats.read - stats.kept} skipped` +
      (stats.unreadableFiles > 0 ? `, ${stats.unreadableFiles} file(s) unreadable` : ''),
  ];
  for (const [reason, count] of Object.entries(stats.skipped)) {
    lines.push(`  skipped ${count}: ${describeReason(reason as SkipReason)}`);
  }
  for (const [what, count] of Object.entries(stats.ignored)) lines.push(`  ignored ${count}: ${what}`);
  if (stats.warnings > 0) lines.push(`  ${stats.warnings} warning(s) above`);
  if (out) lines.push(`wrote ${out}`);
  return lines.join('\n');
}

interface Progress {
  startFile: (file: string, total: number) => void;
  advance: (bytes: number) => void;
  endFile: () => void;
  stop: () => void;
}

/** A progress bar per file on a terminal; silent when stderr is not a TTY (CI, pipes, logs). */
function createProgress(files: readonly string[]): Progress {
  if (!process.stderr.isTTY) return { startFile: () => {}, advance: () => {}, endFile: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: ' {file} [{bar}] {percentage}% | {index}/{files}', hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  let index = 0;
  let done = 0;
  return {
    startFile: (file, total) => {
      index++;
      done = 0;
      bar.start(Math.max(total, 1), 0, { file, index, files: files.length });
    },
    advance: (bytes) => {
      done += bytes;
      bar.update(done);
    },
    endFile: () => bar.stop(),
    stop: () => bar.stop(),
  };
}
