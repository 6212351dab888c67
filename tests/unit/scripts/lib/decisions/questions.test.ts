// Setting an article's `questions` touches only that list: an editor's flow lists, comments, quoting
// and line endings stay as they were, and setting the old list back gives the very same file.
import { describe, expect, it } from 'vitest';
import { parseArticle } from '#lib/draft/index.ts';
import { setQuestions } from '#lib/decisions/questions.ts';

const ARTICLE = `---
title: "How do I cancel my contract?"
lang: en
status: published
tags: ["cancel", "contract"] # an editor's flow list
shortId: k2nc
questions:
  - "How do I cancel my contract?"
  - What is the notice period?
related: [adjust-monthly-payment, internet-outage]
---

## Short answer

In My Veldlicht.
`;

const questionsOf = (text: string) => parseArticle(text, 'en/cancel.mdx').data['questions'];

describe('setQuestions', () => {
  it('appends to a block list and leaves every other line as it was, and gives the file back when set back', () => {
    const added = setQuestions(ARTICLE, 'en/cancel.mdx', ['How do I cancel my contract?', 'What is the notice period?', 'Can I cancel "today"?']);
    expect(added).toBe(ARTICLE.replace('  - What is the notice period?\n', '  - "What is the notice period?"\n  - "Can I cancel \\"today\\"?"\n'));
    expect(questionsOf(added)).toEqual(['How do I cancel my contract?', 'What is the notice period?', 'Can I cancel "today"?']);
    expect(added).toContain('tags: ["cancel", "contract"] # an editor\'s flow list\n');
    expect(added).toContain('related: [adjust-monthly-payment, internet-outage]\n');
    const back = setQuestions(ARTICLE.replace('  - What is the notice period?', '  - "What is the notice period?"'), 'en/cancel.mdx', [
      'How do I cancel my contract?',
    ]);
    expect(back).toBe(ARTICLE.replace('  - What is the notice period?\n', ''));
  });

  it('keeps a flow list a flow list, and CRLF line endings', () => {
    const flow = ARTICLE.replace(/questions:\n(?: {2}- .*\n)+/u, 'questions: ["Cancel?"]\n').replaceAll('\n', '\r\n');
    const written = setQuestions(flow, 'en/cancel.mdx', ['Cancel?', 'Notice period?']);
    expect(written).toBe(flow.replace('questions: ["Cancel?"]', 'questions: ["Cancel?", "Notice period?"]'));
  });

  it('adds the list when the article has none, and empties it in place', () => {
    const without = ARTICLE.replace(/questions:\n(?: {2}- .*\n)+/u, '');
    const written = setQuestions(without, 'en/cancel.mdx', ['Cancel?']);
    expect(questionsOf(written)).toEqual(['Cancel?']);
    expect(written.startsWith(without.slice(0, without.indexOf('---\n\n')))).toBe(true);
    expect(setQuestions(written, 'en/cancel.mdx', [])).toBe(written.replace('questions:\n  - "Cancel?"\n', 'questions: []\n'));
    expect(setQuestions(without, 'en/cancel.mdx', [])).toBe(without);
  });
});
