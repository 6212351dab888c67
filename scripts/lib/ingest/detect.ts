// Which export format a file is in, from its name and its first few kilobytes of text: every format
// in the registry (formats/index.ts) weighs the evidence, and the most specific evidence wins.
import { EXPORT_FORMATS } from './formats/index.ts';
import { EVIDENCE, type FormatSample } from './types.ts';

type RegisteredFormat = (typeof EXPORT_FORMATS)[number];
/**
 * A format's name, as `--format` takes it and the stats count files by. (The template literal makes
 * the names plain literal types: `export const name = 'csv'` alone would widen to string in objects.)
 */
export type Format = `${RegisteredFormat['name']}`;

export const FORMATS: readonly Format[] = EXPORT_FORMATS.map((format) => format.name);

/** The registered format with this name. */
export function formatNamed(name: Format): RegisteredFormat {
  const format = EXPORT_FORMATS.find((candidate) => candidate.name === name);
  if (!format) throw new Error(`no export format named "${name}"`);
  return format;
}

export function detectFormat(fileName: string, head: string): Format {
  return detectExportFormat(fileName, head).name;
}

/** The format with the most specific evidence; a tie goes to the format registered first. */
export function detectExportFormat(fileName: string, head: string): RegisteredFormat {
  const sample = sampleOf(fileName, head);
  let best: RegisteredFormat | null = null;
  let bestEvidence: number = EVIDENCE.none;
  for (const format of EXPORT_FORMATS) {
    const evidence = format.detect(sample);
    if (evidence > bestEvidence) {
      best = format;
      bestEvidence = evidence;
    }
  }
  // The generic CSV reader claims any text, so a file without evidence only reaches here with a broken registry.
  if (!best) throw new Error(`no export format recognises "${fileName}"`);
  return best;
}

function sampleOf(fileName: string, head: string): FormatSample {
  const text = head.replace(/^\uFEFF/u, '').trimStart();
  return {
    name: fileName.toLowerCase().replace(/\.gz$/u, ''),
    text,
    firstLine: (text.split('\n', 1)[0] ?? '').replace(/\r$/u, ''),
  };
}
