import { describe, expect, it } from 'vitest';
import { MAX_REPLY_LENGTH } from '#core/replies.ts';
import { REPLY_BUDGET, clusterTitle, questionTitle, replyFrom, slugify } from '#lib/draft/index.ts';
import { guessCategory, tagsFor } from '#lib/draft/wording.ts';
import { countTweetLength } from '#core/tweet-length.ts';

describe('questionTitle', () => {
  it.each([
    [
      'drops greeting and handle',
      'Hoi @VoorbeeldNL, mijn pakket is al 3 dagen onderweg. Waar blijft het nou?',
      'Mijn pakket is al 3 dagen onderweg, waar blijft het nou?',
    ],
    ['drops a context sentence the question does not need', 'Mijn pakket is al 3 dagen onderweg. Waar blijft mijn pakket nou?', 'Waar blijft mijn pakket nou?'],
    ['drops scrub placeholders', 'Goedemorgen, ik ben [naam] waarom is mijn factuur hoger', 'Ik ben waarom is mijn factuur hoger?'],
    ['lower-cases shouted text', 'WAAROM WERKT MIJN INTERNET NIET', 'Waarom werkt mijn internet niet?'],
    ['replaces trailing punctuation by one question mark', 'kan ik mijn abonnement opzeggen???!!', 'Kan ik mijn abonnement opzeggen?'],
    ['drops links and emoji', 'Hoe log ik in op https://x.nl/app 😡', 'Hoe log ik in op?'],
    [
      'keeps the context of a question that does not say what it is about',
      'Internet ligt er weer uit. Wanneer is het opgelost?',
      'Internet ligt er weer uit, wanneer is het opgelost?',
    ],
    [
      'without a question, takes the sentence that says the most',
      'Hallo, ik heb een vraag. Ik heb mijn factuur van november niet ontvangen.',
      'Ik heb mijn factuur van november niet ontvangen?',
    ],
    ['drops a formal greeting', 'Geachte heer/mevrouw, hoe verander ik mijn wachtwoord?', 'Hoe verander ik mijn wachtwoord?'],
  ])('%s', (_name, label, expected) => {
    expect(questionTitle(label, [], 'nl')).toBe(expected);
  });

  it('keeps titles within the limit, cut at a word and marked as cut', () => {
    const title = questionTitle('Waarom duurt het zo ontzettend lang voordat mijn terugbetaling voor de geretourneerde bestelling binnen is', [], 'nl', 60);
    expect(title.length).toBeLessThanOrEqual(60);
    expect(title).toBe('Waarom duurt het zo ontzettend lang voordat…?');
  });

  it('falls back to the keywords when nothing of the label is left', () => {
    expect(questionTitle('@a [naam] 👍', ['retour', 'label'], 'nl')).toBe('Vraag over retour, label?');
    expect(questionTitle('[naam]', ['refund'], 'en')).toBe('Question about refund?');
  });
});

describe('clusterTitle', () => {
  const long = 'Waarom duurt het zo ontzettend lang voordat mijn terugbetaling voor de geretourneerde bestelling op mijn rekening staat';
  const examples = (...texts: string[]) => texts.map((text) => ({ text, similarity: 0.8 }));

  it('is the label as a question when it fits', () => {
    expect(clusterTitle({ label: 'Waar blijft mijn terugbetaling?', keywords: [], examples: examples('Wanneer krijg ik mijn geld terug?') }, 'nl')).toBe(
      'Waar blijft mijn terugbetaling?',
    );
  });

  it('takes the most central example that fits whole rather than cutting the label mid-sentence', () => {
    const cluster = {
      label: long,
      keywords: [],
      examples: examples(long, 'Ok?', 'Wanneer krijg ik mijn geld terug van mijn retour?', 'Waar blijft mijn terugbetaling?'),
    };
    expect(clusterTitle(cluster, 'nl')).toBe('Wanneer krijg ik mijn geld terug van mijn retour?');
  });

  it('cuts the label only when no question fits', () => {
    expect(clusterTitle({ label: long, keywords: [], examples: examples(long) }, 'nl', 60)).toBe(questionTitle(long, [], 'nl', 60));
  });
});

