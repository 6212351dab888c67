import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type CollectionName, collectionSchemas, LOCALES } from '#core/content.ts';
import { MAX_REPLY_LENGTH } from '#core/replies.ts';
import { parseProjectConfig } from '#lib/config.ts';
import { buildCmsConfig, schemaFields, type CmsField, type FieldSpec } from '#lib/editor/index.ts';
import { readFileSync } from 'node:fs';

const config = parseProjectConfig(readFileSync(new URL('../../../../../veelgesteld.config.json', import.meta.url), 'utf8'));
const cms = buildCmsConfig({ config, backend: { name: 'proxy', proxy_url: 'http://127.0.0.1:4433/api/v1', branch: 'main' }, newShortId: 'abcde' });

const collections: { name: string; schema: CollectionName; folder: string }[] = [
  ...(['faq', 'blog'] as const).flatMap((schema) => LOCALES.map((lang) => ({ name: `${schema}-${lang}`, schema, folder: `content/${schema}/${lang}` }))),
  { name: 'broadcasts', schema: 'broadcasts', folder: 'content/broadcasts' },
];

/** Compares one schema field with the CMS field generated for it, recursively. */
function expectMatches(spec: FieldSpec, field: CmsField | undefined, path: string): void {
  expect(field, `${path} is missing from the CMS config`).toBeDefined();
  if (!field) return;
  expect(field.name, path).toBe(spec.name);
  expect(field.required, `${path}: required`).toBe(spec.required);
  if (spec.pattern) expect(field.pattern, `${path}: pattern`).toEqual([spec.pattern.source, spec.pattern.message]);
  switch (spec.kind) {
    case 'enum':
      // In a language folder the language is fixed (hidden, the folder's value); elsewhere a choice.
      if (field.widget === 'hidden') {
        expect(spec.options, path).toContain(field.default);
        break;
      }
      expect(field.widget, path).toBe('select');
      expect(
        field.options?.map((option) => option.value),
        `${path}: options`,
      ).toEqual(spec.options);
      break;
    case 'date':
      expect(field.widget, path).toBe('vg-datetime');
      break;
    case 'number':
      expect(field.widget, path).toBe('number');
      expect(field.value_type, path).toBe(spec.integer ? 'int' : 'float');
      break;
    case 'list':
      expect(field.widget, path).toBe('list');
      if (spec.item?.kind === 'object') {
        expect(
          field.fields?.map((f) => f.name),
          path,
        ).toEqual(spec.item.fields?.map((f) => f.name));
        spec.item.fields?.forEach((inner, index) => expectMatches(inner, field.fields?.[index], `${path}[].${inner.name}`));
      } else if (spec.item) {
        expectMatches({ ...spec.item, required: spec.item.required }, field.field, `${path}[]`);
      }
      break;
    case 'object':
      // The mining evidence is one read-only panel; every other object lists its fields.
      if (field.widget === 'vg-evidence') break;
      expect(field.widget, path).toBe('object');
      spec.fields?.forEach((inner, index) => expectMatches(inner, field.fields?.[index], `${path}.${inner.name}`));
      break;
    case 'string':
      expect(['string', 'text', 'vg-counted', 'hidden'], `${path}: widget`).toContain(field.widget);
      break;
  }
}

