import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveThroughGate, type Context } from '#scripts/editor/server.ts';
import { readEditedFile } from '#lib/editor/index.ts';
import { loadConfigIn } from '#lib/io/content.ts';
import { faqSchema } from '#core/content.ts';
import { parseContentFile } from '#lib/content/index.ts';
import { contentHash } from '#lib/draft/index.ts';
import { copyFixtureProject } from '#tests/unit/scripts/lib/editorial/run-command.ts';

const PATH = 'content/faq/nl/pakket-kwijt.mdx';
const DRAFT = `---
title: "Waar blijft mijn pakket?"
description: "Je pakket is meestal binnen twee werkdagen bij je; zo volg je het en dit doe je als het later komt."
lang: "nl"
status: "draft"
category: "Bezorging"
shortId: "pk7wz"
reply: "Je pakket is onderweg; volg het in de app."
generatedHash: "fnv1a64:3dc68ea75059c1d0"
---

## Kort antwoord

TODO: Schrijf het antwoord in één of twee zinnen.
`;

let root: string;
let context: Context;
beforeEach(async () => {
  root = await copyFixtureProject();
  await writeFile(join(root, PATH), DRAFT);
  context = { root, config: await loadConfigIn(root), now: () => new Date('2026-11-23T12:00:00+01:00'), siteUrl: undefined };
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const edit = (change: (data: Record<string, unknown>) => void, body?: string) => {
  const { data, body: current } = readEditedFile(DRAFT);
  change(data);
  return { data, body: body ?? current };
};

describe('saveThroughGate', () => {
  it('refuses an over-long title, even in a draft, with the message `check` prints, in Dutch', async () => {
    const result = await saveThroughGate(
      context,
      PATH,
      edit((data) => (data['title'] = 'Waar blijft mijn pakket en wanneer komt de bezorger nu eindelijk langs?')),
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.message).toContain(`${PATH}:2: waarschuwing: de titel is 71 tekens; houd hem op hoogstens 60, zodat zoekmachines hem helemaal tonen`);
  });

  it('refuses personal data in the text', async () => {
    const result = await saveThroughGate(
      context,
      PATH,
      edit(() => {}, '## Kort antwoord\n\nBel Jan op 06-12345678.\n'),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('dit lijkt op persoonsgegevens (telefoon)');
  });

  it('saves a draft with TODOs, and refuses to publish it while TODOs are left (the publish gate)', async () => {
    const saved = await saveThroughGate(
      context,
      PATH,
      edit((data) => (data['title'] = 'Wanneer komt mijn pakket?')),
    );
    expect(saved.ok).toBe(true);
    if (saved.ok) {
      // The fingerprint stays what the draft tool wrote, so `draft` sees an edited draft and leaves it.
      const parsed = parseContentFile({ path: PATH, text: saved.text });
      expect(parsed.frontmatter?.['generatedHash']).toBe('fnv1a64:3dc68ea75059c1d0');
      expect(contentHash(String(parsed.frontmatter?.['title']), parsed.body)).not.toBe('fnv1a64:3dc68ea75059c1d0');
    }
    const publish = await saveThroughGate(
      context,
      PATH,
      edit((data) => (data['status'] = 'published')),
    );
    expect(publish.ok).toBe(false);
    if (!publish.ok) expect(publish.message).toContain('nog een TODO in dit FAQ-artikel, met status Gepubliceerd');
  });

  it('publishes a finished draft like `veelgesteld publish`: status, publishAt and updatedAt, generatedHash untouched', async () => {
    const result = await saveThroughGate(
      context,
      PATH,
      edit((data) => (data['status'] = 'published'), '## Kort antwoord\n\nBinnen twee werkdagen.\n'),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.summary).toBe('status draft → published; public from the next build');
    const parsed = parseContentFile({ path: PATH, text: result.text });
    expect(parsed.frontmatter).toMatchObject({
      status: 'published',
      publishAt: '2026-11-23T12:00:00+01:00',
      updatedAt: '2026-11-23T12:00:00+01:00',
      generatedHash: 'fnv1a64:3dc68ea75059c1d0',
    });
    expect(faqSchema.safeParse(parsed.frontmatter).success).toBe(true);
    // saveThroughGate only decides; the server writes. The file on disk is still the draft.
    expect(await readFile(join(root, PATH), 'utf8')).toBe(DRAFT);
  });

  it('creates new items as drafts only', async () => {
    const result = await saveThroughGate(
      context,
      'content/faq/nl/nieuw.mdx',
      edit((data) => (data['status'] = 'published')),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('eerst als concept');
  });
});
