// A burst of questions right after a consumer programme airs (the example Radar evening), added to
// an export without touching its other rows: its own seed, its own id range, its own customers.
import { planConversation, type PlannedMessage } from './conversation.ts';
import { personAt } from './people.ts';
import { createRandom } from './random.ts';
import { TOPICS } from './topics.ts';
import { toRow, type SynthRow } from './index.ts';

export type WaveOptions = {
  seed: number;
  /** The instant the programme airs (epoch ms). */
  airsAt: number;
  /** Customers who write in; most in the first two hours after airing. */
  questions: number;
  /** Topic key in TOPICS the programme is about. */
  topic: string;
};

const MINUTE = 60_000;
/** Mean minutes from airing to a question: people write during and just after the item. */
const MEAN_DELAY_MINUTES = 45;

/** The wave's rows (questions and the CMs' replies), in time order. */
export function broadcastWave(options: WaveOptions): SynthRow[] {
  const topic = TOPICS.find((t) => t.key === options.topic);
  if (!topic) throw new RangeError(`unknown topic ${options.topic}`);
  const random = createRandom(options.seed);
  let seq = 0;
  const planned: PlannedMessage[] = [];
  for (let i = 0; i < options.questions; i++) {
    const delay = 5 + Math.min(240, -Math.log(1 - random.next()) * MEAN_DELAY_MINUTES);
    const person = personAt(options.seed, 50_000 + i);
    const opening = { kind: 'question' as const, topic, variant: random.chance(0.6) ? ('broadcast' as const) : ('normal' as const) };
    planned.push(...planConversation(random, opening, options.airsAt + Math.floor(delay * MINUTE), String(9_100_000 + i * 3), person, () => seq++));
  }
  planned.sort((a, b) => a.at - b.at || a.seq - b.seq);
  let id = 905_000_000;
  return planned.map((message) => toRow(message, String((id += 1 + random.int(3)))));
}

/** Rows of two exports merged in time order (stable: on equal times the first export's row goes first). */
export function mergeByTime(first: readonly SynthRow[], second: readonly SynthRow[]): SynthRow[] {
  const out: SynthRow[] = [];
  let i = 0;
  let j = 0;
  while (i < first.length || j < second.length) {
    const a = first[i];
    const b = second[j];
    if (b === undefined || (a !== undefined && Date.parse(a.createdAt) <= Date.parse(b.createdAt))) out.push(first[i++]!);
    else out.push(second[j++]!);
  }
  return out;
}
