import { describe, expect, it } from 'vitest';
import { isQuestionForm, titleProblems } from '#lib/draft/title-rules.ts';
import { clusterTitle } from '#lib/draft/wording.ts';

const places = new Set(['amersfoort', 'zeist', 'utrecht']);
const knowledge = {
  isPlace: (word: string) => places.has(word.toLowerCase()),
  isKnownWord: (word: string) => !['bestelin', 'miuten', 'uisttel', 'geincasseerd'].includes(word),
};

describe('titleProblems', () => {
  it.each([
    ['Hoe kan ik mijn bestelling annuleren?', 'nl'],
    ['Waarom hebben jullie twee keer geïncasseerd?', 'nl'],
    ['Ik ben mijn wachtwoord vergeten, hoe reset ik dat?', 'nl'],
    ['Verkopen jullie ook cadeaubonnen?', 'nl'],
    ['Klopt het dat mijn termijnbedrag omhoog gaat?', 'nl'],
    ['Mijn pakket is nog niet bezorgd: wat kan ik doen?', 'nl'],
    ['Is er een storing bij mij in de buurt?', 'nl'],
    ['How do I top up my card?', 'en'],
    ['My card was declined, what can I do?', 'en'],
  ] as const)('keeps %j', (title, lang) => {
    expect(titleProblems(title, lang, knowledge)).toEqual([]);
  });

  it.each([
    ['Ik heb de verkeerde kleur ontvangen?', 'nl', 'statement'],
    ['Order annuleren alsjeblieft?', 'nl', 'statement'],
    ['Wat een bende?', 'nl', 'statement'],
    ['Wat gaan jullie doen?', 'nl', 'vague'],
    ['Hoe lang moet ik nog wachten?', 'nl', 'vague'],
    ['Voor welke artikelen is hij dan wel geldig?', 'nl', 'dangling-pronoun'],
    ['Wanneer is het opgelost?', 'nl', 'dangling-pronoun'],
    ['Hoe kom ik erin?', 'nl', 'dangling-pronoun'],
    ['Is er een storing in Amersfoort?', 'nl', 'slot-value'],
    ['Wordt mijn tv van € 49 geleverd?', 'nl', 'slot-value'],
    ['Waar blijft bestelling 40273701?', 'nl', 'slot-value'],
    ['Waar blijft mn bestelin?', 'nl', 'typo'],
    ['Kijk op https:co/g43ZXWFsCf, werkt het?', 'nl', 'url'],
    ['Kan [naam] mijn pakket ophalen?', 'nl', 'placeholder'],
    ['Waarom reageert @Bestelbaar niet op mijn vraag?', 'nl', 'handle'],
    ['Waarom duurt mijn retour zo lang 😡?', 'nl', 'emoji'],
    ['Waarom duurt het verwerken van een retour bij jullie toch altijd zo ontzettend lang?', 'nl', 'too-long'],
    ['Kortingscode werkt niet', 'nl', 'no-question-mark'],
    ['Can you fix it?', 'en', 'dangling-pronoun'],
    ['What is going on?', 'en', 'vague'],
  ] as const)('refuses %j (%s, %s)', (title, lang, problem) => {
    expect(titleProblems(title, lang, knowledge)).toContain(problem);
  });
});

describe('isQuestionForm', () => {
  it.each([
    ['Leveren jullie ook in België?', true],
    ['Levert u ook op zaterdag?', true],
    ['Prijsfout = jullie probleem, niet het mijne', false],
    ['Bedankt jullie', false],
    ['Mijn pakket is nog niet bezorgd; waar blijft het?', true],
  ] as const)('%j → %s', (text, expected) => {
    expect(isQuestionForm(text)).toBe(expected);
  });
});

