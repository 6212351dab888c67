import { describe, expect, it } from 'vitest';
import { detectFormat, type Format } from '#lib/ingest/index.ts';
import { ingestFile } from './_fixtures.ts';
import { searchQueryOf } from '#lib/ingest/search-query.ts';
import { messageSchema } from '#core/message.ts';

const FIXTURES = 'tests/fixtures/logs/search';

async function ingestFixture(file: string, extra: { format?: Format } = {}) {
  const { problems, ...rest } = await ingestFile(`${FIXTURES}/${file}`, extra);
  return { ...rest, problems: problems.map((p) => `${p.file.replace(`${FIXTURES}/`, '')}:${p.line}: ${p.message}`) };
}

describe('site searches from access logs', () => {
  it.each([
    ['access-combined.log', 'access-log'],
    ['access-common.log', 'access-log'],
    ['cdn-edge.log', 'access-log'],
    ['ga4-pages.csv', 'analytics-csv'],
    ['pages_2026-11-01_2026-11-30.csv', 'analytics-csv'],
    ['matomo-page-urls.csv', 'analytics-csv'],
  ] as const)('%s is detected as %s and gives valid search messages', async (file, format) => {
    const { messages, stats } = await ingestFixture(file);
    expect(stats.formats).toEqual({ [format]: 1 });
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) {
      expect(messageSchema.parse(message)).toEqual(message);
      expect(message).toMatchObject({ channel: 'search', direction: 'in', inReplyTo: null });
    }
  });

  it('combined layout: decodes queries, keeps searches only, drops crawlers, errors, POSTs and reloads, names bad lines', async () => {
    const { texts, messages, problems, stats } = await ingestFixture('access-combined.log');
    expect(texts).toEqual(['termijnbedrag te hoog', 'geld terug radar €', 'refund instalment', 'bel me op [telefoon]']);
    expect(messages[0]?.createdAt).toBe('2026-11-09T20:41:07+01:00');
    expect(problems).toEqual([
      'access-combined.log:8: search query is not valid URL encoding (a "%" not followed by UTF-8 hex bytes)',
      'access-combined.log:9: not an access log line (expected the common or combined log layout)',
    ]);
    // 1 asset, 1 reload within 30 minutes, 1 crawler, 1 server error, 1 POST, 1 empty query.
    expect(Object.values(stats.ignored)).toEqual([6]);
  });

  it('never writes the client address: authors are pseudonyms, one per client', async () => {
    const { messages } = await ingestFixture('access-combined.log');
    const text = JSON.stringify(messages);
    expect(text).not.toMatch(/203\.0\.113|198\.51\.100/u);
    expect(new Set(messages.map((m) => m.author)).size).toBe(4);
  });

  it('common layout (no referer or agent), IPv6 clients, UTC times, and an impossible date reported', async () => {
    const { messages, problems } = await ingestFixture('access-common.log');
    expect(messages.map((m) => [m.text, m.createdAt])).toEqual([['wanneer wordt mijn modem bezorgd', '2026-12-01T09:15:00+01:00']]);
    expect(problems).toEqual(['access-common.log:3: unreadable date']);
  });

  it('CDN lines with absolute URLs and extra fields after the agent', async () => {
    const { texts } = await ingestFixture('cdn-edge.log');
    expect(texts).toEqual(['storing utrecht']);
  });
});

describe('site searches from analytics page reports', () => {
  it('GA4 (Dutch UI): one message per view, spread over the period in the comment lines, bad counts named', async () => {
    const { messages, problems } = await ingestFixture('ga4-pages.csv');
    const counts = new Map<string, number>();
    for (const m of messages) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
    expect(Object.fromEntries(counts)).toEqual({ 'slimme meter kapot': 4, 'wat kost terugleveren': 2 });
    const days = messages.map((m) => m.createdAt.slice(0, 10));
    expect(days.every((day) => day >= '2026-11-02' && day <= '2026-11-08')).toBe(true);
    expect(new Set(messages.filter((m) => m.text === 'slimme meter kapot').map((m) => m.author)).size).toBe(3);
    expect(problems).toEqual(['ga4-pages.csv:14: views is not a whole number from 0 to 1000000']);
  });

  it('Plausible: the period from the file name, quoted paths with doubled quotes', async () => {
    const { texts, messages } = await ingestFixture('pages_2026-11-01_2026-11-30.csv');
    expect(texts).toEqual(['opzeggen', 'opzeggen', 'opzeggen', 'overstappen naar veldlicht', 'overstappen naar veldlicht', 'kan ik "gewoon" opzeggen']);
    expect(messages.every((m) => m.createdAt >= '2026-11-01' && m.createdAt < '2026-12-01')).toBe(true);
  });

  it('Plausible without a period anywhere: every search row is reported, nothing guessed', async () => {
    const { messages, problems } = await ingestFixture('pages.csv');
    expect(messages).toEqual([]);
    expect(problems).toEqual([
      'pages.csv:2: the report names no date or period: export with a date column, or put the period in the file name (pages_2026-11-01_2026-11-30.csv)',
    ]);
  });

  it('Matomo: the url column, hits as views and a date column per row', async () => {
    const { messages, problems } = await ingestFixture('matomo-page-urls.csv');
    expect(messages.map((m) => [m.text, m.createdAt.slice(0, 10)])).toEqual([
      ['monteur afspraak', '2026-11-04'],
      ['monteur afspraak', '2026-11-04'],
      ['monteur afspraak', '2026-11-04'],
      ['monteur afspraak', '2026-11-05'],
    ]);
    expect(problems).toEqual(['matomo-page-urls.csv:5: unreadable date']);
  });
});

describe('detectFormat', () => {
  it('keeps ordinary webcare CSVs as csv', () => {
    expect(detectFormat('export.csv', 'Datum;Kanaal;Bericht\n01-11-2026 10:00;X;Hoi\n')).toBe('csv');
    expect(detectFormat('access.log', '127.0.0.1 - - [10/Oct/2026:13:55:36 -0700] "GET / HTTP/1.1" 200 2326\n')).toBe('access-log');
  });
});

describe('searchQueryOf', () => {
  it.each([
    ['/zoeken/?q=termijnbedrag+te+hoog', 'termijnbedrag te hoog'],
    ['/zoeken?q=caf%C3%A9', 'café'],
    ['/en/search/?q=top%20up', 'top up'],
    ['https://www.veldlicht.example/zoeken/?utm_source=x&q=storing#resultaten', 'storing'],
    ['/zoeken/?q=%20%20', ''],
  ])('%s → %s', (url, text) => {
    expect(searchQueryOf(url)).toEqual({ text });
  });

  it.each([['/faq/verhuizen/'], ['/faq/?q=verhuizen'], ['/_astro/search.js'], ['/zoeken/?page=2']])('%s is not a site search', (url) => {
    expect(searchQueryOf(url)).toBeNull();
  });

  it('reports a malformed escape instead of guessing', () => {
    expect(searchQueryOf('/zoeken/?q=%E2%82')).toEqual({ error: expect.stringContaining('not valid URL encoding') });
  });
});
