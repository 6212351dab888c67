import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCommand } from 'citty';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ingest from '#scripts/commands/ingest.ts';
import { messageSchema } from '#core/message.ts';

const FIXTURES = 'tests/fixtures/logs';
let folder: string;
let stderr: string[];

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'veelgesteld-ingest-'));
  stderr = [];
  vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => void stderr.push(parts.join(' ')));
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(folder, { recursive: true, force: true });
});

const run = async (...rawArgs: string[]): Promise<number> => (await runCommand(ingest, { rawArgs })).result as number;

describe('veelgesteld ingest', () => {
  it('writes valid NDJSON for several formats at once and prints a summary', async () => {
    const out = join(folder, 'messages.ndjson');
    const code = await run(`${FIXTURES}/whatsapp-nl.txt`, `${FIXTURES}/webcare-export.csv.gz`, '--out', out, '--company-handle', '@Veelgesteld,Veelgesteld');
    expect(code).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(5);
    for (const line of lines) messageSchema.parse(JSON.parse(line));
    expect(stderr).toContain(`${FIXTURES}/whatsapp-nl.txt:5: media without text (skipped)`);
    expect(stderr.at(-1)).toBe(
      [
        'ingest: 2 file(s), 8 message(s) read, 5 kept, 3 skipped',
        '  skipped 1: system message (not written by a person)',
        '  skipped 1: media without text',
        '  skipped 1: deleted message',
        `wrote ${out}`,
      ].join('\n'),
    );
  });

  it('keeps personal data out of the output and out of stderr', async () => {
    const out = join(folder, 'messages.ndjson');
    await run(`${FIXTURES}/webcare-cp1252.csv`, `${FIXTURES}/helpdesk-tickets.ndjson`, '--out', out);
    const everything = readFileSync(out, 'utf8') + stderr.join('\n');
    for (const personal of ['NL91ABNA0417164300', 'Joëlle', 'Hermans', 'lisa.peters@example.com', 'Daan']) expect(everything).not.toContain(personal);
  });

  it('exits 1 and leaves an existing output alone when nothing usable was read', async () => {
    const out = join(folder, 'messages.ndjson');
    writeFileSync(out, 'previous run\n');
    expect(await run(`${FIXTURES}/empty.csv`, '--out', out)).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe('previous run\n');
    expect(stderr).toContain(`${FIXTURES}/empty.csv:1: the file is empty`);
  });

  it('with --strict fails on any skipped record and writes nothing', async () => {
    const out = join(folder, 'messages.ndjson');
    expect(await run(`${FIXTURES}/helpdesk-tickets.ndjson`, '--out', out, '--strict')).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(stderr.at(-1)).toMatch(/--strict and \d+ problem\(s\) found; nothing was written\.$/u);
  });

  it('reads a file that cannot be found as a problem and still writes the others', async () => {
    const out = join(folder, 'messages.ndjson');
    expect(await run(join(folder, 'missing.csv'), `${FIXTURES}/webcare.tsv`, '--out', out)).toBe(0);
    expect(stderr).toContain(`${join(folder, 'missing.csv')}: could not be read: no such file`);
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(3);
  });

  it('rejects an unknown --format and a malformed --map', async () => {
    const out = join(folder, 'messages.ndjson');
    await expect(run(`${FIXTURES}/webcare.tsv`, '--out', out, '--format', 'excel')).rejects.toThrow('--format: unknown format "excel"');
    await expect(run(`${FIXTURES}/webcare.tsv`, '--out', out, '--map', 'tekst')).rejects.toThrow('--map: "tekst" is not field=Column');
  });

  it('uses --map for columns it does not recognise', async () => {
    const csv = join(folder, 'odd.csv');
    writeFileSync(csv, 'Wanneer,Inhoud van het bericht\n2024-05-01 10:00,Waar blijft mijn pakket?\n');
    const out = join(folder, 'messages.ndjson');
    expect(await run(csv, '--out', out)).toBe(1);
    expect(stderr.join('\n')).toContain('no text or createdAt column among: Wanneer, Inhoud van het bericht');
    expect(await run(csv, '--out', out, '--map', 'text=Inhoud van het bericht,createdAt=Wanneer')).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ text: 'Waar blijft mijn pakket?', createdAt: '2024-05-01T10:00:00+02:00' });
  });
});
