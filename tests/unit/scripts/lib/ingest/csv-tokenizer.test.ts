import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { createCsvTokenizer, type CsvProblem, type CsvRecord } from '#lib/ingest/csv-tokenizer.ts';

function tokenize(input: string | Uint8Array, chunkSize = Number.MAX_SAFE_INTEGER, options = { delimiter: ';', maxRecordBytes: 1_000_000 }) {
  const bytes = typeof input === 'string' ? Buffer.from(input) : input;
  const tokenizer = createCsvTokenizer(options);
  const out: (CsvRecord | CsvProblem)[] = [];
  for (let i = 0; i < bytes.length; i += chunkSize) tokenizer.push(bytes.subarray(i, i + chunkSize), out);
  tokenizer.end(out);
  return {
    records: out.filter((item): item is CsvRecord => item.kind === 'row').map((item) => item.record),
    lines: out.filter((item): item is CsvRecord => item.kind === 'row').map((item) => item.line),
    problems: out.filter((item): item is CsvProblem => item.kind === 'problem'),
  };
}

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 4294967296;
  };
}

describe('createCsvTokenizer', () => {
  it('reads quoted values with delimiters, doubled quotes and line breaks', () => {
    const { records, lines } = tokenize('id;tekst\n1;"a;b ""c""\nd"\n2;plain\n');
    expect(records).toEqual([
      ['id', 'tekst'],
      ['1', 'a;b "c"\nd'],
      ['2', 'plain'],
    ]);
    expect(lines).toEqual([1, 2, 4]);
  });

  it('counts lines the same with CRLF line ends, and skips empty lines', () => {
    const { records, lines } = tokenize('a;b\r\n\r\n1;"x\r\ny"\r\n2;z');
    expect(records).toEqual([
      ['a', 'b'],
      ['1', 'x\r\ny'],
      ['2', 'z'],
    ]);
    expect(lines).toEqual([1, 3, 5]);
  });

  it('reports a quote that is never closed at the line where its record starts, and reads the lines after it', () => {
    const { records, problems } = tokenize('a;b\n1;ok\n2;"never closed\nmore\n');
    expect(records).toEqual([['a', 'b'], ['1', 'ok'], ['more']]);
    expect(problems).toEqual([{ kind: 'problem', line: 3, code: 'quote-not-closed' }]);
  });

  it('does not let a stray quote swallow the rows up to the next quote', () => {
    const { records, problems, lines } = tokenize('a;b\n1;"stray\n2;fine\n3;Hij zei "ja" toen\n4;"ok"\n');
    expect(records).toEqual([
      ['a', 'b'],
      ['2', 'fine'],
      ['3', 'Hij zei "ja" toen'],
      ['4', 'ok'],
    ]);
    expect(lines).toEqual([1, 3, 4, 5]);
    expect(problems).toEqual([{ kind: 'problem', line: 2, code: 'quote-not-closed' }]);
  });

  it('still reads a quoted value over several lines', () => {
    const { records } = tokenize('a;b\n1;"twee\nregels, met ""quotes"""\n2;x\n', 3);
    expect(records).toEqual([
      ['a', 'b'],
      ['1', 'twee\nregels, met "quotes"'],
      ['2', 'x'],
    ]);
  });

  it('skips a record longer than the limit and reads the next one', () => {
    const input = `a;b\n1;"${'x'.repeat(5000)}\n${'y'.repeat(5000)}"\n2;next\n`;
    const { records, problems, lines } = tokenize(input, 97, { delimiter: ';', maxRecordBytes: 1000 });
    expect(records).toEqual([
      ['a', 'b'],
      ['2', 'next'],
    ]);
    expect(lines).toEqual([1, 4]);
    expect(problems).toEqual([{ kind: 'problem', line: 2, code: 'too-long' }]);
  });

  it('decodes multi-byte characters split across chunks, and returns values as separate strings', () => {
    const { records } = tokenize('naam;tekst\nZoë;"café 😊 €"\n', 1);
    expect(records).toEqual([
      ['naam', 'tekst'],
      ['Zoë', 'café 😊 €'],
    ]);
  });

  // csv-parse, with the options the ingest used before, is the reference for messy input, except
  // where a quote runs over a line break and never closes where a value ends: csv-parse then reads
  // the following lines into that value (or gives up), this tokenizer reports the row and goes on.
  it('reads random messy input into the same records as csv-parse, in any chunking', () => {
    const pieces = ['a', 'b', ' ', ';', '"', '""', '\n', '\r\n', '\r', 'é', '😊', ';"x"', '"q;\n"', '\t'];
    const next = random(20240312);
    for (let round = 0; round < 3000; round++) {
      let input = '';
      const size = Math.floor(next() * 30);
      for (let i = 0; i < size; i++) input += pieces[Math.floor(next() * pieces.length)];
      let expected: string[][] | 'quote-not-closed';
      try {
        expected = parse(input, { delimiter: ';', relax_column_count: true, relax_quotes: true, skip_empty_lines: true });
      } catch (error) {
        expect((error as { code?: string }).code, JSON.stringify(input)).toBe('CSV_QUOTE_NOT_CLOSED');
        expected = 'quote-not-closed';
      }
      const { records, problems } = tokenize(input, 1 + Math.floor(next() * 6));
      if (problems.length === 0) {
        expect(records, JSON.stringify(input)).toEqual(expected);
        continue;
      }
      expect(
        problems.map((problem) => problem.code),
        JSON.stringify(input),
      ).toContain('quote-not-closed');
      if (expected !== 'quote-not-closed') {
        const strayQuoteOverLines = expected.flat().some((value) => /[\r\n]/u.test(value) && value.includes('"'));
        expect(strayQuoteOverLines, JSON.stringify(input)).toBe(true);
      }
    }
  });
});
