// `veelgesteld mine <messages.ndjson> --out <clusters.json>`: finds the recurring questions in an
// ingested export. Bad lines are reported as file:line and skipped; the output is written
// atomically and is byte-identical for the same input, seed and previous run.
import { dirname } from 'node:path';
import { defineCommand } from 'citty';
import { readContentFiles, readDecisionsIn } from './draft.ts';
import { seedsOf } from '../lib/mine/seeds.ts';
import { type MiningResult, miningResultSchema } from '#core/cluster.ts';
import { InputError } from '../lib/errors.ts';
import { positiveInteger } from '../lib/option-values.ts';
import { readJson, writeFileAtomic } from '../lib/io/index.ts';
import { createAtomicLineWriter } from '../lib/io/index.ts';
import { startFunctionWorker } from '../lib/io/function-worker.ts';
import { collectFile, readMessageLines } from '../lib/io/messages.ts';
import { collection as miningCollection } from '../lib/mine/collection.ts';
import { memberTracer } from '../lib/mine/trace.ts';
import { loadPlaceIndex } from '../lib/io/places.ts';
import { mineCollected } from '../lib/mine/index.ts';

const MAX_PRINTED_PROBLEMS = 20;

async function readPrevious(file: string): Promise<MiningResult> {
  let value: unknown;
  try {
    value = await readJson(file);
  } catch (error) {
    throw new InputError(`cannot read previous clusters: ${error instanceof Error ? error.message : String(error)}`, { file, code: 'previous' });
  }
  const parsed = miningResultSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InputError(`not a clusters file from "mine": ${issue.path.join('.')}: ${issue.message}`, { file, code: 'previous' });
  }
  return parsed.data;
}

/** One line per customer message of the export: where it came from and where it went. */
async function writeMembers(messagesFile: string, out: string, trace: ReturnType<typeof memberTracer>): Promise<void> {
  const writer = await createAtomicLineWriter(out);
  const lines: string[] = [];
  try {
    await readMessageLines(messagesFile, (message) => {
      const record = trace(message);
      if (record) lines.push(JSON.stringify(record));
    });
    for (const line of lines) await writer.write(line);
    await writer.commit();
  } catch (error) {
    await writer.abort();
    throw error;
  }
}

export default defineCommand({
  meta: { name: 'mine', description: 'Find the recurring questions in ingested messages (NDJSON) and write clusters (JSON).' },
  args: {
    messages: { type: 'positional', required: true, description: 'Messages file written by ingest (NDJSON)' },
    out: { type: 'string', required: true, description: 'Where to write the clusters (JSON)' },
    previous: { type: 'string', description: "The previous run's clusters.json: matching clusters keep their ids" },
    seed: { type: 'string', description: 'Random seed (default 1); same input and seed give the same clusters' },
    'min-size': { type: 'string', description: 'Smallest cluster, in questions (default 3)' },
    content: {
      type: 'string',
      description: "The FAQ folder (e.g. content/faq): its articles' questions and the rejections in ../decisions.json claim the questions like them",
    },
    members: { type: 'string', description: 'Also write, per customer message, its source (file:line) and cluster, or why it was left out (NDJSON)' },
    quiet: { type: 'boolean', description: 'Only print problems' },
  },
  async run({ args }) {
    const started = performance.now();
    const seed = positiveInteger(args.seed, '--seed', 1);
    const minSize = positiveInteger(args['min-size'], '--min-size', 3);
    const previous = args.previous ? await readPrevious(args.previous) : null;
    const seeds = args.content ? seedsOf(await readContentFiles(args.content), await readDecisionsIn(dirname(args.content))) : [];
    const reading = performance.now();
    const { collected, problems } = await collectFile(args.messages, miningCollection);
    for (const problem of problems.slice(0, MAX_PRINTED_PROBLEMS)) console.error(`veelgesteld: ${problem}`);
    if (problems.length > MAX_PRINTED_PROBLEMS) console.error(`veelgesteld: … and ${problems.length - MAX_PRINTED_PROBLEMS} more bad lines`);
    if (collected.total === 0) {
      throw new InputError(problems.length > 0 ? 'no valid messages (every line has a problem)' : 'no messages', { file: args.messages, code: 'empty' });
    }
    const log = args.quiet ? undefined : (note: string): void => console.error(`mine: ${note}`);
    log?.(`read ${collected.total} messages, ${collected.questions.text.length} questions: ${((performance.now() - reading) / 1000).toFixed(2)} s`);
    // generatedAt defaults to the newest message's time, so the same export always gives the same file.
    const places = await loadPlaceIndex();
    const { result, members } = await mineCollected(collected, {
      seed,
      minSize,
      previous,
      places,
      seeds,
      startWorker: startFunctionWorker,
      ...(log ? { log } : {}),
    });
    await writeFileAtomic(args.out, `${JSON.stringify(miningResultSchema.parse(result), null, 2)}\n`);
    if (args.members) await writeMembers(args.messages, args.members, memberTracer(result, members, collected.firstReply));
    if (!args.quiet) {
      const { stats } = result;
      const kept = previous ? result.clusters.filter((c) => previous.clusters.some((p) => p.id === c.id)).length : 0;
      console.error(
        `mine: ${stats.messages} messages, ${stats.questions} questions (${stats.noise} noise, ${stats.duplicatesCollapsed} near-duplicates), ` +
          `${result.clusters.length} clusters${previous ? ` (${kept} kept their id)` : ''}, ${stats.unclustered} unclustered` +
          `${problems.length > 0 ? `, ${problems.length} bad lines skipped` : ''} → ${args.out} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
    }
    return 0;
  },
});
