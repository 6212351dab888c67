// Worker side of startFunctionWorker: prepares the step's function once, then answers one question per message.
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerFunctionModule } from './function-worker.ts';

const { module, data } = workerData as { module: string; data: unknown };
const { workerFunction } = (await import(module)) as WorkerFunctionModule<unknown, unknown, unknown>;
const answer = workerFunction(data);
parentPort!.on('message', (question: unknown) => parentPort!.postMessage(answer(question)));
