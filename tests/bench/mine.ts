// `npm run bench -- mine [--messages 1000000] [--seed N]`: generates synthetic Dutch webcare logs
// (scripts/lib/synth: threads, replies, noise, duplicates), writes them as ingested NDJSON, and
// runs `veelgesteld mine` on 100k, 300k and 1M messages (up to --messages), each in its own child
// process, reporting wall-clock seconds and the child's peak RSS.
import { spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { once } from 'node:events';
import { generateExport } from '#lib/synth/index.ts';
import { detectLang } from '#core/text/index.ts';
import { hashString } from '#lib/mine/random.ts';

const LADDER = [100_000, 300_000, 1_000_000];
const here = fileURLToPath(import.meta.url);
const cli = fileURLToPath(new URL('../../scripts/cli.ts', import.meta.url));

export default async function mineBench(args: string[]): Promise<Record<string, unknown>> {
  const at = (name: string): string | undefined => {
    const index = args.indexOf(`--${name}`);
    return index >= 0 ? args[index + 1] : undefined;
  };
  const max = Number(at('messages') ?? 1_000_000);
  const seed = Number(at('seed') ?? 1);
  if (!Number.isInteger(max) || max < 1) throw new Error('--messages must be a positive whole number');
  const sizes = [...new Set([...LADDER.filter((n) => n < max), max])];
  const dir = await mkdtemp(join(tmpdir(), 'veelgesteld-mine-bench-'));
  const runs: { messages: number; seconds: number; peakRssMB: number; clusters: number; questions: number }[] = [];
  try {
    for (const messages of sizes) {
      const input = join(dir, `messages-${messages}.ndjson`);
      console.error(`mine bench: generating ${messages} messages…`);
      await writeSynthetic(input, seed, messages);
      const output = join(dir, `clusters-${messages}.json`);
      const started = performance.now();
      const child = spawnSync(process.execPath, [here, '--child', cli, 'mine', input, '--out', output], {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      const seconds = (performance.now() - started) / 1000;
      if (child.status !== 0) throw new Error(`mine failed on ${messages} messages:\n${child.stderr}`);
      const peak = /PEAK_RSS_KB=(\d+)/u.exec(child.stderr);
      const summary = /(\d+) questions .* (\d+) clusters/u.exec(child.stderr);
      console.error(
        child.stderr
          .split('\n')
          .filter((l) => l.startsWith('mine:'))
          .join('\n'),
      );
      runs.push({
        messages,
        seconds: Math.round(seconds * 100) / 100,
        peakRssMB: peak ? Math.round(Number(peak[1]) / 1024) : -1,
        clusters: summary ? Number(summary[2]) : -1,
        questions: summary ? Number(summary[1]) : -1,
      });
      await rm(input);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const oneMillion = runs.find((r) => r.messages === 1_000_000);
  return {
    runs: runs.map((r) => ({ ...r, messagesPerSecond: Math.round(r.messages / r.seconds) })),
    seconds1M: oneMillion ? oneMillion.seconds : null,
  };
}

/** Synthetic rows as ingest would write them: pseudonymous authors, detected language. */
async function writeSynthetic(path: string, seed: number, messages: number): Promise<void> {
  const out = createWriteStream(path);
  let buffer = '';
  for (const row of generateExport({ seed, messages })) {
    const message = {
      id: row.id,
      conversationId: row.conversationId,
      inReplyTo: row.inReplyTo,
      channel: row.channel,
      direction: row.direction,
      author: row.direction === 'out' ? 'company' : `p${hashString(row.author).toString(36)}`,
      createdAt: row.createdAt,
      lang: detectLang(row.text),
      text: row.text,
    };
    buffer += `${JSON.stringify(message)}\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
}

// Child mode: run the CLI in this process and report its peak RSS when it exits.
if (process.argv[2] === '--child') {
  const [, , , cliPath, ...cliArgs] = process.argv;
  process.argv = [process.argv[0]!, cliPath!, ...cliArgs];
  process.on('exit', () => process.stderr.write(`\nPEAK_RSS_KB=${process.resourceUsage().maxRSS}\n`));
  await import(cliPath!);
}
