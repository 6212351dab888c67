// Option values from the command line, checked the same way for every command: a bad value is an
// InputError that names the option.
import { InputError } from './errors.ts';

/** `value` as a whole number of at least 1, or `fallback` when the option was not given. */
export function positiveInteger(value: string | undefined, option: string, fallback?: number): number {
  if (value === undefined && fallback !== undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new InputError(`${option} must be a whole number of at least 1, not "${value}"`);
  return number;
}

/** `value` as a whole number of at least 0, or undefined when the option was not given. */
export function nonNegativeInteger(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  const number = value.trim() === '' ? NaN : Number(value);
  if (!Number.isInteger(number) || number < 0) throw new InputError(`${option} must be a whole number of at least 0, not "${value}"`);
  return number;
}
