// Benchmarks measure one run per child process, so each run's peak RSS is its own: the child
// prints its result as JSON on its last line of output.
import { spawn } from 'node:child_process';

export function runChild<T>(script: string, args: readonly string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, '--child', ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const last = output.trim().split('\n').pop() ?? '';
      if (code !== 0 || !last.startsWith('{')) return reject(new Error(`benchmark child exited with ${code}`));
      resolve(JSON.parse(last) as T);
    });
  });
}
