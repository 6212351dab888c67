// A pipeline step's pure function on another thread. The step names the module (by URL) whose
// `workerFunction(data)` prepares once and returns the function that answers each question; io
// starts the thread, so no step imports node:worker_threads.
import { Worker } from 'node:worker_threads';

/** Answers questions in another thread, in the order they were asked. */
export type FunctionWorker<Question, Answer> = { ask: (question: Question) => Promise<Answer>; close: () => void };

/** A module a FunctionWorker can run: `workerFunction` is pure (data in, function out). */
export type WorkerFunctionModule<Data, Question, Answer> = { workerFunction: (data: Data) => (question: Question) => Answer };

/**
 * Starts a thread that imports `module` and calls its `workerFunction(data)` at once (so it prepares
 * while this thread goes on); `data` and each question and answer must survive structured cloning.
 */
export function startFunctionWorker<Question, Answer>(module: URL, data: unknown, name = 'worker'): FunctionWorker<Question, Answer> {
  const worker = new Worker(new URL('./function-worker-thread.ts', import.meta.url), { workerData: { module: module.href, data } });
  let failure: Error | null = null;
  const pending: { resolve: (answer: Answer) => void; reject: (error: Error) => void }[] = [];
  const fail = (error: Error): void => {
    failure ??= error;
    for (const waiting of pending.splice(0)) waiting.reject(error);
  };
  worker.on('message', (answer: Answer) => pending.shift()?.resolve(answer));
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the ${name} stopped (code ${code})`)));
  return {
    ask: (question) =>
      new Promise((resolve, reject) => {
        if (failure) return reject(failure);
        pending.push({ resolve, reject });
        worker.postMessage(question);
      }),
    close: () => {
      worker.removeAllListeners('exit');
      void worker.terminate();
    },
  };
}
