// Titles for groups whose every question breaks a title rule as asked (issue 25): the rewrites by
// fixed rules in wording.ts (rewrittenQuestions) that keep a whole question, and the questions that
// must stay refused because a shorter one would be a fragment or would point back.
import { describe, expect, it } from 'vitest';
import { titleProblems } from '#lib/draft/title-rules.ts';
import { clusterTitle } from '#lib/draft/wording.ts';

const places = new Set(['groningen', 'venlo', 'deventer', 'arnhem', 'utrecht', 'gorinchem', 'leeds', 'york']);
const knowledge = { isPlace: (word: string) => places.has(word.toLowerCase()), isKnownWord: () => true };
const cluster = (label: string, keywords: readonly string[], examples: readonly string[] = []) => ({
  label,
  keywords: [...keywords],
  examples: examples.map((text) => ({ text, similarity: 0.9 })),
});

describe('a question that breaks a rule as asked is rewritten by a fixed rule', () => {
  it.each([
    // A trailing alternative after a whole question.
    [
      'Mag ik zelf kiezen naar welk ziekenhuis ik ga, of alleen naar de ziekenhuizen met een contract?',
      ['ziekenhuis'],
      'Mag ik zelf kiezen naar welk ziekenhuis ik ga?',
    ],
    ['Wordt de bestelling uit de foutieve mail nou geleverd ja of nee', ['bestelling'], 'Wordt de bestelling uit de foutieve mail nou geleverd?'],
    // A named care provider and its place are one customer's detail: "mijn ziekenhuis".
    ['Is het Noorderhaven Ziekenhuis in Groningen gecontracteerd?', ['gecontracteerd'], 'Is mijn ziekenhuis gecontracteerd?'],
    ['Is Oogkliniek Maasoever in Venlo gecontracteerd voor staaroperaties?', ['gecontracteerd'], 'Is mijn oogkliniek gecontracteerd voor staaroperaties?'],
    [
      'Heeft het IJsselborg Ziekenhuis in Deventer een contract voor borstreconstructies?',
      ['contract'],
      'Heeft mijn ziekenhuis een contract voor borstreconstructies?',
    ],
    // The company that answers every question of its own FAQ.
    ['Wat is de uiterste datum om mijn polis bij jullie te beëindigen?', ['polis'], 'Wat is de uiterste datum om mijn polis te beëindigen?'],
    // Chat spelling of whole words.
    ['wrm staat mn pakket op bezorgd terwijl er niks is', ['pakket'], 'Waarom staat mijn pakket op bezorgd terwijl er niks is?'],
    // A question that points back at the statement before it, which is too long to join.
    [
      'We gaan volgende maand met het hele gezin verhuizen naar een andere stad. Moet ik dan mijn nieuwe adres doorgeven?',
      ['adres'],
      'Moet ik mijn nieuwe adres doorgeven?',
    ],
    [
      'Ik zou graag mijn aanvullende verzekering uitbreiden voor volgend jaar. Kan ik dat zelf doen via de website?',
      ['verzekering'],
      'Kan ik zelf mijn aanvullende verzekering uitbreiden?',
    ],
  ] as const)('nl: %j', (text, keywords, title) => {
    expect(clusterTitle(cluster(text, keywords), 'nl', 60, knowledge)).toBe(title);
    expect(titleProblems(title, 'nl', knowledge)).toEqual([]);
  });

  it.each([
    ['Can I pick my own dentist for the check-up, or only the ones on your list?', ['dentist'], 'Can I pick my own dentist for the check-up?'],
    ['Does the discount code from the newsletter still work, yes or no', ['discount'], 'Does the discount code from the newsletter still work?'],
    ["Is St Mary's Hospital in Leeds covered by my health insurance plan?", ['covered'], 'Is my hospital covered by my health insurance plan?'],
    ['My parcel was marked as delivered but there is nothing at my door. Do I then get a refund?', ['refund'], 'Do I get a refund?'],
    ['I want to add my newborn son to my policy from January. Can I do that myself?', ['policy'], 'Can I add my newborn son to my policy?'],
  ] as const)('en: %j', (text, keywords, title) => {
    expect(clusterTitle(cluster(text, keywords), 'en', 60, knowledge)).toBe(title);
    expect(titleProblems(title, 'en', knowledge)).toEqual([]);
  });
});

