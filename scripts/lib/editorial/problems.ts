export type Severity = 'error' | 'warning' | 'note';

/** One thing an editor should fix (error), look at (warning) or know (note), with where it is. */
export type Problem = {
  file: string;
  line: number;
  column?: number | undefined;
  severity: Severity;
  /** A stable id of the check, e.g. "title-length", for tests and filtering. */
  code: string;
  message: string;
};

/** "content/faq/nl/retour.mdx:3:5: error: title is 72 characters ..." */
export function formatProblem(problem: Problem): string {
  const column = problem.column === undefined ? '' : `:${problem.column}`;
  return `${problem.file}:${problem.line}${column}: ${problem.severity}: ${problem.message}`;
}

/** "check: 27 files, 0 errors, 2 warnings" (notes are listed but not counted). */
export function formatSummary(fileCount: number, problems: readonly Problem[]): string {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.filter((problem) => problem.severity === 'warning').length;
  return `check: ${plural(fileCount, 'file')}, ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}

export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
