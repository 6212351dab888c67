// Titles on real text (issue 25): what real exports (@AmazonHelp tweets, Dutch webcare) made the
// title rules let through, and the titles an editor keeps that must stay accepted.
import { describe, expect, it } from 'vitest';
import { planDrafts } from '#lib/draft/index.ts';
import { statementProblems, titleProblems } from '#lib/draft/title-rules.ts';
import { CENTRAL_SHARE, clusterTitle } from '#lib/draft/wording.ts';
import { makeCluster, makeMining } from '#tests/fixtures/draft/clusters.ts';

const knowledge = { isPlace: () => false, isKnownWord: () => true };

describe('titles an editor keeps stay accepted', () => {
  it.each([
    'Waar blijft mijn pakket?',
    'Hoe vraag ik een betalingsregeling aan?',
    'Wanneer krijg ik mijn geld terug?',
    'Hoe kan ik mijn bestelling annuleren?',
    'Waarom hebben jullie twee keer geïncasseerd?',
    'Ik ben mijn wachtwoord vergeten, hoe reset ik dat?',
    'Verkopen jullie ook cadeaubonnen?',
    'Klopt het dat mijn termijnbedrag omhoog gaat?',
    'Kan ik zien dat mijn pakket onderweg is?',
    'Is er een storing bij mij in de buurt?',
    'Hoeveel eigen risico heb ik dit jaar nog?',
    'Zorgpas kwijt, hoe krijg ik een nieuwe?',
    'Machtiging aanvragen voor IVF, waar doe ik dat?',
    'Kan ik het verschil terugkrijgen?',
    'Is het mogelijk om mijn bezorgadres te wijzigen?',
    'Wordt een pruik vergoed als je haar uitvalt?',
    'Wat zijn de kosten van een vervangende pas?',
    'Is het eigen risico omhoog gegaan?',
    'Zijn er kosten die ik zelf moet betalen?',
    'Hoe zeg ik mijn abonnement op?',
    'Is mijn pakket later dan verwacht?',
    'Waar wacht mijn retour nog op?',
  ])('nl: %j', (title) => {
    expect(titleProblems(title, 'nl', knowledge)).toEqual([]);
  });

  it.each([
    'Where is my refund?',
    'How do I cancel my Prime membership?',
    'How do I top up my card?',
    'My card was declined, what can I do?',
    'Is it possible to change my delivery address?',
    'How long does it take for a refund to arrive?',
    'What time do you deliver until?',
    'What is the Prime fee for?',
    'Is there an app that tracks my parcels?',
    'Can I return an item without the original box?',
    'What if my parcel is lost?',
    'Which carrier delivers my order this week?',
    'Why is my Kindle app crashing?',
    'Why does my Echo keep buffering?',
    'Why is Prime Video not working?',
    'How do I stop my Kindle from updating?',
    'Can I get free shipping?',
  ])('en: %j', (title) => {
    expect(titleProblems(title, 'en', knowledge)).toEqual([]);
  });
});

