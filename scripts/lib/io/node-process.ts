// Child processes of this Node (process.execPath): the pipeline's CLI steps, `astro build` for the
// preview and `astro dev` beside the editor. `env` adds variables to this process's environment.
import { spawn, spawnSync } from 'node:child_process';

type NodeOptions = { cwd?: string; env?: Record<string, string> };

/** A process started in the background; `stop()` asks it to end (SIGTERM). */
export type BackgroundProcess = { stop: () => void };

/** Runs `node <args>` on this terminal and waits for it; its exit code (1 when it has none). */
export function runNode(args: readonly string[], options: NodeOptions = {}): Promise<number> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd: options.cwd, env: withEnv(options.env), stdio: 'inherit' });
    child.on('error', fail);
    child.on('exit', (code) => done(code ?? 1));
  });
}

/** The same, blocking this process until it ends: for steps that must follow one another. */
export function runNodeSync(args: readonly string[], options: NodeOptions = {}): number {
  const result = spawnSync(process.execPath, args, { cwd: options.cwd, env: withEnv(options.env), stdio: 'inherit' });
  return result.status ?? 1;
}

/** Starts `node <args>` in the background with only its stderr shown; `onExit` hears its exit code. */
export function startNode(args: readonly string[], options: NodeOptions & { onExit: (code: number | null) => void }): BackgroundProcess {
  const child = spawn(process.execPath, args, { cwd: options.cwd, env: withEnv(options.env), stdio: ['ignore', 'ignore', 'inherit'] });
  child.on('exit', options.onExit);
  return { stop: () => void child.kill('SIGTERM') };
}

function withEnv(env: Record<string, string> | undefined): NodeJS.ProcessEnv {
  return { ...process.env, ...env };
}
