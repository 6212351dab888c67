// content/decisions.json: read with Dutch errors that name the file, written stable and in date order.
import { describe, expect, it } from 'vitest';
import type { Decision } from '#core/decisions.ts';
import { InputError } from '#lib/errors.ts';
import { parseDecisions, serializeDecisions } from '#lib/decisions/index.ts';

const FILE = 'content/decisions.json';

const reject: Decision = {
  id: 'd-aaaa1111',
  at: '2026-11-20T10:00:00.000Z',
  groupId: 'c-storing',
  label: 'Is er een storing?',
  lang: 'nl',
  questions: ['Is er een storing?'],
  kind: 'reject',
  reason: 'incident',
  fingerprint: ['abc'],
};
const attach: Decision = {
  id: 'd-bbbb2222',
  at: '2026-11-18T09:00:00.000Z',
  groupId: 'c-refund',
  label: 'When do I get my refund?',
  lang: 'en',
  questions: ['When do I get my refund?'],
  kind: 'attach',
  article: 'en/refunds.mdx',
  added: ['When do I get my refund?'],
};

function errorOf(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('parseDecisions', () => {
  it('reads an absent file as no decisions', () => {
    expect(parseDecisions(undefined, FILE)).toEqual({ version: 1, decisions: [] });
  });

  it('names the file and says in Dutch that the JSON is broken', () => {
    const error = errorOf(() => parseDecisions('{"version": 1, "decisions": [', FILE));
    expect(error.file).toBe(FILE);
    expect(error.message).toMatch(/^content\/decisions\.json: geen geldige JSON/u);
  });

  it('names the field that does not fit the schema', () => {
    const text = JSON.stringify({ version: 1, decisions: [{ ...reject, reason: 'saai' }] });
    const error = errorOf(() => parseDecisions(text, FILE));
    expect(error.message).toContain('content/decisions.json: geen geldig beslissingenbestand');
    expect(error.message).toContain('decisions.0.reason');
  });

  it('refuses another version and a decision id twice', () => {
    expect(errorOf(() => parseDecisions(JSON.stringify({ version: 2, decisions: [] }), FILE)).message).toContain('version');
    const twice = JSON.stringify({ version: 1, decisions: [reject, { ...attach, id: reject.id }] });
    expect(errorOf(() => parseDecisions(twice, FILE)).message).toContain(`beslissing ${reject.id} staat er twee keer in`);
  });

  it('reads the file serializeDecisions writes back to the same decisions, with the defaults filled in', () => {
    const { fingerprint: _, ...withoutFingerprint } = reject as Extract<Decision, { kind: 'reject' }>;
    const parsed = parseDecisions(JSON.stringify({ version: 1, decisions: [withoutFingerprint, attach] }), FILE);
    expect(parsed.decisions[0]).toMatchObject({ kind: 'reject', fingerprint: [] });
    expect(parseDecisions(serializeDecisions(parsed), FILE)).toEqual({ version: 1, decisions: [parsed.decisions[1], parsed.decisions[0]] });
  });
});

describe('serializeDecisions', () => {
  it('writes pretty JSON with a newline at the end, oldest decision first', () => {
    const text = serializeDecisions({ version: 1, decisions: [reject, attach] });
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "decisions": [\n');
    const ids = (JSON.parse(text) as { decisions: Decision[] }).decisions.map((decision) => decision.id);
    expect(ids).toEqual([attach.id, reject.id]);
  });

  it('gives the same bytes whatever the order and key order it was given', () => {
    const shuffled = Object.fromEntries(Object.entries(reject).reverse()) as Decision;
    expect(serializeDecisions({ version: 1, decisions: [shuffled, attach] })).toBe(serializeDecisions({ version: 1, decisions: [attach, reject] }));
  });
});
