// Progress notes with timings ("features: 1.2 s") for the CLI's stderr.

/** `done(name)` logs the time since the previous call (or since `restart()` or creation). */
export function stageTimer(log: ((message: string) => void) | undefined): { done: (name: string) => void; restart: () => void } {
  let start = performance.now();
  return {
    done(name) {
      const now = performance.now();
      log?.(`${name}: ${((now - start) / 1000).toFixed(2)} s`);
      start = now;
    },
    restart() {
      start = performance.now();
    },
  };
}
