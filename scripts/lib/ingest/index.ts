// Reads webcare exports (CSV/TSV, X customer-support CSV, X archive, Facebook, WhatsApp, helpdesk
// JSON/NDJSON, any of them gzipped by the caller's byte source) into the shared Message model, as
// a stream: one file at a time, one record at a time. Personal data is scrubbed before a message
// leaves this module; problems are reported as events with the file and line, never with content.
import type { Message } from '#core/message.ts';
import { createScrubber } from '../scrub/index.ts';
import { peekText } from './chunks.ts';
import { decodeChunks, utf8Chunks } from './decode.ts';
import { detectExportFormat, formatNamed, type Format } from './detect.ts';
import { companyMatcher, createTextCache, finishMessage, prepareMessage, toMessage, type PreparedMessage, type Pseudonymize } from './normalize.ts';
import { SKIP_REASONS, type ColumnMap, type FormatInput, type IngestSource, type ReaderEvent, type SkipReason } from './types.ts';

export { SKIP_REASONS, type ColumnMap, type IngestSource, type RawMessage, type SkipReason } from './types.ts';
export { parseColumnMap } from './columns.ts';
export { detectFormat, FORMATS, type Format } from './detect.ts';
export { parseTimestamp, instantToIso, localToIso } from './time.ts';
export { repairMojibake } from './formats/facebook.ts';
export { sniffEncoding, decodeChunks, type TextEncoding } from './decode.ts';
export { MAX_TEXT_LENGTH, type PreparedMessage, type Pseudonymize } from './normalize.ts';

export interface IngestOptions {
  /** Overrides format detection for every file. */
  format?: Format;
  map?: ColumnMap;
  /** The company's own accounts and names as they appear in exports: their messages are "out", never scrubbed as handles. */
  companyHandles?: readonly string[];
  companyPublicNumbers?: readonly string[];
  pseudonymize: Pseudonymize;
  /** Every skipped record and every warning, with file and line. */
  onProblem?: (problem: IngestProblem) => void;
}

export interface IngestProblem {
  file: string;
  line: number | undefined;
  /** What is wrong, without any of the record's content. */
  message: string;
  /** Set when a record was skipped; absent for warnings. */
  reason?: SkipReason;
}

export interface IngestStats {
  files: number;
  unreadableFiles: number;
  read: number;
  kept: number;
  skipped: Partial<Record<SkipReason, number>>;
  warnings: number;
  /** Records that are not messages and not problems (an access log's page requests), by what they are. */
  ignored: Record<string, number>;
  formats: Partial<Record<Format, number>>;
}

export function createStats(): IngestStats {
  return { files: 0, unreadableFiles: 0, read: 0, kept: 0, skipped: {}, warnings: 0, ignored: {}, formats: {} };
}

/** Messages from one file; `stats` is updated as records are read. */
export async function* ingestSource(source: IngestSource, options: IngestOptions, stats: IngestStats = createStats()): AsyncGenerator<Message> {
  for await (const batch of ingestSourceBatches(source, options, stats)) yield* batch;
}

