import { describe, expect, it } from 'vitest';
import { detectQuestion } from '#lib/mine/index.ts';

describe('detectQuestion', () => {
  describe.each([
    ['Waarom is mijn factuur zo hoog?'],
    ['@VeldlichtNL hoe kan ik mijn termijnbedrag aanpassen'],
    ['Mijn pakket is nog steeds niet binnen'],
    ['Kunnen jullie mijn contract verlengen'],
    ['Ik wil graag weten wanneer de monteur komt'],
    ['De app werkt niet meer sinds de update'],
    ['Bedankt! Maar wanneer komt mijn pakket nu?'],
    ['How do I activate my card?'],
    ['My card got declined at the shop'],
    ['I would love one of the virtual cards'],
    ['Lost password'],
    ['Why is this not letting me exchange crypto?'],
    ['Jullie service is geweldig, maar mijn factuur klopt niet'],
    ['Is de monteur die zo goed bezig was morgen weer beschikbaar?'],
    ['Al 5 jaar klant, nog steeds geen slimme meter'],
    // Anger about a matter is a complaint, and a complaint is a question.
    ['Slechte service, mijn pakket is nog steeds niet binnen'],
    ['Belachelijk dat ik 2x moet betalen'],
    ['Slechte verbinding in Utrecht vandaag'],
    ['Jullie zijn waardeloos, ik wil mijn geld terug'],
    ['Terrible service, my refund never arrived'],
    ['@Bestelbaar ?? waar blijft mijn pakket'],
    // An opener that says what it is about is a question.
    ['Hoi, ik heb een vraag over mijn factuur'],
    ['Kan iemand mij helpen met inloggen?'],
    ['Can someone help me with my refund?'],
  ])('question: %s', (text) => {
    it('is a question', () => expect(detectQuestion(text).isQuestion).toBe(true));
  });

  describe.each([
    ['Bedankt voor de snelle hulp!', 'thanks'],
    ['Top, dank je wel 👍', 'thanks'],
    ['Thanks a lot, all good now', 'thanks'],
    ['Wat een geweldige service van jullie medewerker!', 'praise'],
    ['Jullie zijn toppers', 'praise'],
    ['RT @VeldlichtNL: Storing opgelost', 'retweet'],
    ['😡😡😡', 'emoji'],
    ['https://t.co/abc', 'link'],
    ['', 'empty'],
    ['   ', 'empty'],
    ['Win een gratis iPhone! Klik hier https://x.example', 'spam'],
    ['Goedemorgen allemaal', 'greeting'],
    ['ok', 'thanks'],
    ['Super goed, top', 'praise'],
    ['hmm', 'short'],
    ['Al 5 jaar klant en nog steeds tevreden 😊', 'praise'],
    // Emoji after an export in Windows-1252 (Excel): they arrive as question marks.
    ['Wat een snelle service via WhatsApp, echt chapeau ??', 'praise'],
    ['Al 5 jaar klant en nog steeds tevreden ??', 'praise'],
    ['Ik zag jullie reclame op tv, leuk gedaan haha', 'praise'],
    ['Verdien 500 per dag vanuit huis! Stuur me een DM', 'spam'],
    ['@VeldlichtNL Wil jij meer volgers? DM ons voor de beste deal 🔥🔥', 'spam'],
    ['Want more followers? DM us for the best price', 'spam'],
    ['Gefeliciteerd! Je hebt een cadeaukaart gewonnen. Claim hem hier:', 'spam'],
    // Venting about the company as a whole, with no matter to answer.
    ['Klantenservice is echt waardeloos.', 'rant'],
    ['Wat een slechte service weer', 'rant'],
    ['Never ordering here again.', 'rant'],
    ['This is the worst service ever', 'rant'],
    // Emoji after an export in Windows-1252 arrive as question marks; at the start they ask nothing.
    ['?? jullie service', 'thanks'],
    // Opening a conversation without saying what about: the question, if any, follows in the thread.
    ['Goedemiddag, kan ik hier een vraag stellen?', 'opener'],
    ['Is er iemand aanwezig?', 'opener'],
    ['Mag ik iets vragen?', 'opener'],
    ['Hallo, ik heb een vraag', 'opener'],
    ['Can someone help me?', 'opener'],
    ['Is anyone there?', 'opener'],
    ['Hi, I have a question', 'opener'],
  ] as const)('noise: %s', (text, reason) => {
    it(`is ${reason}`, () => expect(detectQuestion(text)).toEqual({ isQuestion: false, reason }));
  });
});
