// `veelgesteld scrub` (the scrubber on its own, next to ingest), run as a real process on stdin.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const scrub = (input: string) => spawnSync(process.execPath, ['scripts/cli.ts', 'scrub', '--company-handle', '@Veelgesteld'], { input, encoding: 'utf8' });

describe('veelgesteld scrub', () => {
  it('writes one JSON line per input line with spans into the input text', () => {
    const { stdout, stderr } = scrub('{"text":"Bel 06-12345678"}\n{"text":"Volg @Veelgesteld"}\n');
    expect(
      stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as unknown),
    ).toEqual([
      { text: 'Bel [telefoon]', redacted: true, spans: [{ start: 4, end: 15, type: 'telefoon' }] },
      { text: 'Volg @Veelgesteld', redacted: false, spans: [] },
    ]);
    expect(stderr).toBe('');
  });

  it('names the line of bad input on stderr and goes on with the rest', () => {
    const { stdout, stderr } = scrub('not json\n{"body":"x"}\n{"text":"mail a@b.nl"}\n');
    expect(stderr.trim().split('\n')).toEqual([
      'stdin:1: not valid JSON; expected {"text": "..."}',
      'stdin:2: expected an object with a string "text" field, like {"text": "..."}',
    ]);
    expect(JSON.parse(stdout)).toMatchObject({ text: 'mail [e-mail]' });
  });
});
