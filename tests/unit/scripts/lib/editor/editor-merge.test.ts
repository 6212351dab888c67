import { describe, expect, it } from 'vitest';
import { mergeEdit, readEditedFile, READ_ONLY_FIELDS } from '#lib/editor/index.ts';

const options = { dateFields: new Set(['publishAt', 'updatedAt', 'airsAt']), readOnly: READ_ONLY_FIELDS };

const DRAFT = `---
title: "Waar blijft mijn pakket?"
description: "Het antwoord op \\"Waar blijft mijn pakket?\\": wat er aan de hand is en wat je zelf kunt doen."
lang: "nl"
status: "draft"
updatedAt: "2026-11-23T08:46:00.000Z"
tags: ["pakket", "bezorging"] # comment stays
shortId: "u8zu46"
reply: "Je pakket is onderweg."
source:
  clusterId: "qvj5aw2"
  questionCount: 20
  weekly:
    - { week: "2026-W36", count: 2 }
generatedHash: "fnv1a64:3dc68ea75059c1d0"
---

## Kort antwoord

TODO: Schrijf het antwoord.
`;

/** What Decap sends: the same data, re-serialised its own way. */
function asCms(data: Record<string, unknown>, body: string) {
  return { data, body };
}

const same = readEditedFile(DRAFT);

describe('mergeEdit', () => {
  it('writes the file byte for byte when nothing changed, whatever form the CMS sent it in', () => {
    expect(mergeEdit(DRAFT, asCms({ ...same.data, updatedAt: '2026-11-23T09:46:00+01:00' }, `${same.body.trim()}\n\n`), options)).toBe(DRAFT);
  });

  it('changes only the lines of the keys that changed, and the body', () => {
    const merged = mergeEdit(
      DRAFT,
      asCms({ ...same.data, title: 'Wanneer komt mijn pakket?', reply: 'Kijk in de app.' }, '## Kort antwoord\n\nMorgen.'),
      options,
    );
    expect(merged).toBe(
      DRAFT.replace('title: "Waar blijft mijn pakket?"', 'title: "Wanneer komt mijn pakket?"')
        .replace('reply: "Je pakket is onderweg."', 'reply: "Kijk in de app."')
        .replace('TODO: Schrijf het antwoord.', 'Morgen.'),
    );
  });

  it('never changes what mining wrote (source, generatedHash), even if the CMS sends other values', () => {
    const merged = mergeEdit(DRAFT, asCms({ ...same.data, generatedHash: 'fnv1a64:0000', source: { clusterId: 'x', questionCount: 1 } }, same.body), options);
    expect(merged).toBe(DRAFT);
  });

  it('writes a changed date as Amsterdam time with its offset', () => {
    const merged = mergeEdit(DRAFT, asCms({ ...same.data, publishAt: '2026-12-01T17:30:00.000Z' }, same.body), options);
    expect(merged).toContain('\npublishAt: 2026-12-01T18:30:00+01:00\n');
    const summer = mergeEdit(DRAFT, asCms({ ...same.data, updatedAt: '2026-07-01T10:00:00Z' }, same.body), options);
    expect(summer).toContain('\nupdatedAt: 2026-07-01T12:00:00+02:00\n');
  });

  it('rewrites a changed list in block style and keeps the other keys as they were', () => {
    const merged = mergeEdit(DRAFT, asCms({ ...same.data, tags: ['pakket'] }, same.body), options);
    expect(merged).toContain('tags:\n  - "pakket"\nshortId: "u8zu46"');
    expect(merged).toContain('  - { week: "2026-W36", count: 2 }');
  });

  it('drops an optional key the editor emptied', () => {
    expect(mergeEdit(DRAFT, asCms({ ...same.data, reply: '' }, same.body), options)).not.toContain('reply:');
  });

  it('writes a new file with quoted strings, Amsterdam dates and the body after a blank line', () => {
    const text = mergeEdit(
      undefined,
      asCms({ title: 'Radar', status: 'draft', airsAt: '2026-12-01T19:30:00.000Z', tags: [], generatedHash: 'x' }, '## Wat is er gebeurd?\n\nUitleg.'),
      options,
    );
    expect(text).toBe('---\ntitle: "Radar"\nstatus: "draft"\nairsAt: 2026-12-01T20:30:00+01:00\n---\n\n## Wat is er gebeurd?\n\nUitleg.\n');
  });
});
