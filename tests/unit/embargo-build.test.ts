// Embargo: before its publishAt nothing of an item may appear anywhere in the build output — no page,
// link, sitemap or RSS entry, search index token, social card, short link, redirect, JSON or file
// name. Builds a copy of the site on tests/fixtures/embargo "as of" moments around publishAt,
// including both daylight saving changes, and scans every byte and every file name of each build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copySite, listFiles, PROJECT, type BuildResult, type SiteCopy } from '#tests/helpers/site-build.ts';

/** Distinctive parts of each embargoed item; stems only cut word ends, so prefixes catch index tokens too. */
const ITEMS = {
  opgelicht: ['kwalstervl', 'zeptofoon', 'vlondertop', 'blauwschuim', 'regenboogmeloen', 'kw7xq3vz', 'opgelicht-kwalstervlinder', 'oud-kwalsteradres'],
  pluimgraaf: ['pluimgraaf', 'p8umgr4f'],
  herfstnacht: ['herfstnacht', 'h3rfstn8', 'kassa-herfstnacht'],
  lentesprong: ['lentesprong', 'z3ntspr9', 'radar-lentesprong'],
} as const;
type Item = keyof typeof ITEMS;

/** Builds "as of" a moment, and which items must still be invisible then. */
const BUILDS = {
  // One minute before the spring jump's first moment (03:00 CEST = 01:00 UTC): everything embargoed.
  springBefore: { now: '2026-03-29T01:59:00+01:00', hidden: ['opgelicht', 'pluimgraaf', 'herfstnacht', 'lentesprong'] },
  // 25 October, first 02:45 (CEST): the wall clock is past 02:30, but publishAt is the second 02:30 (CET).
  autumnFirstPass: { now: '2026-10-25T02:45:00+02:00', hidden: ['opgelicht', 'pluimgraaf', 'herfstnacht'] },
  autumnSecondPass: { now: '2026-10-25T02:30:00+01:00', hidden: ['opgelicht', 'pluimgraaf'] },
  // Half an hour into the broadcast (airsAt = publishAt = 1 December 20:30).
  onAir: { now: '2026-12-01T21:00:00+01:00', hidden: [] },
} satisfies Record<string, { now: string; hidden: Item[] }>;
type BuildName = keyof typeof BUILDS;

let site: SiteCopy;
const builds = {} as Record<BuildName, BuildResult & { files: string[] }>;

beforeAll(() => {
  site = copySite('veelgesteld-embargo-', join(PROJECT, 'tests/fixtures/embargo/content'));
  for (const [name, { now }] of Object.entries(BUILDS) as [BuildName, { now: string }][]) {
    const result = buildSite(site.dir, { VEELGESTELD_NOW: now }, `dist-${name}`);
    builds[name] = { ...result, files: result.status === 0 ? listFiles(result.outDir) : [] };
  }
}, 240_000);

afterAll(() => site?.remove());

const read = (name: BuildName, file: string) => readFileSync(join(builds[name].outDir, file), 'utf8');

describe.each(Object.keys(BUILDS) as BuildName[])('build as of %s', (name) => {
  it('completes', () => {
    expect(builds[name].output.slice(-2000), 'astro build output').toContain('Complete!');
    expect(builds[name].status).toBe(0);
    expect(read(name, '.build-time').trim()).toBe(new Date(BUILDS[name].now).toISOString());
  });

  it('contains nothing of the embargoed items, in any file or file name', () => {
    const hidden = BUILDS[name].hidden as readonly Item[];
    const phrases = hidden.flatMap((item) => ITEMS[item]);
    const leaks: string[] = [];
    for (const file of builds[name].files) {
      const text = readFileSync(join(builds[name].outDir, file)).toString('latin1').toLowerCase();
      for (const phrase of phrases) {
        if (file.toLowerCase().includes(phrase)) leaks.push(`file name ${file}: ${phrase}`);
        if (text.includes(phrase)) leaks.push(`${file}: ${phrase}`);
      }
    }
    expect(builds[name].files.length).toBeGreaterThan(10);
    expect(leaks).toEqual([]);
  });
});

