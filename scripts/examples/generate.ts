// Regenerates the bundled example exports of the fictional company Veldlicht:
//   node scripts/examples/generate.ts
// The output is deterministic (fixed seed), so running it again changes nothing unless the
// generator changed; a unit test checks that the committed files match.
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { writeFileAtomic } from '../lib/io/index.ts';
import { DEFAULT_START, DEFAULT_WEEKS, EXAMPLE_EXPORT, eventTimes, generateExport, toWebcareCsvLines, whatsAppChatLines, type SynthRow } from '../lib/synth/index.ts';
import { broadcastWave, mergeByTime } from '../lib/synth/wave.ts';
import { accessLogLines, ACCESS_LOG_EXAMPLE } from '../lib/synth/access-log.ts';

export const EXAMPLE_FILES = {
  /** What Excel on a Dutch Windows machine writes: Windows-1252, CRLF; emoji become "??". */
  webcareCsv: 'webcare-export.csv',
  /** The same export saved as "CSV UTF-8": BOM, CRLF, emoji intact. */
  webcareCsvUtf8: 'webcare-export.utf8.csv',
  whatsApp: 'whatsapp-chat.txt',
  /** The website's nginx access log (combined layout): site searches, some never answered on the site. */
  accessLog: 'access.log',
} as const;

/**
 * The Radar evening of 9 November 2026 20:25 (content/broadcasts/termijnbedragen-radar.mdx): a wave
 * of questions about raised instalments on top of the 12 weeks of ordinary webcare.
 */
export const RADAR_WAVE = { seed: 20261109, questions: 45, topic: 'termijnbedrag-verhoogd' } as const;

export const WHATSAPP_EXAMPLE = { seed: 2610, lines: 100 } as const;

/** The rows of the bundled webcare export, with their ground-truth topics (for benchmarks and tests). */
export function exampleRows(): SynthRow[] {
  const wave = broadcastWave({ ...RADAR_WAVE, airsAt: eventTimes(DEFAULT_START.getTime(), DEFAULT_WEEKS).airsAt });
  return mergeByTime([...generateExport(EXAMPLE_EXPORT)], wave);
}

/** The example files as bytes, by file name. */
export function buildExampleFiles(): Record<string, Uint8Array> {
  const rows = exampleRows();
  const csv = [...toWebcareCsvLines(rows)].join('\r\n') + '\r\n';
  const log = accessLogLines(ACCESS_LOG_EXAMPLE).join('\n') + '\n';
  const chat = whatsAppChatLines(WHATSAPP_EXAMPLE).join('\n') + '\n';
  return {
    [EXAMPLE_FILES.webcareCsv]: iconv.encode(csv, 'windows-1252'),
    [EXAMPLE_FILES.webcareCsvUtf8]: iconv.encode(csv, 'utf8', { addBOM: true }),
    [EXAMPLE_FILES.whatsApp]: iconv.encode(chat, 'utf8'),
    [EXAMPLE_FILES.accessLog]: iconv.encode(log, 'utf8'),
  };
}

async function main(): Promise<void> {
  const folder = fileURLToPath(new URL('.', import.meta.url));
  for (const [name, bytes] of Object.entries(buildExampleFiles())) {
    await writeFileAtomic(`${folder}${name}`, bytes);
    console.log(`${name}: ${bytes.length} bytes`);
  }
}

if (import.meta.main) await main();