describe('replyFrom', () => {
  it('removes handles, greeting with placeholder and the CM signature', () => {
    expect(replyFrom('@klant Hoi [naam], je kunt retourneren via je account. ^JB')).toBe('Je kunt retourneren via je account.');
  });

  it('leaves room for the article link as X counts it, cutting at a sentence', () => {
    const long = `Dat klopt. ${'Je bestelling wordt in delen verstuurd en elk deel heeft een eigen track-and-trace. '.repeat(4)}Kijk ook op https://hulp.example.nl/retour/een/heel/lang/pad/dat/niet/meetelt.`;
    const reply = replyFrom(long);
    expect(countTweetLength(reply)).toBeLessThanOrEqual(REPLY_BUDGET);
    expect(countTweetLength(`${reply} https://hulp.example.nl/k/abcd23`)).toBeLessThanOrEqual(MAX_REPLY_LENGTH);
    expect(reply).toMatch(/\.$/u);
  });

  it('counts every link as 23 characters however long it is', () => {
    const link = `https://hulp.example.nl/${'a'.repeat(300)}`;
    expect(replyFrom(`Zie ${link}`)).toBe(`Zie ${link}`);
  });

  it('never cuts a sentence: when not even the first fits, the editor writes the reply', () => {
    expect(replyFrom(`Dit ${'heel '.repeat(80)}lange antwoord.`)).toBe('');
  });

  it.each([
    ['Fijn dat het geregeld is! ^Daan', 'Fijn dat het geregeld is!'],
    [
      'Kijk dan op https://www.veldlicht.example/service/storingen. Met vriendelijke groet, Noor | Veldlicht',
      'Kijk dan op https://www.veldlicht.example/service/storingen.',
    ],
    ['Hoi [naam], zet je modem 30 seconden uit. Groet, Jeroen', 'Zet je modem 30 seconden uit.'],
    ['Stuur je ordernummer [ordernummer] via DM, dan kijken we mee. ^[naam]', 'Stuur je ordernummer [ordernummer] via DM, dan kijken we mee.'],
    ['Hi! Please send us a DM with your order number. Kind regards, Sam', 'Please send us a DM with your order number.'],
    ['Stuur het retournummer - dan kijken we', 'Stuur het retournummer - dan kijken we'],
  ])('ends whole, without the sign-off, keeping slots as placeholders: %j', (answer, reply) => {
    expect(replyFrom(answer)).toBe(reply);
  });
});

describe('guessCategory', () => {
  const cluster = (label: string, keywords: string[] = []) => ({ label, keywords, examples: [] });
  it.each([
    ['Waar blijft mijn pakket?', 'Bezorging'],
    ['Hoe kan ik mijn bestelling retourneren?', 'Retourneren'],
    ['Waarom is mijn factuur hoger?', 'Facturen & betalen'],
    ['Hoe zeg ik mijn abonnement op?', 'Abonnement'],
    ['Is er een storing in Utrecht?', 'Storingen'],
    ['Ik kan niet inloggen in de app', 'Account & app'],
    ['Hebben jullie een vacature?', 'Overig'],
  ])('%s → %s', (label, category) => {
    expect(guessCategory(cluster(label), 'nl')).toBe(category);
  });

  it('uses English names for English clusters', () => {
    expect(guessCategory(cluster('Where is my parcel?'), 'en')).toBe('Delivery');
  });
});

describe('tagsFor and slugify', () => {
  it('writes stemmed keywords as the words customers used', () => {
    expect(tagsFor({ label: 'Mijn bestelling is niet bezorgd', keywords: ['bezorg', 'bestell', 'de'], examples: [] })).toEqual(['bezorgd', 'bestelling']);
  });

  it('makes URL-safe slugs', () => {
    expect(slugify('Wat kost één retour­zending naar België?')).toBe('wat-kost-een-retourzending-naar-belgie');
    expect(slugify('{}<>?')).toBe('vraag');
  });
});
