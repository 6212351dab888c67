import { describe, expect, it } from 'vitest';
import { pageLinks, type PageLink } from '#site/lib/pagination.ts';

const show = (links: PageLink[]) => links.map((l) => ('gap' in l ? '…' : l.current ? `[${l.page}]` : `${l.page}`)).join(' ');

describe('pageLinks', () => {
  it('lists every page when there are few', () => expect(show(pageLinks(2, 3))).toBe('1 [2] 3'));
  it('shows a single page as current', () => expect(show(pageLinks(1, 1))).toBe('[1]'));
  it('keeps first, last and neighbours with gaps in between', () => {
    expect(show(pageLinks(5, 10))).toBe('1 … 4 [5] 6 … 10');
  });
  it('has no gap where only neighbours are left out', () => {
    expect(show(pageLinks(1, 10))).toBe('[1] 2 … 10');
    expect(show(pageLinks(3, 10))).toBe('1 2 [3] 4 … 10');
  });
});
