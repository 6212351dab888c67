import { describe, expect, it } from 'vitest';
import { readDecisionRequest } from '#lib/editor/decision-request.ts';

describe('readDecisionRequest', () => {
  it('passes on each kind of decision with the fields it needs', () => {
    expect(readDecisionRequest({ kind: 'reject', groupId: 'c-1', reason: 'one-off', note: 'alleen vandaag' })).toEqual({
      kind: 'reject',
      groupId: 'c-1',
      reason: 'one-off',
      note: 'alleen vandaag',
    });
    expect(readDecisionRequest({ kind: 'attach', groupId: 'c-1', target: 'nl/x.mdx' })).toEqual({ kind: 'attach', groupId: 'c-1', target: 'nl/x.mdx' });
    expect(readDecisionRequest({ kind: 'attach', groupId: 'c-1', target: 'nl/x.mdx', questions: ['Waar?'] })).toMatchObject({ questions: ['Waar?'] });
    expect(readDecisionRequest({ kind: 'split', groupId: 'c-1', questions: ['a', 'b'], title: '' })).toEqual({
      kind: 'split',
      groupId: 'c-1',
      questions: ['a', 'b'],
    });
    expect(readDecisionRequest({ kind: 'create', groupId: 'c-1', title: 'Hoe zeg ik op?' })).toEqual({
      kind: 'create',
      groupId: 'c-1',
      title: 'Hoe zeg ik op?',
    });
    expect(readDecisionRequest({ kind: 'undo', decisionId: 'd-abc12345', groupId: 'genegeerd' })).toEqual({ kind: 'undo', decisionId: 'd-abc12345' });
  });

  it('says in Dutch what is missing, and never passes on fields of the wrong type', () => {
    expect(readDecisionRequest(undefined)).toBe('Geen besluit ontvangen: stuur een actie (kind) met haar velden.');
    expect(readDecisionRequest([])).toBe('Geen besluit ontvangen: stuur een actie (kind) met haar velden.');
    expect(readDecisionRequest({ kind: 'delete', groupId: 'c-1' })).toBe('Onbekende actie “delete”: kies reject, attach, split, create of undo.');
    expect(readDecisionRequest({ kind: 'reject', reason: 'incident' })).toBe('Over welke groep gaat het? (groupId ontbreekt)');
    expect(readDecisionRequest({ kind: 'reject', groupId: 'c-1', reason: 'saai' })).toBe(
      'Kies waarom dit geen artikel wordt (reason: incident, one-off, not-a-question, elsewhere).',
    );
    expect(readDecisionRequest({ kind: 'attach', groupId: 'c-1' })).toBe('Kies het artikel waar de vragen bij horen (target ontbreekt).');
    expect(readDecisionRequest({ kind: 'attach', groupId: 'c-1', target: 'nl/x.mdx', questions: [1] })).toBe(
      'De gekozen vragen (questions) moeten een lijst met minstens één vraag zijn.',
    );
    expect(readDecisionRequest({ kind: 'split', groupId: 'c-1' })).toBe('Kies de vragen die een ander antwoord nodig hebben (questions ontbreekt).');
    expect(readDecisionRequest({ kind: 'split', groupId: 'c-1', questions: [] })).toBe(
      'De gekozen vragen (questions) moeten een lijst met minstens één vraag zijn.',
    );
    expect(readDecisionRequest({ kind: 'create', groupId: 'c-1', title: '  ' })).toBe('Typ de titel van het nieuwe concept (title ontbreekt).');
    expect(readDecisionRequest({ kind: 'undo' })).toBe('Welk besluit moet ongedaan worden? (decisionId ontbreekt)');
  });
});
