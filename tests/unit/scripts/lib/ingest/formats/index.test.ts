// A format added to the registry (formats/index.ts) is all it takes: detection, --format, the
// stats and the error messages learn it from the registry. The made-up "chatlog" format is appended
// to the real list, as one more line in formats/index.ts would.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCommand } from 'citty';
import { describe, expect, it, vi } from 'vitest';
import ingest from '#scripts/commands/ingest.ts';
import { createStats, detectFormat, FORMATS, ingestSource, type Format, type IngestProblem } from '#lib/ingest/index.ts';
import { createPseudonymizer } from '#lib/io/index.ts';
import type { Message } from '#core/message.ts';

vi.mock('#lib/ingest/formats/index.ts', async (importOriginal) => {
  const registry = await importOriginal<typeof import('#lib/ingest/formats/index.ts')>();
  const chatlog = await import('#tests/fixtures/formats/chatlog.ts');
  return { EXPORT_FORMATS: [...registry.EXPORT_FORMATS, chatlog] };
});

const CHATLOG =
  '#chatlog\n2026-11-03T10:00:00+01:00\tklant-17\tHoe zeg ik mijn abonnement op?\nkapotte regel\n2026-11-03T10:05:00+01:00\tklant-18\tWaar vind ik mijn factuur?\n';
const chatlog = 'chatlog' as Format;

async function ingestText(fileName: string, text: string, format?: Format) {
  const stats = createStats();
  const problems: IngestProblem[] = [];
  const messages: Message[] = [];
  const source = {
    name: fileName,
    open: async function* () {
      yield new TextEncoder().encode(text);
    },
  };
  const options = {
    ...(format ? { format } : {}),
    companyHandles: ['Veelgesteld'],
    pseudonymize: createPseudonymizer('test-salt'),
    onProblem: (problem: IngestProblem) => void problems.push(problem),
  };
  for await (const message of ingestSource(source, options, stats)) messages.push(message);
  return { stats, problems, messages };
}

describe('the export format registry', () => {
  it('lists a registered format after the built-in ones', () => {
    expect(FORMATS).toEqual(['csv', 'twitter-csv', 'x-archive', 'facebook', 'whatsapp', 'helpdesk', 'access-log', 'analytics-csv', 'chatlog']);
  });

  it('detects a registered format by its own evidence, and the built-in formats as before', () => {
    expect(detectFormat('support.log', CHATLOG)).toBe('chatlog');
    expect(detectFormat('support.log', '\uFEFF  #chatlog\r\nrest')).toBe('chatlog');
    expect(detectFormat('export.csv', 'Datum;Kanaal;Bericht\n01-11-2026 10:00;X;Hoi\n')).toBe('csv');
    expect(detectFormat('chat.txt', '01-09-2026 10:00 - Klant: Hoi\n')).toBe('whatsapp');
  });

  it('reads a detected file with the format, counts it in the stats and reports its problems with their lines', async () => {
    const { stats, problems, messages } = await ingestText('support.log', CHATLOG);
    expect(stats.formats).toEqual({ chatlog: 1 });
    expect(messages.map((message) => [message.text, message.createdAt, message.channel])).toEqual([
      ['Hoe zeg ik mijn abonnement op?', '2026-11-03T10:00:00+01:00', 'other'],
      ['Waar vind ik mijn factuur?', '2026-11-03T10:05:00+01:00', 'other'],
    ]);
    expect(problems).toEqual([{ file: 'support.log', line: 3, reason: 'malformed-row', message: 'expected time, author and text, separated by tabs' }]);
  });

  it('reads with the format when it is named, without the evidence', async () => {
    const { stats, messages } = await ingestText('support.txt', 'x\n2026-11-03T10:00:00+01:00\tklant-17\tKan ik later betalen?\n', chatlog);
    expect(stats.formats).toEqual({ chatlog: 1 });
    expect(messages.map((message) => message.text)).toEqual(['Kan ik later betalen?']);
  });
});

describe('veelgesteld ingest with a registered format', () => {
  const run = async (...rawArgs: string[]): Promise<number> => (await runCommand(ingest, { rawArgs })).result as number;

  it('takes the format as --format and names it among the formats when --format is wrong', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'veelgesteld-format-'));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const file = join(folder, 'support.txt');
      const out = join(folder, 'messages.ndjson');
      writeFileSync(file, 'no signature\n2026-11-03T10:00:00+01:00\tklant-17\tKan ik later betalen?\n');
      expect(await run(file, '--out', out, '--format', 'chatlog')).toBe(0);
      expect(
        readFileSync(out, 'utf8')
          .trim()
          .split('\n')
          .map((line) => (JSON.parse(line) as Message).text),
      ).toEqual(['Kan ik later betalen?']);
      await expect(run(file, '--out', out, '--format', 'excel')).rejects.toThrow(
        '--format: unknown format "excel"; use one of csv, twitter-csv, x-archive, facebook, whatsapp, helpdesk, access-log, analytics-csv, chatlog',
      );
    } finally {
      vi.restoreAllMocks();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
