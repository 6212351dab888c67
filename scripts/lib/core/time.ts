// Calendar arithmetic shared by the readers and the generator, which compute Amsterdam's offset
// without Intl (much faster for a million timestamps).

/** 01:00 UTC on the last Sunday of `monthIndex` (0-based): when EU summer time starts or ends. */
export function lastSundayUtc(year: number, monthIndex: number): number {
  const lastDay = new Date(Date.UTC(year, monthIndex + 1, 0));
  return Date.UTC(year, monthIndex, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}
