// What becomes public soon, and whether a rebuild is due because an embargo passed since the last
// build. All comparisons are between instants, so the DST change needs no special case; times are
// shown as Amsterdam wall-clock time with their offset.
import type { CollectionName, Status } from '#core/content.ts';
import { formatAmsterdamIso } from './time.ts';

export type DueItem = {
  path: string;
  collection: CollectionName;
  title: string;
  status: Status;
  publishAt: Date;
};

export type DueReport = {
  now: Date;
  until: Date;
  /** Items whose publishAt lies in (now, until]. */
  upcoming: DueItem[];
  /** Published items whose publishAt lies in (since, now]: the site does not show them yet. */
  released: DueItem[];
  since: Date;
  /** Where `since` came from: the last build's time, or (unknown build) one window back. */
  sinceSource: 'last build' | 'window';
  rebuildDue: boolean;
};

export function computeDue(items: readonly DueItem[], options: { now: Date; withinMs: number; lastBuild?: Date | undefined }): DueReport {
  const { now, withinMs, lastBuild } = options;
  const until = new Date(now.getTime() + withinMs);
  const since = lastBuild ?? new Date(now.getTime() - withinMs);
  const inRange = (date: Date, from: Date, to: Date) => date.getTime() > from.getTime() && date.getTime() <= to.getTime();
  const byTime = (a: DueItem, b: DueItem) => a.publishAt.getTime() - b.publishAt.getTime();
  const upcoming = items.filter((item) => inRange(item.publishAt, now, until)).sort(byTime);
  const released = items.filter((item) => item.status === 'published' && inRange(item.publishAt, since, now)).sort(byTime);
  return {
    now,
    until,
    upcoming,
    released,
    since,
    sinceSource: lastBuild ? 'last build' : 'window',
    rebuildDue: released.length > 0,
  };
}

export function formatDueReport(report: DueReport): string {
  const lines: string[] = [];
  const row = (item: DueItem) => {
    const warning = item.status === 'published' ? '' : `  (status ${item.status}: will NOT go public until it is published)`;
    return `  ${formatAmsterdamIso(item.publishAt)}  ${item.path}  "${item.title}"${warning}`;
  };
  if (report.released.length > 0) {
    lines.push(
      `due: ${count(report.released.length)} became public since the ${report.sinceSource === 'last build' ? `last build (${formatAmsterdamIso(report.since)})` : `start of the window (${formatAmsterdamIso(report.since)})`}; rebuild now:`,
    );
    lines.push(...report.released.map(row));
  }
  lines.push(
    report.upcoming.length > 0
      ? `due: ${count(report.upcoming.length)} scheduled between ${formatAmsterdamIso(report.now)} and ${formatAmsterdamIso(report.until)}:`
      : `due: nothing scheduled between ${formatAmsterdamIso(report.now)} and ${formatAmsterdamIso(report.until)}`,
  );
  lines.push(...report.upcoming.map(row));
  lines.push(report.rebuildDue ? 'due: rebuild needed (exit 1)' : 'due: no rebuild needed');
  return lines.join('\n');
}

function count(n: number): string {
  return `${n} item${n === 1 ? '' : 's'}`;
}
