// A WhatsApp chat export (Android, Dutch phone settings) as Veldlicht's WhatsApp Business phone
// writes it: one customer, several questions over a few months, multi-line messages, media and
// deleted-message placeholders. Shows the ingest a second format with the same company and topics.
import { COMPANY, CARE_AGENTS } from './company.ts';
import { FOLLOW_UPS } from './noise.ts';
import { customerNumber, personAt, postcode, whatsAppNumber } from './people.ts';
import { createRandom, type Random } from './random.ts';
import { amountSlots, render } from './template.ts';
import { amsterdamParts } from './time.ts';
import { DEFAULT_START, DEFAULT_WEEKS } from './calendar.ts';
import { SLOTS, TOPICS } from './topics.ts';
import { messUp } from './typos.ts';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const CHAT_TOPICS = [
  'modem-bezorging',
  'oude-modem-retourneren',
  'factuur-downloaden',
  'internet-storing',
  'termijnbedrag-verhoogd',
  'termijnbedrag-aanpassen',
  'meterstanden-doorgeven',
  'wifi-traag',
  'jaarafrekening-hoger-dan-verwacht',
  'inloggen-app',
];

export type WhatsAppChatOptions = { seed: number; lines?: number; start?: Date; weeks?: number };

/** The lines of the export, without line terminators; about `lines` long (never cut mid-conversation). */
export function whatsAppChatLines(options: WhatsAppChatOptions): string[] {
  const random = createRandom(options.seed);
  const target = options.lines ?? 100;
  const start = (options.start ?? DEFAULT_START).getTime();
  const span = (options.weeks ?? DEFAULT_WEEKS) * 7 * DAY;
  const customer = whatsAppNumber(random);
  const person = personAt(options.seed, 1);
  const details = `Klantnummer ${customerNumber(random)}\nPostcode ${postcode(random)}`;
  const exchanges = Math.max(1, Math.ceil(target / 5));
  const step = span / exchanges;
  const lines: string[] = [];
  for (let i = 0; lines.length < target && i < exchanges; i++) {
    const at = daytime(start + i * step + random.int(Math.max(1, Math.floor(step / 2))), random);
    if (i === 0) lines.push(`${stamp(at)} - Berichten en oproepen worden end-to-end versleuteld. Niemand buiten deze chat kan ze lezen of beluisteren.`);
    const key = CHAT_TOPICS[i % CHAT_TOPICS.length] ?? 'internet-storing';
    exchange(lines, random, key, at, { customer, first: person.first, details });
  }
  return lines;
}

type ChatPeople = { customer: string; first: string; details: string };

function exchange(lines: string[], random: Random, key: string, start: number, people: ChatPeople): void {
  const { customer, first } = people;
  const topic = TOPICS.find((t) => t.key === key) ?? TOPICS[0];
  if (!topic) return;
  let at = start;
  const say = (who: string, text: string, gapMinutes: number): void => {
    at += Math.max(1, gapMinutes) * MINUTE;
    // A multi-line message continues on lines without a stamp, as in the real export.
    lines.push(...`${stamp(at)} - ${who}: ${text}`.split('\n'));
  };
  const agent = random.pick(CARE_AGENTS);
  const values = { ...amountSlots(random), link: `${COMPANY.serviceUrl}/${topic.path}` };
  if (random.chance(0.35)) {
    const greetings = amsterdamParts(at).hour < 12 ? ['Hoi', 'Hallo', 'Goedemorgen', 'Hallo?'] : ['Hoi', 'Hallo', 'Hallo?'];
    say(customer, random.pick(greetings), 0);
  }
  let question = render(random.pick(topic.nl), random, SLOTS, values);
  if (random.chance(0.4)) question = messUp(question, random);
  if (random.chance(0.3)) question += `\n${people.details}`;
  say(customer, question, 1);
  if (random.chance(0.2)) say(customer, '<Media weggelaten>', 1);
  say(COMPANY.whatsAppName, `Hoi ${first}! Je spreekt met ${agent}. Ik kijk even met je mee.`, 4 + random.int(30));
  // The agent already said hello in the message before.
  const answer = render(random.pick(topic.replies), random, SLOTS, values).replace(/^Hoi[!,] /, '');
  say(COMPANY.whatsAppName, answer.charAt(0).toUpperCase() + answer.slice(1), 2 + random.int(6));
  const r = random.next();
  if (r < 0.1) say(customer, 'Dit bericht is verwijderd', 3);
  if (r < 0.55) say(customer, random.pick(FOLLOW_UPS.thanks), 3 + random.int(20));
  else if (r < 0.8) {
    say(customer, random.pick(FOLLOW_UPS.stillBroken), 10 + random.int(40));
    say(COMPANY.whatsAppName, 'Dat is balen. Ik heb een melding aangemaakt,\nmijn collega belt je morgen tussen 9 en 12 uur.', 5 + random.int(10));
    say(customer, random.pick(['Oké, dank je', 'Prima', '👍']), 2 + random.int(5));
  } else say(customer, random.pick(FOLLOW_UPS.solved), 15 + random.int(60));
}

/** Moves a moment into waking hours (8:00 to 21:00), keeping the day. */
function daytime(at: number, random: Random): number {
  const hour = amsterdamParts(at).hour;
  if (hour >= 8 && hour < 21) return at;
  const shift = hour < 8 ? 8 - hour : 8 + 24 - hour;
  return at + shift * 60 * MINUTE + random.int(180) * MINUTE;
}

const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** "21-10-2026 08:05", the date and time format of a Dutch Android export. */
function stamp(at: number): string {
  const p = amsterdamParts(at);
  return `${pad(p.day)}-${pad(p.month)}-${p.year} ${pad(p.hour)}:${pad(p.minute)}`;
}
