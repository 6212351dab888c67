// What the team report says beside the recurring questions: spikes (after a broadcast, or an
// incident), what customers searched on the site and did not find, and how many questions came
// from the search box. Pure: mined data and signals in, report data and Markdown lines out.
import type { Cluster, MiningResult } from '#core/cluster.ts';
import { MIN_BASELINE_DAYS, findSpikes, searchedNotFound, spanDays, spikeOnlyOf, type BroadcastRef, type JudgedSearch, type Spike } from '../signals/index.ts';
import { escapeMdxText } from './escape.ts';
import { clusterTitle } from './wording.ts';

export type ReportSpike = Spike & {
  title: string;
  clusterId: string;
  size: number;
  /** A later spike of the same topic after the same broadcast (the next day), folded into this one. */
  aftermath?: { start: string; count: number; hours: number } | undefined;
};

export type SearchSummary = {
  /** Searches read (every search of every visitor). */
  total: number;
  distinct: number;
  /** Public articles the searches were run against. */
  articles: number;
  judged: readonly JudgedSearch[];
  notFound: readonly JudgedSearch[];
};

export type ReportSignals = {
  /** Newest first; one per spike of a cluster, sub-topic spikes only where their cluster had none. */
  spikes: ReportSpike[];
  /** Draft units (cluster or sub-topic ids) that exist only inside one spike, with that spike. */
  spikeOnly: ReadonlyMap<string, Spike>;
  /** The same units with their titles, for the report: no evergreen FAQ draft for these. */
  spikeOnlyUnits: { id: string; title: string; size: number; spike: Spike }[];
  /** Null when no searches were read. */
  searches: SearchSummary | null;
  /** Clusters with questions from the search box, most first. */
  fromSearch: { title: string; size: number; searches: number }[];
  /**
   * Set when the export spans fewer than MIN_BASELINE_DAYS days (whole days, rounded up): too short
   * to tell an incident from the usual volume, so no spike without a broadcast is reported.
   */
  shortExport?: { days: number } | null | undefined;
};

export type SignalInput = {
  mining: MiningResult;
  broadcasts: readonly BroadcastRef[];
  searches?: { total: number; judged: readonly JudgedSearch[]; articles: number } | null | undefined;
};

export function collectSignals(input: SignalInput): ReportSignals {
  const { clusters } = input.mining;
  const units = clusters.flatMap((cluster) => [cluster, ...(cluster.subtopics ?? [])]);
  const days = spanDays(units);
  const shortExport = days !== null && days < MIN_BASELINE_DAYS ? { days: Math.ceil(days) } : null;
  const found = findSpikes(units, clusters, { broadcasts: input.broadcasts });
  // Without a baseline a burst is no incident; a spike right after a broadcast is explained by it.
  const all = shortExport ? found.filter((spike) => spike.broadcast !== null) : found;
  const spikeOnly = new Map<string, Spike>();
  const spikeOnlyUnits: ReportSignals['spikeOnlyUnits'] = [];
  for (const unit of clusters.flatMap((cluster) => (cluster.subtopics && cluster.subtopics.length > 0 ? cluster.subtopics : [cluster]))) {
    const spike = spikeOnlyOf(unit, all);
    if (!spike) continue;
    spikeOnly.set(unit.id, spike);
    spikeOnlyUnits.push({ id: unit.id, title: titleOf(unit), size: unit.size, spike });
  }
  spikeOnlyUnits.sort((a, b) => b.size - a.size || (a.id < b.id ? -1 : 1));
  const parentOf = new Map<string, Cluster>();
  for (const cluster of clusters) {
    parentOf.set(cluster.id, cluster);
    for (const subtopic of cluster.subtopics ?? []) parentOf.set(subtopic.id, cluster);
  }
  const unitOf = new Map(units.map((unit) => [unit.id, unit]));
  const overlaps = (a: Spike, b: Spike): boolean => a.start < b.end && b.start < a.end;
  const spikes: ReportSpike[] = [];
  for (const spike of all) {
    const parent = parentOf.get(spike.groupId)!;
    if (parent.id !== spike.groupId && all.some((other) => other.groupId === parent.id && overlaps(other, spike))) continue;
    const unit = unitOf.get(spike.groupId)!;
    spikes.push({ ...spike, title: titleOf(unit), clusterId: parent.id, size: unit.size });
  }
  // Newest first: a broadcast's aftermath comes before the spike it follows.
  for (let i = spikes.length - 1; i >= 0; i--) {
    const first = spikes[i]!;
    if (!first.broadcast) continue;
    for (let j = i - 1; j >= 0; j--) {
      const later = spikes[j]!;
      if (later.groupId !== first.groupId || later.broadcast?.airsAt !== first.broadcast.airsAt) continue;
      first.aftermath = { start: later.start, count: (first.aftermath?.count ?? 0) + later.count, hours: (first.aftermath?.hours ?? 0) + later.hours };
      spikes.splice(j, 1);
      i--;
    }
  }
  const searches = input.searches
    ? {
        total: input.searches.total,
        distinct: input.searches.judged.length,
        articles: input.searches.articles,
        judged: input.searches.judged,
        notFound: searchedNotFound(input.searches.judged),
      }
    : null;
  const fromSearch = clusters
    .filter((cluster) => (cluster.channelCounts?.search ?? 0) > 0)
    .map((cluster) => ({ title: titleOf(cluster), size: cluster.size, searches: cluster.channelCounts?.search ?? 0 }))
    .sort((a, b) => b.searches - a.searches || b.size - a.size || (a.title < b.title ? -1 : 1));
  return { spikes, spikeOnly, spikeOnlyUnits, searches, fromSearch, shortExport };
}

