// Worker side of `activityInWorker`, run by io's function worker: prepares once, then answers one list of groups per message.
import { activityOf, fromWire, type Activity, type ActivityWire } from './activity.ts';

export function workerFunction(wire: ActivityWire): (groups: readonly (readonly number[])[]) => Activity[] {
  const activity = activityOf(fromWire(wire));
  return (groups) => groups.map(activity);
}
