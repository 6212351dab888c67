// Plans one conversation: who writes, on which channel, what, and when. Texts are rendered here;
// ids are handed out later, when the message is emitted in time order.
import { CARE_AGENTS, COMPANY } from './company.ts';
import { FOLLOW_UPS, noiseText, pickNoiseKind, type NoiseKind } from './noise.ts';
import { fullName, personalDetail, iban, whatsAppNumber, type Person } from './people.ts';
import type { Random } from './random.ts';
import { amountSlots, render } from './template.ts';
import { amsterdamParts } from './time.ts';
import { BROADCAST_QUESTIONS, CLOSERS, OPENERS, OUTAGE_COPIES, SLOTS, type Topic } from './topics.ts';
import { messUp } from './typos.ts';

export type Channel = 'x' | 'facebook' | 'whatsapp' | 'email' | 'helpdesk' | 'other';

export type Conversation = { id: string; channel: Channel; lastId: string | null };

export type PlannedMessage = {
  at: number;
  seq: number;
  conversation: Conversation;
  direction: 'in' | 'out';
  author: string;
  text: string;
  topic: string | null;
  /** Whether the export links this message to the one before it (WhatsApp customers do not). */
  threaded: boolean;
};

export type Opening = { kind: 'question'; topic: Topic; variant: 'normal' | 'outage' | 'broadcast' } | { kind: 'noise' };

const MINUTE = 60_000;
const CHANNELS: ReadonlyArray<readonly [Channel, number]> = [
  ['x', 0.27],
  ['facebook', 0.14],
  ['whatsapp', 0.27],
  ['email', 0.13],
  ['helpdesk', 0.14],
  ['other', 0.05],
];
const REPLY_CHANCE: Readonly<Record<Channel, number>> = { x: 0.8, facebook: 0.75, whatsapp: 0.9, email: 0.85, helpdesk: 0.85, other: 0.5 };
const PERSONAL_DATA_CHANCE: Readonly<Record<Channel, number>> = { x: 0.03, facebook: 0.06, whatsapp: 0.14, email: 0.3, helpdesk: 0.22, other: 0.04 };

export function pickChannel(random: Random, outage: boolean): Channel {
  if (outage) return random.chance(0.7) ? 'x' : random.pick(['facebook', 'whatsapp', 'other'] as const);
  let r = random.next();
  for (const [channel, share] of CHANNELS) {
    if (r < share) return channel;
    r -= share;
  }
  return 'x';
}

/** How the export shows a customer: X handle, Facebook name, WhatsApp contact, e-mail address. */
export function customerAuthor(channel: Channel, person: Person, random: Random): string {
  switch (channel) {
    case 'x':
      return person.handle;
    case 'other':
      return person.handle.slice(1);
    case 'email':
      return person.email;
    case 'whatsapp': {
      const r = random.next();
      if (r < 0.55) return fullName(person);
      return r < 0.8 ? person.first : whatsAppNumber(random);
    }
    default:
      return fullName(person);
  }
}

function companyAuthor(channel: Channel, agent: string): string {
  switch (channel) {
    case 'x':
      return COMPANY.xHandle;
    case 'facebook':
      return COMPANY.facebookName;
    case 'other':
      return COMPANY.name.toLowerCase();
    default:
      return `${agent} | ${COMPANY.name}`;
  }
}

type Context = {
  random: Random;
  conversation: Conversation;
  person: Person;
  author: string;
  agent: string;
  nextSeq: () => number;
  out: PlannedMessage[];
};

export function planConversation(random: Random, opening: Opening, start: number, id: string, person: Person, nextSeq: () => number): PlannedMessage[] {
  const noiseKind = opening.kind === 'noise' ? pickNoiseKind(random) : null;
  const channel = noiseKind ? noiseChannel(random, noiseKind) : pickChannel(random, opening.kind === 'question' && opening.variant === 'outage');
  const conversation: Conversation = { id, channel, lastId: null };
  const ctx: Context = {
    random,
    conversation,
    person,
    agent: random.pick(CARE_AGENTS),
    nextSeq,
    out: [],
    author: customerAuthor(channel, person, random),
  };
  if (noiseKind) planNoise(ctx, noiseKind, start);
  else if (opening.kind === 'question') planQuestion(ctx, opening.topic, opening.variant, start);
  return ctx.out;
}

function push(ctx: Context, at: number, direction: 'in' | 'out', text: string, topic: string | null): number {
  const threaded = !(direction === 'in' && ctx.conversation.channel === 'whatsapp') && ctx.out.length > 0;
  const author = direction === 'in' ? ctx.author : companyAuthor(ctx.conversation.channel, ctx.agent);
  ctx.out.push({ at, seq: ctx.nextSeq(), conversation: ctx.conversation, direction, author, text, topic, threaded });
  return at;
}

/** Retweets only exist on X, and spam comes in through the public channels. */
function noiseChannel(random: Random, kind: NoiseKind): Channel {
  if (kind === 'retweet') return 'x';
  if (kind === 'spam') return random.pick(['x', 'x', 'facebook', 'other'] as const);
  return pickChannel(random, false);
}

