import { describe, expect, it } from 'vitest';
import { findBoilerplate, sentencesOf, stripBoilerplate, withoutBoilerplate } from '#lib/mine/boilerplate.ts';

const QUESTIONS = [
  'Hoe kan ik mijn termijnbedrag aanpassen?',
  'Mijn pakket is beschadigd aangekomen, wat nu?',
  'Kan ik mijn contract tussentijds opzeggen?',
  'Waar vind ik mijn jaarafrekening?',
  'Waarom is mijn internet zo traag?',
  'Hoe reset ik mijn wachtwoord?',
];

describe('findBoilerplate', () => {
  it('finds a closing sentence that many different questions carry but nobody sends alone', () => {
    const texts = QUESTIONS.map((question) => `${question} Heel vervelend allemaal.`);
    expect(findBoilerplate(texts)).toEqual(new Set(['heel vervelend allemaal']));
  });

  it('keeps a question that is often asked on its own, even when others add context to it', () => {
    const texts = [
      ...Array.from({ length: 6 }, () => 'Waar blijft mijn pakket?').map((text, i) => `${text} ${i}`),
      'Ik heb maandag besteld. Waar blijft mijn pakket?',
      'Pff. Waar blijft mijn pakket?',
      'Waar blijft mijn pakket?',
      'Waar blijft mijn pakket?!',
      'Waar blijft mijn pakket',
    ];
    expect(findBoilerplate(texts).has('waar blijft mijn pakket')).toBe(false);
  });

  it('counts a copy-pasted message once', () => {
    const texts = Array.from({ length: 20 }, () => 'Storing in Utrecht? Niks werkt.');
    expect(findBoilerplate(texts).size).toBe(0);
  });

  it('leaves long sentences alone: they ask something of their own', () => {
    const long = 'Ik heb al drie keer gebeld en niemand kan mij vertellen wat er aan de hand is.';
    expect(findBoilerplate(QUESTIONS.map((question) => `${question} ${long}`)).size).toBe(0);
  });
});

describe('links', () => {
  it('are never split into sentences, so every tweet\'s "https://t.co/…" is no boilerplate and stays whole', () => {
    const tweets = [
      'Waar blijft mijn pakket https://t.co/g43ZXWFsCf',
      'Storing in mijn straat? https://t.co/Ab12Cd34',
      'Factuur klopt niet https://t.co/Zz9',
      'App werkt niet: https://t.co/Qq1',
      'Modem kapot https://t.co/Rr2',
      'Hoe zeg ik op? https://t.co/Ss3',
    ];
    const { cores } = withoutBoilerplate(tweets);
    expect(cores).toEqual(tweets);
    expect(sentencesOf('Kijk op https://www.veldlicht.example/service/storingen. Helpt dat?')).toEqual([
      'Kijk op https://www.veldlicht.example/service/storingen.',
      ' Helpt dat?',
    ]);
  });
});

describe('stripBoilerplate', () => {
  const boilerplate = new Set(['vraagje', 'alvast bedankt']);

  it('removes the boilerplate sentences and keeps the question', () => {
    expect(stripBoilerplate('Vraagje: hoe zeg ik mijn contract op? Alvast bedankt!', boilerplate)).toBe('hoe zeg ik mijn contract op?');
  });

  it('keeps a message that is nothing but boilerplate', () => {
    expect(stripBoilerplate('Alvast bedankt!', boilerplate)).toBe('Alvast bedankt!');
  });

  it('splits sentences on their closing punctuation, keeping it', () => {
    expect(sentencesOf('Pff. Waar blijft het?! Nu')).toEqual(['Pff.', ' Waar blijft het?!', ' Nu']);
  });
});
