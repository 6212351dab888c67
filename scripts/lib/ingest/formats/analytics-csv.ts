// Page reports exported from web analytics as CSV: pages with their views. Rows whose page is a
// site search ("/zoeken/?q=…") become search messages, one per view:
//   Plausible  pages.csv                name,visitors,pageviews,…        (period in the file name)
//              imported_pages_*.csv     date,hostname,page,visits,visitors,pageviews,…
//   Matomo     Page URLs export         label,nb_visits,nb_hits,…,url    (or "Label,Unique Pageviews,Pageviews")
//   GA4        Pages and screens        "# Start date: 20261101" comment lines, then
//                                       "Page path + query string,Views,Users,…" (Dutch UI: "Weergaven,Gebruikers")
// The day comes from a date column, else from the export's period (GA4 comment lines or dates in
// the file name); a report without either cannot be placed in time and its rows are reported.
import { splitLines, type TextLine } from '../lines.ts';
import { amsterdamToInstant, instantToIso } from '../time.ts';
import { searchQueryOf } from '../search-query.ts';
import { EVIDENCE, skip, type Evidence, type FormatInput, type FormatSample, type ReaderEvent, type ReaderOptions } from '../types.ts';

const PAGE_COLUMNS = [
  'page path + query string',
  'paginapad + queryreeks',
  'page location',
  'paginalocatie',
  'url',
  'page url',
  'pagina-url',
  'page',
  'pagina',
  'name',
  'label',
  'page path and screen class',
  'paginapad en schermklasse',
  'page path',
  'paginapad',
];
const VIEW_COLUMNS = ['pageviews', 'views', 'nb_hits', 'hits', 'weergaven', 'paginaweergaven', 'screenpageviews', 'screen_page_views'];
const PEOPLE_COLUMNS = [
  'visitors',
  'users',
  'total users',
  'active users',
  'nb_visits',
  'nb_uniq_visitors',
  'unique pageviews',
  'visits',
  'gebruikers',
  'totaal aantal gebruikers',
  'actieve gebruikers',
  'bezoekers',
  'unieke paginaweergaven',
  'bezoeken',
];
const DATE_COLUMNS = ['date', 'datum', 'day', 'dag'];
/** A row claiming more views than this is not a page report row. */
const MAX_VIEWS = 1_000_000;
const DAY = 86_400_000;

type Columns = { page: number; views: number; people: number; date: number; count: number; delimiter: string };

export const name = 'analytics-csv';

/** A header (after any comment lines) with a page column and a views column. */
export function detect(sample: FormatSample): Evidence {
  const lines = sample.text.split(/\r?\n/u);
  const header = lines.find((line) => line.trim() !== '' && !line.startsWith('#'));
  return header !== undefined && columnsOf(header) !== null ? EVIDENCE.reportHeader : EVIDENCE.none;
}

export const read = (input: FormatInput): AsyncGenerator<ReaderEvent[]> => readAnalyticsCsv(input.text(), input);

async function* readAnalyticsCsv(chunks: AsyncIterable<string>, options: Pick<ReaderOptions, 'fileName'>): AsyncGenerator<ReaderEvent[]> {
  const period: { start: number | null; end: number | null } = { start: null, end: null };
  const fromName = datesIn(options.fileName.replace(/^.*[\\/]/u, ''));
  let columns: Columns | null = null;
  let sawHeader = false;
  let ignored = 0;
  let batch: ReaderEvent[] = [];
  for await (const { line, text, tooLong } of splitLines(chunks) as AsyncIterable<TextLine>) {
    if (tooLong) {
      batch.push(skip(line, 'too-long', 'line is too long to be a report row'));
      continue;
    }
    const clean = line === 1 ? text.replace(/^\uFEFF/u, '') : text;
    if (clean.startsWith('#')) {
      readPeriodComment(clean, period);
      continue;
    }
    if (clean.trim() === '') {
      // GA4 puts several tables in one file, each with its own header after a blank line.
      columns = null;
      continue;
    }
    if (columns === null) {
      columns = columnsOf(clean);
      if (columns !== null) {
        sawHeader = true;
        continue;
      }
      if (!sawHeader) {
        batch.push(
          skip(
            line,
            'malformed-row',
            'no page report header (expected a page column such as "page" or "Page path + query string" and a views column such as "pageviews" or "Views")',
          ),
        );
        return yield batch;
      }
      // A later table of another kind (a GA4 summary table): not about pages.
      columns = { page: -1, views: -1, people: -1, date: -1, count: 0, delimiter: ',' };
      continue;
    }
    if (columns.page < 0) continue;
    const cells = splitCsvLine(clean, columns.delimiter);
    if (cells === null) {
      batch.push(skip(line, 'malformed-row', 'unbalanced quotes'));
      continue;
    }
    if (cells.length < columns.count) {
      batch.push(skip(line, 'ragged-row', `${cells.length} columns, the header has ${columns.count}`));
      continue;
    }
    const query = searchQueryOf(cells[columns.page]!.trim());
    if (query === null) {
      ignored++;
      continue;
    }
    if ('error' in query) {
      batch.push(skip(line, 'malformed-row', query.error));
      continue;
    }
    if (query.text === '') {
      ignored++;
      continue;
    }
    const views = countOf(cells[columns.views]!);
    if (views === null) {
      batch.push(skip(line, 'malformed-row', `views is not a whole number from 0 to ${MAX_VIEWS}`));
      continue;
    }
    const people = columns.people >= 0 ? (countOf(cells[columns.people]!) ?? views) : views;
    const days = daysOf(columns.date >= 0 ? cells[columns.date]! : null, period, fromName);
    if (days === null) {
      batch.push(
        skip(
          line,
          'bad-date',
          columns.date >= 0
            ? 'unreadable date'
            : 'the report names no date or period: export with a date column, or put the period in the file name (pages_2026-11-01_2026-11-30.csv)',
        ),
      );
      continue;
    }
    for (let i = 0; i < views; i++) {
      // Views are spread evenly over the period's days, at noon: a page report has no times.
      const day = days.start + Math.floor((i * days.count) / views) * DAY;
      batch.push({
        kind: 'message',
        message: {
          line,
          sourceId: null,
          conversationKey: `search:${line}:${i}`,
          inReplyTo: null,
          channel: 'search',
          direction: 'in',
          author: `analytics:${options.fileName}:${line}:${i % Math.max(1, Math.min(people, views))}`,
          createdAt: instantToIso(day)!,
          text: query.text,
        },
      });
    }
    if (batch.length >= 1000) {
      yield batch;
      batch = [];
    }
  }
  if (!sawHeader) batch.push(skip(1, 'unreadable-file', 'no page report found (expected a header with a page column and a views column)'));
  if (ignored > 0) batch.push({ kind: 'ignored', count: ignored, detail: 'report rows that are not site searches' });
  if (batch.length > 0) yield batch;
}

