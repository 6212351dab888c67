// Regenerates the bundled example exports of the fictional company Veldlicht:
//   node scripts/examples/generate.ts
// The output is deterministic (fixed seed), so running it again changes nothing unless the
// generator changed; a unit test checks that the committed files match.
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { writeFileAtomic } from '../lib/io/index.ts';
import { EXAMPLE_EXPORT, generateExport, toWebcareCsvLines, whatsAppChatLines } from '../lib/synth/index.ts';

export const EXAMPLE_FILES = {
  /** What Excel on a Dutch Windows machine writes: Windows-1252, CRLF; emoji become "??". */
  webcareCsv: 'webcare-export.csv',
  /** The same export saved as "CSV UTF-8": BOM, CRLF, emoji intact. */
  webcareCsvUtf8: 'webcare-export.utf8.csv',
  whatsApp: 'whatsapp-chat.txt',
} as const;

export const WHATSAPP_EXAMPLE = { seed: 2610, lines: 100 } as const;

/** The example files as bytes, by file name. */
export function buildExampleFiles(): Record<string, Uint8Array> {
  const csv = [...toWebcareCsvLines(generateExport(EXAMPLE_EXPORT))].join('\r\n') + '\r\n';
  const chat = whatsAppChatLines(WHATSAPP_EXAMPLE).join('\n') + '\n';
  return {
    [EXAMPLE_FILES.webcareCsv]: iconv.encode(csv, 'windows-1252'),
    [EXAMPLE_FILES.webcareCsvUtf8]: iconv.encode(csv, 'utf8', { addBOM: true }),
    [EXAMPLE_FILES.whatsApp]: iconv.encode(chat, 'utf8'),
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
