// The draft command runs the ingest's personal-data scrubber (imported, not looked up at run time)
// over what it drafts and reports: details that only the full scrubber knows, such as an IBAN or a
// BSN, never reach content/ or the report.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runDraft } from '#scripts/commands/draft.ts';
import { makeCluster, makeMining } from '#tests/fixtures/draft/clusters.ts';

const IBAN = 'NL91ABNA0417164300';
let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'veelgesteld-draft-command-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('runDraft', () => {
  it('scrubs personal data that is not a contact detail out of the drafts and the reports', async () => {
    const base = makeCluster({ id: 'c-pakket' });
    const cluster = {
      ...base,
      examples: [...base.examples, { text: `Stort het verzendgeld terug op ${IBAN} alstublieft`, similarity: 0.75 }],
      bestAnswer: { text: `Vervelend dat je pakket er nog niet is! We storten het verzendgeld terug op ${IBAN}. ^JB`, messageId: 'm-7', replies: 9 },
    };
    const clustersFile = join(root, 'clusters.json');
    writeFileSync(clustersFile, JSON.stringify(makeMining([cluster])));
    const reportFile = join(root, 'work', 'report.md');
    const result = await runDraft({
      clustersFile,
      contentDir: join(root, 'content', 'faq'),
      reportFile,
      minQuestions: 5,
      minAuthors: 3,
      configFile: join(root, 'no-config.json'),
    });
    const outputs = [...result.written, reportFile, result.htmlReportFile].map((file) => readFileSync(file, 'utf8'));
    expect(result.written.some((file) => file.endsWith('.mdx'))).toBe(true);
    expect(result.written.some((file) => file.endsWith('.mdx'))).toBe(true);
    for (const output of outputs) expect(output).not.toContain(IBAN);
    expect(outputs.some((output) => output.includes('[iban]'))).toBe(true);
  });
});
