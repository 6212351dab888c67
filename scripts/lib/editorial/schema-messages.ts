// Zod's own messages ("Invalid input: expected string, received undefined") mean nothing to an
// editor; these say which key is wrong and what to write instead.
import type { z } from 'zod';

const EXPECTED: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list (one "- item" per line)',
  object: 'a group of "key: value" lines',
  date: 'a date-time like 2026-12-01T20:30:00+01:00',
};

/** "title: is missing", "status: must be one of draft, review, published (not \"klaar\")". */
export function describeIssue(issue: z.core.$ZodIssue, frontmatter: unknown): string {
  const label = issue.path.length > 0 ? issue.path.join('.') : 'frontmatter';
  const value = valueAt(frontmatter, issue.path);
  return `${label}: ${explain(issue, value)}`;
}

function explain(issue: z.core.$ZodIssue, value: unknown): string {
  if (issue.code === 'invalid_type') {
    if (value === undefined || value === null) return 'is missing';
    if (issue.expected === 'date') return `"${String(value)}" is not a date; write it like 2026-12-01T20:30:00+01:00`;
    if (issue.expected === 'string' && typeof value === 'object') {
      return 'should be text, but YAML read it as "key: value" because of a colon followed by a space; put the text between quotes ("...")';
    }
    return `should be ${EXPECTED[issue.expected] ?? issue.expected}`;
  }
  if (issue.code === 'invalid_value') {
    const allowed = issue.values.map(String).join(', ');
    return `must be one of ${allowed} (not "${String(value)}")`;
  }
  if (issue.code === 'too_small' && issue.origin === 'string' && value === '') return 'is empty';
  return issue.message;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}
