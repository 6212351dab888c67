// Ingest on two cores: this thread reads, decodes and parses an export and writes the NDJSON, while
// a worker thread scrubs, pseudonymises and serialises batches of its messages — as many as it can
// take; this thread does the others (see RemoteNormalizer). Batches are written in file order, so
// the output is byte for byte that of one thread.
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { FileSettings, NormalizedBatch, PreparedMessage, RemoteNormalizer } from '../ingest/index.ts';

/** Below this size (on disk) threads cost more than they save: small exports are read in one thread. */
export const INGEST_WORKERS_FROM_BYTES = 4 * 1024 * 1024;

/** Values per message on the wire. */
const FIELDS = 10;
/** Between values on the wire: the cleaned text never holds it, the other values almost never. */
const SEPARATOR = '\u0000';
const NULL = '\u0001';

/**
 * PreparedMessage[] as one string (a string crosses threads as one copy; objects and arrays are
 * cloned value by value), or as a flat array when a value holds the separator. The raw text goes
 * only when cleaning changed it.
 */
export function preparedToWire(items: readonly PreparedMessage[]): string | (string | null)[] {
  const wire: (string | null)[] = new Array(items.length * FIELDS);
  let at = 0;
  let plain = true;
  for (const { raw, text, ownId } of items) {
    const rawText = raw.text === text ? null : raw.text;
    wire[at++] = String(raw.line);
    wire[at++] = raw.conversationKey;
    wire[at++] = raw.inReplyTo;
    wire[at++] = raw.channel;
    wire[at++] = raw.direction;
    wire[at++] = raw.author;
    wire[at++] = raw.createdAt;
    wire[at++] = rawText;
    wire[at++] = text;
    wire[at++] = ownId;
    if (
      plain &&
      (hasSeparator(raw.conversationKey) ||
        hasSeparator(raw.inReplyTo) ||
        hasSeparator(raw.author) ||
        hasSeparator(rawText) ||
        hasSeparator(ownId) ||
        hasSeparator(raw.createdAt))
    ) {
      plain = false;
    }
  }
  if (!plain) return wire;
  for (let i = 0; i < wire.length; i++) if (wire[i] === null) wire[i] = NULL;
  return wire.join(SEPARATOR);
}

const hasSeparator = (value: string | null): boolean => value !== null && (value.includes(SEPARATOR) || value === NULL);

export function preparedFromWire(wire: string | readonly (string | null)[]): PreparedMessage[] {
  const values = typeof wire === 'string' ? wire.split(SEPARATOR).map((value) => (value === NULL ? null : value)) : wire;
  const items: PreparedMessage[] = [];
  for (let at = 0; at + FIELDS <= values.length; at += FIELDS) {
    const text = values[at + 8] as string;
    items.push({
      raw: {
        line: Number(values[at]),
        sourceId: null,
        conversationKey: values[at + 1] as string | null,
        inReplyTo: values[at + 2] as string | null,
        channel: values[at + 3] as PreparedMessage['raw']['channel'],
        direction: values[at + 4] as PreparedMessage['raw']['direction'],
        author: values[at + 5] as string,
        createdAt: values[at + 6] as string | null,
        text: values[at + 7] ?? text,
      },
      text,
      ownId: values[at + 9] as string,
    });
  }
  return items;
}

export type ToWorker = { kind: 'file'; settings: FileSettings } | { kind: 'batch'; id: number; wire: string | (string | null)[] };
export type FromWorker = { id: number; ok: true; batch: NormalizedBatch } | { id: number; ok: false; error: string };

export interface IngestWorkerPool {
  /** The pool's side of one file, to pass as `remote` to ingestSourceLines. */
  remote: (settings: FileSettings) => RemoteNormalizer;
  /** Batches handed to the workers so far. */
  sent: () => number;
  close: () => Promise<void>;
}

/** Batches per worker: one it works on and some waiting, so it never idles between them. */
const QUEUED_PER_WORKER = 3;

/** Worker threads that normalise with pseudonyms salted by `salt`; close it when done. */
export function createIngestWorkerPool(options: { salt: string; workers?: number }): IngestWorkerPool {
  const count = Math.max(1, options.workers ?? 1);
  const pending = new Map<number, { resolve: (batch: NormalizedBatch) => void; reject: (error: Error) => void }>();
  let failure: Error | null = null;
  const fail = (error: Error): void => {
    failure ??= error;
    for (const { reject } of pending.values()) reject(failure);
    pending.clear();
  };
  const workers = Array.from({ length: count }, () => {
    // Results come on a port of their own, which this thread can also read synchronously (below).
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(new URL('./ingest-worker.ts', import.meta.url), { workerData: { salt: options.salt, port: port2 }, transferList: [port2] });
    const entry = { worker, port: port1, queued: 0, receive: (message: FromWorker): void => receive(entry, message) };
    port1.on('message', entry.receive);
    worker.on('error', (error) => fail(error));
    worker.on('exit', (code) => fail(new Error(`an ingest worker stopped with code ${code}`)));
    return entry;
  });
  function receive(entry: { queued: number }, message: FromWorker): void {
    entry.queued--;
    const waiting = pending.get(message.id);
    if (!waiting) return;
    pending.delete(message.id);
    if (message.ok) waiting.resolve(message.batch);
    else waiting.reject(new Error(`ingest worker: ${message.error}`));
  }
  let nextId = 0;
  return {
    sent: () => nextId,
    remote: (settings) => {
      for (const { worker } of workers) worker.postMessage({ kind: 'file', settings } satisfies ToWorker);
      return (items) => {
        if (failure) return Promise.reject(failure);
        // This thread may parse many chunks without returning to the event loop: collect finished batches now.
        for (const entry of workers) {
          for (let next = receiveMessageOnPort(entry.port); next; next = receiveMessageOnPort(entry.port)) entry.receive(next.message as FromWorker);
        }
        let chosen = workers[0]!;
        for (const entry of workers) if (entry.queued < chosen.queued) chosen = entry;
        if (chosen.queued >= QUEUED_PER_WORKER) return null;
        chosen.queued++;
        return new Promise<NormalizedBatch>((resolve, reject) => {
          const id = nextId++;
          pending.set(id, { resolve, reject });
          chosen.worker.postMessage({ kind: 'batch', id, wire: preparedToWire(items) } satisfies ToWorker);
        });
      };
    },
    close: async () => {
      failure ??= new Error('the ingest workers were closed');
      for (const { port } of workers) port.close();
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
    },
  };
}
