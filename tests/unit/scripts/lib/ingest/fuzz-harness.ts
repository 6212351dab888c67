// Fuzzing the export readers: generated exports with known good records, damaged in the ways real
// files are (random bytes, truncation, the wrong encoding, huge fields, broken quoting), plus
// random mutations of every fixture format. Shared by the unit test (a short budget) and
// `npm run bench -- fuzz` (a long one). The properties: no crash, no hang (bounded time per MB),
// every skip reported with its line, every good record still read.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { FORMATS, createStats, ingestSource, type Format, type IngestProblem } from '#lib/ingest/index.ts';
import { createPseudonymizer } from '#lib/io/index.ts';

export interface FuzzCase {
  name: string;
  bytes: Uint8Array;
  chunkSize: number;
  format?: Format;
  /** Words that only the good records contain: each must be in some message that is read. */
  good: string[];
  /** What was done to the input, for the report of a failing case. */
  description: string;
}

export interface FuzzVerdict {
  crashed: boolean;
  /** Over the time bound for the input size. */
  slow: boolean;
  seconds: number;
  skippedWithoutLocation: number;
  lostGood: string[];
  error?: string;
}

/** One second plus one second per MB: ingest reads about 10 MB/s, so this is a hang, not a slow machine. */
export const timeBound = (bytes: number): number => 1 + bytes / 1e6;

export async function runCase(fuzz: FuzzCase): Promise<FuzzVerdict> {
  const problems: IngestProblem[] = [];
  const texts: string[] = [];
  const stats = createStats();
  const { bytes } = fuzz;
  // Byte-sized chunks exercise every boundary on small inputs; big inputs come in at most 2,000 chunks.
  const chunkSize = Math.max(fuzz.chunkSize, Math.ceil(bytes.length / 2000));
  const source = {
    name: fuzz.name,
    open: async function* () {
      for (let i = 0; i < bytes.length; i += chunkSize) yield bytes.subarray(i, i + chunkSize);
    },
  };
  const options = {
    ...(fuzz.format ? { format: fuzz.format } : {}),
    companyHandles: ['@VeldlichtNL'],
    pseudonymize: createPseudonymizer('fuzz'),
    onProblem: (problem: IngestProblem) => problems.push(problem),
  };
  const started = performance.now();
  let crashed = false;
  let error: string | undefined;
  try {
    for await (const message of ingestSource(source, options, stats)) texts.push(message.text);
  } catch (thrown) {
    crashed = true;
    error = thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : String(thrown);
  }
  const seconds = (performance.now() - started) / 1000;
  const skippedWithoutLocation = problems.filter(
    (problem) => problem.reason !== undefined && problem.reason !== 'unreadable-file' && !(typeof problem.line === 'number' && problem.line >= 1),
  ).length;
  const all = texts.join('\n');
  return {
    crashed,
    slow: seconds > timeBound(bytes.length),
    seconds,
    skippedWithoutLocation,
    lostGood: fuzz.good.filter((word) => !all.includes(word)),
    ...(error ? { error } : {}),
  };
}

// --- generated CSV exports with known good rows ---

const word = fc.stringMatching(/^[bdfghjklnprstvxz]{7}$/u);
const DAMAGE = ['invalid-bytes', 'huge', 'stray-quote', 'open-quote', 'ragged', 'nul', 'empty', 'bad-date', 'quote-in-quotes'] as const;
const ENCODINGS = ['utf8', 'utf8-bom', 'utf16le-bom', 'utf16be-bom', 'windows-1252'] as const;

const row = fc.record({
  word,
  damage: fc.option(fc.constantFrom(...DAMAGE), { freq: 3, nil: null }),
  quoted: fc.boolean(),
  multiline: fc.boolean(),
  hugeSize: fc.integer({ min: 30_000, max: 1_500_000 }),
});

/** A quoted CSV value, the way Excel writes one. */
const quote = (value: string): string => `"${value.replace(/"/gu, '""')}"`;

