// The example website's nginx access log (combined layout) over the same twelve weeks as the
// webcare export: page views, assets, crawlers and site searches. Some searches have an article on
// the site, some never do (payment plans, a changed bank account), and after the Radar broadcast
// people search for the raised instalments. Client addresses are from the documentation ranges.
import { DEFAULT_START, DEFAULT_WEEKS, eventTimes } from './calendar.ts';
import { createRandom, type Random } from './random.ts';
import { amsterdamParts } from './time.ts';

export type AccessLogOptions = { seed: number; start?: Date; weeks?: number; searches: number; pageViews: number };
export const ACCESS_LOG_EXAMPLE: AccessLogOptions = { seed: 4422, searches: 900, pageViews: 1500 };

const HOUR = 3_600_000;
const HOUR_OF_DAY = [0.2, 0.1, 0.05, 0.05, 0.05, 0.1, 0.3, 0.7, 1.1, 1.3, 1.3, 1.2, 1.3, 1.2, 1.2, 1.1, 1.0, 1.0, 1.1, 1.3, 1.5, 1.4, 1.0, 0.5];
const DAY_OF_WEEK = [1.2, 1.1, 1.05, 1.0, 0.9, 0.7, 0.8];

/** What people type, with how often; the ones marked with a published article in content/faq/nl. */
const QUERIES: readonly (readonly [query: string, weight: number])[] = [
  // Answered on the site.
  ['termijnbedrag aanpassen', 8],
  ['termijnbedrag verlagen', 4],
  ['meterstanden doorgeven', 6],
  ['meterstand', 3],
  ['verhuizen', 5],
  ['opzeggen', 6],
  ['contract opzeggen', 4],
  ['factuur downloaden', 4],
  ['jaarafrekening', 4],
  ['modem bezorging', 3],
  ['oude modem terugsturen', 3],
  ['storing', 5],
  ['inloggen app', 3],
  ['terugleverkosten', 3],
  // Not answered anywhere on the site.
  ['betalingsregeling', 6],
  ['betalingsregeling aanvragen', 3],
  ['betalingsregling', 1],
  ['dubbel afgeschreven', 4],
  ['twee keer afgeschreven', 2],
  ['rekeningnummer wijzigen', 4],
  ['iban wijzigen', 2],
  ['wachtwoord vergeten', 4],
  ['wifi traag', 3],
  ['tv geen signaal', 3],
  ['monteur afspraak verzetten', 2],
  ['klantenservice telefoonnummer', 3],
  ['warmtepomp', 2],
  ['laadpaal thuis', 2],
];
/** Searched on the Radar evening, from the moment the item airs. */
const BROADCAST_QUERIES: readonly (readonly [query: string, weight: number])[] = [
  ['termijnbedrag te hoog', 5],
  ['termijnbedrag verhoogd', 4],
  ['radar', 3],
  ['geld terug termijnbedrag', 3],
  ['termijnbedrag radar', 2],
];
const PAGES = [
  '/',
  '/faq/',
  '/faq/termijnbedrag-aanpassen/',
  '/faq/meterstanden-doorgeven/',
  '/faq/verhuizen/',
  '/faq/contract-opzeggen/',
  '/faq/modem-bezorging/',
  '/blog/',
  '/uitzending/termijnbedragen-radar/',
  '/k/rd4r/',
];
const ASSETS = ['/_astro/search.BxT4k2.js', '/favicon.svg', '/_astro/index.C3f9a1.css'];
const AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 15; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15',
];
const BOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

type Request = { at: number; client: string; path: string; agent: string; status: number; bytes: number; referer: string };

/** The log's lines in time order, without line terminators. */
export function accessLogLines(options: AccessLogOptions): string[] {
  const random = createRandom(options.seed);
  const start = (options.start ?? DEFAULT_START).getTime();
  const weeks = options.weeks ?? DEFAULT_WEEKS;
  const hours = weeks * 168;
  const weights = Array.from({ length: hours }, (_, h) => {
    const local = amsterdamParts(start + h * HOUR);
    return (HOUR_OF_DAY[local.hour] ?? 1) * (DAY_OF_WEEK[local.weekday] ?? 1);
  });
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  weights.reduce((sum, w, h) => (cumulative[h] = sum + w), 0);
  const at = (): number => {
    const target = random.next() * total;
    let low = 0;
    let high = hours - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cumulative[middle] ?? 0) < target) low = middle + 1;
      else high = middle;
    }
    return start + low * HOUR + Math.floor(random.next() * HOUR);
  };
  const requests: Request[] = [];
  const visit = (time: number, path: string, referer = '-'): void => {
    const client = clientAddress(random);
    const agent = random.pick(AGENTS);
    requests.push({ at: time, client, path, agent, status: 200, bytes: 4000 + random.int(9000), referer });
    if (random.chance(0.3))
      requests.push({
        at: time + 400,
        client,
        path: random.pick(ASSETS),
        agent,
        status: 200,
        bytes: 900 + random.int(20000),
        referer: `https://www.veldlicht.example${path}`,
      });
  };
  for (let i = 0; i < options.searches; i++) visit(at(), searchPath(pickWeighted(random, QUERIES), random));
  // Someone searching for their own account details: the scrubber removes the address.
  visit(at(), searchPath('j.devries1987@ziggo.example wachtwoord', random));
  const { airsAt } = eventTimes(start, weeks);
  for (let i = 0; i < 70; i++) {
    const delay = Math.min(4 * HOUR, -Math.log(1 - random.next()) * 50 * 60_000);
    visit(airsAt + 3 * 60_000 + Math.floor(delay), searchPath(pickWeighted(random, BROADCAST_QUERIES), random));
  }
  for (let i = 0; i < options.pageViews; i++) visit(at(), random.pick(PAGES));
  for (let i = 0; i < 60; i++) {
    requests.push({
      at: at(),
      client: `66.249.66.${1 + random.int(200)}`,
      path: searchPath(pickWeighted(random, QUERIES), random),
      agent: BOT,
      status: 200,
      bytes: 5100,
      referer: '-',
    });
  }
  requests.sort((a, b) => a.at - b.at || (a.path < b.path ? -1 : 1));
  const lines = requests.map(format);
  // The log was rotated while nginx wrote a line: a torn line the reader reports by number.
  lines.splice(Math.floor(lines.length * 0.4), 0, '198.51.100.77 - - [14/Oct/2026:11:0');
  return lines;
}

// --- internal ---

function pickWeighted(random: Random, items: readonly (readonly [string, number])[]): string {
  const total = items.reduce((sum, [, w]) => sum + w, 0);
  let r = random.next() * total;
  for (const [item, weight] of items) {
    r -= weight;
    if (r < 0) return item;
  }
  return items[items.length - 1]![0];
}

/** As browsers send it: spaces as "+" from the form, or as "%20" from a shared link. */
function searchPath(query: string, random: Random): string {
  const encoded = encodeURIComponent(query);
  return `/zoeken/?q=${random.chance(0.7) ? encoded.replace(/%20/gu, '+') : encoded}`;
}

function clientAddress(random: Random): string {
  const range = random.pick(['192.0.2', '198.51.100', '203.0.113'] as const);
  return `${range}.${1 + random.int(254)}`;
}

function format(request: Request): string {
  const p = amsterdamParts(request.at);
  const pad = (n: number): string => String(n).padStart(2, '0');
  const time = `${pad(p.day)}/${MONTHS[p.month - 1]}/${p.year}:${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)} +0${p.offset}00`;
  return `${request.client} - - [${time}] "GET ${request.path} HTTP/1.1" ${request.status} ${request.bytes} "${request.referer}" "${request.agent}"`;
}
