// Worker side of `collectFile`: collects one byte range of an export and posts the result back.
import { parentPort, workerData } from 'node:worker_threads';
import { collectRange, toWire, type ByteRange } from './messages.ts';

const { file, range } = workerData as { file: string; range: ByteRange };
try {
  parentPort!.postMessage({ ok: true, result: toWire(await collectRange(file, range)) });
} catch (error) {
  parentPort!.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) });
}
