// The labelled export mixed into generated messages of the example company (topics --filler N):
// one `;` CSV in the labelled export's own layout, rows merged by time, the generated rows' ids
// marked so each draft's members can be told apart by company.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { sniffEncoding } from '#lib/ingest/index.ts';
import { generateExport, type SynthRow } from '#lib/synth/index.ts';

/** Generated rows' labels start with this, e.g. "filler:storing" or "filler:noise". */
export const FILLER = 'filler:';
const FILLER_ID = 'F';
const CHANNELS: Record<SynthRow['channel'], string> = {
  x: 'Twitter',
  facebook: 'Facebook',
  whatsapp: 'WhatsApp',
  email: 'E-mail',
  helpdesk: 'E-mail',
  other: 'Instagram',
};

export type Mixed = { bytes: Uint8Array; fillerLabels: Map<string, string>; fillerMessages: number };

/** The labelled export with `messages` generated rows (12 weeks from the export's own start) merged in by time. */
export function mixWithFiller(file: string, messages: number, seed: number): Mixed {
  const bytes = readFileSync(file);
  const text = iconv.decode(bytes, sniffEncoding(bytes.subarray(0, 65_536)).encoding);
  const records = parse(text, { delimiter: ';', relax_quotes: true }) as string[][];
  const header = records[0]!;
  const column = (name: string): number => {
    const index = header.indexOf(name);
    if (index < 0) throw new Error(`${file}: no "${name}" column for --filler`);
    return index;
  };
  const at = { date: column('Datum'), channel: column('Kanaal'), author: column('Afzender'), text: column('Bericht') };
  const at2 = { direction: column('Richting'), conversation: column('Gesprek'), id: column('Bericht-ID'), replyTo: column('Reactie op') };
  const rows = records.slice(1).map((record) => ({ key: sortKey(record[at.date]!), record }));
  const fillerLabels = new Map<string, string>();
  const start = firstDay(rows.map((row) => row.key));
  for (const row of generateExport({ seed, messages, weeks: 12, start })) {
    const record = new Array<string>(header.length).fill('');
    const id = FILLER_ID + row.id;
    record[at.date] = dutchDate(row.createdAt);
    record[at.channel] = CHANNELS[row.channel];
    record[at.author] = row.author;
    record[at.text] = row.text;
    record[at2.direction] = row.direction === 'in' ? 'Inkomend' : 'Uitgaand';
    record[at2.conversation] = FILLER_ID + row.conversationId;
    record[at2.id] = id;
    record[at2.replyTo] = row.inReplyTo ? FILLER_ID + row.inReplyTo : '';
    fillerLabels.set(id, FILLER + (row.topic ?? (row.direction === 'out' ? 'reply' : 'noise')));
    rows.push({ key: sortKey(record[at.date]!), record });
  }
  rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const lines = [header, ...rows.map((row) => row.record)].map((record) => record.map(quote).join(';'));
  return { bytes: new TextEncoder().encode(lines.join('\r\n') + '\r\n'), fillerLabels, fillerMessages: messages };
}

/** "31-08-2026 08:38" → "202608310838". */
function sortKey(date: string): string {
  const match = /^(\d{2})-(\d{2})-(\d{4}) (\d{2}):(\d{2})/u.exec(date.trim());
  return match ? `${match[3]}${match[2]}${match[1]}${match[4]}${match[5]}` : date;
}

/** Monday 00:00 Amsterdam of the labelled export's first day (as UTC, summer time). */
function firstDay(keys: readonly string[]): Date {
  const first = keys.reduce((min, key) => (key < min ? key : min), keys[0] ?? '202608310000');
  return new Date(`${first.slice(0, 4)}-${first.slice(4, 6)}-${first.slice(6, 8)}T00:00:00+02:00`);
}

function dutchDate(iso: string): string {
  return `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)} ${iso.slice(11, 16)}`;
}

function quote(field: string): string {
  return /[;"\r\n]/u.test(field) ? `"${field.replace(/"/gu, '""')}"` : field;
}