describe('titles real text produced are refused, naming the rule', () => {
  it.each([
    // Words that point back at something the title does not name.
    ['nl', 'Zijn er dan extra kosten?', 'dangling-pronoun'],
    ['nl', 'Moet ik dan al betalen?', 'dangling-pronoun'],
    ['nl', 'Hoe krijg ik dat geld terug?', 'dangling-pronoun'],
    ['nl', 'Wanneer staat dat op mn rekening?', 'dangling-pronoun'],
    ['nl', 'Kan ik voor haar opzeggen bij jullie?', 'dangling-pronoun'],
    ['nl', 'Wat moet ik met zijn zorgverzekering doen?', 'dangling-pronoun'],
    ['nl', 'Betalen jullie de tandarts hier?', 'dangling-pronoun'],
    ['nl', 'Wordt een echo daar vergoed?', 'dangling-pronoun'],
    ['nl', 'Moet ik daarvoor een machtiging aanvragen?', 'dangling-pronoun'],
    ['nl', 'Kan ik die nieuwe prijs nog krijgen?', 'dangling-pronoun'],
    ['nl', 'Hoe krijg ik het terug?', 'dangling-pronoun'],
    ['nl', 'Kan het nog naar mijn nieuwe adres?', 'dangling-pronoun'],
    ['nl', 'Waar kan ik dat doen?', 'dangling-pronoun'],
    ['en', 'How do we add her to our health insurance?', 'dangling-pronoun'],
    ['en', 'Is this the exact product?', 'dangling-pronoun'],
    ['en', 'What did that guarantee get me?', 'dangling-pronoun'],
    ['en', 'Will my order arrive then?', 'dangling-pronoun'],
    ['en', 'Can they deliver on Sunday?', 'dangling-pronoun'],
    // A statement with "what can I do?" glued on.
    ['nl', 'Sorry voor de lange vraag: wat kan ik doen?', 'rhetorical'],
    ['en', 'Sigh, I order like: what can I do?', 'rhetorical'],
    ['en', 'Thnku so much for this beautiful experience: what can I do?', 'rhetorical'],
    ['en', "But I don't shop: what can I do?", 'fragment'],
    ['en', 'My Kindle Paperwhite (bought: what can I do?', 'fragment'],
    // Cut-off clauses and run-ons.
    ['en', 'Why when I call customer service to get?', 'fragment'],
    ['nl', 'Waarom als ik bel om te?', 'fragment'],
    ['en', 'Why does Alexa have trouble "playing the music" on?', 'fragment'],
    ['en', 'When things get weird with?', 'fragment'],
    ['en', 'Does not understand what the word guaranteed means?', 'fragment'],
    ['en', 'Why my account is locked?', 'fragment'],
    ['en', 'What i ordered vs what i received?', 'fragment'],
    ['en', 'And - Where is my package?', 'fragment'],
    ['en', 'As you have not replied, could you?', 'fragment'],
    ['en', 'How do I track an Amazon Logistics package starting?', 'fragment'],
    ['en', 'Where is my order..Very slow delivery service?', 'fragment'],
    ['en', 'I cancelled my prime membership and was still charged?', 'statement'],
    // An adjective standing for a noun said before.
    ['nl', 'Betalen jullie een nieuwe?', 'dangling-pronoun'],
    ['nl', 'Kan ik ook een goedkopere?', 'dangling-pronoun'],
    ['en', 'Can you send me a new one?', 'dangling-pronoun'],
    // Rhetorical or no content.
    ['en', 'Are you serious?', 'rhetorical'],
    ['en', 'Is this a joke?', 'rhetorical'],
    ['en', 'Has the worst customer service ever?', 'rhetorical'],
    ['en', "What's the point of Prime if my parcels are late?", 'rhetorical'],
    ['en', 'Yo, where is my package?', 'rhetorical'],
    ['nl', 'Echt waar?', 'vague'],
    ['nl', 'Wat is dit nou?', 'vague'],
    // What a scrubbed value leaves behind.
    ['en', 'Can you please verify order # or cancel my order?', 'placeholder'],
    ['en', 'Can you tell me when my refund for order no arrives?', 'placeholder'],
  ] as const)('%s: %j (%s)', (lang, title, problem) => {
    expect(titleProblems(title, lang, knowledge)).toContain(problem);
  });
});

