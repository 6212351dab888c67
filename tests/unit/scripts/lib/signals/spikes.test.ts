import { describe, expect, it } from 'vitest';
import { broadcastBefore, findSpikes, isSpikeOnly, spikeOnlyOf, type HourlyCount, type SignalGroup } from '#lib/signals/index.ts';

const HOUR = 3_600_000;
const START = Date.parse('2026-08-30T22:00:00Z'); // Monday 31 August, Amsterdam
const RADAR = { programme: 'Radar', airsAt: '2026-11-09T20:25:00+01:00', title: 'Reactie op Radar', shortId: 'rd4r' };

const hourIso = (ms: number): string => `${new Date(ms).toISOString().slice(0, 13)}:00Z`;

/** One question every `every` hours during office hours for 12 weeks, plus extra counts at given instants. */
function group(id: string, every: number, extra: Record<string, number> = {}): SignalGroup {
  const counts = new Map<string, number>();
  for (let h = 0; h < 12 * 168; h += every) {
    const at = START + h * HOUR;
    const local = new Date(at + HOUR).getUTCHours();
    if (local >= 9 && local < 17) counts.set(hourIso(at), 1);
  }
  for (const [hour, count] of Object.entries(extra)) counts.set(hour, (counts.get(hour) ?? 0) + count);
  const hourly: HourlyCount[] = [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([hour, count]) => ({ hour, count }));
  return { id, hourly };
}

const everyday = group('meterstanden', 7);
const radar = group('termijnbedrag', 11, { '2026-11-09T19:00Z': 19, '2026-11-09T20:00Z': 12, '2026-11-09T21:00Z': 4 });
const outage = group('storing', 13, { '2026-10-21T06:00Z': 9, '2026-10-21T07:00Z': 14, '2026-10-21T08:00Z': 11 });
const wrongMail: SignalGroup = {
  id: 'verkeerde-mail',
  hourly: [
    { hour: '2026-11-17T08:00Z', count: 7 },
    { hour: '2026-11-17T09:00Z', count: 12 },
    { hour: '2026-11-17T10:00Z', count: 4 },
    { hour: '2026-11-23T10:00Z', count: 1 },
  ],
};
const groups = [everyday, radar, outage, wrongMail];

describe('findSpikes', () => {
  const spikes = findSpikes(groups, groups, { broadcasts: [RADAR] });

  it('links the spike after the Radar broadcast to it, with "questions in 2 hours"', () => {
    const spike = spikes.find((s) => s.groupId === 'termijnbedrag');
    expect(spike).toMatchObject({ start: '2026-11-09T19:00Z', broadcast: RADAR, busiest: { hours: 2, count: 31 } });
    expect(spike!.count).toBeGreaterThanOrEqual(35);
    expect(Date.parse(spike!.detectedAt) - Date.parse(RADAR.airsAt)).toBeLessThanOrEqual(2 * HOUR);
  });

  it('calls spikes without a broadcast before them incidents', () => {
    expect(spikes.find((s) => s.groupId === 'storing')).toMatchObject({ start: '2026-10-21T06:00Z', broadcast: null });
    expect(spikes.find((s) => s.groupId === 'verkeerde-mail')).toMatchObject({ start: '2026-11-17T08:00Z', count: 23, broadcast: null });
  });

  it('finds nothing in a topic that is only asked in its usual rhythm', () => {
    expect(spikes.filter((s) => s.groupId === 'meterstanden')).toEqual([]);
  });

  it('lists the newest spike first', () => {
    expect(spikes.map((s) => s.groupId)).toEqual(['verkeerde-mail', 'termijnbedrag', 'storing']);
  });
});

describe('the day after a broadcast', () => {
  it("links the same topic's next spike to the broadcast too (people who read about it the next day)", () => {
    const aftermath = group('termijnbedrag', 11, {
      '2026-11-09T19:00Z': 19,
      '2026-11-09T20:00Z': 12,
      '2026-11-10T12:00Z': 9,
      '2026-11-10T13:00Z': 8,
    });
    const spikes = findSpikes([aftermath, everyday], [aftermath, everyday], { broadcasts: [RADAR] });
    expect(spikes.map((s) => [s.start, s.broadcast?.programme])).toEqual([
      ['2026-11-10T12:00Z', 'Radar'],
      ['2026-11-09T19:00Z', 'Radar'],
    ]);
  });
});

describe('broadcastBefore', () => {
  it.each([
    ['2026-11-09T19:00Z', 'Radar'],
    ['2026-11-10T07:00Z', 'Radar'],
    ['2026-11-09T17:00Z', null],
    ['2026-11-10T09:00Z', null],
  ])('a spike starting at %s belongs to %s', (start, programme) => {
    expect(broadcastBefore(Date.parse(start), [RADAR])?.programme ?? null).toBe(programme);
  });
});

describe('isSpikeOnly', () => {
  const spikes = findSpikes(groups, groups, { broadcasts: [RADAR] });

  it('is true for a topic asked almost only inside its spike, false for topics asked all along', () => {
    expect(isSpikeOnly(wrongMail, spikes)).toBe(true);
    expect(spikeOnlyOf(wrongMail, spikes)?.start).toBe('2026-11-17T08:00Z');
    expect(isSpikeOnly(outage, spikes)).toBe(false);
    expect(isSpikeOnly(radar, spikes)).toBe(false);
    expect(spikeOnlyOf(everyday, spikes)).toBeNull();
  });

  it('is false when people also look the question up on the site (searches count as outside the spike)', () => {
    expect(isSpikeOnly({ ...wrongMail, channelCounts: { search: 30, x: 24 } }, spikes)).toBe(false);
    expect(isSpikeOnly({ ...wrongMail, channelCounts: { search: 2, x: 24 } }, spikes)).toBe(true);
  });
});