/** Like ingestSource, in batches of messages (one per chunk read): the fast path for large exports. */
export async function* ingestSourceBatches(source: IngestSource, options: IngestOptions, stats: IngestStats = createStats()): AsyncGenerator<Message[]> {
  const report = (problem: Omit<IngestProblem, 'file'>): void => options.onProblem?.({ file: source.name, ...problem });
  const isCompany = companyMatcher(options.companyHandles ?? []);
  const scrubber = createScrubber({ companyHandles: options.companyHandles ?? [], companyPublicNumbers: options.companyPublicNumbers ?? [] });
  const context = {
    fileName: source.name,
    pseudonymize: options.pseudonymize,
    scrub: scrubber,
    textCache: createTextCache(),
    isCompany,
    sequence: { next: 1 },
  };
  let undecidedDirection = 0;
  let outbound = 0;
  stats.files++;
  const handle = (event: ReaderEvent): Message | null => {
    if (event.kind === 'ignored') {
      stats.ignored[event.detail] = (stats.ignored[event.detail] ?? 0) + event.count;
      return null;
    }
    if (event.kind === 'warning') {
      stats.warnings++;
      report({ line: event.line, message: event.detail });
      return null;
    }
    if (event.kind === 'skip') {
      if (event.reason === 'unreadable-file') {
        stats.unreadableFiles++;
        report({ line: event.line, message: event.detail, reason: event.reason });
        return null;
      }
      stats.read++;
      stats.skipped[event.reason] = (stats.skipped[event.reason] ?? 0) + 1;
      report({ line: event.line, message: event.detail, reason: event.reason });
      return null;
    }
    stats.read++;
    const result = toMessage(event.message, context);
    if ('skipped' in result) {
      stats.read--;
      return handle(result.skipped);
    }
    if (event.message.direction === null) undecidedDirection++;
    if (result.message.direction === 'out') outbound++;
    stats.kept++;
    return result.message;
  };
  try {
    for await (const item of readEvents(source, options, isCompany, report, stats)) {
      if (Array.isArray(item)) {
        const messages: Message[] = [];
        for (const event of item) {
          const message = handle(event);
          if (message) messages.push(message);
        }
        if (messages.length > 0) yield messages;
      } else {
        const message = handle(item);
        if (message) yield [message];
      }
    }
  } catch (error) {
    stats.unreadableFiles++;
    report({ line: undefined, message: `could not be read: ${describeError(error)}`, reason: 'unreadable-file' });
    return;
  }
  if (undecidedDirection > 0 && outbound === 0 && (options.companyHandles ?? []).length === 0) {
    stats.warnings++;
    report({
      line: undefined,
      message:
        'every message counted as a customer question; pass --company-handle "<name or @handle as in the export>" so the company\'s replies are marked "out"',
    });
  }
}

/** What a file's messages need besides themselves to be normalised (sent to a worker as is). */
export interface FileSettings {
  fileName: string;
  companyHandles: readonly string[];
  companyPublicNumbers: readonly string[];
}

/** A batch of prepared messages as NDJSON lines (each ending in a newline), plus the ones that failed. */
export interface NormalizedBatch {
  /** The lines as text, or as UTF-8 bytes when they come from another thread. */
  ndjson: string | Uint8Array;
  /** How many of the written messages are the company's. */
  outbound: number;
  /** Index into the batch and the skip event, for each message that was not written. */
  skipped: [number, ReaderEvent][];
}

/** Normalises one file's prepared messages, batch by batch and in order. */
export type BatchNormalizer = (items: PreparedMessage[]) => NormalizedBatch;

/**
 * Hands a batch to another thread, or returns null when that thread is busy: the batch is then
 * normalised here, so neither thread waits for the other.
 */
export type RemoteNormalizer = (items: PreparedMessage[]) => Promise<NormalizedBatch> | null;

/** The same work as finishMessage on each message, serialised as NDJSON in one string. */
export function createBatchNormalizer(settings: FileSettings, pseudonymize: Pseudonymize): BatchNormalizer {
  const context = {
    fileName: settings.fileName,
    pseudonymize,
    scrub: createScrubber({ companyHandles: settings.companyHandles, companyPublicNumbers: settings.companyPublicNumbers }),
    textCache: createTextCache(),
    isCompany: companyMatcher(settings.companyHandles),
  };
  return (items) => {
    let ndjson = '';
    let outbound = 0;
    const skipped: [number, ReaderEvent][] = [];
    for (let i = 0; i < items.length; i++) {
      const result = finishMessage(items[i]!, context);
      if ('skipped' in result) {
        skipped.push([i, result.skipped]);
        continue;
      }
      ndjson += `${JSON.stringify(result.message)}\n`;
      if (result.message.direction === 'out') outbound++;
    }
    return { ndjson, outbound, skipped };
  };
}

export interface LineIngestOptions extends IngestOptions {
  /** Another thread that takes batches of a file's messages when it has room; the rest is normalised here with `pseudonymize`. */
  remote?: (settings: FileSettings) => RemoteNormalizer;
}

/** Batches waiting to be written before this thread waits for the oldest one. */
const MAX_WAITING_BATCHES = 16;

type Step =
  | { kind: 'report'; problem: Omit<IngestProblem, 'file'> }
  | {
      kind: 'batch';
      events: (ReaderEvent | { kind: 'prepared'; undecided: boolean })[];
      result: Promise<NormalizedBatch> | NormalizedBatch;
      settled: boolean;
      value?: NormalizedBatch;
    };

