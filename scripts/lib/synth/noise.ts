// Messages that are not questions: thanks, praise, rants, spam, retweets. The miner must drop them.
import type { Random } from './random.ts';

const THANKS = [
  'bedankt!',
  'Dank je!',
  'Top, thanks',
  '👍',
  '🙏',
  'Super, dankjewel!',
  'ok',
  'Oké, duidelijk.',
  'thx',
  'Dank!',
  'Fijn, bedankt voor de snelle reactie',
  '👍👍',
];
const PRAISE = [
  'Complimenten aan {agent}, wat een fijne hulp!',
  'Eindelijk een bedrijf dat gewoon snel antwoord geeft. Top!',
  'Wat een snelle service via WhatsApp, echt chapeau 👏',
  'Al 5 jaar klant en nog steeds tevreden 💚',
  'Monteur was super vriendelijk vandaag, dank jullie wel!',
];
const RANTS = [
  'Slechtste energieleverancier ooit.',
  'Nooit meer Veldlicht. Echt nooit meer.',
  'Weer geen internet. Wat een bende. 😡',
  'Jullie zijn echt onbereikbaar, schandalig.',
  'pff',
  '😡😡😡',
];
const SPAM = [
  'Verdien €500 per dag vanuit huis 👉 https://snel-rijk-thuis.example/start',
  'Gefeliciteerd! Je hebt een cadeaukaart gewonnen. Claim hem hier: https://prijs-claimen.example/nl',
  'Wil jij meer volgers? DM ons voor de beste deal 🔥🔥',
  'Crypto tip van de dag: https://munt-raket.example 🚀',
];
const RETWEETS = [
  'RT {company}: Storing in de regio Utrecht is opgelost. Merk je nog iets? Zet je modem even uit en aan.',
  'RT {company}: Nieuw in de app: je termijnbedrag zelf aanpassen. Zo werkt het 👇',
  'RT {company}: We zijn vandaag tot 22.00 uur bereikbaar via WhatsApp.',
];
const OFF_TOPIC = ['Wie kijkt er ook naar de wedstrijd vanavond?', 'test', 'Hallo', 'Goedemorgen allemaal ☀️', 'Ik zag jullie reclame op tv, leuk gedaan haha'];

export type NoiseKind = 'thanks' | 'praise' | 'rant' | 'spam' | 'retweet' | 'off-topic';

const KINDS: ReadonlyArray<readonly [NoiseKind, number]> = [
  ['thanks', 0.2],
  ['praise', 0.14],
  ['rant', 0.24],
  ['spam', 0.12],
  ['retweet', 0.15],
  ['off-topic', 0.15],
];

export function pickNoiseKind(random: Random): NoiseKind {
  let r = random.next();
  for (const [kind, share] of KINDS) {
    if (r < share) return kind;
    r -= share;
  }
  return 'rant';
}

export function noiseText(kind: NoiseKind, random: Random, values: { company: string; agent: string }): string {
  const fill = (text: string): string => text.replace('{company}', values.company).replace('{agent}', values.agent);
  switch (kind) {
    case 'thanks':
      return random.pick(THANKS);
    case 'praise':
      return fill(random.pick(PRAISE));
    case 'rant':
      return random.pick(RANTS);
    case 'spam':
      return random.pick(SPAM);
    case 'retweet':
      return fill(random.pick(RETWEETS));
    case 'off-topic':
      return random.pick(OFF_TOPIC);
  }
}

/** What customers answer after a CM reply. */
export const FOLLOW_UPS = {
  thanks: THANKS,
  stillBroken: [
    'Heb ik al gedaan, werkt nog steeds niet.',
    'Nee, dat helpt niet.',
    'Dat heb ik al geprobeerd. Nu?',
    'Staat niks op die pagina over mijn situatie.',
    'Nog steeds niks...',
    'En nu? Ik heb echt alles al geprobeerd.',
  ],
  solved: ['Werkt weer, dank!', 'Gelukt, thanks!', 'Het is gelukt 👍', 'Ah, gevonden. Dank je!'],
} as const;
