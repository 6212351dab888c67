import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { generateExport, toWebcareCsvLines, type SynthRow } from '#lib/synth/index.ts';

const row = (text: string, extra: Partial<SynthRow> = {}): SynthRow => ({
  id: '1',
  conversationId: 'c1',
  inReplyTo: null,
  channel: 'x',
  direction: 'in',
  author: '@klant',
  createdAt: '2026-10-25T02:30:00+01:00',
  text,
  topic: null,
  ...extra,
});

describe('toWebcareCsvLines', () => {
  it('starts with the Dutch header of a webcare tool export', () => {
    expect([...toWebcareCsvLines([])]).toEqual(['Bericht-ID;Gesprek-ID;Antwoord op;Kanaal;Richting;Afzender;Datum;Bericht']);
  });

  it('writes Dutch labels and the wall-clock date as dd-mm-jjjj hh:mm', () => {
    const [, line] = toWebcareCsvLines([row('hallo', { inReplyTo: '0', direction: 'out', channel: 'helpdesk' })]);
    expect(line).toBe('1;c1;0;Webformulier;Uitgaand;@klant;25-10-2026 02:30;hallo');
  });

  it.each([
    ['a semicolon', 'termijnbedrag; factuur'],
    ['quotes', 'hij zei "morgen" en toen niks'],
    ['a newline', 'Beste Veldlicht,\n\nGroet, Piet'],
    ['a carriage return', 'regel 1\r\nregel 2'],
  ])('quotes a field with %s so a CSV parser gets it back unchanged', (_name, text) => {
    const lines = [...toWebcareCsvLines([row(text)])];
    const records = parse(lines.join('\r\n'), { delimiter: ';', columns: true }) as Record<string, string>[];
    expect(records[0]?.['Bericht']).toBe(text);
  });

  it('round-trips a generated export through a strict CSV parser', () => {
    const rows = [...generateExport({ seed: 11, messages: 800 })];
    const records = parse([...toWebcareCsvLines(rows)].join('\r\n'), { delimiter: ';', columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(rows.length);
    records.forEach((record, i) => {
      const source = rows[i]!;
      expect(record['Bericht']).toBe(source.text);
      expect(record['Afzender']).toBe(source.author);
      expect(record['Antwoord op']).toBe(source.inReplyTo ?? '');
      const [date, time] = (record['Datum'] ?? '').split(' ');
      const [d, m, y] = (date ?? '').split('-');
      expect(`${y}-${m}-${d}T${time}`).toBe(source.createdAt.slice(0, 16));
    });
  });
});
