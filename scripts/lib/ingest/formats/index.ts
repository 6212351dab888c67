// The registry of export formats, one line each. The order is the order `--format` lists them in,
// and a tie in detection goes to the format listed first. Adding a format: its file in this folder
// (the ExportFormat contract in ../types.ts) and its line here.
import type { ExportFormat } from '../types.ts';

export const EXPORT_FORMATS = [
  await import('./csv.ts'),
  await import('./twitter-csv.ts'),
  await import('./x-archive.ts'),
  await import('./facebook.ts'),
  await import('./whatsapp.ts'),
  await import('./helpdesk.ts'),
  await import('./access-log.ts'),
  await import('./analytics-csv.ts'),
] as const satisfies readonly ExportFormat[];