describe('clusterTitle with the rules', () => {
  const cluster = (label: string, examples: string[], keywords: string[] = []) => ({
    label,
    keywords,
    examples: examples.map((text) => ({ text, similarity: 0.9 })),
  });

  it('takes the first question an editor would keep, skipping slot values, typos and vague ones', () => {
    const vague = clusterTitle(cluster('Hoe lang nog?', ['Waar blijft mn bestelin?', 'Is er een storing in Amersfoort??']), 'nl', 60, knowledge);
    expect(vague).toBe('Is er een storing bij mij in de buurt?');
    expect(
      clusterTitle(
        cluster('Storing in Zeist sinds 14:00, is er een storing?', ['Hoe lang nog?', 'Is er een internetstoring bij jullie?']),
        'nl',
        60,
        knowledge,
      ),
    ).toBe('Is er een internetstoring bij jullie?');
  });

  it('prefers a question that names the subject', () => {
    expect(clusterTitle(cluster('Kunnen jullie even kijken?', ['Mijn kortingscode werkt niet, hoe kan dat?'], ['kortingscode']), 'nl', 60, knowledge)).toBe(
      'Mijn kortingscode werkt niet, hoe kan dat?',
    );
  });

  it("shortens a question by one customer's amount or a trailing phrase when that makes it fit", () => {
    expect(clusterTitle(cluster('Kan ik een betalingsregeling aanvragen voor de jaarafrekening van mijn oude woning?', []), 'nl', 60, knowledge)).toBe(
      'Kan ik een betalingsregeling aanvragen?',
    );
    expect(clusterTitle(cluster('Waarom is er deze maand dubbel €160 afgeschreven?', []), 'nl', 60, knowledge)).toBe(
      'Waarom is er deze maand dubbel afgeschreven?',
    );
  });

  it.each([
    ['nl', 'Terugbetaling bij achteraf betalen: wordt het bedrag op mijn rekening teruggestort?', 'wordt het bedrag?'],
    ['nl', 'Hoe kan ik inloggen als ik niet meer weet met welk e-mailadres ik me heb aangemeld?', 'als ik niet meer weet?'],
    ['nl', 'Kan de factuur naar een ander mailadres, dat van onze crediteurenadministratie?', ', dat?'],
    ['en', 'How do I log in when I no longer know which email address I used for my account?', 'no longer know?'],
  ] as const)('%s: never shortens a question by the phrase that holds its verb or a clause (%s)', (lang, question, broken) => {
    const title = clusterTitle(cluster(question, [question, 'Ok?']), lang, 60, knowledge);
    expect(title.endsWith(broken)).toBe(false);
    // Nothing fits whole: the title is the question cut to fit, marked as cut, and the rules refuse it.
    expect(titleProblems(title, lang, knowledge)).toContain('cut');
  });

  it.each([
    ['nl', 'Product kapot ontvangen. Hoe krijg ik een nieuwe?', ['kapot'], 'Product kapot ontvangen, hoe krijg ik een nieuwe?'],
    ['en', 'Parcel arrived damaged. How do I get a new one?', ['damaged'], 'Parcel arrived damaged, how do I get a new one?'],
  ] as const)('%s: joins a question that leans on the statement before it to that statement', (lang, text, keywords, title) => {
    expect(clusterTitle(cluster(text, [], [...keywords]), lang, 60, knowledge)).toBe(title);
  });

  it.each([
    [
      'nl',
      'Ik heb een beschadigd product ontvangen. Kunnen jullie hem vandaag nog komen ophalen bij mij thuis?',
      'Ik heb een beschadigd product ontvangen: wat kan ik doen?',
    ],
    ['en', 'I received a damaged chair. Can you collect it from my house this week please?', 'I received a damaged chair: what can I do?'],
  ] as const)('%s: asks what to do about the statement when its own question points back and is too long to join', (lang, text, title) => {
    expect(clusterTitle(cluster(text, []), lang, 60, knowledge)).toBe(title);
  });

  it('titles in the language of the article, whatever language an example is in', () => {
    expect(clusterTitle(cluster('Do I need to return my old modem?', ['Moet ik mijn oude modem terugsturen?']), 'nl', 60, knowledge)).toBe(
      'Moet ik mijn oude modem terugsturen?',
    );
  });

  it('turns a statement of a problem into its question by rule, never by appending a question mark', () => {
    expect(clusterTitle(cluster('Ik heb de verkeerde kleur ontvangen.', []), 'nl', 60, knowledge)).toBe(
      'Ik heb de verkeerde kleur ontvangen: wat kan ik doen?',
    );
    expect(clusterTitle(cluster('My parcel arrived damaged.', []), 'en', 60, knowledge)).toBe('My parcel arrived damaged: what can I do?');
  });
});