export const csvCase: fc.Arbitrary<FuzzCase> = fc
  .record({
    rows: fc.array(row, { minLength: 1, maxLength: 30 }),
    delimiter: fc.constantFrom(';', ',', '\t'),
    newline: fc.constantFrom('\r\n', '\n', '\r'),
    encoding: fc.constantFrom(...ENCODINGS),
    truncateAt: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { freq: 4, nil: null }),
    chunkSize: fc.integer({ min: 1, max: 70_000 }),
  })
  .map(({ rows, delimiter, newline, encoding, truncateAt, chunkSize }) => {
    const lines = [['datum', 'afzender', 'bericht'].join(delimiter)];
    const goodAt: { word: string; end: number }[] = [];
    let length = lines[0]!.length + newline.length;
    rows.forEach((r, i) => {
      const base = r.multiline ? `Waarom is mijn ${r.word} zo duur?${newline}Alvast bedankt` : `Waarom is mijn ${r.word} zo duur?`;
      let date = `01-09-2026 10:${String(i % 60).padStart(2, '0')}`;
      let text = r.quoted || r.multiline || base.includes(delimiter) ? quote(base) : base;
      let extra = '';
      switch (r.damage) {
        case 'invalid-bytes':
          text = `${base.replace(/[\r\n]+/gu, ' ')}${INVALID_MARK}`;
          break;
        case 'huge':
          text = quote('x'.repeat(r.hugeSize));
          break;
        case 'stray-quote':
          text = `Hij zei "hoi en ${base.replace(/[\r\n]+/gu, ' ')}`;
          break;
        case 'open-quote':
          text = `"${base.replace(/[\r\n]+/gu, ' ')}`;
          break;
        case 'ragged':
          extra = `${delimiter}x${delimiter}y`;
          break;
        case 'nul':
          text = `${base.replace(/[\r\n]+/gu, ' ')}\u0000\u0000`;
          break;
        case 'empty':
          text = '';
          break;
        case 'bad-date':
          date = 'gisteren';
          break;
        case 'quote-in-quotes':
          text = `"Ik zei "nee" tegen ${r.word}"`;
          break;
        default:
          break;
      }
      const line = [date, `klant${i}`, text].join(delimiter) + extra;
      lines.push(line);
      length += line.length + newline.length;
      if (r.damage === null) goodAt.push({ word: r.word, end: length });
    });
    const text = lines.join(newline) + newline;
    let bytes = withInvalidBytes(encode(text, encoding), encoding);
    let good = goodAt.map((g) => g.word);
    let description = `csv ${JSON.stringify(delimiter)} ${JSON.stringify(newline)} ${encoding}, ${rows.length} rows: ${rows.map((r) => r.damage ?? 'good').join(' ')}`;
    if (truncateAt !== null) {
      // Cut inside the file: rows that ended (with their line break) before the cut must still be read.
      const cut = Math.floor(truncateAt * text.length);
      const bytesPerChar = bytes.length / text.length;
      bytes = bytes.subarray(0, Math.floor(cut * bytesPerChar));
      good = goodAt.filter((g) => g.end < cut - 4).map((g) => g.word);
      description += `, cut at character ${cut}`;
    }
    // A row right after a damaged row with an open quote may be merged into it by any CSV reader if
    // the damage ends the file; the generator keeps such rows out of "good" only at the very end.
    return { name: 'fuzz.csv', bytes, chunkSize, good, description };
  });

// Stands for bytes that are not valid in the file's encoding (replaced after encoding).
const INVALID_MARK = '\u0001BAD\u0001';

function withInvalidBytes(bytes: Uint8Array, encoding: (typeof ENCODINGS)[number]): Uint8Array {
  const mark = encode(INVALID_MARK, encoding).subarray(encoding.endsWith('-bom') ? (encoding.startsWith('utf8') ? 3 : 2) : 0);
  // Broken UTF-8 (a lone continuation byte, a cut-off sequence) or, in UTF-16, an unpaired surrogate.
  const bad = encoding.startsWith('utf16')
    ? Buffer.from(encoding === 'utf16le-bom' ? [0x00, 0xd8, 0x41, 0x00] : [0xd8, 0x00, 0x00, 0x41])
    : Buffer.from([0xff, 0xc3, 0x28, 0x80]);
  const parts: Uint8Array[] = [];
  let buffer = Buffer.from(bytes);
  for (let at = buffer.indexOf(mark); at !== -1; at = buffer.indexOf(mark)) {
    parts.push(buffer.subarray(0, at), bad);
    buffer = buffer.subarray(at + mark.length);
  }
  parts.push(buffer);
  return Buffer.concat(parts);
}

function encode(text: string, encoding: (typeof ENCODINGS)[number]): Uint8Array {
  if (encoding === 'utf8') return Buffer.from(text, 'utf8');
  if (encoding === 'utf8-bom') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
  if (encoding === 'utf16le-bom') return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  if (encoding === 'utf16be-bom') return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
  return iconv.encode(text, 'windows-1252');
}

// --- generated helpdesk NDJSON and WhatsApp chats with known good records ---

