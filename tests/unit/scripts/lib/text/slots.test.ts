import { describe, expect, it } from 'vitest';
import { findSlots, isPlaceName, placeIndex, withoutSlots } from '#lib/text/slots.ts';

const places = placeIndex(['Amersfoort', 'Zeist', 'De Bilt', 'IJsselstein', 'Utrecht', "'s-Hertogenbosch", 'Best', 'Antwerpen']);

describe('withoutSlots', () => {
  it.each([
    ['Is er een storing in Amersfoort?', 'Is er een storing in ?'],
    ['Is er een storing in zeist?', 'Is er een storing in ?'],
    ['Hebben meer mensen geen internet in De Bilt?', 'Hebben meer mensen geen internet in ?'],
    ["Geen stroom in 's-Hertogenbosch", 'Geen stroom in'],
    ['Krijg ik mijn € 49 terug?', 'Krijg ik mijn terug?'],
    ['Tv voor 49 euro besteld', 'Tv voor besteld'],
    ['Besteld op 2 september, nog niks', 'Besteld op , nog niks'],
    ['Retour is 29-09 verwerkt', 'Retour is verwerkt'],
    ['Al 3 weken wacht ik', 'Al wacht ik'],
    ['Al twee uur geen internet', 'Al geen internet'],
    ['Bezorgd om 14:12 volgens de app', 'Bezorgd om volgens de app'],
    ['Order 40273701 komt maar niet', 'Order komt maar niet'],
    ['Mijn [ordernummer] en [postcode]', 'Mijn en'],
    ['Mijn QE55Q80 doet het niet', 'Mijn doet het niet'],
  ])('Dutch: %j → %j', (text, expected) => {
    expect(withoutSlots(text, places)).toBe(expected);
  });

  it.each([
    ['I was charged $100 twice on 5th March', 'I was charged twice on'],
    ['Still waiting after 3 days for my card', 'Still waiting after for my card'],
    ['My transfer of £250 on March 3 is missing', 'My transfer of on is missing'],
    ['Is there an outage in Utrecht?', 'Is there an outage in ?'],
  ])('English: %j → %j', (text, expected) => {
    expect(withoutSlots(text, places)).toBe(expected);
  });

  it('keeps words that are also place names unless a locative says they are places', () => {
    expect(withoutSlots('Best product ooit, echt waar', places)).toBe('Best product ooit, echt waar');
    expect(withoutSlots('Storing in Best?', places)).toBe('Storing in ?');
  });

  it('keeps the question words that say what is asked', () => {
    expect(withoutSlots('Wat is het termijnbedrag van mijn contract?', places)).toBe('Wat is het termijnbedrag van mijn contract?');
  });
});

describe('findSlots', () => {
  it('types every slot and never overlaps them', () => {
    const text = 'Op 2 september € 49 betaald in Zeist, order 40273701';
    expect(findSlots(text, places).map((slot) => [slot.type, text.slice(slot.start, slot.end)])).toEqual([
      ['date', '2 september'],
      ['amount', '€ 49'],
      ['place', 'Zeist'],
      ['number', '40273701'],
    ]);
  });
});

describe('isPlaceName', () => {
  it('knows gazetteer places, case and diacritics folded, but not common words', () => {
    expect(isPlaceName('amersfoort', places)).toBe(true);
    expect(isPlaceName('IJSSELSTEIN', places)).toBe(true);
    expect(isPlaceName('Best', places)).toBe(false);
    expect(isPlaceName('pakket', places)).toBe(false);
  });
});
