import { describe, expect, it } from 'vitest';
import { runNode, runNodeSync, startNode } from '#lib/io/node-process.ts';

const exitWith = (code: number) => ['-e', `process.exit(Number(process.env.WANTED ?? ${code}))`];

describe('runNode and runNodeSync', () => {
  it('give the exit code of this Node run with the arguments and the extra environment', async () => {
    expect(await runNode(exitWith(3))).toBe(3);
    expect(await runNode(exitWith(3), { env: { WANTED: '4' } })).toBe(4);
    expect(runNodeSync(exitWith(5))).toBe(5);
    expect(runNodeSync(exitWith(5), { env: { WANTED: '0' } })).toBe(0);
  });
});

describe('startNode', () => {
  it('runs in the background until stopped, and reports how it ended', async () => {
    const ended = new Promise<number | null>((done) => {
      const child = startNode(['-e', 'setInterval(() => {}, 1000)'], { onExit: done });
      setTimeout(() => child.stop(), 200);
    });
    expect(await ended).toBeNull();
  });
});
