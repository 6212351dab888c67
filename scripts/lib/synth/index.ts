// Seeded, streaming generator of realistic webcare logs for the fictional company Veldlicht. It
// feeds the benchmarks (up to a million rows) and the bundled example export. Pure: no I/O, no
// clock, no Math.random; the same options always give the same rows.
import { buildCalendar, DEFAULT_START, DEFAULT_WEEKS, pickKind } from './calendar.ts';
import { planConversation, type Channel, type Opening, type PlannedMessage } from './conversation.ts';
import { MessageHeap } from './heap.ts';
import { personAt } from './people.ts';
import { createRandom } from './random.ts';
import { toAmsterdamIso } from './time.ts';
import { TOPICS } from './topics.ts';

export { COMPANY, CARE_AGENTS } from './company.ts';
export { TOPICS, type Topic, type Trend } from './topics.ts';
export { toWebcareCsvLines, WEBCARE_CSV_HEADER } from './csv.ts';
export { whatsAppChatLines } from './whatsapp.ts';
export { DEFAULT_START, DEFAULT_WEEKS, eventTimes } from './calendar.ts';

export type SynthRow = {
  id: string;
  conversationId: string;
  inReplyTo: string | null;
  channel: Channel;
  direction: 'in' | 'out';
  /** Raw customer name or @handle, or the CM/company name. */
  author: string;
  /** ISO 8601 with offset, Europe/Amsterdam. */
  createdAt: string;
  text: string;
  /** Ground-truth topic key for inbound questions, null for noise and replies. */
  topic: string | null;
};

export type GenerateOptions = { seed: number; messages: number; start?: Date; weeks?: number };

/** The options scripts/examples/generate.ts uses for the bundled export, so tests can regenerate its ground truth. */
export const EXAMPLE_EXPORT = { seed: 20261123, messages: 4000 } as const;

const HOUR = 3_600_000;
/** Average planned messages per conversation; the scheduler corrects for the difference as it goes. */
const MEAN_MESSAGES_PER_CONVERSATION = 2.3;

export function* generateExport(options: GenerateOptions): Generator<SynthRow> {
  const { seed, messages } = options;
  const weeks = options.weeks ?? DEFAULT_WEEKS;
  const start = (options.start ?? DEFAULT_START).getTime();
  validate(seed, messages, weeks, start);
  if (messages === 0) return;

  const random = createRandom(seed);
  const calendar = buildCalendar(start, weeks);
  const heap = new MessageHeap();
  const people = Math.max(20, Math.round((messages / MEAN_MESSAGES_PER_CONVERSATION) * 0.8));
  let remainingWeight = calendar.weight.reduce((sum, w) => sum + w, 0);
  let planned = 0;
  let emitted = 0;
  let seq = 0;
  let conversations = 0;
  let nextId = 104_200_000 + random.int(90_000);
  const nextSeq = (): number => seq++;

  const plan = (h: number): void => {
    const at = start + h * HOUR + Math.floor(random.next() * HOUR);
    const opening = openingFor(pickKind(calendar, h, random));
    const person = personAt(seed, Math.floor(people * random.next() ** 1.4));
    const id = String(7_310_000 + conversations++ * 3 + random.int(3));
    for (const message of planConversation(random, opening, at, id, person, nextSeq)) {
      heap.push(message);
      planned++;
    }
  };
  const emit = (message: PlannedMessage): SynthRow => {
    nextId += 1 + random.int(4);
    emitted++;
    return toRow(message, String(nextId));
  };

  for (let h = 0; h < calendar.hours; h++) {
    const hourStart = start + h * HOUR;
    while (emitted < messages && (heap.peek()?.at ?? Infinity) < hourStart) yield emit(heap.pop() as PlannedMessage);
    if (emitted >= messages) return;
    const weight = calendar.weight[h] ?? 0;
    const expected = ((messages - planned) / MEAN_MESSAGES_PER_CONVERSATION) * (weight / remainingWeight);
    remainingWeight -= weight;
    const count = Math.max(0, Math.floor(expected + random.next()));
    for (let i = 0; i < count; i++) plan(h);
  }
  while (planned < messages) plan(calendar.hours - 1);
  while (emitted < messages && heap.size > 0) yield emit(heap.pop() as PlannedMessage);
}

function validate(seed: number, messages: number, weeks: number, start: number): void {
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  if (!Number.isInteger(messages) || messages < 0) throw new RangeError(`messages must be a whole number ≥ 0, got ${messages}`);
  if (!(weeks > 0) || weeks * 7 < 1) throw new RangeError(`weeks must be at least one day (1/7), got ${weeks}`);
  if (Number.isNaN(start)) throw new RangeError('start is not a valid date');
}

function openingFor(kind: ReturnType<typeof pickKind>): Opening {
  switch (kind.kind) {
    case 'noise':
      return { kind: 'noise' };
    case 'outage':
      return { kind: 'question', topic: topicByKey('internet-storing'), variant: 'outage' };
    case 'broadcast':
      return { kind: 'question', topic: topicByKey('termijnbedrag-verhoogd'), variant: 'broadcast' };
    case 'topic':
      return { kind: 'question', topic: TOPICS[kind.index] ?? topicByKey('internet-storing'), variant: 'normal' };
  }
}

function topicByKey(key: string): (typeof TOPICS)[number] {
  const topic = TOPICS.find((t) => t.key === key);
  if (!topic) throw new Error(`unknown topic ${key}`);
  return topic;
}

export function toRow(message: PlannedMessage, id: string): SynthRow {
  const conversation = message.conversation;
  const inReplyTo = message.threaded ? conversation.lastId : null;
  conversation.lastId = id;
  return {
    id,
    conversationId: conversation.id,
    inReplyTo,
    channel: conversation.channel,
    direction: message.direction,
    author: message.author,
    createdAt: toAmsterdamIso(message.at),
    text: message.text,
    topic: message.topic,
  };
}
