import { describe, expect, it } from 'vitest';
import { messageSchema } from '#core/message.ts';
import { eventTimes, generateExport, TOPICS, DEFAULT_START, type SynthRow } from '#lib/synth/index.ts';

const rows = (messages: number, seed = 7, extra: { start?: Date; weeks?: number } = {}): SynthRow[] => [...generateExport({ seed, messages, ...extra })];
const sample = rows(4000);

/** Wall clock of an instant in Amsterdam according to the platform's time zone database. */
function intlAmsterdam(iso: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}:${get('second')}`;
}

const weekOf = (row: SynthRow): number => Math.floor((Date.parse(row.createdAt) - DEFAULT_START.getTime()) / (7 * 86_400_000));

describe('generateExport', () => {
  it('gives the same rows for the same seed and different rows for another seed', () => {
    expect(rows(500, 42)).toEqual(rows(500, 42));
    expect(rows(500, 43).map((r) => r.text)).not.toEqual(rows(500, 42).map((r) => r.text));
  });

  it.each([0, 1, 2, 7, 100, 2500])('yields exactly %i messages', (count) => {
    expect(rows(count)).toHaveLength(count);
  });

  it('yields exactly the requested count over a short period as well', () => {
    expect(rows(300, 3, { weeks: 1 })).toHaveLength(300);
    expect(rows(50, 3, { weeks: 0.5, start: new Date('2026-03-28T12:00:00Z') })).toHaveLength(50);
  });

  it('rejects impossible options with a RangeError', () => {
    expect(() => rows(-1)).toThrow(RangeError);
    expect(() => rows(1.5)).toThrow(/whole number/);
    expect(() => rows(10, 1, { weeks: 0 })).toThrow(/weeks/);
    expect(() => rows(10, 1, { start: new Date('nope') })).toThrow(/start/);
  });

  it('writes every row so that the Message model accepts it once author and lang are filled in', () => {
    for (const row of sample) {
      const result = messageSchema.safeParse({ ...row, lang: 'nl' });
      expect(result.success, `${row.id}: ${row.createdAt}`).toBe(true);
    }
  });

  it('writes Amsterdam wall-clock time with the right offset, summer and winter', () => {
    const offsets = new Set<string>();
    for (const row of sample.filter((_, i) => i % 7 === 0)) {
      expect(row.createdAt.slice(0, 19)).toBe(intlAmsterdam(row.createdAt));
      offsets.add(row.createdAt.slice(19));
    }
    expect([...offsets].sort()).toEqual(['+01:00', '+02:00']);
  });

  it('emits rows in time order, within the twelve default weeks (plus late replies)', () => {
    for (let i = 1; i < sample.length; i++) {
      expect(Date.parse(sample[i]!.createdAt)).toBeGreaterThanOrEqual(Date.parse(sample[i - 1]!.createdAt));
    }
    expect(Date.parse(sample[0]!.createdAt)).toBeGreaterThanOrEqual(DEFAULT_START.getTime());
    expect(weekOf(sample.at(-1)!)).toBeLessThanOrEqual(12);
  });

  it('keeps threads consistent: a reply points to an earlier message of the same conversation', () => {
    const seen = new Map<string, SynthRow>();
    const conversationChannel = new Map<string, string>();
    for (const row of sample) {
      expect(seen.has(row.id), `duplicate id ${row.id}`).toBe(false);
      if (row.inReplyTo !== null) {
        const parent = seen.get(row.inReplyTo);
        expect(parent, `${row.id} answers unknown ${row.inReplyTo}`).toBeDefined();
        expect(parent!.conversationId).toBe(row.conversationId);
      }
      const channel = conversationChannel.get(row.conversationId) ?? row.channel;
      expect(row.channel).toBe(channel);
      conversationChannel.set(row.conversationId, channel);
      seen.set(row.id, row);
    }
    const replies = sample.filter((r) => r.direction === 'out');
    expect(replies.length).toBeGreaterThan(sample.length * 0.2);
    expect(replies.every((r) => r.inReplyTo !== null)).toBe(true);
  });

  it('labels inbound questions with a known topic and leaves replies unlabelled', () => {
    const keys = new Set(TOPICS.map((t) => t.key));
    for (const row of sample) {
      if (row.direction === 'out') expect(row.topic).toBeNull();
      if (row.topic !== null) expect(keys.has(row.topic), row.topic).toBe(true);
    }
  });

  it('spreads questions over all topics, the biggest under a fifth of them', () => {
    const counts = new Map<string, number>();
    for (const row of sample) if (row.topic) counts.set(row.topic, (counts.get(row.topic) ?? 0) + 1);
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    expect(counts.size).toBe(TOPICS.length);
    expect(Math.max(...counts.values()) / total).toBeLessThan(0.2);
    expect(Math.min(...counts.values())).toBeGreaterThanOrEqual(8);
  });

  it('lets the rising topic grow and the falling topic shrink over the weeks', () => {
    const share = (topic: string, weeks: number[]): number => sample.filter((r) => r.topic === topic && weeks.includes(weekOf(r))).length;
    const rising = TOPICS.find((t) => t.trend === 'rising')!.key;
    const falling = TOPICS.find((t) => t.trend === 'falling')!.key;
    expect(share(rising, [8, 9, 10, 11])).toBeGreaterThan(2 * share(rising, [0, 1, 2, 3]));
    expect(share(falling, [0, 1, 2, 3])).toBeGreaterThan(2 * share(falling, [8, 9, 10, 11]));
  });

  it('has an outage burst of near-identical complaints on the outage day', () => {
    const { outageStart, outageEnd } = eventTimes(DEFAULT_START.getTime(), 12);
    const during = sample.filter((r) => {
      const t = Date.parse(r.createdAt);
      return r.topic === 'internet-storing' && t >= outageStart && t <= outageEnd;
    });
    expect(during.length).toBeGreaterThan(40);
    const skeleton = (text: string): string =>
      text
        .replace(/@\w+/g, '')
        .replace(/\d+|[!?.😡]|pff/g, '')
        .trim()
        .slice(0, 40);
    const copies = new Map<string, number>();
    for (const row of during) copies.set(skeleton(row.text), (copies.get(skeleton(row.text)) ?? 0) + 1);
    expect(Math.max(...copies.values())).toBeGreaterThan(8);
  });

  it('uses every channel and writes authors as each channel shows them', () => {
    const inbound = sample.filter((r) => r.direction === 'in');
    const by = (channel: SynthRow['channel']): SynthRow[] => inbound.filter((r) => r.channel === channel);
    expect(new Set(sample.map((r) => r.channel)).size).toBe(6);
    expect(by('x').every((r) => r.author.startsWith('@'))).toBe(true);
    expect(by('email').every((r) => /^[^@\s]+@[^@\s]+\.[a-z]+$/.test(r.author))).toBe(true);
    expect(sample.filter((r) => r.direction === 'out' && r.channel === 'x').every((r) => /\^\p{L}+$/u.test(r.text))).toBe(true);
  });

  it('injects personal data the scrubber has to remove', () => {
    const texts = sample
      .filter((r) => r.direction === 'in')
      .map((r) => r.text)
      .join('\n');
    expect(texts).toMatch(/\b[\w.]+@(gmail\.com|hotmail\.com|outlook\.com|live\.nl|ziggo\.nl|kpnmail\.nl|icloud\.com|hetnet\.nl)\b/);
    expect(texts).toMatch(/(\+31 6 |06[- ]?)\d/);
    expect(texts).toMatch(/\b\d{4} ?[A-Za-z]{2}\b/);
    expect(texts).toMatch(/bestelnummer 4001\d{4}/);
    expect(texts).toMatch(/Groet, [A-Z][a-z]+/);
    const ibans = texts.match(/NL\d{2} ?[A-Z]{4}(?: ?\d{4}){2} ?\d{2}/g) ?? [];
    expect(ibans.length).toBeGreaterThan(3);
    for (const iban of ibans) expect(mod97(iban.replace(/ /g, '')), iban).toBe(1);
  });

  it('mixes in noise, English questions and typos', () => {
    const inbound = sample.filter((r) => r.direction === 'in');
    const noise = inbound.filter((r) => r.topic === null).map((r) => r.text);
    expect(noise.some((t) => t.startsWith('RT @'))).toBe(true);
    expect(noise.some((t) => /bedankt|dank/i.test(t))).toBe(true);
    expect(noise.some((t) => /https?:\/\/(?!www\.veldlicht)/.test(t))).toBe(true);
    expect(inbound.filter((r) => r.topic && /\b(the|my|how|why)\b/i.test(r.text)).length).toBeGreaterThan(10);
    expect(inbound.some((r) => r.topic && /\b(ff|wnr|mn|nie)\b/.test(r.text))).toBe(true);
    expect(inbound.some((r) => /\p{Extended_Pictographic}/u.test(r.text))).toBe(true);
  });
});

function mod97(iban: string): number {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  const numeric = rearranged.replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
  return Number(BigInt(numeric) % 97n);
}
