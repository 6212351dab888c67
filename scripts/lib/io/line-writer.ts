// A streaming writer for large outputs (ingest's NDJSON) that still never leaves a half-written
// file: lines go to a temporary file beside the target, which is renamed only on commit.
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { atomicTarget } from './files.ts';

export interface LineWriter {
  /** Queues one line (a newline is added); resolves when there is room for more. */
  write: (line: string) => Promise<void> | void;
  /** Queues lines that already end in a newline (as text or UTF-8 bytes); resolves when there is room for more. */
  writeLines: (lines: string | Uint8Array) => Promise<void> | void;
  commit: () => Promise<void>;
  abort: () => Promise<void>;
}

const BATCH_CHARS = 256 * 1024;

export async function createAtomicLineWriter(path: string): Promise<LineWriter> {
  await mkdir(dirname(path), { recursive: true });
  const target = atomicTarget(path);
  // Room for a few batches of bytes from the ingest worker before waiting for the disk.
  const stream = createWriteStream(target.tmp, { highWaterMark: 1024 * 1024 });
  let failure: Error | null = null;
  stream.on('error', (error) => (failure = error));
  let batch = '';
  const drained = (ok: boolean): Promise<void> | undefined => {
    if (ok) return undefined;
    return new Promise<void>((resolve, reject) => {
      const onError = (error: Error): void => reject(error);
      stream.once('error', onError);
      stream.once('drain', () => {
        stream.off('error', onError);
        resolve();
      });
    });
  };
  // Bytes go after the text queued before them.
  const writeBytes = (bytes: Uint8Array): Promise<void> | undefined => {
    if (failure) return Promise.reject(failure);
    if (batch !== '') {
      stream.write(batch);
      batch = '';
    }
    return drained(stream.write(bytes));
  };
  const flush = async (): Promise<void> => {
    if (failure) throw failure;
    if (batch === '') return;
    const ok = stream.write(batch);
    batch = '';
    if (!ok) {
      await new Promise<void>((resolve, reject) => {
        const onError = (error: Error): void => reject(error);
        stream.once('error', onError);
        stream.once('drain', () => {
          stream.off('error', onError);
          resolve();
        });
      });
    }
  };
  const close = (): Promise<void> =>
    new Promise((resolve, reject) => {
      if (stream.closed) return resolve();
      stream.end((error?: Error | null) => (error ? reject(error) : resolve()));
    });
  return {
    write: (line) => {
      batch += `${line}\n`;
      return batch.length >= BATCH_CHARS ? flush() : undefined;
    },
    writeLines: (lines) => {
      if (typeof lines === 'string') {
        batch = batch === '' ? lines : batch + lines;
        return batch.length >= BATCH_CHARS ? flush() : undefined;
      }
      return writeBytes(lines);
    },
    commit: async () => {
      await flush();
      await close();
      if (failure) throw failure;
      await target.commit();
    },
    abort: async () => {
      batch = '';
      await close().catch(() => undefined);
      await target.abort();
    },
  };
}
