// Which reader a file needs, from its name and its first few kilobytes of text.
import { isAccessLogLine } from './formats/access-log.ts';
import { isAnalyticsReport } from './formats/analytics-csv.ts';
import { isTwitterSupportHeader } from './formats/csv.ts';
import { isWhatsAppHeader } from './formats/whatsapp.ts';
import type { Format } from './types.ts';

export function detectFormat(fileName: string, head: string): Format {
  const name = fileName.toLowerCase().replace(/\.gz$/u, '');
  const text = head.replace(/^\uFEFF/u, '').trimStart();
  if (text.startsWith('window.YTD') || /(?:^|\/)(?:tweets?|direct-messages(?:-group)?)(?:-part\d+)?\.js$/u.test(name)) return 'x-archive';
  // Lines are compared without their "\r": a chat saved on Windows has CRLF line ends.
  const firstLine = (text.split('\n', 1)[0] ?? '').replace(/\r$/u, '');
  if (isWhatsAppHeader(firstLine)) return 'whatsapp';
  if (text.startsWith('{') || text.startsWith('[')) {
    if (/"sender_name"\s*:/u.test(text) || /"timestamp_ms"\s*:/u.test(text)) return 'facebook';
    return 'helpdesk';
  }
  if (name.endsWith('.txt') && text.split('\n', 20).some((line) => isWhatsAppHeader(line.replace(/\r$/u, '')))) return 'whatsapp';
  if (isAccessLogLine(firstLine)) return 'access-log';
  if (isAnalyticsReport(text)) return 'analytics-csv';
  if (isTwitterSupportHeader(text)) return 'twitter-csv';
  return 'csv';
}

/** NDJSON when the first line is a complete JSON value on its own. */
export function isNdjson(fileName: string, head: string): boolean {
  if (/\.(?:ndjson|jsonl)(?:\.gz)?$/iu.test(fileName)) return true;
  const firstLine = head.replace(/^\uFEFF/u, '').split('\n', 1)[0] ?? '';
  if (!firstLine.trim().startsWith('{')) return false;
  try {
    JSON.parse(firstLine);
    return true;
  } catch {
    return false;
  }
}
