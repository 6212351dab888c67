import { describe, expect, it } from 'vitest';
import { InputError } from '#lib/errors.ts';
import { positiveInteger } from '#lib/option-values.ts';

describe('positiveInteger', () => {
  it('reads whole numbers of at least 1, and takes the fallback when the option is missing', () => {
    expect(positiveInteger('7', '--seed')).toBe(7);
    expect(positiveInteger(undefined, '--seed', 1)).toBe(1);
  });

  it.each(['0', '-3', '2.5', 'vijf', ''])('refuses %j, naming the option', (value) => {
    expect(() => positiveInteger(value, '--min-size', 3)).toThrow(new InputError(`--min-size must be a whole number of at least 1, not "${value}"`));
  });
});
