// The layout of a Dutch webcare tool's Excel export: semicolon-separated (Excel's list separator on
// a Dutch machine), Dutch column names and labels, dates as dd-mm-jjjj hh:mm in Amsterdam time.
import type { SynthRow } from './index.ts';

export const WEBCARE_CSV_HEADER = ['Bericht-ID', 'Gesprek-ID', 'Antwoord op', 'Kanaal', 'Richting', 'Afzender', 'Datum', 'Bericht'] as const;

const CHANNEL_LABELS: Readonly<Record<SynthRow['channel'], string>> = {
  x: 'X (Twitter)',
  facebook: 'Facebook',
  whatsapp: 'WhatsApp',
  email: 'E-mail',
  helpdesk: 'Webformulier',
  other: 'Instagram',
};
const DIRECTION_LABELS: Readonly<Record<SynthRow['direction'], string>> = { in: 'Inkomend', out: 'Uitgaand' };

/** Header, then one line per row, without line terminators (the writer picks CRLF or LF). */
export function* toWebcareCsvLines(rows: Iterable<SynthRow>): Generator<string> {
  yield WEBCARE_CSV_HEADER.join(';');
  for (const row of rows) {
    yield [
      row.id,
      row.conversationId,
      row.inReplyTo ?? '',
      CHANNEL_LABELS[row.channel],
      DIRECTION_LABELS[row.direction],
      row.author,
      dutchDate(row.createdAt),
      row.text,
    ]
      .map(quote)
      .join(';');
  }
}

/** "2026-10-21T08:05:09+02:00" → "21-10-2026 08:05": the wall-clock part, as Excel shows it. */
function dutchDate(iso: string): string {
  return `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)} ${iso.slice(11, 16)}`;
}

function quote(field: string): string {
  return /[;"\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}