/** Readers that yield one event at a time have their events gathered into batches of this many. */
const SINGLE_EVENTS_PER_BATCH = 512;

/**
 * ingestSourceBatches as NDJSON, chunk by chunk: the same lines JSON.stringify writes for each
 * message, the same stats and the same problems in the same order. Messages are prepared here in
 * file order; each batch is normalised by `options.remote` when it has room, else here.
 */
export async function* ingestSourceLines(
  source: IngestSource,
  options: LineIngestOptions,
  stats: IngestStats = createStats(),
): AsyncGenerator<string | Uint8Array> {
  const report = (problem: Omit<IngestProblem, 'file'>): void => options.onProblem?.({ file: source.name, ...problem });
  const companyHandles = options.companyHandles ?? [];
  const isCompany = companyMatcher(companyHandles);
  const settings: FileSettings = { fileName: source.name, companyHandles, companyPublicNumbers: options.companyPublicNumbers ?? [] };
  const local = createBatchNormalizer(settings, options.pseudonymize);
  const remote = options.remote?.(settings) ?? null;
  const sequence = { fileName: source.name, sequence: { next: 1 } };
  let undecidedDirection = 0;
  let outbound = 0;
  stats.files++;
  const steps: Step[] = [];
  // Reports made while reading wait behind the batches read before them.
  const deferredReport = (problem: Omit<IngestProblem, 'file'>): void => {
    if (steps.length === 0) report(problem);
    else steps.push({ kind: 'report', problem });
  };
  const count = (event: ReaderEvent): void => {
    if (event.kind === 'ignored') {
      stats.ignored[event.detail] = (stats.ignored[event.detail] ?? 0) + event.count;
    } else if (event.kind === 'warning') {
      stats.warnings++;
      report({ line: event.line, message: event.detail });
    } else if (event.kind === 'skip') {
      if (event.reason === 'unreadable-file') {
        stats.unreadableFiles++;
      } else {
        stats.read++;
        stats.skipped[event.reason] = (stats.skipped[event.reason] ?? 0) + 1;
      }
      report({ line: event.line, message: event.detail, reason: event.reason });
    }
  };
  const dispatch = (events: ReaderEvent[]): void => {
    const ordered: Extract<Step, { kind: 'batch' }>['events'] = [];
    const prepared: PreparedMessage[] = [];
    for (const event of events) {
      if (event.kind !== 'message') {
        ordered.push(event);
        continue;
      }
      const ready = prepareMessage(event.message, sequence);
      if ('skipped' in ready) {
        ordered.push(ready.skipped);
        continue;
      }
      ordered.push({ kind: 'prepared', undecided: event.message.direction === null });
      prepared.push(ready);
    }
    if (ordered.length === 0) return;
    const result = prepared.length === 0 ? { ndjson: '', outbound: 0, skipped: [] } : (remote?.(prepared) ?? local(prepared));
    const step: Step = { kind: 'batch', events: ordered, result, settled: !(result instanceof Promise) };
    if (result instanceof Promise) {
      result.then(
        (value) => {
          step.value = value;
          step.settled = true;
        },
        () => {
          // Settled too, so the failure comes out at once (settle awaits the result and throws).
          step.settled = true;
        },
      );
    } else {
      step.value = result;
    }
    steps.push(step);
  };
  // Settles the oldest step: its stats and problems, and its NDJSON (empty when none).
  const settle = async (): Promise<string | Uint8Array> => {
    const step = steps.shift()!;
    if (step.kind === 'report') {
      report(step.problem);
      return '';
    }
    let batch = step.value;
    if (!batch) {
      try {
        batch = await step.result;
      } catch (error) {
        // The normaliser failing is not the file's fault: it goes to the caller as it is.
        normalizerFailure = { error };
        throw error;
      }
    }
    let next = 0;
    let index = 0;
    for (const event of step.events) {
      if (event.kind !== 'prepared') {
        count(event);
        continue;
      }
      const skipped = batch.skipped[next];
      if (skipped && skipped[0] === index) {
        next++;
        count(skipped[1]);
      } else {
        stats.read++;
        stats.kept++;
        if (event.undecided) undecidedDirection++;
      }
      index++;
    }
    outbound += batch.outbound;
    return batch.ndjson;
  };
  const batches = (): number => steps.reduce((total, step) => total + (step.kind === 'batch' ? 1 : 0), 0);
  let failure: unknown = null;
  let normalizerFailure: { error: unknown } | null = null;
  let singles: ReaderEvent[] = [];
  try {
    for await (const item of readEvents(source, options, isCompany, deferredReport, stats)) {
      if (!Array.isArray(item)) {
        singles.push(item);
        if (singles.length < SINGLE_EVENTS_PER_BATCH) continue;
      } else if (singles.length > 0) {
        dispatch(singles);
        singles = [];
      }
      dispatch(Array.isArray(item) ? item : singles.splice(0));
      // Settled steps go out at once; unsettled ones only when too many are waiting.
      while (steps.length > 0 && (batches() > MAX_WAITING_BATCHES || steps[0]!.kind === 'report' || (steps[0] as { settled: boolean }).settled)) {
        const text = await settle();
        if (text.length > 0) yield text;
      }
    }
    if (singles.length > 0) dispatch(singles);
  } catch (error) {
    if (normalizerFailure) throw error;
    failure = error;
  }
  while (steps.length > 0) {
    const text = await settle();
    if (text.length > 0) yield text;
  }
  if (failure !== null) {
    stats.unreadableFiles++;
    report({ line: undefined, message: `could not be read: ${describeError(failure)}`, reason: 'unreadable-file' });
    return;
  }
  if (undecidedDirection > 0 && outbound === 0 && companyHandles.length === 0) {
    stats.warnings++;
    report({
      line: undefined,
      message:
        'every message counted as a customer question; pass --company-handle "<name or @handle as in the export>" so the company\'s replies are marked "out"',
    });
  }
}

