// What the topics page may send to POST /api/editor/decisions: a DecisionRequest with the fields its
// kind needs, as text. Anything else is refused with a Dutch message before the decisions step sees
// it (which then judges the request itself: does the group exist, is the article in its language, …).
import { REJECT_REASONS } from '#core/decisions.ts';
import type { DecisionRequest } from '../decisions/index.ts';

/** The request, or why it cannot be a decision (Dutch). */
export function readDecisionRequest(body: unknown): DecisionRequest | string {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return 'Geen besluit ontvangen: stuur een actie (kind) met haar velden.';
  const value = body as Record<string, unknown>;
  const text = (key: string): string | undefined => {
    const field = value[key];
    return typeof field === 'string' && field.trim() !== '' ? field : undefined;
  };
  const questions = (): string[] | undefined | false => {
    if (value['questions'] === undefined) return undefined;
    const list = value['questions'];
    return Array.isArray(list) && list.length > 0 && list.every((question) => typeof question === 'string') ? (list as string[]) : false;
  };
  const kind = value['kind'];
  if (kind === 'undo') {
    const decisionId = text('decisionId');
    return decisionId ? { kind, decisionId } : 'Welk besluit moet ongedaan worden? (decisionId ontbreekt)';
  }
  const groupId = text('groupId');
  if (kind !== 'reject' && kind !== 'attach' && kind !== 'split' && kind !== 'create') {
    return `Onbekende actie “${String(kind)}”: kies reject, attach, split, create of undo.`;
  }
  if (!groupId) return 'Over welke groep gaat het? (groupId ontbreekt)';
  const picked = questions();
  if (picked === false) return 'De gekozen vragen (questions) moeten een lijst met minstens één vraag zijn.';
  switch (kind) {
    case 'reject': {
      const reason = REJECT_REASONS.find((candidate) => candidate === value['reason']);
      if (!reason) return `Kies waarom dit geen artikel wordt (reason: ${REJECT_REASONS.join(', ')}).`;
      const note = text('note');
      return { kind, groupId, reason, ...(note ? { note } : {}) };
    }
    case 'attach': {
      const target = text('target');
      if (!target) return 'Kies het artikel waar de vragen bij horen (target ontbreekt).';
      return { kind, groupId, target, ...(picked ? { questions: picked } : {}) };
    }
    case 'split': {
      if (!picked) return 'Kies de vragen die een ander antwoord nodig hebben (questions ontbreekt).';
      const title = text('title');
      return { kind, groupId, questions: picked, ...(title ? { title } : {}) };
    }
    case 'create': {
      const title = text('title');
      if (!title) return 'Typ de titel van het nieuwe concept (title ontbreekt).';
      return { kind, groupId, title, ...(picked ? { questions: picked } : {}) };
    }
  }
}
