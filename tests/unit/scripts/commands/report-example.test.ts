// The bundled example through the real pipeline (as `npm start` runs it): the team reports show
// the Radar spike linked to its statement, an incident, searched-not-found queries and charts,
// the incident-only topic gets no FAQ draft, and neither report contains anyone's personal data.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MiningResult } from '#core/cluster.ts';
import { collectSignals } from '#lib/draft/report-signals.ts';

let root: string;
let html: string;
let markdown: string;
let clusters: { clusters: { id: string; hourly?: unknown[] }[] };
let draftLog: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'veelgesteld-report-'));
  cpSync('content', join(root, 'content'), { recursive: true });
  const result = spawnSync(process.execPath, ['scripts/cli.ts', 'pipeline', '--content', join(root, 'content', 'faq'), '--work', join(root, 'work')], {
    encoding: 'utf8',
  });
  expect(result.status, result.stderr).toBe(0);
  draftLog = result.stdout + result.stderr;
  html = readFileSync(join(root, 'work', 'report.html'), 'utf8');
  markdown = readFileSync(join(root, 'work', 'report.md'), 'utf8');
  clusters = JSON.parse(readFileSync(join(root, 'work', 'clusters.json'), 'utf8')) as typeof clusters;
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the example report', () => {
  it('links the spike after the Radar broadcast to its prepared statement', () => {
    for (const report of [html, markdown]) {
      expect(report).toMatch(/Na Radar op maandag 9 november 20:25: \d+ vragen in 2 uur/u);
      expect(report).toContain('/k/rd4r');
    }
  });

  it('names the outage as an incident, with what to do instead of an FAQ article', () => {
    expect(markdown).toMatch(/## Incidenten\n\n.*geen FAQ-artikel.*\n\n- Vanaf woensdag 21 oktober/u);
    expect(html).toContain('<li class="incident">Vanaf woensdag 21 oktober');
  });

  it('lists site searches that found nothing, among them payment plans and a changed bank account', () => {
    expect(markdown).toMatch(/\| betalingsregeling[^|]* \| \d+ \| \d+ \| (?:geen resultaat|zwak)/u);
    expect(markdown).toMatch(/\| (?:rekeningnummer|iban) wijzigen \| \d+ \| \d+ \|/u);
    expect(markdown).toMatch(/\d+ zoekopdrachten op de site/u);
    expect(html).toContain('<h2>Gezocht, niet gevonden</h2><figure class="chart"><svg');
  });

  it('says per question how many came from the search box', () => {
    expect(markdown).toMatch(/## Uit de zoekbalk[\s\S]*\| Vraag \| Vragen \| Waarvan zoekopdrachten \|/u);
  });

  it('has hourly counts per cluster in clusters.json', () => {
    expect(clusters.clusters.every((cluster) => Array.isArray(cluster.hourly))).toBe(true);
  });

  it('contains no personal data: no customer names or handles, client addresses, e-mail addresses, phone numbers or IBANs', () => {
    const csv = iconv.decode(readFileSync('scripts/examples/webcare-export.csv'), 'windows-1252');
    const people = new Set<string>();
    for (const line of csv.split('\r\n').slice(1)) {
      const fields = line.split(';');
      if (fields[4] !== 'Inkomend') continue;
      const author = fields[5] ?? '';
      // Full names and handles: a first name alone ("Sanne") may be an ordinary word.
      if (author.startsWith('@') || author.includes(' ')) people.add(author);
    }
    const clients = new Set(
      readFileSync('scripts/examples/access.log', 'utf8')
        .split('\n')
        .map((line) => line.split(' ')[0])
        .filter((ip) => ip && /\d+\.\d+\.\d+\.\d+/u.test(ip)),
    );
    expect(people.size).toBeGreaterThan(100);
    // What a reader sees: text outside tags (SVG path data and styles are no text).
    const visible = html.replace(/<style>[\s\S]*?<\/style>/gu, ' ').replace(/<[^>]+>/gu, ' ');
    for (const report of [visible, markdown]) {
      for (const person of people) expect(report, person).not.toContain(person);
      for (const client of clients) expect(report, client).not.toContain(`${client}`);
      const emails = report.match(/[\w.+-]+@[\w-]+\.[\w.]+/gu) ?? [];
      expect(emails.filter((email) => !email.endsWith('veldlicht.example'))).toEqual([]);
      const phones = report.match(/(?<![\d.])(?:\+31|0)[\d -]{8,12}\d(?!\d)/gu) ?? [];
      expect(phones.filter((phone) => phone.replace(/\D/gu, '') !== '08000250250')).toEqual([]);
      expect(report).not.toMatch(/\b[A-Z]{2}\d{2}[A-Z]{4}\d{10}\b/u);
    }
  });
});

describe('the example drafts', () => {
  it('writes no evergreen FAQ draft for a question that exists only inside a spike; the team report lists it', () => {
    const signals = collectSignals({ mining: clusters as unknown as MiningResult, broadcasts: [] });
    expect(signals.spikeOnlyUnits.length).toBeGreaterThan(0);
    const folder = join(root, 'content', 'faq', 'nl');
    const drafted = readdirSync(folder)
      .map((file) => readFileSync(join(folder, file), 'utf8'))
      .filter((text) => text.includes('status: draft'))
      .map((text) => /clusterId: (\S+)/u.exec(text)?.[1]);
    for (const unit of signals.spikeOnlyUnits) {
      expect(drafted).not.toContain(unit.id);
      expect(markdown).toContain(`- ${unit.title.replace(/'/gu, "\\'")} (${unit.size} vragen)`);
    }
    expect(draftLog).toMatch(/signals: \d+ spike\(s\) after a broadcast, \d+ incident\(s\)/u);
  });
});
