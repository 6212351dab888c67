// The import rules of ARCHITECTURE.md, checked with dependency-cruiser and .dependency-cruiser.cjs.
// Every violation fails: there is no list of tolerated old ones.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { cruise, type IConfiguration, type ICruiseResult } from 'dependency-cruiser';

const ROOT = join(import.meta.dirname, '..', '..');
const CONFIG = join(ROOT, '.dependency-cruiser.cjs');

/** What is checked: the CLI, the site, the tests and the config files. */
export const CHECKED_PATHS = [
  'scripts',
  'src',
  'tests',
  'astro.config.mjs',
  'vitest.config.ts',
  'playwright.config.ts',
  'playwright.editor.config.ts',
  'playwright.report.config.ts',
];

export type ImportViolation = { rule: string; from: string; to: string };

/** The imports in `paths` (relative to `baseDir`) that break a rule. */
export async function findImportViolations(options: { baseDir?: string; paths?: readonly string[] } = {}): Promise<ImportViolation[]> {
  const config = createRequire(import.meta.url)(CONFIG) as IConfiguration;
  const baseDir = options.baseDir ?? ROOT;
  const result = await cruise(
    [...(options.paths ?? CHECKED_PATHS)].filter((path) => existsSync(join(baseDir, path))),
    {
      ...config.options,
      baseDir,
      validate: true,
      ruleSet: { forbidden: config.forbidden ?? [] },
    },
  );
  const output = result.output as ICruiseResult;
  return output.summary.violations
    .filter((violation) => violation.rule.severity !== 'ignore')
    .map((violation) => ({ rule: violation.rule.name, from: violation.from, to: violation.to }));
}

export const describeViolation = ({ rule, from, to }: ImportViolation): string => `${rule}: ${from} → ${to}`;
