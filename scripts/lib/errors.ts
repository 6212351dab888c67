/** A problem with the user's input or arguments: the CLI prints the message, never a stack. */
export class InputError extends Error {
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly code: string;

  constructor(message: string, options: { file?: string; line?: number; code?: string } = {}) {
    super(formatLocation(options.file, options.line) + message);
    this.name = 'InputError';
    this.file = options.file;
    this.line = options.line;
    this.code = options.code ?? 'invalid-input';
  }
}

/** "file:line: " or "file: " or "" — the prefix editors and CMs see before every problem. */
export function formatLocation(file?: string, line?: number): string {
  if (!file) return '';
  return line === undefined ? `${file}: ` : `${file}:${line}: `;
}