describe('statementProblems: which statements may become "…: wat kan ik doen?"', () => {
  it.each([
    ['nl', 'Ik heb de verkeerde kleur ontvangen'],
    ['nl', 'Mijn pakket is nog niet bezorgd'],
    ['nl', 'Ik krijg steeds een foutmelding bij het inloggen'],
    ['en', 'My parcel arrived damaged'],
    ['en', "I still haven't received my book"],
    ['en', 'I can’t delete magazines from my Kindle'],
    ['en', "I'm locked out of my account"],
    ['en', 'The app keeps crashing, I tried reinstalling it'],
  ] as const)('%s: %j names a problem', (lang, statement) => {
    expect(statementProblems(statement, lang)).toEqual([]);
  });

  it.each([
    ['en', 'Sigh, I order like', 'fragment'],
    ['en', "But I don't shop", 'fragment'],
    ['en', 'My Kindle Paperwhite (bought', 'fragment'],
    ['en', 'Thnku so much for this beautiful experience', 'feeling'],
    ['en', 'Sigh, my parcel never arrived', 'feeling'],
    ['en', 'Very poor service provided', 'feeling'],
    ['en', 'Delivery was fine with FedEx and USPS', 'feeling'],
    ['en', 'I received my kindle yesterday', 'not-a-problem'],
    ['en', "I've never had a problem with my orders", 'not-a-problem'],
    ['en', 'Another day of this nonsense', 'no-verb'],
    ['en', 'Please update me on my order', 'request'],
    ['en', 'Tried wifi and cell, still getting the error', 'fragment'],
    ['en', '"Parcel was handed to resident" -- wasn\'t me', 'fragment'],
    ['en', 'Was charged twice for one order', 'fragment'],
    ['nl', 'Sorry voor de lange vraag', 'feeling'],
    ['nl', 'Bedankt voor de snelle levering', 'feeling'],
    ['nl', 'Maar ik heb niks besteld', 'fragment'],
    ['nl', 'Ik heb gisteren een bestelling geplaatst', 'not-a-problem'],
  ] as const)('%s: %j is no problem to ask about (%s)', (lang, statement, problem) => {
    expect(statementProblems(statement, lang)).toContain(problem);
  });
});

