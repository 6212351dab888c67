// `npm run bench -- spikes [--topics 60] [--weeks 12] [--seeds 20] [--first-seed 1]`: the burst detector on generated
// hourly logs with planted bursts. Each run has topics with an office rhythm (busy weekday
// mornings, quiet nights and weekends), some with a peak of their own every week (invoices on
// Monday morning, evening questions after a weekly TV slot) and some rising over the weeks: none of
// those are bursts. Planted bursts: waves after broadcasts (Monday to Thursday evening, front-loaded)
// and incidents (outages with a peak two hours in, or a wrong e-mail, front-loaded: any time of
// day, 1 to 8 hours, some in topics that exist only in that incident), each several times what the
// topic normally gets in those hours and at least 10 questions. Reports precision and recall of detected bursts and the delay from a burst's
// start (to the minute) to the end of the hour in which it was detected.
import { parseArgs } from 'node:util';
import { DEFAULT_BURST_OPTIONS, detectBursts, weekSlots, weeklyProfile } from '#lib/signals/index.ts';
import { createRandom, poissonSample, type Random } from '#lib/synth/random.ts';

const HOUR = 3_600_000;
/** Monday 31 August 2026 00:00 in Amsterdam. */
const START = Date.parse('2026-08-30T22:00:00Z');
/** A detection counts for a planted burst when it starts this close to it. */
const MATCH_HOURS = 2;
const TARGET_DELAY_HOURS = 2;

type Planted = { topic: number; startMs: number; hours: number; kind: 'broadcast' | 'incident' };

export default async function spikesBench(args: string[]): Promise<Record<string, unknown>> {
  const { values } = parseArgs({
    args,
    options: {
      topics: { type: 'string', default: '60' },
      weeks: { type: 'string', default: '12' },
      seeds: { type: 'string', default: '20' },
      'first-seed': { type: 'string', default: '1' },
      // For tuning only: the detector's own defaults are what the benchmark measures.
      'min-count': { type: 'string' },
      ratio: { type: 'string' },
      alpha: { type: 'string' },
    },
  });
  const options = {
    ...DEFAULT_BURST_OPTIONS,
    ...(values['min-count'] ? { minCount: Number(values['min-count']) } : {}),
    ...(values.ratio ? { ratio: Number(values.ratio) } : {}),
    ...(values.alpha ? { alpha: Number(values.alpha) } : {}),
  };
  const topics = Number(values.topics);
  const weeks = Number(values.weeks);
  const seeds = Number(values.seeds);
  let detections = 0;
  let correct = 0;
  let planted = 0;
  let found = 0;
  let foundInTime = 0;
  let weeklyPeakFalseAlarms = 0;
  const delays: number[] = [];
  const byKind: Record<string, { planted: number; found: number }> = { broadcast: { planted: 0, found: 0 }, incident: { planted: 0, found: 0 } };
  const started = performance.now();
  const firstSeed = Number(values['first-seed']);
  for (let seed = firstSeed; seed < firstSeed + seeds; seed++) {
    const run = generate(seed, topics, weeks);
    const slots = weekSlots(START, run.hours);
    const total = new Float64Array(run.hours);
    for (const counts of run.counts) for (let h = 0; h < run.hours; h++) total[h]! += counts[h]!;
    const profile = weeklyProfile(total, slots);
    run.counts.forEach((counts, topic) => {
      const bursts = detectBursts(counts, slots, profile, options);
      const own = run.planted.filter((p) => p.topic === topic);
      for (const burst of bursts) {
        detections++;
        const startMs = START + burst.start * HOUR;
        const match = own.find((p) => startMs >= p.startMs - MATCH_HOURS * HOUR && startMs <= p.startMs + (p.hours + MATCH_HOURS) * HOUR);
        if (match) correct++;
        else if (run.weeklyPeakTopics.has(topic)) weeklyPeakFalseAlarms++;
        if (!match && process.env['SPIKES_DEBUG'])
          console.error('false alarm', topic, JSON.stringify(burst), new Date(startMs).toISOString(), [...counts.slice(burst.start - 2, burst.end + 2)]);
      }
      for (const p of own) {
        planted++;
        byKind[p.kind]!.planted++;
        const hit = bursts.find((burst) => {
          const startMs = START + burst.start * HOUR;
          return startMs >= p.startMs - MATCH_HOURS * HOUR && startMs <= p.startMs + (p.hours + MATCH_HOURS) * HOUR;
        });
        if (!hit && process.env['SPIKES_DEBUG'])
          console.error('missed', p, new Date(p.startMs).toISOString(), [
            ...counts.slice(Math.floor((p.startMs - START) / HOUR) - 1, Math.floor((p.startMs - START) / HOUR) + p.hours + 1),
          ]);
        if (!hit) continue;
        found++;
        byKind[p.kind]!.found++;
        const delay = (START + (hit.detectedAt + 1) * HOUR - p.startMs) / HOUR;
        delays.push(delay);
        if (delay <= TARGET_DELAY_HOURS) foundInTime++;
        else if (process.env['SPIKES_DEBUG'])
          console.error('late', delay.toFixed(1), p, [
            ...counts.slice(Math.floor((p.startMs - START) / HOUR) - 1, Math.floor((p.startMs - START) / HOUR) + p.hours + 1),
          ]);
      }
    });
    console.error(`spikes: seed ${seed}: ${run.planted.length} planted bursts in ${topics} topics over ${weeks} weeks`);
  }
  delays.sort((a, b) => a - b);
  const quantile = (q: number): number => round(delays[Math.min(delays.length - 1, Math.floor(q * delays.length))] ?? NaN);
  return {
    method: 'expectation-based Poisson scan over a weekly-seasonal baseline (scripts/lib/signals/bursts.ts)',
    options,
    runs: seeds,
    topics,
    weeks,
    planted,
    detections,
    precision: round(correct / Math.max(1, detections)),
    recall: round(found / Math.max(1, planted)),
    recallWithin2h: round(foundInTime / Math.max(1, planted)),
    recallBroadcast: round(byKind.broadcast!.found / Math.max(1, byKind.broadcast!.planted)),
    recallIncident: round(byKind.incident!.found / Math.max(1, byKind.incident!.planted)),
    weeklyPeakFalseAlarms,
    delayHours: {
      median: quantile(0.5),
      p90: quantile(0.9),
      max: round(delays[delays.length - 1] ?? NaN),
      mean: round(delays.reduce((a, b) => a + b, 0) / Math.max(1, delays.length)),
    },
    seconds: round((performance.now() - started) / 1000),
  };
}