function planNoise(ctx: Context, kind: NoiseKind, start: number): void {
  const text = noiseText(kind, ctx.random, { company: COMPANY.xHandle, agent: `^${ctx.random.pick(CARE_AGENTS)}` });
  const channel = ctx.conversation.channel;
  const shown = channel === 'x' && kind !== 'retweet' && ctx.random.chance(0.7) ? `${COMPANY.xHandle} ${text}` : text;
  const at = push(ctx, start, 'in', shown, null);
  if (kind === 'praise' && ctx.random.chance(0.5)) {
    reply(ctx, at, 'Dank je wel, wat leuk om te horen! We geven het door aan het team.');
  } else if (kind === 'rant' && ctx.random.chance(0.35)) {
    reply(ctx, at, 'Hoi, dat klinkt vervelend. Waar kunnen we je mee helpen? Stuur ons gerust een DM.');
  }
}

function planQuestion(ctx: Context, topic: Topic, variant: 'normal' | 'outage' | 'broadcast', start: number): void {
  const { random } = ctx;
  const channel = ctx.conversation.channel;
  let at = start;
  if (channel === 'whatsapp' && random.chance(0.2)) {
    at = push(ctx, at, 'in', random.pick(['Hoi', 'Hallo', 'Goedemiddag', 'Hallo?', 'Hey']), null) + (20 + random.int(70)) * 1000;
  }
  const english = variant === 'normal' && topic.en.length > 0 && random.chance(0.05);
  const text = variant === 'outage' ? outageCopy(ctx) : questionText(ctx, topic, variant, english);
  at = push(ctx, at, 'in', text, topic.key);

  if (random.chance(0.08)) {
    at = push(
      ctx,
      at + (40 + random.int(180)) * MINUTE,
      'in',
      random.pick(['??', 'Hallo? Iemand?', 'Nog steeds geen reactie...', 'Krijg ik nog antwoord?']),
      null,
    );
  }
  const replyChance = variant === 'outage' ? 0.45 : REPLY_CHANCE[channel];
  if (!random.chance(replyChance)) return;

  const askDm = (channel === 'x' || channel === 'facebook') && random.chance(0.3);
  if (askDm) {
    at = reply(ctx, at, 'Hoi! Stuur je ons even een DM met je klantnummer en postcode? Dan kijken we met je mee.');
    if (!random.chance(0.7)) return;
    at = customer(ctx, at, `${random.pick(['Gestuurd!', 'Hierbij:', 'Oké.', ''])} ${personalDetail(random, ctx.person)}`.trim());
  }
  at = reply(ctx, at, topicReply(ctx, topic, variant, english));
  if (!random.chance(0.38)) return;
  const r = random.next();
  if (r < 0.45) customer(ctx, at, random.pick(FOLLOW_UPS.thanks));
  else if (r < 0.65) customer(ctx, at, random.pick(FOLLOW_UPS.solved));
  else {
    at = customer(ctx, at, messUp(random.pick(FOLLOW_UPS.stillBroken), random));
    if (random.chance(0.6)) {
      reply(
        ctx,
        at,
        channel === 'x' || channel === 'facebook'
          ? 'Dat is balen. Stuur je ons een DM met je klantnummer? Dan zoeken we het verder voor je uit.'
          : 'Dat is balen. Ik heb een melding voor je aangemaakt; een collega neemt binnen 2 werkdagen contact met je op.',
      );
    }
  }
}

function customer(ctx: Context, after: number, text: string): number {
  return push(ctx, after + (2 + Math.floor(ctx.random.next() ** 2 * 180)) * MINUTE, 'in', text, null);
}

function reply(ctx: Context, after: number, body: string): number {
  return push(ctx, replyTime(ctx.random, ctx.conversation.channel, after), 'out', signReply(ctx, body), null);
}

/** CMs answer social and chat in minutes, mail in hours, and nobody answers at night. */
function replyTime(random: Random, channel: Channel, after: number): number {
  const slow = channel === 'email' || channel === 'helpdesk';
  const meanMinutes = slow ? 300 : 25;
  const delay = Math.max(2, -Math.log(1 - random.next()) * meanMinutes);
  let at = after + Math.min(delay, 1800) * MINUTE;
  const { hour } = amsterdamParts(at);
  if (hour >= 22 || hour < 8) {
    const hoursUntilEight = hour >= 22 ? 24 - hour + 8 : 8 - hour;
    at += hoursUntilEight * 60 * MINUTE + random.int(90) * MINUTE;
  }
  return at;
}

function signReply(ctx: Context, body: string): string {
  const { random, agent } = ctx;
  const named = body.replace(/^Hoi([!,])/, (_match, mark: string) =>
    random.chance(0.4) && ctx.conversation.channel !== 'x' ? `Hoi ${ctx.person.first}${mark}` : `Hoi${mark}`,
  );
  switch (ctx.conversation.channel) {
    case 'x':
      return `${random.chance(0.6) ? `${ctx.author} ` : ''}${named} ^${agent}`;
    case 'facebook':
      return `${named} Groet, ${agent}`;
    case 'email':
      return `Beste ${fullName(ctx.person)},\n\n${upperFirst(named.replace(/^Hoi[^!,]*[!,] ?/, ''))}\n\nMet vriendelijke groet,\n\n${agent}\nKlantenservice ${COMPANY.name}`;
    case 'helpdesk':
      return `${named}\n\nGroet,\n${agent} (${COMPANY.name})`;
    default:
      return named;
  }
}

