// How the miner collects an export, in the shape io's `collectFile` takes it: a collector per part
// of the file, the merge of the parts, and the plain-data form in which a part collected by a worker
// thread crosses back (replies and the first-reply table as columns, see `ReplyColumns`).
import { MessageCollector, mergeCollected, type Collected } from './collect.ts';
import { repliesFromColumns, repliesToColumns, type ReplyColumns } from './replies.ts';

export type CollectedWire = Omit<Collected, 'replies' | 'firstReply'> & { replies: ReplyColumns; firstReply: { conversationId: string[]; time: number[] } };

export const collection = {
  /** This module, which the worker that collects the second half of a big export imports. */
  module: new URL(import.meta.url),
  start: (): MessageCollector => new MessageCollector(),
  merge: mergeCollected,
  toWire: ({ replies, firstReply, ...others }: Collected): CollectedWire => ({
    ...others,
    replies: repliesToColumns(replies),
    firstReply: { conversationId: [...firstReply.keys()], time: [...firstReply.values()] },
  }),
  fromWire: ({ replies, firstReply, ...others }: CollectedWire): Collected => ({
    ...others,
    replies: repliesFromColumns(replies),
    firstReply: new Map(firstReply.conversationId.map((conversation, i) => [conversation, firstReply.time[i]!])),
  }),
};
