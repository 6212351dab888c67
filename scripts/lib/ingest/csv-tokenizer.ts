// A streaming CSV tokenizer for large exports: UTF-8 byte chunks in, complete records out. It
// reads messy files the way the ingest used csv-parse (relax_quotes, relax_column_count,
// skip_empty_lines, the record delimiter taken from the first line break) with a tight loop over
// the bytes instead of csv-parse's general machinery, which was the largest single cost of a
// million-row ingest. A byte-order mark is the decoder's business, not this one's. Each value is decoded on its own, so it is a compact string of its own:
// values cut from one big decoded chunk would all become two-byte strings as soon as the chunk
// holds one emoji, and the scrubber's regexes run more than twice as slow on those.

export interface CsvRecord {
  kind: 'row';
  /** The line the record starts on (1-based; a line break inside a quoted value counts). */
  line: number;
  record: string[];
}

export type CsvProblemCode = 'too-long' | 'quote-not-closed';

export interface CsvProblem {
  kind: 'problem';
  line: number;
  code: CsvProblemCode;
}

export interface CsvTokenizerOptions {
  /** A single ASCII character. */
  delimiter: string;
  /** A record longer than this (in bytes) is reported and skipped, so memory stays bounded. */
  maxRecordBytes: number;
}

export interface CsvTokenizer {
  /** Tokenizes what `chunk` completes; records and problems are appended in file order to `out`. */
  push: (chunk: Uint8Array, out: (CsvRecord | CsvProblem)[]) => void;
  /** The end of the input: the last record, or the problem that kept it from being read. */
  end: (out: (CsvRecord | CsvProblem)[]) => void;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;
const INCOMPLETE = -1;
// More line breaks than any message has (a message is at most 20,000 characters): a quote this
// long open is a stray one. Also bounds how much is read again after it.
const MAX_QUOTED_LINE_BREAKS = 2_000;
const EMPTY = Buffer.alloc(0);

type Delimiter = 'undecided' | 'lf' | 'crlf' | 'cr';

export function createCsvTokenizer(options: CsvTokenizerOptions): CsvTokenizer {
  const delimiter = options.delimiter.charCodeAt(0);
  let recordDelimiter: Delimiter = 'undecided';
  /** The byte that counts as a new line inside values. */
  let lineMark = LF;
  let bytes: Buffer = EMPTY;
  let length = 0;
  /** The line of `bytes[0]`. */
  let line = 1;
  /** An incomplete record is tried again only once the buffer has grown this far (linear time on huge records). */
  let retryAt = 0;
  /** Set while the rest of an over-long record is being thrown away. */
  let skipping: { inQuotes: boolean } | null = null;
  /** Lines from `bytes[0]` to the start of the current record. */
  let consumedLines = 0;
  /** Line breaks inside the values of the record being read. */
  let breaks = 0;

  /** Length of the record delimiter at `at` (deciding it on the first line break): 0 if none, INCOMPLETE if undecidable yet. */
  const breakLength = (at: number, final: boolean): number => {
    const code = bytes[at];
    if (code !== CR && code !== LF) return 0;
    const next = at + 1 < length ? bytes[at + 1] : -1;
    if (recordDelimiter === 'undecided') {
      if (code === CR && next === -1 && !final) return INCOMPLETE;
      recordDelimiter = code === LF ? 'lf' : next === LF ? 'crlf' : 'cr';
      lineMark = recordDelimiter === 'cr' ? CR : LF;
    }
    if (recordDelimiter === 'crlf') {
      if (code !== CR) return 0;
      if (next === -1 && !final) return INCOMPLETE;
      return next === LF ? 2 : 0;
    }
    return code === (recordDelimiter === 'lf' ? LF : CR) ? 1 : 0;
  };

  const decode = (start: number, end: number): string => (end > start ? bytes.toString('utf8', start, end) : '');

  /** End of an unquoted value at or after `from`: a delimiter, a record delimiter, the end of final input, or INCOMPLETE. */
  const unquotedEnd = (from: number, final: boolean): number => {
    for (let at = from; at < length; at++) {
      const code = bytes[at];
      if (code === delimiter) return at;
      if (code === LF || code === CR) {
        const size = breakLength(at, final);
        if (size === INCOMPLETE) return INCOMPLETE;
        if (size > 0) return at;
        if (code === lineMark) breaks++;
      }
    }
    return final ? length : INCOMPLETE;
  };

  /** Reads one record from `start`; returns where the next one starts, or INCOMPLETE. */
  const readRecord = (start: number, final: boolean, out: (CsvRecord | CsvProblem)[]): number => {
    const record: string[] = [];
    breaks = 0;
    let pos = start;
    for (;;) {
      let value: string;
      if (bytes[pos] === QUOTE) {
        value = '';
        let from = pos + 1;
        let closed = false;
        const breaksBefore = breaks;
        for (;;) {
          let quote = from;
          while (quote < length && bytes[quote] !== QUOTE) {
            if (bytes[quote] === lineMark) breaks++;
            quote++;
          }
          if (breaks - breaksBefore > MAX_QUOTED_LINE_BREAKS) return giveUpQuote(start, final, out);
          if (quote >= length || (quote + 1 >= length && !final)) {
            if (!final) return INCOMPLETE;
            if (breaks > breaksBefore) return giveUpQuote(start, final, out);
            out.push({ kind: 'problem', line: line + consumedLines, code: 'quote-not-closed' });
            return length;
          }
          if (bytes[quote + 1] === QUOTE) {
            value += decode(from, quote + 1);
            from = quote + 2;
            continue;
          }
          value += decode(from, quote);
          pos = quote + 1;
          const ends = pos >= length || bytes[pos] === delimiter ? 1 : breakLength(pos, final);
          if (ends === INCOMPLETE) return INCOMPLETE;
          closed = ends !== 0;
          break;
        }
        if (!closed) {
          // A quote that opened a value, ran over line breaks and then "closed" in the middle of text was
          // a stray quote (Excel doubles quotes inside values): the rows it ran over are rows.
          if (breaks > breaksBefore) return giveUpQuote(start, final, out);
          // A closing quote followed by more text: the quotes stay part of the value (csv-parse's relax_quotes).
          const rest = unquotedEnd(pos, final);
          if (rest === INCOMPLETE) return INCOMPLETE;
          value = `"${value}"${decode(pos, rest)}`;
          pos = rest;
        }
      } else {
        const end = unquotedEnd(pos, final);
        if (end === INCOMPLETE) return INCOMPLETE;
        value = decode(pos, end);
        pos = end;
      }
      record.push(value);
      if (pos >= length) {
        if (!final) return INCOMPLETE;
        out.push({ kind: 'row', line: line + consumedLines, record });
        consumedLines += breaks;
        return length;
      }
      if (bytes[pos] === delimiter) {
        pos++;
        continue;
      }
      const size = breakLength(pos, final);
      if (size <= 0) return INCOMPLETE;
      out.push({ kind: 'row', line: line + consumedLines, record });
      consumedLines += breaks + 1;
      return pos + size;
    }
  };

  /**
   * The record that starts at `start` has a quote that does not close where a value can end: it is
   * reported, and reading goes on at the next line, so one stray quote cannot swallow the rows after it.
   */
  const giveUpQuote = (start: number, final: boolean, out: (CsvRecord | CsvProblem)[]): number => {
    for (let at = start; at < length; at++) {
      const code = bytes[at];
      if (code !== CR && code !== LF) continue;
      const size = breakLength(at, final);
      if (size === INCOMPLETE) return INCOMPLETE;
      if (size > 0) {
        out.push({ kind: 'problem', line: line + consumedLines, code: 'quote-not-closed' });
        consumedLines += 1;
        return at + size;
      }
    }
    if (!final) return INCOMPLETE;
    out.push({ kind: 'problem', line: line + consumedLines, code: 'quote-not-closed' });
    return length;
  };

  /** Skips empty lines at `pos`; returns the new position or INCOMPLETE. */
  const skipEmptyLines = (pos: number, final: boolean): number => {
    while (pos < length) {
      const size = breakLength(pos, final);
      if (size === INCOMPLETE) return INCOMPLETE;
      if (size === 0) return pos;
      consumedLines++;
      pos += size;
    }
    return pos;
  };

  const tokenize = (final: boolean, out: (CsvRecord | CsvProblem)[]): void => {
    let pos = 0;
    while (pos < length) {
      const start = skipEmptyLines(pos, final);
      if (start === INCOMPLETE) break;
      pos = start;
      if (start >= length) break;
      const next = readRecord(start, final, out);
      if (next === INCOMPLETE) break;
      pos = next;
    }
    setBytes(pos >= length ? EMPTY : bytes.subarray(pos));
    line += consumedLines;
    consumedLines = 0;
    retryAt = length * 2;
    if (!final && length > options.maxRecordBytes) {
      out.push({ kind: 'problem', line, code: 'too-long' });
      skipping = { inQuotes: false };
      skipRest(final, out);
    }
  };

  /** Throws away the over-long record up to its record delimiter, then tokenizes what follows. */
  const skipRest = (final: boolean, out: (CsvRecord | CsvProblem)[]): void => {
    const state = skipping as { inQuotes: boolean };
    for (let pos = 0; pos < length; pos++) {
      const code = bytes[pos];
      if (code === QUOTE) state.inQuotes = !state.inQuotes;
      else if (code === lineMark) line++;
      if (!state.inQuotes && code === lineMark) {
        skipping = null;
        setBytes(bytes.subarray(pos + 1));
        retryAt = 0;
        tokenize(final, out);
        return;
      }
    }
    setBytes(EMPTY);
    retryAt = 0;
  };

  const setBytes = (next: Buffer): void => {
    bytes = next;
    length = next.length;
  };

  // Chunks wait here until there is enough new input to try the incomplete record again.
  let waiting: Buffer[] = [];
  let waitingLength = 0;
  const append = (chunk: Uint8Array): void => {
    waiting.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    waitingLength += chunk.byteLength;
  };
  const takeWaiting = (): void => {
    if (waiting.length === 0) return;
    const parts = length === 0 ? waiting : [bytes, ...waiting];
    setBytes(parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts));
    waiting = [];
    waitingLength = 0;
  };

  return {
    push: (chunk, out) => {
      if (chunk.byteLength === 0) return;
      append(chunk);
      if (length + waitingLength < retryAt) return;
      takeWaiting();
      if (skipping) skipRest(false, out);
      else tokenize(false, out);
    },
    end: (out) => {
      takeWaiting();
      if (skipping) skipRest(true, out);
      else tokenize(true, out);
    },
  };
}