async function* readEvents(
  source: IngestSource,
  options: IngestOptions,
  isCompany: (author: string) => boolean,
  report: (problem: Omit<IngestProblem, 'file'>) => void,
  stats: IngestStats,
): AsyncGenerator<ReaderEvent | ReaderEvent[]> {
  let warnedBytes = false;
  const events = {
    onInvalidBytes: () => {
      if (warnedBytes) return;
      warnedBytes = true;
      stats.warnings++;
      report({ line: undefined, message: 'contains bytes that are not valid text in its encoding; they were replaced by "\uFFFD"' });
    },
  };
  const decoded = (): AsyncIterable<string> => decodeChunks(source.open(), events);
  const { head, all, close } = await peekText(decoded(), 16 * 1024);
  if (head.trim() === '') {
    await close();
    yield { kind: 'skip', line: 1, reason: 'unreadable-file', detail: 'the file is empty' };
    return;
  }
  if (head.includes('\u0000')) {
    yield { kind: 'warning', line: undefined, detail: 'contains NUL bytes (binary data or an unknown encoding); they were removed' };
  }
  const format = options.format ? formatNamed(options.format) : detectExportFormat(source.name, head);
  stats.formats[format.name] = (stats.formats[format.name] ?? 0) + 1;
  let peekedStreamTaken = false;
  // The first pass reuses the stream that was already peeked at; a second pass opens the file again.
  const text = (): AsyncIterable<string> => {
    if (peekedStreamTaken) return decoded();
    peekedStreamTaken = true;
    return all;
  };
  const releasePeekedStream = async (): Promise<void> => {
    if (peekedStreamTaken) return;
    peekedStreamTaken = true;
    await close();
  };
  // A format that reads bytes never needs the peeked text stream: it is released before the bytes are read.
  async function* utf8(): AsyncGenerator<Uint8Array> {
    await releasePeekedStream();
    yield* utf8Chunks(source.open(), events);
  }
  const input: FormatInput = { fileName: source.name, map: options.map ?? {}, isCompany, head, text, utf8 };
  try {
    yield* format.read(input);
  } finally {
    await releasePeekedStream();
  }
}

function describeError(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error) {
    const code = String((error as { code: unknown }).code);
    if (code === 'Z_BUF_ERROR' || code === 'Z_DATA_ERROR') return 'the gzip data is corrupt or truncated';
    if (code === 'ENOENT') return 'no such file';
    if (code === 'EACCES') return 'permission denied';
    if (code === 'EISDIR') return 'is a folder, not a file';
    return code;
  }
  return error instanceof Error ? error.message : String(error);
}

/** Human-readable reason names for the summary. */
export function describeReason(reason: SkipReason): string {
  return SKIP_REASONS[reason];
}
