// `npm test`: the rule checks (import boundaries with dependency-cruiser, unused code with knip, code style with prettier),
// unit tests (vitest) and end-to-end tests (Playwright in Debian's Chromium), then one closing line
// "N passed, N failed" that adds up the counts; each rule check counts as one test.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeViolation, findImportViolations } from './checks/boundaries.ts';

type Counts = { passed: number; failed: number };

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const reports = mkdtempSync(join(tmpdir(), 'veelgesteld-tests-'));

function run(command: string, args: string[], env: Record<string, string> = {}): number {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`Chromium not found at ${CHROMIUM}: run "sudo apt-get install -y chromium" first.`);
  }
  console.log('Installing Debian chromium for the browser tests…');
  if (run('apt-get', ['update']) !== 0 || run('apt-get', ['install', '-y', 'chromium']) !== 0) {
    throw new Error('apt-get install chromium failed');
  }
}

function readJson(path: string): Record<string, unknown> | undefined {
  if (!existsSync(path)) return undefined;
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

/** The import rules of ARCHITECTURE.md (.dependency-cruiser.cjs): every offending import is printed. */
async function importBoundaries(): Promise<Counts> {
  console.log('Import rules (dependency-cruiser, .dependency-cruiser.cjs)…');
  const violations = await findImportViolations();
  for (const violation of violations) console.log(`  ✗ ${describeViolation(violation)}`);
  console.log(violations.length === 0 ? '  ✓ every import follows the rules' : `  ${violations.length} import(s) break the rules`);
  return violations.length === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
}

/** Unused files, exports and dependencies (knip.json); knip prints what it finds. */
function unusedCode(): Counts {
  console.log('Unused files, exports and dependencies (knip, knip.json)…');
  const status = run('knip', ['--no-config-hints']);
  if (status === 0) console.log('  ✓ nothing unused');
  return status === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
}

/** One code style (.prettierrc): prettier lists every file that differs. */
function codeStyle(): Counts {
  console.log('Code style (prettier, .prettierrc)…');
  const status = run('prettier', ['--check', '--log-level', 'warn', '.']);
  if (status === 0) console.log('  ✓ every file is formatted (npm run format fixes the others)');
  return status === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
}

function unitTests(): Counts {
  const out = join(reports, 'vitest.json');
  const status = run('vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  const report = readJson(out);
  if (!report) return { passed: 0, failed: status === 0 ? 0 : 1 };
  const failed = Number(report['numFailedTests'] ?? 0);
  // A suite that fails to load counts as a failure even though it ran no test.
  const brokenSuites = status !== 0 && failed === 0 ? 1 : 0;
  return { passed: Number(report['numPassedTests'] ?? 0), failed: failed + brokenSuites };
}

function browserTests(): Counts {
  ensureChromium();
  const out = join(reports, 'playwright.json');
  const status = run('playwright', ['test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: out });
  const stats = readJson(out)?.['stats'] as Record<string, number> | undefined;
  if (!stats) return { passed: 0, failed: 1 };
  const failed = (stats['unexpected'] ?? 0) + (stats['flaky'] ?? 0);
  return { passed: stats['expected'] ?? 0, failed: failed + (status !== 0 && failed === 0 ? 1 : 0) };
}

const only = process.argv[2];
const counts: Counts[] = [];
if (only !== 'e2e') counts.push(await importBoundaries(), unusedCode(), codeStyle(), unitTests());
if (only !== 'unit') counts.push(browserTests());
rmSync(reports, { recursive: true, force: true });

const passed = counts.reduce((sum, c) => sum + c.passed, 0);
const failed = counts.reduce((sum, c) => sum + c.failed, 0);
console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 && passed > 0 ? 0 : 1;