function links(topic: Topic): string {
  return `${COMPANY.serviceUrl}/${topic.path}`;
}

function topicReply(ctx: Context, topic: Topic, variant: string, english: boolean): string {
  const values = { ...amountSlots(ctx.random), link: links(topic) };
  if (english) return `Hi! Thanks for your message. You will find the answer here: ${links(topic)}. Need more help? Send us a DM.`;
  if (variant === 'outage') return render(topic.replies[1] ?? topic.replies[0] ?? '', ctx.random, { ...SLOTS, stad: ['Utrecht'] }, values);
  if (topic.key === 'internet-storing') return render(topic.replies[0] ?? '', ctx.random, SLOTS, values);
  return render(ctx.random.pick(topic.replies), ctx.random, SLOTS, values);
}

function questionText(ctx: Context, topic: Topic, variant: string, english: boolean): string {
  const { random } = ctx;
  const channel = ctx.conversation.channel;
  const values = amountSlots(random);
  if (english) return withChannelFrame(ctx, render(random.pick(topic.en), random, SLOTS, values), topic.key, false);
  const core = render(random.pick(variant === 'broadcast' ? BROADCAST_QUESTIONS : topic.nl), random, SLOTS, values);
  const sentences = [core];
  if (random.chance(0.2) && topic.context.length > 0) {
    const extra = render(random.pick(topic.context), random, SLOTS, values);
    if (random.chance(0.5)) sentences.unshift(extra);
    else sentences.push(extra);
  }
  const chatty = channel === 'email' || channel === 'helpdesk';
  if (random.chance(chatty ? 0.3 : 0.12)) {
    const opener = random.pick(OPENERS);
    // A mail already starts with a salutation; a second greeting reads as generated.
    if (channel !== 'email' || !/^(Hallo|Goedemorgen)/.test(opener)) sentences.unshift(opener);
  }
  if (random.chance(chatty ? 0.35 : 0.12)) sentences.push(random.pick(CLOSERS));
  let body = sentences.join(' ');
  if (random.chance(chatty ? 0.15 : 0.4)) body = messUp(body, random);
  return withChannelFrame(ctx, body, topic.key, true);
}

/** Greeting, personal data and sign-off as each channel tends to have them. */
function withChannelFrame(ctx: Context, body: string, topicKey: string, dutch: boolean): string {
  const { random, person } = ctx;
  const channel = ctx.conversation.channel;
  let text = body;
  if (dutch && random.chance(PERSONAL_DATA_CHANCE[channel])) text += ` ${personalDataFor(ctx, topicKey)}`;
  switch (channel) {
    case 'x':
      return random.chance(0.85) ? `${COMPANY.xHandle} ${text}` : `${text} ${COMPANY.xHandle}`;
    case 'email': {
      const greeting = dutch ? random.pick(['Beste Veldlicht,', 'Geachte heer/mevrouw,', 'Hallo,', 'Beste klantenservice,']) : 'Dear Veldlicht,';
      const closing = dutch ? random.pick(['Met vriendelijke groet,', 'Groet,', 'Mvg,', 'Vriendelijke groeten,']) : 'Kind regards,';
      return `${greeting}\n\n${text}\n\n${closing}\n${random.chance(0.7) ? fullName(person) : person.first}`;
    }
    case 'facebook':
    case 'whatsapp':
    case 'helpdesk': {
      const greet = random.next();
      if (greet < 0.06) text = `Hoi ${random.pick(CARE_AGENTS)}, ${lowerFirst(text)}`;
      else if (greet < 0.3) text = `${random.pick(['Hallo,', 'Hoi,', 'Goedemiddag,', 'Hoi Veldlicht,'])} ${lowerFirst(text)}`;
      if (random.chance(channel === 'helpdesk' ? 0.45 : 0.1)) text += `${channel === 'helpdesk' ? '\n\n' : ' '}Groet, ${person.first}`;
      return text;
    }
    default:
      return text;
  }
}

function personalDataFor(ctx: Context, topicKey: string): string {
  const { random, person } = ctx;
  if (topicKey === 'e-mailadres-wijzigen') return `Mijn nieuwe adres is ${person.email}.`;
  if (topicKey === 'rekeningnummer-wijzigen') return `Mijn nieuwe rekening is ${iban(random)}.`;
  return personalDetail(random, person);
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

function outageCopy(ctx: Context): string {
  const { random } = ctx;
  const handle = ctx.conversation.channel === 'x' ? COMPANY.xHandle : '';
  const text = render(random.pick(OUTAGE_COPIES), random, { ...SLOTS, stad: ['Utrecht', 'Utrecht', 'Amersfoort', 'Zeist'] }, { handle });
  return random.chance(0.2) ? `${text}${random.pick(['!!', ' 😡', ' !!!', ' pff'])}` : text;
}