describe('a rewrite never makes a fragment or a question that points back', () => {
  it.each([
    // "daar … voor nodig": the preposition belongs to "daar"; without it the question has lost its predicate.
    ['nl', 'Maagverkleining in het IJsselborg Ziekenhuis in Deventer: is daar een goedkeuring van jullie voor nodig?', ['goedkeuring'], 'een goedkeuring?'],
    // A verb of time needs its duration: never "Waarom duurt mijn aanvraag?".
    ['nl', 'Wrm duurt mijn aanvraag voor een borstreconstructie in het Rijnoever Ziekenhuis al vijf weken?', ['aanvraag'], 'mijn aanvraag?'],
    // The object after the phrase is the clause's: never "Moet er een aanvraag?".
    [
      'nl',
      'Hoi Zorgvast, moet er een aanvraag bij jullie liggen voor een operatie aan mijn neustussenschot in Ziekenhuis Merwedal in Gorinchem?',
      ['aanvraag'],
      'een aanvraag?',
    ],
    ['nl', 'Moet ik voor een scan bij Röntgenkliniek Veldzicht in Apeldoorn een verwijzing én een machtiging hebben?', ['scan'], 'een scan?'],
    // An alternative without a comma is part of the question; "mijn € 49" keeps its amount.
    ['nl', 'Krijg ik mijn € 49 terug of wordt hij toch geleverd?', ['geleverd'], 'mijn terug?'],
    // A question that points back and matches no rule stays refused.
    ['nl', 'Ik wil per 1 januari de aanvullende verzekering eraf halen en alleen de basis houden. Kan dat online?', ['verzekering'], 'Kan dat online?'],
    [
      'nl',
      'Mijn man wil een andere aanvullende verzekering dan ik. Kan dat ook op één polis of moeten we er twee hebben?',
      ['verzekering'],
      'Kan dat ook op één polis?',
    ],
    ['en', 'Why is my claim at the Royal Infirmary in York taking five weeks already?', ['claim'], 'my claim?'],
    ['en', 'Is the Bestbuy store in the city centre of York open on Sundays too?', ['store'], 'store?'],
    ['en', 'I received a damaged chair from your warehouse last week. Can you collect it from my house on Friday?', ['chair'], 'collect it?'],
    ['en', 'Can I get a refund for the concert tickets or is that only possible for the train tickets?', ['refund'], 'Can I get a refund?'],
  ] as const)('%s: %j', (lang, text, keywords, broken) => {
    const title = clusterTitle(cluster(text, keywords), lang, 60, knowledge);
    expect(title.endsWith(broken)).toBe(false);
    expect(titleProblems(title, lang, knowledge)).not.toEqual([]);
  });

  it('leaves a provider without a name, and a capitalised word that is no provider, to the other rules', () => {
    expect(clusterTitle(cluster('Is het ziekenhuis in Groningen gecontracteerd?', ['gecontracteerd']), 'nl', 60, knowledge)).toBe(
      'Is het ziekenhuis bij mij in de buurt gecontracteerd?',
    );
    expect(clusterTitle(cluster('Is de Bestelbaar winkel in Utrecht ook open?', ['winkel']), 'nl', 60, knowledge)).toBe(
      'Is de Bestelbaar winkel bij mij in de buurt ook open?',
    );
  });

  it('prefers a question as asked over a rewritten one', () => {
    expect(
      clusterTitle(
        cluster('Is het Noorderhaven Ziekenhuis in Groningen gecontracteerd?', ['gecontracteerd'], ['Welke ziekenhuizen zijn gecontracteerd?']),
        'nl',
        60,
        knowledge,
      ),
    ).toBe('Welke ziekenhuizen zijn gecontracteerd?');
  });
});
