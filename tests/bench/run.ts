// `npm run bench -- <name> [args]`: runs tests/bench/<name>.ts and prints its result as one JSON
// object on the last line of output. Progress and notes go to stderr.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export type Benchmark = (args: string[]) => Promise<Record<string, unknown>>;

const here = fileURLToPath(new URL('.', import.meta.url));
const available = readdirSync(here)
  .filter((file) => file.endsWith('.ts') && file !== 'run.ts' && !file.startsWith('_'))
  .map((file) => file.replace(/\.ts$/, ''))
  .sort();

const [name, ...args] = process.argv.slice(2);
if (!name || !available.includes(name)) {
  console.error(`usage: npm run bench -- <name> [args]\nbenchmarks: ${available.join(', ')}`);
  process.exit(1);
}
const { default: bench } = (await import(`./${name}.ts`)) as { default: Benchmark };
const result = await bench(args);
console.log(JSON.stringify({ benchmark: name, ...result }));
