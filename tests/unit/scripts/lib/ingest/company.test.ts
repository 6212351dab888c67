import { describe, expect, it } from 'vitest';
import { companyMatcher } from '#lib/ingest/normalize.ts';

describe('companyMatcher', () => {
  const isCompany = companyMatcher(['@VeldlichtNL', 'Veldlicht']);

  it.each([
    ['@VeldlichtNL', true],
    ['veldlichtnl', true],
    ['Veldlicht', true],
    ['Veldlicht Klantenservice', true],
    ['Noor | Veldlicht', true],
    ['Bram (Veldlicht)', true],
    ['Sanne de Vries', false],
    ['+31 6 47005531', false],
    ['VeldlichtFan2000', false],
    ['@veldlicht_nieuws', false],
  ])('%s → %s', (author, expected) => {
    expect(isCompany(author)).toBe(expected);
  });

  it('matches nobody when no company names are configured', () => {
    expect(companyMatcher([])('Veldlicht')).toBe(false);
  });
});
