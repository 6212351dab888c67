// The example content under content/ is what a new user sees first: every file must pass the
// shared frontmatter schema, ids and slugs must be unique, links must resolve, and nothing may
// contain personal data.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { isPublic } from '#core/visibility.ts';
import { parseFrontmatter } from '#core/frontmatter.ts';
import { type CollectionName, SLUG_PATTERN } from '#core/content.ts';

const root = fileURLToPath(new URL('../../content/', import.meta.url));

type Item = { file: string; collection: CollectionName; locale: string; slug: string; data: Record<string, unknown>; body: string };

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)]));
}

function load(path: string): Item {
  const file = relative(root, path).split(sep).join('/');
  const [collection = '', ...rest] = file.split('/');
  const parsed = matter(readFileSync(path, 'utf8'));
  const locale = collection === 'broadcasts' ? 'nl' : (rest[0] ?? '');
  const slug = (rest.at(-1) ?? '').replace(/\.mdx?$/, '');
  return { file, collection: collection as CollectionName, locale, slug, data: parsed.data, body: parsed.content };
}

const files = listFiles(root).filter((f) => !f.endsWith('.gitkeep'));
const items = files.map(load);
const byCollection = (name: CollectionName): Item[] => items.filter((i) => i.collection === name);

describe('content/', () => {
  it('has the example content the README promises', () => {
    expect(byCollection('faq').filter((i) => i.locale === 'nl').length).toBeGreaterThanOrEqual(12);
    expect(byCollection('faq').filter((i) => i.locale === 'en').length).toBeGreaterThanOrEqual(3);
    expect(byCollection('blog').length).toBeGreaterThanOrEqual(3);
    expect(byCollection('broadcasts').length).toBeGreaterThanOrEqual(1);
  });

  it.each(files.map((f) => relative(root, f)))('%s is an .mdx file in a known collection and locale folder', (file) => {
    const item = load(join(root, file));
    expect(file).toMatch(/\.mdx$/);
    expect(['faq', 'blog', 'broadcasts']).toContain(item.collection);
    if (item.collection !== 'broadcasts') expect(['nl', 'en']).toContain(item.locale);
    expect(item.slug).toMatch(SLUG_PATTERN);
  });

  it.each(items.map((i) => [i.file, i] as const))('%s validates against the shared schema and is public', (_file, item) => {
    const result = parseFrontmatter(item.collection, item.data, item.file);
    if (!result.ok) throw new Error(result.message);
    expect(result.data.lang).toBe(item.locale);
    expect(isPublic(result.data, new Date())).toBe(true);
  });

  it('gives every FAQ article and broadcast its own shortId', () => {
    const ids = items.filter((i) => i.collection !== 'blog').map((i) => String(i.data['shortId']));
    expect(ids.length).toBeGreaterThan(0);
    expect(duplicates(ids)).toEqual([]);
  });

  it('keeps slugs unique per collection and locale, previous slugs included', () => {
    for (const collection of ['faq', 'blog', 'broadcasts'] as const) {
      for (const locale of ['nl', 'en']) {
        const group = items.filter((i) => i.collection === collection && i.locale === locale);
        const slugs = group.flatMap((i) => [i.slug, ...((i.data['previousSlugs'] as string[] | undefined) ?? [])]);
        expect(duplicates(slugs), `${collection}/${locale}`).toEqual([]);
      }
    }
  });

  it('links related FAQ articles that exist in the same language', () => {
    for (const item of items.filter((i) => i.collection !== 'blog')) {
      const faqs = byCollection('faq').filter((f) => f.locale === item.locale);
      const keys = new Set(faqs.flatMap((f) => [f.slug, String(f.data['shortId'])]));
      for (const related of (item.data['related'] as string[] | undefined) ?? []) {
        expect(keys.has(related), `${item.file}: related "${related}" is not a ${item.locale} FAQ slug or shortId`).toBe(true);
        expect(related).not.toBe(item.slug);
      }
    }
  });

  it('has internal links in article bodies that point at existing pages', () => {
    const known = new Set([
      '/faq/',
      ...byCollection('faq').map((i) => (i.locale === 'nl' ? `/faq/${i.slug}/` : `/en/faq/${i.slug}/`)),
      ...byCollection('blog').map((i) => (i.locale === 'nl' ? `/blog/${i.slug}/` : `/en/blog/${i.slug}/`)),
      ...byCollection('broadcasts').map((i) => `/uitzending/${i.slug}/`),
    ]);
    for (const item of items) {
      for (const [, href] of item.body.matchAll(/\]\((\/[^)\s]*)\)/g)) {
        expect(known.has(href ?? ''), `${item.file}: broken internal link ${href}`).toBe(true);
      }
    }
  });

  it('keeps FAQ replies short enough for X with the link appended', () => {
    for (const item of byCollection('faq')) {
      const reply = String(item.data['reply'] ?? '');
      expect(reply.length, item.file).toBeGreaterThan(40);
      expect(reply.length, item.file).toBeLessThanOrEqual(240);
    }
    for (const item of byCollection('broadcasts')) {
      const replies = (item.data['replies'] as string[] | undefined) ?? [];
      expect(replies.length).toBeGreaterThanOrEqual(3);
      for (const reply of replies) expect(reply.length, item.file).toBeLessThanOrEqual(240);
    }
  });

  it('gives every FAQ article the four standard sections, in order', () => {
    const sections = {
      nl: ['## Kort antwoord', '## Uitleg', '## Wat kun je zelf doen?', '## Nog vragen?'],
      en: ['## Short answer', '## Explanation', '## What can you do yourself?', '## Still have questions?'],
    };
    for (const item of byCollection('faq')) {
      const positions = sections[item.locale as 'nl' | 'en'].map((heading) => item.body.indexOf(`${heading}\n`));
      expect(
        positions.every((p) => p >= 0),
        `${item.file}: missing a section`,
      ).toBe(true);
      expect(
        [...positions].sort((a, b) => a - b),
        `${item.file}: sections out of order`,
      ).toEqual(positions);
    }
  });

  it('gives the broadcast statement its sections and a Q&A', () => {
    for (const item of byCollection('broadcasts')) {
      for (const heading of ['## Wat is er gebeurd?', '## Wat hebben we gedaan?', '## Wat kun je zelf doen?', '## Vragen en antwoorden']) {
        expect(item.body, item.file).toContain(`${heading}\n`);
      }
      expect(item.body.split('\n### ').length - 1).toBeGreaterThanOrEqual(3);
    }
  });

  it("contains no personal data: only the company's own public contact details", () => {
    for (const item of items) {
      const text = `${JSON.stringify(item.data)}\n${item.body}`;
      for (const email of text.match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g) ?? []) {
        expect(email, item.file).toMatch(/@veldlicht\.example$/);
      }
      expect(text, item.file).not.toMatch(/(?:\+31[\s-]?|\b0)6[\s-]?\d{2}[\s-]?\d{2}[\s-]?\d{2}[\s-]?\d{2}\b/);
      expect(text, item.file).not.toMatch(/\bNL\d{2}\s?[A-Z]{4}\s?\d{4}/);
      expect(text, item.file).not.toMatch(/\b\d{4}\s?[A-Z]{2}\b(?<!\b\d{4}\s?(?:AM|PM))/);
      for (const phone of text.match(/\b0\d{2,3}-?\s?\d{3,7}\b/g) ?? []) expect(phone.replace(/\D/g, ''), item.file).toBe('08000250250');
    }
  });
});

function duplicates(values: string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}