describe('buildCmsConfig', () => {
  it('has one folder collection per content folder, writing .mdx files with frontmatter', () => {
    expect(cms.collections.map((collection) => [collection.name, collection.folder, collection.extension, collection.format])).toEqual(
      collections.map((collection) => [collection.name, collection.folder, 'mdx', 'frontmatter']),
    );
  });

  it.each(collections)('$name: every schema field, its required flag, enum values, pattern and nesting are in the CMS config, in order', ({ name, schema }) => {
    const collection = cms.collections.find((candidate) => candidate.name === name)!;
    const specs = schemaFields(collectionSchemas[schema]);
    expect(collection.fields.map((field) => field.name)).toEqual([...specs.map((spec) => spec.name), 'body']);
    specs.forEach((spec, index) => expectMatches(spec, collection.fields[index], `${name}.${spec.name}`));
  });

  it('takes the limits from veelgesteld.config.json and the schema: title, description, reply as X counts', () => {
    const faq = cms.collections.find((collection) => collection.name === 'faq-nl')!;
    const field = (name: string) => faq.fields.find((candidate) => candidate.name === name);
    expect(field('title')).toMatchObject({ widget: 'vg-counted', count: 'chars', max: config.editorial.titleMax });
    expect(field('description')).toMatchObject({ widget: 'vg-counted', min: config.editorial.descriptionMin, max: config.editorial.descriptionMax });
    expect(field('reply')).toMatchObject({ widget: 'vg-counted', count: 'x', max: MAX_REPLY_LENGTH });
    const broadcasts = cms.collections.find((collection) => collection.name === 'broadcasts')!;
    expect(broadcasts.fields.find((candidate) => candidate.name === 'replies')?.field).toMatchObject({
      widget: 'vg-counted',
      count: 'x',
      max: MAX_REPLY_LENGTH,
    });
  });

  it('keeps what mining wrote read-only and the language fixed by the folder', () => {
    const faq = cms.collections.find((collection) => collection.name === 'faq-en')!;
    expect(faq.fields.find((field) => field.name === 'source')?.widget).toBe('vg-evidence');
    expect(faq.fields.find((field) => field.name === 'generatedHash')?.widget).toBe('hidden');
    expect(faq.fields.find((field) => field.name === 'lang')).toMatchObject({ widget: 'hidden', default: 'en' });
  });

  it('uses the proxy backend on the checkout, and a git host only when asked', () => {
    expect(cms.backend).toEqual({ name: 'proxy', proxy_url: 'http://127.0.0.1:4433/api/v1', branch: 'main' });
    const github = buildCmsConfig({ config, backend: { name: 'github', repo: 'team/site', branch: 'main' }, newShortId: 'abcde' });
    expect(github.backend).toEqual({ name: 'github', repo: 'team/site', branch: 'main' });
  });
});

describe('new items', () => {
  it('start with the sections and TODOs of `veelgesteld new`, and the company contact route', () => {
    const broadcasts = cms.collections.find((collection) => collection.name === 'broadcasts')!;
    const body = String(broadcasts.fields.find((field) => field.name === 'body')?.default);
    expect(body).toContain('## Wat is er gebeurd?');
    expect(body).toContain('TODO:');
    const contact = broadcasts.fields.find((field) => field.name === 'contact');
    expect(contact?.fields?.find((field) => field.name === 'route')?.default).toBe(config.company.contactRoute);
    expect(String(cms.collections.find((collection) => collection.name === 'faq-en')?.fields.at(-1)?.default)).toContain('## What can you do yourself?');
  });
});

describe('schemaFields', () => {
  it('reads a field added to a schema: kind, required, default, enum values and nested objects', () => {
    const schema = z.object({
      name: z.string().min(1),
      mood: z.enum(['blij', 'boos']).default('blij'),
      count: z.number().int().optional(),
      when: z.coerce.date(),
      items: z.array(z.object({ label: z.string() })).default([]),
    });
    expect(schemaFields(schema)).toEqual([
      { name: 'name', kind: 'string', required: true, minLength: 1 },
      { name: 'mood', kind: 'enum', required: false, default: 'blij', options: ['blij', 'boos'] },
      { name: 'count', kind: 'number', required: false, integer: true },
      { name: 'when', kind: 'date', required: true },
      {
        name: 'items',
        kind: 'list',
        required: false,
        default: [],
        item: { name: 'items', kind: 'object', required: true, fields: [{ name: 'label', kind: 'string', required: true }] },
      },
    ]);
  });
});