// --- internal ---

function generate(seed: number, topics: number, weeks: number): { hours: number; counts: Float64Array[]; planted: Planted[]; weeklyPeakTopics: Set<number> } {
  const random = createRandom(7919 * seed);
  const hours = weeks * 168;
  const slots = weekSlots(START, hours);
  const weeklyPeakTopics = new Set<number>();
  const rates: Float64Array[] = [];
  for (let topic = 0; topic < topics; topic++) {
    // Mean questions per week from about 3 to 300 (log-uniform), like the topics of a real export.
    const perWeek = Math.exp(Math.log(3) + random.next() * Math.log(100));
    const ownPeak = random.chance(0.25)
      ? { slot: random.pick([8, 9, 24 + 19, 3 * 24 + 20, 4 * 24 + 14]), factor: 4 + random.next() * 6, length: 2 + random.int(3) }
      : null;
    if (ownPeak) weeklyPeakTopics.add(topic);
    const growth = random.chance(0.2) ? 1 + random.next() * 3 : 1;
    const rate = new Float64Array(hours);
    for (let h = 0; h < hours; h++) {
      const slot = slots[h]!;
      let r = office(slot);
      if (ownPeak && slot >= ownPeak.slot && slot < ownPeak.slot + ownPeak.length) r *= ownPeak.factor;
      rate[h] = r * (1 + ((growth - 1) * h) / hours);
    }
    const sum = rate.reduce((a, b) => a + b, 0);
    for (let h = 0; h < hours; h++) rate[h] = (rate[h]! * perWeek * weeks) / sum;
    rates.push(rate);
  }
  const planted: Planted[] = [];
  // Broadcasts: one every three weeks or so, Monday to Thursday evening, about one or two topics.
  for (let week = 1; week < weeks; week += 2 + random.int(2)) {
    const day = random.int(4);
    const airs = START + ((week * 7 + day) * 24 + 20) * HOUR + (15 + random.int(45)) * 60_000;
    for (let i = 0, n = 1 + random.int(2); i < n; i++) {
      const topic = random.int(topics);
      const length = 2 + random.int(3);
      plant(rates[topic]!, airs, length, random, 'front');
      planted.push({ topic, startMs: airs, hours: length, kind: 'broadcast' });
    }
  }
  // Incidents: any day, mostly daytime, some in a topic that exists only in the incident.
  for (let i = 0, n = 2 * weeks; i < n; i++) {
    const hour = 168 + random.int(hours - 168 - 12);
    const startMs = START + hour * HOUR + random.int(60) * 60_000;
    const length = 1 + random.int(8);
    let topic = random.int(topics);
    if (random.chance(0.2)) {
      topic = rates.length;
      rates.push(new Float64Array(hours));
    }
    if (planted.some((p) => p.topic === topic && Math.abs(p.startMs - startMs) < 48 * HOUR)) continue;
    plant(rates[topic]!, startMs, length, random, random.chance(0.5) ? 'front' : 'outage');
    planted.push({ topic, startMs, hours: length, kind: 'incident' });
  }
  const counts = rates.map((rate) => Float64Array.from(rate, (r) => poissonSample(random, r)));
  return { hours, counts, planted, weeklyPeakTopics };
}

/**
 * Adds a burst to the rate: several times the topic's usual rate in those hours, at least 10
 * questions. 'front': most questions right away, then fewer (a broadcast, a wrong e-mail);
 * 'outage': a steady stream with a peak about two hours in, when most people have noticed.
 */
function plant(rate: Float64Array, startMs: number, length: number, random: Random, shape: 'front' | 'outage'): void {
  const first = Math.floor((startMs - START) / HOUR);
  let usual = 0;
  for (let h = first; h < first + length; h++) usual += rate[h] ?? 0;
  const extra = Math.max(10 + random.int(40), (3 + random.next() * 5) * usual);
  const weights = Array.from({ length }, (_, i) => (shape === 'front' ? Math.exp(-i / 1.5) : 0.6 + Math.exp(-((i - 2) ** 2) / 4)));
  // The first hour is partly before the burst starts.
  weights[0] = weights[0]! * (1 - ((startMs - START) / HOUR - first));
  const sum = weights.reduce((a, b) => a + b, 0);
  weights.forEach((w, i) => {
    if (first + i < rate.length) rate[first + i] = rate[first + i]! + (extra * w) / sum;
  });
}

function office(slot: number): number {
  const day = Math.floor(slot / 24);
  const hour = slot % 24;
  const daily = [0.15, 0.08, 0.05, 0.04, 0.04, 0.08, 0.3, 0.7, 1.2, 1.5, 1.5, 1.4, 1.3, 1.3, 1.3, 1.2, 1.1, 1.0, 0.9, 1.0, 1.2, 1.1, 0.8, 0.4][hour]!;
  return daily * [1.25, 1.1, 1.05, 1.0, 0.9, 0.6, 0.65][day]!;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
