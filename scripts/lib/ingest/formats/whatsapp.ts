// WhatsApp chat exports (.txt) from Dutch and English phones:
//   Android  "12-03-2024 14:05 - Naam: tekst"      "12/03/2024, 14:05 - Name: text"   "3/12/24, 2:05 PM - Name: text"
//   iPhone   "[12-03-2024 14:05:33] Naam: tekst"   "[12/03/2024, 14:05:33] Name: text"
// Lines without a header continue the previous message; headers without "Name:" are system lines.
import { splitLines, type TextLine } from '../lines.ts';
import { fullYear, localToIso, to24h, type DayOrder } from '../time.ts';
import { EVIDENCE, skip, type Evidence, type FormatInput, type FormatSample, type ReaderEvent, type ReaderOptions } from '../types.ts';

const HEADER = /^\u200E?\[?(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4}),?\s+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*([aApP]\.?\s?[mM]\.?)?\]?\s*(?:-\s)?\s*(.*)$/u;
const AUTHOR = /^([^:]{1,80}?):\s?(.*)$/su;
const MEDIA =
  /^\u200E?(?:<(?:Media weggelaten|Media omitted|bijgevoegd: [^>]+|attached: [^>]+)>|(?:afbeelding|image|video|audio|sticker|GIF|document|foto|photo) (?:weggelaten|omitted))$/iu;
// The markers with the whitespace around them. "(?<!\s)" starts a match only at the start of a
// run of whitespace: a leading "\s*" tried at every position of a long run takes quadratic time.
const MEDIA_IN_TEXT = /(?<!\s)\s*<(?:Media weggelaten|Media omitted)>\s*/giu;
const EDITED_IN_TEXT = /(?<!\s)\s*(?:<Dit bericht is bewerkt>|<This message was edited>)/giu;
const DELETED = /^\u200E?(?:Dit bericht is verwijderd|Je hebt dit bericht verwijderd|This message was deleted|You deleted this message)\.?$/iu;

interface Pending {
  line: number;
  date: [number, number, number];
  time: [number, number, number];
  author: string | null;
  text: string;
}

export const name = 'whatsapp';

/** A chat line as the first line, or among the first lines of a .txt file (after a line the phone added). */
export function detect(sample: FormatSample): Evidence {
  if (isWhatsAppHeader(sample.firstLine)) return EVIDENCE.firstLine;
  const lines = sample.text.split('\n', 20);
  if (sample.name.endsWith('.txt') && lines.some((line) => isWhatsAppHeader(line.replace(/\r$/u, '')))) return EVIDENCE.lineInNamedFile;
  return EVIDENCE.none;
}

export const read = (input: FormatInput): AsyncGenerator<ReaderEvent> => readWhatsApp(input.text(), input);

function isWhatsAppHeader(line: string): boolean {
  const m = HEADER.exec(line);
  return m !== null && (line.startsWith('[') || line.includes(' - '));
}

async function* readWhatsApp(chunks: AsyncIterable<string>, options: ReaderOptions): AsyncGenerator<ReaderEvent> {
  let order: DayOrder | null = null;
  const undecided: Pending[] = [];
  let current: Pending | null = null;
  let sawHeader = false;
  const finish = function* (pending: Pending): Generator<ReaderEvent> {
    if (order === null) {
      undecided.push(pending);
      order = decideOrder(pending);
      if (order === null && undecided.length < 500) return;
      order ??= 'dmy';
      for (const waiting of undecided.splice(0)) yield toEvent(waiting, order, options);
      return;
    }
    yield toEvent(pending, order, options);
  };
  for await (const { line, text, tooLong } of splitLines(chunks) as AsyncIterable<TextLine>) {
    if (tooLong) {
      yield skip(line, 'too-long', 'line is too long to be a message');
      continue;
    }
    const header = HEADER.exec(text);
    if (header && (text.trimStart().startsWith('[') || text.includes(' - ') || text.startsWith('\u200E['))) {
      sawHeader = true;
      if (current) yield* finish(current);
      const [, a, b, c, h, mi, s, meridiem, rest = ''] = header;
      const author = AUTHOR.exec(rest);
      current = {
        line,
        date: [Number(a), Number(b), a?.length === 4 ? Number(c) : fullYear(c ?? '')],
        time: [to24h(Number(h), meridiem), Number(mi), Number(s ?? 0)],
        author: author ? (author[1] as string).trim() : null,
        text: author ? (author[2] as string) : rest,
      };
      if (a?.length === 4) current.date = [Number(c), Number(b), Number(a)];
      continue;
    }
    if (current) current.text += `\n${text}`;
    else if (text.trim() !== '') yield skip(line, 'malformed-row', 'line does not start with a WhatsApp date and time');
  }
  if (current) yield* finish(current);
  if (undecided.length > 0) for (const waiting of undecided.splice(0)) yield toEvent(waiting, order ?? 'dmy', options);
  if (!sawHeader) yield skip(1, 'unreadable-file', 'no WhatsApp messages found (expected lines like "12-03-2024 14:05 - Naam: tekst")');
}

/** Day-month or month-day: decided by the first date whose first or second part is above 12. */
function decideOrder(pending: Pending): DayOrder | null {
  const [first, second] = pending.date;
  if (first > 12) return 'dmy';
  if (second > 12) return 'mdy';
  return null;
}

function toEvent(pending: Pending, order: DayOrder, options: ReaderOptions): ReaderEvent {
  const text = pending.text.replace(/\u200E/gu, '').trim();
  if (pending.author === null) return skip(pending.line, 'system-message');
  if (MEDIA.test(text)) return skip(pending.line, 'media-only');
  if (DELETED.test(text)) return skip(pending.line, 'deleted');
  const [first, second, year] = pending.date;
  const [day, month] = order === 'dmy' ? [first, second] : [second, first];
  return {
    kind: 'message',
    message: {
      line: pending.line,
      sourceId: null,
      conversationKey: `whatsapp:${options.fileName}`,
      inReplyTo: null,
      channel: 'whatsapp',
      direction: null,
      author: pending.author,
      createdAt: localToIso(year, month, day, ...pending.time),
      text: text.replace(MEDIA_IN_TEXT, ' ').replace(EDITED_IN_TEXT, '').trim(),
    },
  };
}
