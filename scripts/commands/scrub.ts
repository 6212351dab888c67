// `veelgesteld scrub`: JSON lines {"text": "..."} on stdin → one JSON line per input on stdout:
// {"text", "redacted", "spans": [{"start", "end", "type"}]}, offsets into the input text.
import { createInterface } from 'node:readline';
import { defineCommand } from 'citty';
import { loadProjectConfigIfPresent } from '../lib/io/index.ts';
import { createScrubber } from '../lib/scrub/index.ts';

export default defineCommand({
  meta: { name: 'scrub', description: 'Scrub personal data from JSON lines {"text": "..."} on stdin.' },
  args: {
    'company-handle': { type: 'string', description: "The company's own @handles, comma-separated (kept)" },
    'company-number': { type: 'string', description: "The company's public phone numbers, comma-separated (kept)" },
  },
  async run({ args }) {
    const config = await loadProjectConfigIfPresent();
    const scrub = createScrubber({
      companyHandles: [...list(args['company-handle']), ...(config?.company.handles ?? [])],
      companyPublicNumbers: [...list(args['company-number']), ...(config?.company.publicNumbers ?? [])],
    });
    let lineNumber = 0;
    let bad = 0;
    for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
      lineNumber++;
      if (line.trim() === '') continue;
      const text = readText(line);
      if (typeof text !== 'string') {
        bad++;
        console.error(`stdin:${lineNumber}: ${text.error}`);
        continue;
      }
      const result = scrub(text);
      if (!process.stdout.write(`${JSON.stringify(result)}\n`)) {
        await new Promise((resolve) => process.stdout.once('drain', resolve));
      }
    }
    return bad > 0 ? 1 : 0;
  },
});

function readText(line: string): string | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { error: 'not valid JSON; expected {"text": "..."}' };
  }
  if (!value || typeof value !== 'object' || typeof (value as { text?: unknown }).text !== 'string') {
    return { error: 'expected an object with a string "text" field, like {"text": "..."}' };
  }
  return (value as { text: string }).text;
}

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}
