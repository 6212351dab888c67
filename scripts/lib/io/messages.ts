// Reading an ingested export (NDJSON, one message per line). Big files are read in two halves at
// once — this thread and a worker each parse, validate and collect about half — and merged in order,
// so the result is the same as one pass. Every bad line is reported as "file:line: what is wrong".
// What is collected is the caller's business: a pipeline step passes its pure collector in.
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { formatLocation, InputError } from '../errors.ts';
import { type Message, messageSchema, plainMessage } from '#core/message.ts';

export type LineProblem = { line: number; message: string };
/** A byte range of the file; `end` is exclusive and falls just after a newline. */
export type ByteRange = { start: number; end: number };
export type CollectedFile<Result> = { collected: Result; problems: string[] };

/** How a pipeline step collects an export, as pure parts: io reads the file, the step decides what to keep. */
export interface Collection<Result, Wire> {
  /** A module that exports this object as `collection`: the worker that collects the second half of a big file imports it. */
  module: URL;
  /** A collector for one part of the file, fed its messages in order. */
  start: () => { add: (message: Message) => void; finish: () => Result };
  /** Consecutive parts as one: the same result as collecting the whole file in one pass. */
  merge: (parts: readonly Result[]) => Result;
  /** A part as data that survives structured cloning (to cross back from the worker), and back. */
  toWire: (result: Result) => Wire;
  fromWire: (wire: Wire) => Result;
}

/** Below this size a second thread costs more than it saves. */
const PARALLEL_FROM_BYTES = 16 * 1024 * 1024;

/** Parses and validates every line of `range`, handing each good message to `onMessage` in order. */
export async function readMessageLines(
  file: string,
  onMessage: (message: Message) => void,
  range?: ByteRange,
): Promise<{ lines: number; problems: LineProblem[] }> {
  const problems: LineProblem[] = [];
  const stream = createReadStream(file, { encoding: 'utf8', ...(range ? { start: range.start, end: range.end - 1 } : {}) });
  const opened = new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', reject);
  });
  try {
    await opened;
  } catch (error) {
    throw new InputError(`cannot read messages: ${error instanceof Error ? error.message : String(error)}`, { file, code: 'unreadable' });
  }
  let line = 0;
  const readLine = (raw: string): void => {
    line++;
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (text.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      problems.push({ line, message: 'not valid JSON' });
      return;
    }
    const plain = plainMessage(value);
    if (plain) return onMessage(plain);
    const parsed = messageSchema.safeParse(value);
    if (parsed.success) onMessage(parsed.data);
    else {
      const issue = parsed.error.issues[0]!;
      problems.push({ line, message: `${issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}${issue.message}` });
    }
  };
  // Split chunks by hand: several times faster than node:readline on a million lines.
  let rest = '';
  for await (const chunk of stream as AsyncIterable<string>) {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop() ?? '';
    for (const raw of lines) readLine(raw);
  }
  if (rest !== '') readLine(rest);
  return { lines: line, problems };
}

/** All good messages of a file, and its bad lines as "file:line: what is wrong". */
export async function readMessages(file: string): Promise<{ messages: Message[]; problems: string[] }> {
  const messages: Message[] = [];
  const { problems } = await readMessageLines(file, (message) => messages.push(message));
  return { messages, problems: problems.map(describeProblem(file)) };
}

/** Collects a whole export with a step's `collection`, reading big files in two halves at once. */
export async function collectFile<Result, Wire>(
  file: string,
  collection: Collection<Result, Wire>,
  options: { parallelFromBytes?: number } = {},
): Promise<CollectedFile<Result>> {
  const size = await fileSize(file);
  // This thread takes a little more than half: it also receives and merges the worker's half.
  const middle = size < (options.parallelFromBytes ?? PARALLEL_FROM_BYTES) ? null : await lineStartAfter(file, Math.floor(size * 0.53));
  if (middle === null || middle >= size) {
    const { collected, problems } = await collectRange(file, collection);
    return { collected, problems: problems.map(describeProblem(file)) };
  }
  const secondHalf = collectInWorker(file, collection, { start: middle, end: size });
  // Without a handler a failure here would go unnoticed until awaited below.
  secondHalf.catch(() => {});
  const first = await collectRange(file, collection, { start: 0, end: middle });
  const second = await secondHalf;
  // The first half ends with a newline: the second half's line 1 follows its last line.
  return {
    collected: collection.merge([first.collected, second.collected]),
    problems: [...first.problems, ...second.problems.map((p) => ({ ...p, line: p.line + first.lines }))].map(describeProblem(file)),
  };
}

type RangeResult<Result> = { collected: Result; lines: number; problems: LineProblem[] };

export async function collectRange<Result, Wire>(file: string, collection: Collection<Result, Wire>, range?: ByteRange): Promise<RangeResult<Result>> {
  const collector = collection.start();
  const { lines, problems } = await readMessageLines(file, (message) => collector.add(message), range);
  return { collected: collector.finish(), lines, problems };
}

/** What the worker posts back: its part of the file, collected and in wire form, or why it failed. */
export type FromCollectWorker<Wire> = { ok: true; result: RangeResult<Wire> } | { ok: false; error: string };

function collectInWorker<Result, Wire>(file: string, collection: Collection<Result, Wire>, range: ByteRange): Promise<RangeResult<Result>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./collect-worker.ts', import.meta.url), { workerData: { file, range, module: collection.module.href } });
    worker.once('message', (message: FromCollectWorker<Wire>) => {
      if (message.ok) resolve({ ...message.result, collected: collection.fromWire(message.result.collected) });
      else reject(new InputError(message.error, { file, code: 'unreadable' }));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the reader of ${file} stopped with code ${code}`));
    });
  });
}

/** "file:line: what is wrong", as every bad-input message is shown. */
function describeProblem(file: string): (problem: LineProblem) => string {
  return ({ line, message }) => `${formatLocation(file, line)}${message}`;
}

async function fileSize(file: string): Promise<number> {
  try {
    return (await stat(file)).size;
  } catch (error) {
    throw new InputError(`cannot read messages: ${error instanceof Error ? error.message : String(error)}`, { file, code: 'unreadable' });
  }
}

/** The offset just after the first newline at or after `offset`; null when there is none. */
async function lineStartAfter(file: string, offset: number): Promise<number | null> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(64 * 1024);
    for (let position = offset; ; position += buffer.length) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
      if (bytesRead === 0) return null;
      const newline = buffer.subarray(0, bytesRead).indexOf(0x0a);
      if (newline >= 0) return position + newline + 1;
    }
  } finally {
    await handle.close();
  }
}
