// The moment a build or a CLI run treats as "now". Shared by the site (embargo checks) and the CLI.

/** The moment the build treats as "now": VEELGESTELD_NOW lets a build run as of another time. */
export function buildNow(env: Record<string, string | undefined>, fallback: Date = new Date()): Date {
  const raw = env['VEELGESTELD_NOW'];
  if (!raw) return fallback;
  const parsed = new Date(raw);
  if (Number.isNaN(parsed.getTime())) {
    throw new Error(`VEELGESTELD_NOW is not a date: "${raw}" (use ISO 8601, e.g. 2026-12-01T20:30:00+01:00)`);
  }
  return parsed;
}