/** "De export beslaat maar 5 dagen: …": why a short export reports no incidents. */
export function shortExportSentence(days: number): string {
  return `De export beslaat maar ${days} ${days === 1 ? 'dag' : 'dagen'}: te kort om een incident te onderscheiden van het gewone aantal vragen (daarvoor zijn minstens ${MIN_BASELINE_DAYS} dagen nodig, twee volle weken met hun weekritme). Er worden geen incidenten gemeld en geen vraag wordt als incident achtergehouden: ze krijgen een concept zoals elke andere vraag.`;
}

const DAY = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', weekday: 'long', day: 'numeric', month: 'long' });
const TIME = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' });

/** "maandag 9 november 20:25" in Amsterdam time. */
export function dutchMoment(iso: string): string {
  const date = new Date(iso);
  return `${DAY.format(date)} ${TIME.format(date)}`;
}

/**
 * "Na Radar op maandag 9 november 20:25: 44 vragen in 2 uur over …; verklaring /k/rd4r", or the
 * incident equivalent. `escape` is applied to every text part, not to the short link.
 */
export function spikeSentence(spike: ReportSpike, shortLink: (shortId: string) => string, escape: (text: string) => string = (text) => text): string {
  const many = `${spike.busiest.count} ${spike.busiest.count === 1 ? 'vraag' : 'vragen'} in ${spike.busiest.hours} uur`;
  const total = spike.count > spike.busiest.count ? ` (${spike.count} in ${spike.hours} uur)` : '';
  if (spike.broadcast) {
    const after = spike.aftermath ? `, vanaf ${dutchMoment(spike.aftermath.start)} nog ${spike.aftermath.count} in ${spike.aftermath.hours} uur` : '';
    const text = escape(`Na ${spike.broadcast.programme} op ${dutchMoment(spike.broadcast.airsAt)}: ${many}${total}${after} over “${spike.title}”`);
    return spike.broadcast.shortId
      ? `${text}; ${escape('verklaring')} ${shortLink(spike.broadcast.shortId)}`
      : `${text}${escape('; nog geen verklaring gepubliceerd')}`;
  }
  return escape(
    `Vanaf ${dutchMoment(spike.start)}: ${many}${total} over “${spike.title}”, normaal ${formatExpected(spike.expected)} in die uren; geen uitzending in de buurt`,
  );
}