const LINE_DAMAGE = ['truncated-json', 'invalid-bytes', 'huge', 'nul', 'garbage', 'not-a-ticket'] as const;
const lineRecord = fc.record({
  word,
  damage: fc.option(fc.constantFrom(...LINE_DAMAGE), { freq: 3, nil: null }),
  hugeSize: fc.integer({ min: 30_000, max: 1_500_000 }),
});

export const ndjsonCase: fc.Arbitrary<FuzzCase> = fc
  .record({
    records: fc.array(lineRecord, { minLength: 1, maxLength: 30 }),
    newline: fc.constantFrom('\n', '\r\n'),
    chunkSize: fc.integer({ min: 1, max: 70_000 }),
  })
  .map(({ records, newline, chunkSize }) => {
    const good: string[] = [];
    const lines = records.map((r, i) => {
      const ticket = JSON.stringify({
        id: 5000 + i,
        subject: 'Vraag',
        description: `Waarom is mijn ${r.word} zo duur?`,
        created_at: '2026-09-01T10:00:00Z',
        requester_id: i,
        via: { channel: 'email' },
      });
      switch (r.damage) {
        case 'truncated-json':
          return ticket.slice(0, ticket.length >> 1);
        case 'invalid-bytes':
          return ticket.replace('Vraag', INVALID_MARK);
        case 'huge':
          return JSON.stringify({ id: 9000 + i, description: 'x'.repeat(r.hugeSize), created_at: '2026-09-01T10:00:00Z' });
        case 'nul':
          return `${ticket}\u0000`;
        case 'garbage':
          return '{"id": 1, "description": "half';
        case 'not-a-ticket':
          return '[1, 2, 3]';
        default:
          good.push(r.word);
          return ticket;
      }
    });
    const bytes = withInvalidBytes(Buffer.from(lines.join(newline) + newline, 'utf8'), 'utf8');
    return {
      name: 'fuzz.ndjson',
      format: 'helpdesk' as const,
      bytes,
      chunkSize,
      good,
      description: `helpdesk ndjson, ${records.length} lines: ${records.map((r) => r.damage ?? 'good').join(' ')}`,
    };
  });

const CHAT_DAMAGE = ['invalid-bytes', 'huge', 'no-author', 'media', 'deleted', 'bad-date', 'nul'] as const;
const chatRecord = fc.record({
  word,
  damage: fc.option(fc.constantFrom(...CHAT_DAMAGE), { freq: 3, nil: null }),
  multiline: fc.boolean(),
  hugeSize: fc.integer({ min: 30_000, max: 1_500_000 }),
});

export const whatsAppCase: fc.Arbitrary<FuzzCase> = fc
  .record({
    records: fc.array(chatRecord, { minLength: 1, maxLength: 30 }),
    iphone: fc.boolean(),
    newline: fc.constantFrom('\n', '\r\n'),
    chunkSize: fc.integer({ min: 1, max: 70_000 }),
  })
  .map(({ records, iphone, newline, chunkSize }) => {
    const good: string[] = [];
    const lines = records.map((r, i) => {
      const minute = String(i % 60).padStart(2, '0');
      const header = iphone ? `[01-09-2026 10:${minute}:00] ` : `01-09-2026 10:${minute} - `;
      const text = r.multiline ? `Waarom is mijn ${r.word} zo duur?${newline}Groetjes` : `Waarom is mijn ${r.word} zo duur?`;
      switch (r.damage) {
        case 'invalid-bytes':
          return `${header}Klant ${i}: ${INVALID_MARK} ${text}`;
        case 'huge':
          return `${header}Klant ${i}: ${'x'.repeat(r.hugeSize)}`;
        case 'no-author':
          return `${header}Berichten en oproepen worden end-to-end versleuteld.`;
        case 'media':
          return `${header}Klant ${i}: <Media weggelaten>`;
        case 'deleted':
          return `${header}Klant ${i}: Dit bericht is verwijderd`;
        case 'bad-date':
          return `99-99-2026 10:${minute} - Klant ${i}: x`;
        case 'nul':
          return `${header}Klant ${i}: \u0000\u0000`;
        default:
          good.push(r.word);
          return `${header}Klant ${i}: ${text}`;
      }
    });
    const bytes = withInvalidBytes(Buffer.from(lines.join(newline) + newline, 'utf8'), 'utf8');
    return {
      name: 'fuzz-chat.txt',
      bytes,
      chunkSize,
      good,
      description: `whatsapp ${iphone ? 'iPhone' : 'Android'}, ${records.length} lines: ${records.map((r) => r.damage ?? 'good').join(' ')}`,
    };
  });

// --- random damage to every fixture format ---

