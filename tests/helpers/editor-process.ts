// `veelgesteld editor` started for a browser test on a copy of the site; resolves with its URL once
// it says where it runs, and fails with everything it printed when it stops or does not start.
import { spawn, type ChildProcess } from 'node:child_process';

export type EditorProcess = { process: ChildProcess; base: string };

export function startEditor(dir: string, port: number, now: string): Promise<EditorProcess> {
  const child = spawn(process.execPath, ['scripts/cli.ts', 'editor', '--port', String(port), '--no-site'], {
    cwd: dir,
    env: { ...process.env, VEELGESTELD_NOW: now },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise<EditorProcess>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`the editor did not start: ${out}`)), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Redactie draait op (http\S+)/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ process: child, base: match[1] });
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`the editor stopped (${String(code)}): ${out}`)));
  });
}