describe('clusterTitle on real text', () => {
  const cluster = (label: string, keywords: string[], examples: [string, number][]) => ({
    label,
    keywords,
    examples: examples.map(([text, similarity]) => ({ text, similarity })),
  });

  it('takes the most central question that passes, not the first example', () => {
    const title = clusterTitle(
      cluster(
        'Pakket kwijt',
        ['pakket'],
        [
          ['Pakket kwijt', 0.9],
          ['Kan ik mijn pakket laten ophalen bij een afhaalpunt?', 0.7],
          ['Waar blijft mijn pakket?', 0.85],
        ],
      ),
      'nl',
      60,
      knowledge,
    );
    expect(title).toBe('Waar blijft mijn pakket?');
  });

  it(`never takes an outlier: a question below ${CENTRAL_SHARE} of the best example's similarity`, () => {
    const examples: [string, number][] = [
      ['Mijn retour is nog steeds niet verwerkt, al drie weken, echt belachelijk dit', 0.8],
      ['Wanneer wordt mijn retour verwerkt?', CENTRAL_SHARE * 0.8 - 0.01],
    ];
    expect(clusterTitle(cluster(examples[0]![0], ['retour'], examples), 'nl', 60, knowledge)).not.toBe('Wanneer wordt mijn retour verwerkt?');
    examples[1]![1] = CENTRAL_SHARE * 0.8 + 0.01;
    expect(clusterTitle(cluster(examples[0]![0], ['retour'], examples), 'nl', 60, knowledge)).toBe('Wanneer wordt mijn retour verwerkt?');
  });

  it('names the subject: a rhetorical question or one about something else is no title', () => {
    const title = clusterTitle(
      cluster(
        'Are you serious?',
        ['refund'],
        [
          ['Are you serious?', 0.9],
          ['Where is my refund?', 0.85],
        ],
      ),
      'en',
      60,
      knowledge,
    );
    expect(title).toBe('Where is my refund?');
    const off = cluster(
      'Hoe laat sluiten jullie?',
      ['retour'],
      [
        ['Hoe laat sluiten jullie?', 0.9],
        ['Hoe stuur ik een retour terug?', 0.8],
      ],
    );
    expect(clusterTitle(off, 'nl', 60, knowledge)).toBe('Hoe stuur ik een retour terug?');
  });

  it.each([
    ['en', 'Sigh, I order like.', ['order']],
    ['en', "But I don't shop.", ['shop']],
    ['en', 'Thnku so much for this beautiful experience.', ['experience']],
    ['en', 'My Kindle Paperwhite (bought', ['kindle']],
    ['nl', 'Sorry voor de lange vraag.', ['vraag']],
    ['nl', 'Helemaal klaar met jullie slechte service.', ['service']],
  ] as const)('%s: never glues "what can I do?" to a complaint or fragment: %j', (lang, text, keywords) => {
    const title = clusterTitle(cluster(text, [...keywords], [[text, 0.9]]), lang, 60, knowledge);
    expect(title).not.toMatch(/(?:what can I do|wat kan ik doen)\?$/u);
    expect(titleProblems(title, lang, knowledge)).not.toEqual([]);
  });

  it('asks what to do only about a statement that names the subject', () => {
    const text = 'Mijn pakket is nog niet bezorgd.';
    expect(clusterTitle(cluster(text, ['pakket'], [[text, 0.9]]), 'nl', 60, knowledge)).toBe('Mijn pakket is nog niet bezorgd: wat kan ik doen?');
    expect(clusterTitle(cluster(text, ['factuur'], [[text, 0.9]]), 'nl', 60, knowledge)).not.toMatch(/wat kan ik doen\?$/u);
  });

  it('drops the preposition of a removed amount ("mijn tv van € 49" → "mijn tv")', () => {
    const text = 'Wordt mijn tv van € 49 nog geleverd?';
    expect(clusterTitle(cluster(text, ['tv'], [[text, 0.9]]), 'nl', 60, knowledge)).toBe('Wordt mijn tv nog geleverd?');
  });

  it('never shortens a modal question to one without its verb ("Kan het maandbedrag voortaan?")', () => {
    const text = 'Kan het maandbedrag voortaan van de gezamenlijke bankrekening af?';
    expect(clusterTitle(cluster(text, ['maandbedrag'], [[text, 0.9]]), 'nl', 60, knowledge)).not.toBe('Kan het maandbedrag voortaan?');
    const withVerb = 'Kan ik mijn zorgpas toevoegen aan Google Wallet?';
    expect(clusterTitle(cluster(withVerb, ['zorgpas'], [[withVerb, 0.9]]), 'nl', 60, knowledge)).toBe(withVerb);
  });

  it('never shortens away the end of a clause it opened ("…als ik midden in een behandeling zit")', () => {
    const text = 'Kan ik naar een andere zorgverzekeraar als ik midden in een behandeling zit?';
    expect(clusterTitle(cluster(text, ['zorgverzekeraar'], [[text, 0.9]]), 'nl', 60, knowledge)).not.toBe(
      'Kan ik naar een andere zorgverzekeraar als ik midden?',
    );
  });
});

describe('a group without a question that passes needs a look', () => {
  it.each([
    ['en', 'Are you serious?', ['Is this a joke?', 'Sigh, I order like.', 'Thnku so much for this beautiful experience.'], ['order', 'experience']],
    [
      'nl',
      'Moet ik dan al betalen?',
      ['Sorry voor de lange vraag.', 'Hoe krijg ik dat terug?', 'Kan ik voor haar opzeggen bij jullie?'],
      ['betalen', 'opzeggen'],
    ],
  ] as const)('%s: %j', (lang, label, texts, keywords) => {
    const group = makeCluster({
      id: `c-${lang}`,
      lang,
      label,
      keywords: [...keywords],
      examples: [label, ...texts].map((text) => ({ text, similarity: 0.8 })),
      size: 12,
      authors: 8,
    });
    const plan = planDrafts({
      mining: makeMining([group]),
      faqFiles: [],
      otherShortIds: [],
      registry: new Map(),
      options: { minQuestions: 5, minAuthors: 3, clustersFile: 'work/clusters.json', titleKnowledge: {} },
    });
    expect(plan.outcomes[0]).toMatchObject({ kind: 'needs-look', reasons: ['no-clear-question'] });
    expect(plan.writes).toEqual([]);
  });
});
