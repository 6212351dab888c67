// Worker side of createIngestWorkerPool: normalises batches of prepared messages for the current
// file and posts each batch's NDJSON back as UTF-8 bytes, in the order the batches came.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { createBatchNormalizer, type BatchNormalizer } from '../ingest/index.ts';
import { preparedFromWire, type FromWorker, type ToWorker } from './ingest-workers.ts';
import { createPseudonymizer } from './pseudonym.ts';

const { salt, port } = workerData as { salt: string; port: MessagePort };
const pseudonymize = createPseudonymizer(salt);
let normalize: BatchNormalizer | null = null;

parentPort!.on('message', (message: ToWorker) => {
  if (message.kind === 'file') {
    normalize = createBatchNormalizer(message.settings, pseudonymize);
    return;
  }
  try {
    if (!normalize) throw new Error('a batch came before its file');
    const batch = normalize(preparedFromWire(message.wire));
    // As bytes, moved rather than copied: the other thread writes them as they are.
    const bytes = typeof batch.ndjson === 'string' ? ownBuffer(Buffer.from(batch.ndjson, 'utf8')) : batch.ndjson;
    port.postMessage({ id: message.id, ok: true, batch: { ...batch, ndjson: bytes } } satisfies FromWorker, [bytes.buffer as ArrayBuffer]);
  } catch (error) {
    port.postMessage({ id: message.id, ok: false, error: error instanceof Error ? error.message : String(error) } satisfies FromWorker);
  }
});

/** Bytes that alone fill their ArrayBuffer (small Buffers share a pool, which cannot be moved). */
function ownBuffer(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);
}