// --- internal ---

function normalizeHeader(cell: string): string {
  return cell.trim().replace(/^"|"$/gu, '').trim().toLowerCase();
}

function columnsOf(header: string): Columns | null {
  const delimiter = [',', ';', '\t'].reduce((best, d) => (header.split(d).length > header.split(best).length ? d : best), ',');
  const cells = splitCsvLine(header, delimiter);
  if (cells === null) return null;
  const names = cells.map(normalizeHeader);
  const find = (candidates: readonly string[]): number => {
    for (const candidate of candidates) {
      const at = names.indexOf(candidate);
      if (at !== -1) return at;
    }
    return -1;
  };
  const page = find(PAGE_COLUMNS);
  const views = find(VIEW_COLUMNS);
  if (page < 0 || views < 0) return null;
  return { page, views, people: find(PEOPLE_COLUMNS), date: find(DATE_COLUMNS), count: names.length, delimiter };
}

/** One CSV line (page reports have no line breaks inside values); null when a quote is left open. */
function splitCsvLine(line: string, delimiter: string): string[] | null {
  if (!line.includes('"')) return line.split(delimiter);
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell === '') quoted = true;
    else if (char === delimiter) {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  if (quoted) return null;
  cells.push(cell);
  return cells;
}

/** "1,234", "1.234", "1 234" and "1234" are all 1234; decimals and negatives are not counts. */
function countOf(cell: string): number | null {
  const digits = cell
    .trim()
    .replace(/^"|"$/gu, '')
    .replace(/[.,\s\u00A0](?=\d{3}(?:\D|$))/gu, '');
  if (!/^\d+$/u.test(digits)) return null;
  const value = Number(digits);
  return value <= MAX_VIEWS ? value : null;
}

/** "# Start date: 20261101" / "# Einddatum: 20261130" (GA4, English and Dutch). */
function readPeriodComment(line: string, period: { start: number | null; end: number | null }): void {
  const m = /^#\s*(start date|begindatum|startdatum|end date|einddatum)\s*:\s*(\S+)/iu.exec(line);
  if (!m) return;
  const day = dayOf(m[2]!);
  if (day === null) return;
  if (/^(?:start|begin)/iu.test(m[1]!)) period.start = day;
  else period.end = day;
}

/** Noon in Amsterdam of a day written as 20261101, 2026-11-01 or 01-11-2026. */
function dayOf(text: string): number | null {
  const compact = /^(\d{4})(\d{2})(\d{2})$/u.exec(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})/u.exec(text);
  const dutch = /^(\d{2})-(\d{2})-(\d{4})$/u.exec(text);
  const [y, m, d] = compact ? [compact[1], compact[2], compact[3]] : iso ? [iso[1], iso[2], iso[3]] : dutch ? [dutch[3], dutch[2], dutch[1]] : [];
  if (y === undefined) return null;
  return amsterdamToInstant(Number(y), Number(m), Number(d), 12);
}

function datesIn(name: string): number[] {
  return [...name.matchAll(/(?<!\d)(\d{4}-?\d{2}-?\d{2})(?!\d)/gu)].flatMap((m) => {
    const day = dayOf(m[1]!.replace(/^(\d{4})(\d{2})(\d{2})$/u, '$1-$2-$3'));
    return day === null ? [] : [day];
  });
}

function daysOf(cell: string | null, period: { start: number | null; end: number | null }, fromName: number[]): { start: number; count: number } | null {
  if (cell !== null) {
    const day = dayOf(cell.trim().replace(/^"|"$/gu, ''));
    return day === null ? null : { start: day, count: 1 };
  }
  const start = period.start ?? fromName[0] ?? period.end;
  const end = period.end ?? fromName[fromName.length - 1] ?? period.start;
  if (start === undefined || end === undefined || start === null || end === null || end < start) return null;
  return { start, count: Math.round((end - start) / DAY) + 1 };
}
