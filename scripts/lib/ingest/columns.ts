// Recognises the columns of a generic CSV export by their Dutch or English names.
import { InputError } from '../errors.ts';
import type { ColumnMap } from './types.ts';

type Field = keyof ColumnMap;

const ALIASES: Record<Field, readonly string[]> = {
  text: [
    'bericht',
    'berichttekst',
    'tekst',
    'text',
    'message',
    'messagetext',
    'body',
    'content',
    'inhoud',
    'tweet',
    'fulltext',
    'vraag',
    'question',
    'comment',
    'opmerking',
    'omschrijving',
    'description',
    'post',
  ],
  createdAt: [
    'datumtijd',
    'datetime',
    'timestamp',
    'createdat',
    'created',
    'aangemaakt',
    'aangemaaktop',
    'tijdstip',
    'verzonden',
    'verzondenop',
    'sentat',
    'sent',
    'datumentijd',
    'posted',
    'postedat',
  ],
  date: ['datum', 'date', 'dag', 'day'],
  time: ['tijd', 'time', 'uur'],
  channel: ['kanaal', 'channel', 'bron', 'source', 'platform', 'medium', 'via', 'netwerk', 'network'],
  direction: ['richting', 'direction', 'inbound', 'inkomend', 'type', 'berichttype', 'messagetype', 'vanklant', 'fromcustomer'],
  author: [
    'afzender',
    'author',
    'auteur',
    'van',
    'from',
    'sender',
    'naam',
    'name',
    'user',
    'gebruiker',
    'klant',
    'customer',
    'handle',
    'authorid',
    'screenname',
    'username',
    'gebruikersnaam',
    'userid',
    'account',
  ],
  id: ['id', 'berichtid', 'messageid', 'tweetid', 'postid', 'commentid', 'nummer'],
  conversationId: [
    'gesprek',
    'gesprekid',
    'conversation',
    'conversationid',
    'thread',
    'threadid',
    'ticket',
    'ticketid',
    'ticketnummer',
    'case',
    'caseid',
    'dossier',
    'zaak',
    'chatid',
    'chat',
  ],
  inReplyTo: ['inreplyto', 'antwoordop', 'replyto', 'inresponseto', 'inresponsetotweetid', 'parentid', 'parent', 'reactieop'],
};

export const normalizeHeader = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '');

export type ColumnIndexes = Partial<Record<Field, number>>;

/** Column indexes per field: explicit `--map` entries first, then the first alias that matches. */
export function resolveColumns(header: readonly string[], map: ColumnMap): { columns: ColumnIndexes; unknownMapped: string[] } {
  const normalized = header.map(normalizeHeader);
  const columns: ColumnIndexes = {};
  const unknownMapped: string[] = [];
  const used = new Set<number>();
  for (const [field, name] of Object.entries(map) as [Field, string][]) {
    const index = normalized.indexOf(normalizeHeader(name));
    if (index === -1) unknownMapped.push(`${field}=${name}`);
    else {
      columns[field] = index;
      used.add(index);
    }
  }
  for (const field of Object.keys(ALIASES) as Field[]) {
    if (columns[field] !== undefined) continue;
    for (const alias of ALIASES[field]) {
      const index = normalized.indexOf(alias);
      if (index !== -1 && !used.has(index)) {
        columns[field] = index;
        used.add(index);
        break;
      }
    }
  }
  // A single "datum" column is the timestamp; separate date and time columns are joined.
  if (columns.createdAt === undefined && columns.date !== undefined) {
    columns.createdAt = columns.date;
    delete columns.date;
  }
  return { columns, unknownMapped };
}

/** Parses `--map text=Bericht,createdAt=Datum`. */
export function parseColumnMap(spec: string | undefined): ColumnMap {
  const map: ColumnMap = {};
  if (!spec) return map;
  for (const pair of spec.split(',')) {
    const [field = '', column = ''] = pair.split('=').map((part) => part.trim());
    if (!(field in ALIASES) || column === '') {
      throw new InputError(`--map: "${pair}" is not field=Column (fields: ${Object.keys(ALIASES).join(', ')})`);
    }
    map[field as Field] = column;
  }
  return map;
}
