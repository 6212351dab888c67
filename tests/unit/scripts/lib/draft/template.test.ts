import { describe, expect, it } from 'vitest';
import { draftBody, findTodos } from '#lib/draft/index.ts';

describe('findTodos', () => {
  it('finds every TODO line of a fresh draft', () => {
    const body = draftBody({ lang: 'nl', bestAnswer: null, hasReply: false, contact: 'Bel ons.' });
    expect(findTodos(body)).toHaveLength(4);
    expect(findTodos(body).every((line) => line.startsWith('TODO:'))).toBe(true);
  });

  it('returns nothing for a finished article', () => {
    expect(findTodos('## Kort antwoord\n\nJe pakket komt morgen.\n\nGeen todolijst nodig, TODOS ook niet.\n')).toEqual([]);
  });

  it('finds TODO markers anywhere in a line', () => {
    expect(findTodos('a\n- stap 1 (TODO: link)\r\n> TODO\n')).toEqual(['- stap 1 (TODO: link)', '> TODO']);
  });
});

describe('draftBody', () => {
  it('has the four sections and the named contact route in English too', () => {
    const body = draftBody({ lang: 'en', bestAnswer: 'It ships {today}', hasReply: true, contact: 'Call 0800' });
    expect(body).toContain('## Short answer');
    expect(body).toContain('## What can you do yourself?');
    expect(body).toContain('> It ships \\{today\\}');
    expect(body.trimEnd().endsWith('Call 0800')).toBe(true);
  });
});
