// How many conversations start in each hour, and about what. Volume follows office rhythm (busy
// weekday mornings, quiet nights), one topic rises and one falls week by week, an internet outage
// brings a burst of copy-paste complaints, and a consumer programme brings a wave of questions.
import type { Random } from './random.ts';
import { amsterdamParts, amsterdamToUtc } from './time.ts';
import { TOPICS } from './topics.ts';

/** Monday 31 August 2026, 00:00 in Amsterdam: twelve ISO weeks (36 to 47) end on 23 November. */
export const DEFAULT_START = new Date('2026-08-30T22:00:00Z');
export const DEFAULT_WEEKS = 12;

const HOUR = 3_600_000;
const HOUR_OF_DAY = [0.15, 0.08, 0.05, 0.04, 0.04, 0.08, 0.3, 0.7, 1.2, 1.5, 1.5, 1.4, 1.3, 1.3, 1.3, 1.2, 1.1, 1.0, 0.9, 1.0, 1.2, 1.1, 0.8, 0.4];
const DAY_OF_WEEK = [1.25, 1.1, 1.05, 1.0, 0.9, 0.6, 0.65];
/** Share of conversations that open with noise rather than a question. */
const NOISE_SHARE = 0.2;

export type Calendar = {
  hours: number;
  /** Relative number of conversations starting in each hour. */
  weight: Float64Array;
  outage: Float64Array;
  broadcast: Float64Array;
  /** Per week, running sums of topic weights (TOPICS order). */
  topicCumulative: Float64Array[];
  start: number;
};

export type HourKind = { kind: 'outage' } | { kind: 'broadcast' } | { kind: 'noise' } | { kind: 'topic'; index: number };

export function buildCalendar(start: number, weeks: number): Calendar {
  const hours = Math.round(weeks * 168);
  const weight = new Float64Array(hours);
  const outage = new Float64Array(hours);
  const broadcast = new Float64Array(hours);
  const events = eventTimes(start, weeks);
  for (let h = 0; h < hours; h++) {
    const at = start + h * HOUR;
    const local = amsterdamParts(at);
    const week = Math.floor(h / 168);
    const base = (HOUR_OF_DAY[local.hour] ?? 1) * (DAY_OF_WEEK[local.weekday] ?? 1) * (1 + 0.02 * week);
    outage[h] = outageExtra(at, events.outageStart, events.outageEnd);
    broadcast[h] = broadcastExtra(at, events.airsAt, local.hour);
    weight[h] = base + (outage[h] ?? 0) + (broadcast[h] ?? 0);
  }
  const topicCumulative: Float64Array[] = [];
  const weekCount = Math.ceil(hours / 168);
  for (let week = 0; week < weekCount; week++) {
    const f = weekCount > 1 ? week / (weekCount - 1) : 0;
    const cumulative = new Float64Array(TOPICS.length);
    let sum = 0;
    TOPICS.forEach((topic, i) => {
      const trend = topic.trend === 'rising' ? 0.35 + 1.45 * f : topic.trend === 'falling' ? 2.0 - 1.75 * f : 1;
      sum += topic.weight * trend;
      cumulative[i] = sum;
    });
    topicCumulative.push(cumulative);
  }
  return { hours, weight, outage, broadcast, topicCumulative, start };
}

/** The outage and the broadcast sit at fixed fractions of the period, so any `weeks` has them. */
export function eventTimes(start: number, weeks: number): { outageStart: number; outageEnd: number; airsAt: number } {
  const dayAt = (fraction: number, weekday: number): { y: number; m: number; d: number } => {
    const week = Math.floor(weeks * fraction);
    const p = amsterdamParts(start + (week * 7 + weekday) * 24 * HOUR + 12 * HOUR);
    return { y: p.year, m: p.month, d: p.day };
  };
  const o = dayAt(0.6, 2);
  const b = dayAt(0.85, 0);
  return {
    outageStart: amsterdamToUtc(o.y, o.m, o.d, 7, 40),
    outageEnd: amsterdamToUtc(o.y, o.m, o.d, 14, 10),
    airsAt: amsterdamToUtc(b.y, b.m, b.d, 20, 25),
  };
}

function outageExtra(hourStart: number, from: number, to: number): number {
  const overlap = Math.max(0, Math.min(hourStart + HOUR, to) - Math.max(hourStart, from)) / HOUR;
  if (overlap === 0) return 0;
  // Peaks about two hours in, when most people have noticed and nobody has an answer yet.
  const hoursIn = (hourStart - from) / HOUR;
  return overlap * (6 + 10 * Math.exp(-((hoursIn - 2) ** 2) / 4));
}

function broadcastExtra(hourStart: number, airsAt: number, localHour: number): number {
  const hoursAfter = (hourStart - airsAt) / HOUR;
  if (hoursAfter < -1 || hoursAfter > 72) return 0;
  if (hoursAfter < 4) return 4;
  return localHour >= 8 && localHour < 23 ? 2 * Math.exp(-hoursAfter / 30) : 0.2;
}

/** What a conversation starting in hour `h` is about. */
export function pickKind(calendar: Calendar, h: number, random: Random): HourKind {
  const total = calendar.weight[h] ?? 1;
  let r = random.next() * total;
  r -= calendar.outage[h] ?? 0;
  if (r < 0) return { kind: 'outage' };
  r -= calendar.broadcast[h] ?? 0;
  if (r < 0) return { kind: 'broadcast' };
  if (random.chance(NOISE_SHARE)) return { kind: 'noise' };
  const cumulative = calendar.topicCumulative[Math.min(Math.floor(h / 168), calendar.topicCumulative.length - 1)];
  const target = random.next() * (cumulative?.[cumulative.length - 1] ?? 0);
  let index = 0;
  while (cumulative && index < cumulative.length - 1 && target >= (cumulative[index] ?? 0)) index++;
  return { kind: 'topic', index };
}