export const INCIDENT_ADVICE =
  'Een piek zonder uitzending is een incident (een storing, een verkeerde mail aan klanten): zet een update op het blog of een verklaring zoals bij een uitzending, geen FAQ-artikel. Vragen die alleen in zo’n piek voorkomen krijgen daarom geen concept.';

/** The Markdown sections about spikes, incidents, searches and the search box share. */
export function signalSections(signals: ReportSignals, shortLink: (shortId: string) => string): string[] {
  const lines: string[] = [];
  const broadcastSpikes = signals.spikes.filter((spike) => spike.broadcast);
  const incidents = signals.spikes.filter((spike) => !spike.broadcast);
  const onlyIn = (broadcast: boolean): string[] => {
    const units = signals.spikeOnlyUnits.filter((unit) => (unit.spike.broadcast !== null) === broadcast);
    if (units.length === 0) return [];
    const intro = broadcast
      ? 'Alleen na de uitzending gevraagd, de verklaring beantwoordt ze (geen FAQ-concept):'
      : 'Alleen in een incident gevraagd (geen FAQ-concept):';
    return [intro, '', ...units.map((unit) => `- ${escapeMdxText(unit.title)} (${unit.size} vragen)`), ''];
  };
  lines.push('## Pieken na uitzendingen', '');
  if (broadcastSpikes.length === 0) lines.push('Geen.', '');
  else lines.push(...broadcastSpikes.map((spike) => `- ${spikeSentence(spike, shortLink, escapeMdxText)}`), '', ...onlyIn(true));
  lines.push('## Incidenten', '');
  if (signals.shortExport) lines.push(shortExportSentence(signals.shortExport.days), '');
  else if (incidents.length === 0) lines.push('Geen pieken zonder uitzending.', '');
  else lines.push(INCIDENT_ADVICE, '', ...incidents.map((spike) => `- ${spikeSentence(spike, shortLink, escapeMdxText)}`), '', ...onlyIn(false));
  lines.push('## Gezocht, niet gevonden', '');
  if (!signals.searches) lines.push('Geen zoekopdrachten ingelezen (geef een access log of een analytics-export mee aan `veelgesteld ingest`).', '');
  else {
    const { total, distinct, articles, notFound } = signals.searches;
    lines.push(
      `${total} zoekopdrachten op de site (${distinct} verschillende), gezocht in ${articles} gepubliceerde artikelen. Niet of slecht gevonden, door minstens twee mensen gezocht:`,
      '',
    );
    if (notFound.length === 0) lines.push('Geen.', '');
    else
      lines.push(
        '| Zoekopdracht | Keer | Mensen | Resultaat |',
        '| --- | ---: | ---: | --- |',
        ...notFound
          .slice(0, 25)
          .map((search) => `| ${escapeMdxText(search.query)} | ${search.count} | ${search.people} | ${escapeMdxText(verdictText(search))} |`),
        '',
      );
  }
  if (signals.fromSearch.length > 0) {
    lines.push(
      '## Uit de zoekbalk',
      '',
      'Vragen waarvan een deel als zoekopdracht op de site binnenkwam:',
      '',
      '| Vraag | Vragen | Waarvan zoekopdrachten |',
      '| --- | ---: | ---: |',
    );
    lines.push(...signals.fromSearch.slice(0, 15).map((row) => `| ${escapeMdxText(row.title)} | ${row.size} | ${row.searches} |`), '');
  }
  return lines;
}

export function verdictText(search: JudgedSearch): string {
  if (search.verdict === 'none' || !search.best) return 'geen resultaat';
  return `zwak: beste treffer “${search.best.title}” (${Math.round(search.best.coverage * 100)}% van de zoekwoorden)`;
}

// --- internal ---

function titleOf(group: Cluster | NonNullable<Cluster['subtopics']>[number]): string {
  return clusterTitle(group, group.lang === 'en' ? 'en' : 'nl');
}

function formatExpected(expected: number): string {
  return expected < 1 ? 'minder dan 1' : String(Math.round(expected));
}
