#!/usr/bin/env node
// The veelgesteld CLI. This file owns usage, error printing and exit codes; every subcommand lives
// in scripts/commands/<name>.ts, is loaded only when used, and returns its exit code from run().
import { defineCommand, runCommand, showUsage, type CommandDef } from 'citty';
import { InputError } from './lib/errors.ts';

const load = (name: string) => async (): Promise<CommandDef> => ((await import(`./commands/${name}.ts`)) as { default: CommandDef }).default;

export const subCommands = {
  pipeline: load('pipeline'),
  ingest: load('ingest'),
  scrub: load('scrub'),
  mine: load('mine'),
  draft: load('draft'),
  check: load('check'),
  publish: load('publish'),
  new: load('new'),
  due: load('due'),
  preview: load('preview'),
  'cm-kit': load('cm-kit'),
  'export-replies': load('export-replies'),
  editor: load('editor'),
  topics: load('topics'),
};

const main = defineCommand({
  meta: {
    name: 'veelgesteld',
    description: 'Turn repetitive webcare questions into a public FAQ knowledge base.',
  },
  subCommands,
});

async function run(rawArgs: string[]): Promise<number> {
  const [first] = rawArgs;
  if (!first || first === '--help' || first === '-h') {
    await showUsage(main);
    return first ? 0 : 1;
  }
  if (!(first in subCommands) && !first.startsWith('-')) {
    console.error(`veelgesteld: unknown command "${first}". Commands: ${Object.keys(subCommands).join(', ')}`);
    return 1;
  }
  if (rawArgs.includes('--help') || rawArgs.includes('-h')) {
    const sub = await subCommands[first as keyof typeof subCommands]();
    await showUsage(sub, main);
    return 0;
  }
  // Run the subcommand itself: citty's parent command would drop the exit code it returns.
  const sub = await subCommands[first as keyof typeof subCommands]();
  const { result } = await runCommand(sub, { rawArgs: rawArgs.slice(1) });
  return typeof result === 'number' ? result : 0;
}

try {
  process.exitCode = await run(process.argv.slice(2));
} catch (error) {
  if (error instanceof InputError) {
    console.error(`veelgesteld: ${error.message}`);
    process.exitCode = 1;
  } else if (error instanceof Error && error.name === 'CLIError') {
    // citty's own argument errors (missing required argument, unknown value).
    console.error(`veelgesteld: ${error.message}`);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
