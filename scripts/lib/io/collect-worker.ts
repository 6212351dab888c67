// Worker side of `collectFile`: collects one byte range of an export with the step's collection
// (imported from the module the step named) and posts the result back in wire form.
import { parentPort, workerData } from 'node:worker_threads';
import { collectRange, type ByteRange, type Collection, type FromCollectWorker } from './messages.ts';

const { file, range, module } = workerData as { file: string; range: ByteRange; module: string };
try {
  const { collection } = (await import(module)) as { collection: Collection<unknown, unknown> };
  const { collected, ...rest } = await collectRange(file, collection, range);
  parentPort!.postMessage({ ok: true, result: { ...rest, collected: collection.toWire(collected) } } satisfies FromCollectWorker<unknown>);
} catch (error) {
  parentPort!.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) } satisfies FromCollectWorker<unknown>);
}