describe('after publishAt', () => {
  it('the broadcast has its page, short link, old-slug redirect, sitemap entry and social card', () => {
    const { files } = builds.onAir;
    expect(files).toContain('uitzending/opgelicht-kwalstervlinder/index.html');
    expect(files).toContain('og/nl/broadcast/opgelicht-kwalstervlinder.png');
    expect(read('onAir', 'k/kw7xq3vz/index.html')).toContain('content="0; url=/uitzending/opgelicht-kwalstervlinder/"');
    expect(read('onAir', 'uitzending/oud-kwalsteradres/index.html')).toMatch(/rel="canonical" href="https:\/\/[^"]+\/uitzending\/opgelicht-kwalstervlinder\/"/);
    expect(read('onAir', '_redirects')).toContain('/k/kw7xq3vz /uitzending/opgelicht-kwalstervlinder/ 301');
    expect(read('onAir', 'sitemap-0.xml')).toContain('/uitzending/opgelicht-kwalstervlinder/</loc>');
    expect(read('onAir', 'sitemap-0.xml')).not.toMatch(/\/(k|cm)\/|oud-kwalsteradres/);
  });

  it('the embargoed article appears with its short link and as a related link', () => {
    expect(read('onAir', 'k/p8umgr4f/index.html')).toContain('url=/faq/pluimgraaf-vraag/');
    expect(read('onAir', 'faq/storing-melden/index.html')).toContain('href="/faq/pluimgraaf-vraag/"');
    expect(read('onAir', 'uitzending/opgelicht-kwalstervlinder/index.html')).toContain('href="/faq/pluimgraaf-vraag/"');
  });

  it('an item published on the second 02:30 of the autumn night is public from that moment', () => {
    expect(builds.autumnSecondPass.files).toContain('uitzending/kassa-herfstnacht/index.html');
    expect(builds.autumnFirstPass.files).toContain('uitzending/radar-lentesprong/index.html');
  });
});

describe('on air', () => {
  const banner = /<aside class="on-air"[^>]*>/;
  it('the home page and the broadcast page show a visible banner pointing to the statement', () => {
    const home = read('onAir', 'index.html');
    expect(home.match(banner)?.[0]).not.toContain('hidden');
    expect(home).toMatch(/<aside class="on-air"[\s\S]*?href="\/uitzending\/opgelicht-kwalstervlinder\/"/);
    expect(read('onAir', 'uitzending/opgelicht-kwalstervlinder/index.html').match(banner)?.[0]).not.toContain('hidden');
  });

  it('a broadcast whose three hours are over is an ordinary page', () => {
    expect(read('onAir', 'uitzending/radar-lentesprong/index.html')).not.toMatch(banner);
  });

  it('the updates log is shown, newest first', () => {
    const page = read('onAir', 'uitzending/opgelicht-kwalstervlinder/index.html');
    const newest = page.indexOf('Blauwschuimgarantie geldt ook voor zakelijke klanten');
    const oldest = page.indexOf('Eerste aanvulling');
    expect(oldest).toBeGreaterThan(-1);
    expect(newest).toBeGreaterThan(-1);
    expect(newest).toBeLessThan(oldest);
  });
});

describe('editor preview (VEELGESTELD_DRAFTS=1), before publishAt', () => {
  let preview: BuildResult;
  beforeAll(() => {
    preview = buildSite(site.dir, { VEELGESTELD_NOW: BUILDS.springBefore.now, VEELGESTELD_DRAFTS: '1' }, 'preview');
  }, 120_000);

  it('builds every embargoed page with an EMBARGO banner and noindex, outside dist', () => {
    expect(preview.status).toBe(0);
    const page = readFileSync(join(preview.outDir, 'uitzending/opgelicht-kwalstervlinder/index.html'), 'utf8');
    expect(page).toMatch(/class="embargo-banner"[^>]*>\s*EMBARGO tot dinsdag 1 december 2026 om 20:30/);
    expect(page).toMatch(/<meta name="robots" content="noindex/);
    const article = readFileSync(join(preview.outDir, 'faq/pluimgraaf-vraag/index.html'), 'utf8');
    expect(article).toContain('EMBARGO tot');
    expect(article).toMatch(/<meta name="robots" content="noindex/);
  });
});
