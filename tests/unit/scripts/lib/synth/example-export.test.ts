import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { buildExampleFiles, EXAMPLE_FILES } from '#scripts/examples/generate.ts';

const folder = new URL('../../../../../scripts/examples/', import.meta.url);
const built = buildExampleFiles();

describe('bundled example exports', () => {
  it.each(Object.values(EXAMPLE_FILES))('%s matches what generate.ts produces (run it after changing the generator)', (name) => {
    const committed = readFileSync(new URL(name, folder));
    expect(Buffer.compare(committed, Buffer.from(built[name]!))).toBe(0);
  });

  it('writes the main export as Windows-1252 with CRLF, as Excel on a Dutch machine does', () => {
    const bytes = Buffer.from(built[EXAMPLE_FILES.webcareCsv]!);
    expect(bytes.includes(0x80)).toBe(true); // € in Windows-1252
    expect(bytes.includes(Buffer.from('€', 'utf8'))).toBe(false);
    const text = iconv.decode(bytes, 'windows-1252');
    expect(text.startsWith('Bericht-ID;Gesprek-ID;Antwoord op;Kanaal;Richting;Afzender;Datum;Bericht\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('keeps emoji in the UTF-8 variant, which starts with a byte order mark', () => {
    const bytes = Buffer.from(built[EXAMPLE_FILES.webcareCsvUtf8]!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(/\p{Extended_Pictographic}/u.test(bytes.toString('utf8'))).toBe(true);
  });
});
