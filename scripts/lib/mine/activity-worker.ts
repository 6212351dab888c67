// Worker side of `activityInWorker`: prepares once, then answers one list of groups per message.
import { parentPort, workerData } from 'node:worker_threads';
import { activityOf, fromWire, type ActivityWire } from './activity.ts';

const activity = activityOf(fromWire(workerData as ActivityWire));
parentPort!.on('message', (groups: number[][]) => parentPort!.postMessage(groups.map(activity)));
