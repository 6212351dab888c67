// `veelgesteld draft` with a cap on new drafts: editorial.maxNewDrafts from the project config,
// --max-new-drafts over it, what lands on disk (no file and no short id for a deferred group), and
// `pipeline` passing the option on.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Cluster } from '#core/cluster.ts';
import { projectConfigSchema } from '#core/config.ts';
import { InputError } from '#lib/errors.ts';
import { nonNegativeInteger } from '#lib/option-values.ts';
import { runDraft } from '#scripts/commands/draft.ts';
import { pipelineSteps } from '#scripts/commands/pipeline.ts';
import { makeMining, oneQuestion } from '#tests/fixtures/draft/clusters.ts';

let root: string;
const file = (...parts: string[]): string => join(root, ...parts);

function question(id: string, text: string, subject: string, authors: number, lang: 'nl' | 'en' = 'nl'): Cluster {
  return oneQuestion(id, text, subject, { size: 30, authors }, lang);
}

const CLUSTERS = [
  question('c-factuur', 'Waarom is mijn factuur hoger dan vorige maand?', 'factuur', 20),
  question('c-modem', 'Waarom knippert mijn modem oranje?', 'modem', 25),
  question('c-refund', 'How long does a refund take?', 'refund', 9, 'en'),
];

function writeConfig(maxNewDrafts?: number): string {
  const config = {
    siteUrl: 'https://hulp.veldlicht.example',
    company: { name: 'Veldlicht', contactRoute: 'Bel ons.' },
    editorial: maxNewDrafts === undefined ? {} : { maxNewDrafts },
  };
  writeFileSync(file('veelgesteld.config.json'), JSON.stringify(config));
  return file('veelgesteld.config.json');
}

const draft = (configFile: string, maxNewDrafts?: number) =>
  runDraft({
    clustersFile: file('clusters.json'),
    contentDir: file('content', 'faq'),
    reportFile: file('work', 'report.md'),
    minQuestions: 5,
    minAuthors: 3,
    configFile,
    maxNewDrafts,
  });

const drafted = (): string[] => {
  const folders = ['nl', 'en'].filter((lang) => existsSync(file('content', 'faq', lang)));
  return folders.flatMap((lang) => readdirSync(file('content', 'faq', lang)).map((name) => `${lang}/${name}`)).sort();
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'veelgesteld-capacity-'));
  writeFileSync(file('clusters.json'), JSON.stringify(makeMining(CLUSTERS)));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('veelgesteld draft with a cap on new drafts', () => {
  it('reads editorial.maxNewDrafts from the config and registers short ids only for what it wrote', async () => {
    const result = await draft(writeConfig(1));
    expect(drafted()).toEqual(['nl/waarom-knippert-mijn-modem-oranje.mdx']);
    const registry = JSON.parse(readFileSync(file('content', '.shortids.json'), 'utf8')) as { shortIds: Record<string, { clusterIds: string[] }> };
    expect(Object.values(registry.shortIds).flatMap((entry) => entry.clusterIds)).toEqual(['c-modem']);
    const report = readFileSync(result.reportFile, 'utf8');
    expect(report).toContain('## Ook gevraagd');
    expect(report).toContain('de grens van 1 nieuw concept per run');
    expect(report).toMatch(/\| Waarom is mijn factuur hoger dan vorige maand\? \| 30 \| 20 \|\n\| How long does a refund take\? \| 30 \| 9 \|/u);
    expect(readFileSync(result.htmlReportFile, 'utf8')).toContain('<h2>Ook gevraagd</h2>');
  });

  it('lets --max-new-drafts override the config, 0 meaning no cap', async () => {
    const configFile = writeConfig(1);
    await draft(configFile, 2);
    expect(drafted()).toEqual(['nl/waarom-is-mijn-factuur-hoger-dan-vorige-maand.mdx', 'nl/waarom-knippert-mijn-modem-oranje.mdx']);
    const all = await draft(configFile, 0);
    expect(all.plan.outcomes.map((outcome) => outcome.kind)).toEqual(['unchanged', 'unchanged', 'created']);
    expect(drafted()).toContain('en/how-long-does-a-refund-take.mdx');
  });

  it('defaults to 25 new drafts without the setting (and without a config file)', async () => {
    expect(projectConfigSchema.parse({ siteUrl: 'https://x.example', company: { name: 'X', contactRoute: 'Bel.' } }).editorial.maxNewDrafts).toBe(25);
    expect(() =>
      projectConfigSchema.parse({ siteUrl: 'https://x.example', company: { name: 'X', contactRoute: 'Bel.' }, editorial: { maxNewDrafts: -1 } }),
    ).toThrow();
    const many = Array.from({ length: 27 }, (_, i) => question(`c-${i}`, `Waar is mijn ${SUBJECTS[i]}?`, SUBJECTS[i]!, 3 + i));
    writeFileSync(file('clusters.json'), JSON.stringify(makeMining(many)));
    const result = await draft(file('no-config.json'));
    expect(result.plan.outcomes.filter((outcome) => outcome.kind === 'created')).toHaveLength(25);
    expect(result.plan.outcomes.filter((outcome) => outcome.kind === 'deferred').map((outcome) => outcome.cluster.id)).toEqual(['c-0', 'c-1']);
    expect(readFileSync(result.reportFile, 'utf8')).toContain('de grens van 25 nieuwe concepten per run');
  });

  it('writes nothing new when run again on the same export', async () => {
    const configFile = writeConfig(1);
    await draft(configFile);
    const registry = readFileSync(file('content', '.shortids.json'), 'utf8');
    const again = await draft(configFile);
    expect(again.written).toEqual([]);
    expect(readFileSync(file('content', '.shortids.json'), 'utf8')).toBe(registry);
    expect(drafted()).toEqual(['nl/waarom-knippert-mijn-modem-oranje.mdx']);
  });
});

describe('--max-new-drafts', () => {
  it('is a whole number of at least 0', () => {
    expect(nonNegativeInteger('0', '--max-new-drafts')).toBe(0);
    expect(nonNegativeInteger('12', '--max-new-drafts')).toBe(12);
    expect(nonNegativeInteger(undefined, '--max-new-drafts')).toBeUndefined();
    for (const bad of ['-1', '2.5', 'veel', '']) {
      expect(() => nonNegativeInteger(bad, '--max-new-drafts')).toThrow(InputError);
      expect(() => nonNegativeInteger(bad, '--max-new-drafts')).toThrow(/--max-new-drafts must be a whole number of at least 0/u);
    }
  });

  it('is passed from pipeline to draft, and left to the config when not given', () => {
    const draftStep = (maxNewDrafts?: number) => pipelineSteps(['export.csv'], { work: 'work', content: 'content/faq', previous: false, maxNewDrafts }).at(-1)!;
    expect(draftStep(10).slice(-2)).toEqual(['--max-new-drafts', '10']);
    expect(draftStep(0).slice(-2)).toEqual(['--max-new-drafts', '0']);
    expect(draftStep()).not.toContain('--max-new-drafts');
    expect(draftStep()[0]).toBe('draft');
  });
});

const SUBJECTS = [
  'factuur',
  'pakket',
  'modem',
  'router',
  'contract',
  'meterstand',
  'inlogcode',
  'wachtwoord',
  'kortingscode',
  'retour',
  'bezorging',
  'abonnement',
  'monteur',
  'storing',
  'tarief',
  'rekening',
  'verhuizing',
  'aansluiting',
  'simkaart',
  'decoder',
  'afspraak',
  'machtiging',
  'cadeaubon',
  'garantie',
  'zonnepanelen',
  'laadpaal',
  'thermostaat',
];
