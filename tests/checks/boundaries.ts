// The import rules of ARCHITECTURE.md, checked with dependency-cruiser and .dependency-cruiser.cjs.
// Imports listed in .dependency-cruiser-known-violations.json (debt from before the rules were
// checked) are let through; that list may only shrink.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { cruise, type IConfiguration, type ICruiseResult, type IViolation } from 'dependency-cruiser';

const ROOT = join(import.meta.dirname, '..', '..');
const CONFIG = join(ROOT, '.dependency-cruiser.cjs');
const KNOWN_VIOLATIONS = join(ROOT, '.dependency-cruiser-known-violations.json');

/** What is checked: the CLI, the site, the tests and the config files. */
export const CHECKED_PATHS = ['scripts', 'src', 'tests', 'astro.config.mjs', 'vitest.config.ts', 'playwright.config.ts', 'playwright.editor.config.ts', 'playwright.report.config.ts'];

export type ImportViolation = { rule: string; from: string; to: string };

/**
 * The imports in `paths` (relative to `baseDir`) that break a rule. `knownViolations` is the list
 * of old violations to let through (the repository's own list when not given).
 */
export async function findImportViolations(options: { baseDir?: string; paths?: readonly string[]; knownViolations?: IViolation[] } = {}): Promise<ImportViolation[]> {
  const config = createRequire(import.meta.url)(CONFIG) as IConfiguration;
  const baseDir = options.baseDir ?? ROOT;
  const knownViolations = options.knownViolations ?? (existsSync(KNOWN_VIOLATIONS) ? (JSON.parse(readFileSync(KNOWN_VIOLATIONS, 'utf8')) as IViolation[]) : []);
  const result = await cruise([...(options.paths ?? CHECKED_PATHS)].filter((path) => existsSync(join(baseDir, path))), {
    ...config.options,
    baseDir,
    validate: true,
    ruleSet: { forbidden: config.forbidden ?? [] },
    knownViolations,
  });
  const output = result.output as ICruiseResult;
  return output.summary.violations
    .filter((violation) => violation.rule.severity !== 'ignore')
    .map((violation) => ({ rule: violation.rule.name, from: violation.from, to: violation.to }));
}

export const describeViolation = ({ rule, from, to }: ImportViolation): string => `${rule}: ${from} → ${to}`;
