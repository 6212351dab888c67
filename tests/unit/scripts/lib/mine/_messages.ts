// Small hand-written webcare threads for the mine tests: three recurring questions, each asked
// in several wordings, with company replies, plus noise.
import type { Message } from '#core/message.ts';

export const TOPICS = {
  meter: [
    'Hoe geef ik mijn meterstanden door?',
    'Waar kan ik de meterstand doorgeven?',
    'Ik wil mijn meterstanden doorgeven, hoe werkt dat?',
    'Meterstand doorgeven lukt niet in de app',
    'Hoe kan ik de meterstanden doorgeven voor mijn jaarafrekening?',
    'Waar geef ik de meterstand van mijn gasmeter door?',
    'Moet ik de meterstanden zelf doorgeven?',
    'Hoe geef ik meterstanden door na een verhuizing?',
  ],
  termijn: [
    'Hoe kan ik mijn termijnbedrag aanpassen?',
    'Kan ik het termijnbedrag verlagen?',
    'Mijn termijnbedrag is te hoog, kan dat omlaag?',
    'Waar pas ik mijn maandelijkse termijnbedrag aan?',
    'Ik wil mijn termijnbedrag verhogen om naheffing te voorkomen',
    'Waarom is mijn termijnbedrag verhoogd?',
    'Termijnbedrag aanpassen in de app lukt niet',
    'Hoe verander ik het termijnbedrag van mijn energiecontract?',
  ],
  storing: [
    'Is er een stroomstoring in Utrecht?',
    'Hebben jullie een storing? Ik heb geen stroom',
    'Stroomstoring in mijn straat, weten jullie wat er aan de hand is?',
    'Al twee uur geen stroom, is er een storing?',
    'Wanneer is de stroomstoring opgelost?',
    'Storing in de wijk, geen stroom meer sinds vanochtend',
    'Is de stroomstoring in Amersfoort al bekend?',
    'Waarom valt de stroom steeds uit? Is er een storing?',
  ],
} as const;

export const ANSWERS: Record<keyof typeof TOPICS, string> = {
  meter: 'Je geeft je meterstanden door in de app onder Mijn Veldlicht, daarna zie je ze direct terug.',
  termijn: 'Je past je termijnbedrag aan in de app bij Mijn contract, de wijziging gaat de volgende maand in.',
  storing: 'Er is een stroomstoring in je regio, onze monteurs zijn bezig en verwachten het binnen twee uur op te lossen.',
};

export const NOISE = ['Bedankt voor de snelle hulp!', 'Jullie zijn toppers', '😡😡', 'RT @VeldlichtNL: storing opgelost', 'https://t.co/abc'];

/** Messages for every topic question (asked `repeat` times by different customers) with replies. */
export function buildMessages(options: { topics?: (keyof typeof TOPICS)[]; repeat?: number; startDay?: number; prefix?: string } = {}): Message[] {
  const { topics = ['meter', 'termijn', 'storing'], repeat = 1, startDay = 0, prefix = 'a' } = options;
  const messages: Message[] = [];
  let day = startDay;
  for (let r = 0; r < repeat; r++) {
    for (const topic of topics) {
      TOPICS[topic].forEach((question, i) => {
        const id = `${prefix}${r}-${topic}-${i}`;
        const conversationId = `c-${id}`;
        const createdAt = new Date(Date.UTC(2026, 8, 1 + (day++ % 70), 9, i)).toISOString();
        messages.push({
          id,
          conversationId,
          inReplyTo: null,
          channel: i % 2 ? 'x' : 'whatsapp',
          direction: 'in',
          author: `klant-${prefix}-${r}-${i}`,
          createdAt,
          lang: 'nl',
          text: question,
        });
        const replyText = i === 0 ? 'Stuur ons een DM met je klantnummer, dan kijken we mee.' : ANSWERS[topic];
        // Half the replies link explicitly; the rest are only in the same conversation.
        messages.push({
          id: `${id}-r`,
          conversationId,
          inReplyTo: i % 2 ? id : null,
          channel: 'x',
          direction: 'out',
          author: 'veldlicht',
          createdAt: createdAt.replace(/:00\.000Z$/u, ':30.000Z'),
          lang: 'nl',
          text: replyText,
        });
      });
    }
  }
  NOISE.forEach((text, i) => {
    messages.push({
      id: `${prefix}n${i}`,
      conversationId: `cn-${prefix}-${i}`,
      inReplyTo: null,
      channel: 'x',
      direction: 'in',
      author: `ruis-${i}`,
      createdAt: new Date(Date.UTC(2026, 8, 2 + i)).toISOString(),
      lang: 'nl',
      text,
    });
  });
  return messages;
}