const FIXTURES = [
  'webcare.tsv',
  'webcare-cp1252.csv',
  'webcare-utf16le.csv',
  'webcare-utf16be.csv',
  'webcare-utf8-bom.csv',
  'twitter-support.csv',
  'x-archive/tweets.js',
  'x-archive/direct-messages.js',
  'whatsapp-nl.txt',
  'whatsapp-en.txt',
  'helpdesk-tickets.json',
  'helpdesk-tickets.ndjson',
  'facebook/inbox/sannedevries_4821/message_1.json',
  'truncated.json',
  'nul-bytes.csv',
];
let fixtureBytes: { file: string; bytes: Uint8Array }[] | null = null;
const fixtures = (): { file: string; bytes: Uint8Array }[] =>
  (fixtureBytes ??= FIXTURES.map((file) => ({ file, bytes: readFileSync(new URL(`../../../../fixtures/logs/${file}`, import.meta.url)) })));

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({
    kind: fc.constant('flip' as const),
    positions: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 30 }),
  }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), bytes: fc.uint8Array({ minLength: 1, maxLength: 200 }) }),
  fc.record({
    kind: fc.constant('huge-field' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    size: fc.integer({ min: 10_000, max: 2_000_000 }),
    char: fc.constantFrom('x', '"', ',', ';', '\n', '{', '[', '\\', ' '),
  }),
  fc.record({ kind: fc.constant('quotes' as const), positions: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 10 }) }),
  fc.record({ kind: fc.constant('re-encode' as const), to: fc.constantFrom('utf16le', 'utf16be', 'latin1-as-utf8', 'windows-1252') }),
  fc.record({ kind: fc.constant('noise' as const), bytes: fc.uint8Array({ minLength: 0, maxLength: 3000 }) }),
);

export const mutatedFixtureCase: fc.Arbitrary<FuzzCase> = fc
  .record({
    fixture: fc.nat(),
    mutations: fc.array(mutation, { minLength: 1, maxLength: 3 }),
    format: fc.option(fc.constantFrom(...FORMATS), { freq: 3, nil: undefined }),
    chunkSize: fc.integer({ min: 1, max: 70_000 }),
  })
  .map(({ fixture, mutations, format, chunkSize }) => {
    const all = fixtures();
    const { file, bytes: original } = all[fixture % all.length]!;
    let bytes: Buffer = Buffer.from(original);
    for (const m of mutations) bytes = mutate(bytes, m);
    return {
      name: file,
      bytes,
      chunkSize,
      ...(format ? { format } : {}),
      good: [],
      description: `${file} as ${format ?? 'detected'}: ${mutations.map((m) => (m.kind === 'huge-field' ? `huge-field of ${m.size} ${JSON.stringify(m.char)}` : m.kind)).join(', ')}`,
    };
  });

function mutate(bytes: Buffer, m: MutationValue): Buffer {
  const at = (fraction: number): number => Math.floor(fraction * bytes.length);
  switch (m.kind) {
    case 'truncate':
      return bytes.subarray(0, at(m.at));
    case 'flip': {
      const copy = Buffer.from(bytes);
      for (const [where, value] of m.positions) if (copy.length > 0) copy[Math.min(copy.length - 1, at(where))] = value;
      return copy;
    }
    case 'insert':
      return Buffer.concat([bytes.subarray(0, at(m.at)), Buffer.from(m.bytes), bytes.subarray(at(m.at))]);
    case 'huge-field':
      return Buffer.concat([bytes.subarray(0, at(m.at)), Buffer.alloc(m.size, m.char), bytes.subarray(at(m.at))]);
    case 'quotes': {
      let copy = Buffer.from(bytes);
      for (const where of m.positions) copy = Buffer.concat([copy.subarray(0, at(where)), Buffer.from('"'), copy.subarray(at(where))]);
      return copy;
    }
    case 're-encode': {
      const text = bytes.toString('utf8');
      if (m.to === 'utf16le') return Buffer.from(text, 'utf16le');
      if (m.to === 'utf16be') return Buffer.from(text, 'utf16le').swap16();
      if (m.to === 'latin1-as-utf8') return Buffer.from(bytes.toString('latin1'), 'utf8');
      return iconv.encode(text, 'windows-1252');
    }
    case 'noise':
      return Buffer.from(m.bytes);
  }
}

type MutationValue = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

/** Every kind of case: generated exports with known good records, and damaged fixtures of every format. */
export const anyCase: fc.Arbitrary<FuzzCase> = fc.oneof(csvCase, ndjsonCase, whatsAppCase, mutatedFixtureCase);
