// When, how often, by whom and where a group of questions was asked, and the company's best answer
// to it. It needs no texts of the questions, only their threads and times, so for big exports a
// worker thread computes it alongside the miner's own work on the texts (labels, keywords,
// examples): the worker receives the export's activity while the miner is still clustering. io
// starts that thread; this module only names its pure side (activity-worker.ts).
import type { Cluster } from '#core/cluster.ts';
import type { Questions } from './collect.ts';
import { bestReply, evenlySpread, indexReplies, repliesFromColumns, repliesToColumns, type ReplyColumns, type ReplyRecord } from './replies.ts';
import { trendOf, weeklyCounts } from './trend.ts';

export type Activity = Pick<
  Cluster,
  'lang' | 'size' | 'authors' | 'channels' | 'channelCounts' | 'firstSeen' | 'lastSeen' | 'weekly' | 'hourly' | 'trend' | 'trendDirection' | 'bestAnswer'
>;

export type ActivityInput = {
  questions: Omit<Questions, 'text' | 'normalized'>;
  /** Number of distinct authors (the largest authorId + 1). */
  authorCount: number;
  replies: ReplyRecord[];
  exportStart: number;
  exportEnd: number;
};

/** Computes the activity of groups of questions (indices into `questions`), in order. */
export type ActivityCalculator = { of: (groups: readonly (readonly number[])[]) => Promise<Activity[]>; close: () => void };

/** A big group's best answer is chosen from the replies to an evenly spread sample of its questions. */
const MAX_REPLY_LOOKUPS = 400;

export function activityOf(input: ActivityInput): (members: readonly number[]) => Activity {
  const { questions, exportStart, exportEnd } = input;
  const repliesTo = indexReplies(input.replies);
  const countAuthors = distinctCounter(input.authorCount, questions.authorId);
  return (members) => {
    const lang = majorityLang(members, questions.lang, questions.channel);
    const times = members.map((q) => questions.time[q]!);
    let first = 0;
    let last = 0;
    times.forEach((time, i) => {
      if (time < times[first]!) first = i;
      if (time > times[last]!) last = i;
    });
    const replies = evenlySpread(members, MAX_REPLY_LOOKUPS).flatMap((q) =>
      repliesTo({ id: questions.id[q]!, conversationId: questions.conversationId[q]!, createdAt: questions.time[q]! }),
    );
    return {
      lang,
      size: members.length,
      authors: countAuthors(members),
      channels: channelsOf(members, questions.channel),
      channelCounts: channelCountsOf(members, questions.channel),
      firstSeen: questions.createdAt[members[first]!]!,
      lastSeen: questions.createdAt[members[last]!]!,
      weekly: weeklyCounts(times),
      hourly: hourlyCounts(members, questions.time, questions.channel),
      ...trendOf(times, exportStart, exportEnd),
      bestAnswer: bestReply(replies, lang === 'en' ? 'en' : 'nl'),
    };
  };
}

/** In this thread: for small exports, where starting a worker costs more than it saves. */
export function activityInProcess(input: ActivityInput): ActivityCalculator {
  const activity = activityOf(input);
  return { of: async (groups) => groups.map(activity), close: () => {} };
}

/**
 * Runs a module's pure `workerFunction(data)` in another thread (the CLI hands in io's
 * startFunctionWorker), so that this module starts no thread itself.
 */
export type WorkerStarter = <Question, Answer>(module: URL, data: unknown, name: string) => { ask: (question: Question) => Promise<Answer>; close: () => void };

/** In a worker thread, which starts preparing (indexing replies) as soon as this is called. */
export function activityInWorker(input: ActivityInput, startWorker: WorkerStarter): ActivityCalculator {
  const worker = startWorker<readonly (readonly number[])[], Activity[]>(new URL('./activity-worker.ts', import.meta.url), toWire(input), 'activity worker');
  return { of: worker.ask, close: worker.close };
}

export type ActivityWire = Omit<ActivityInput, 'replies'> & { replies: ReplyColumns };

function toWire(input: ActivityInput): ActivityWire {
  return { ...input, replies: repliesToColumns(input.replies) };
}

export function fromWire(wire: ActivityWire): ActivityInput {
  return { ...wire, replies: repliesFromColumns(wire.replies) };
}

/**
 * The most common language among the members (ties alphabetically). With `channelOf`, site searches
 * do not count unless there is nothing else: a query of two words rarely shows its language.
 */
export function majorityLang(
  members: readonly number[],
  langOf: readonly Questions['lang'][number][],
  channelOf?: Questions['channel'],
): Questions['lang'][number] {
  let en = 0;
  let nl = 0;
  let counted = 0;
  const skipSearches = channelOf !== undefined && members.some((q) => channelOf[q] !== 'search');
  for (const q of members) {
    if (skipSearches && channelOf[q] === 'search') continue;
    counted++;
    const lang = langOf[q];
    if (lang === 'nl') nl++;
    else if (lang === 'en') en++;
  }
  const other = counted - en - nl;
  return en >= nl && en >= other ? 'en' : nl >= other ? 'nl' : 'other';
}

function channelsOf(members: readonly number[], channelOf: Questions['channel']): Questions['channel'] {
  const channels: Questions['channel'] = [];
  for (const q of members) if (!channels.includes(channelOf[q]!)) channels.push(channelOf[q]!);
  return channels.sort();
}

function channelCountsOf(members: readonly number[], channelOf: Questions['channel']): NonNullable<Cluster['channelCounts']> {
  const counts: NonNullable<Cluster['channelCounts']> = {};
  for (const q of members) counts[channelOf[q]!] = (counts[channelOf[q]!] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1)));
}

const HOUR = 3_600_000;

/** Questions per UTC hour, hours without questions left out; site searches are not counted (see cluster-schema). */
function hourlyCounts(members: readonly number[], timeOf: readonly number[], channelOf: Questions['channel']): NonNullable<Cluster['hourly']> {
  const counts = new Map<number, number>();
  for (const q of members) {
    if (channelOf[q] === 'search') continue;
    const hour = Math.floor(timeOf[q]! / HOUR);
    counts.set(hour, (counts.get(hour) ?? 0) + 1);
  }
  return [...counts.entries()].sort(([a], [b]) => a - b).map(([hour, count]) => ({ hour: `${new Date(hour * HOUR).toISOString().slice(0, 13)}:00Z`, count }));
}

/** Counts distinct values of `valueOf[member]` (small integers) without hashing: one stamp per value, renewed per call. */
function distinctCounter(size: number, valueOf: readonly number[]): (members: readonly number[]) => number {
  const stamps = new Int32Array(size);
  let stamp = 0;
  return (members) => {
    stamp++;
    let count = 0;
    for (const member of members) {
      const value = valueOf[member]!;
      if (stamps[value] !== stamp) {
        stamps[value] = stamp;
        count++;
      }
    }
    return count;
  };
}
