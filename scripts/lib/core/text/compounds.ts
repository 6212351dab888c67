// Dutch writes compounds as one word ("opzegtermijn", "termijnbedrag"). Splitting off a known
// head noun lets "opzegtermijn" meet "termijn van opzeggen". The heads are frequent webcare nouns;
// character n-grams in the miner catch the rest.

const HEADS = [
  'termijn',
  'bedrag',
  'nummer',
  'kosten',
  'rekening',
  'datum',
  'adres',
  'code',
  'kaart',
  'pas',
  'abonnement',
  'factuur',
  'nota',
  'tarief',
  'tarieven',
  'prijs',
  'prijzen',
  'tijd',
  'tijden',
  'dienst',
  'service',
  'punt',
  'pakket',
  'zending',
  'levering',
  'bezorging',
  'bestelling',
  'order',
  'storing',
  'melding',
  'klacht',
  'vraag',
  'wachtwoord',
  'account',
  'gegevens',
  'betaling',
  'incasso',
  'regeling',
  'verzekering',
  'contract',
  'korting',
  'geld',
  'schade',
  'app',
  'site',
  'winkel',
  'machtiging',
  'herinnering',
  'verhoging',
  'wijziging',
  'aanvraag',
  'monteur',
  'afspraak',
  'modem',
  'router',
  'verbinding',
  'netwerk',
  'bundel',
  'toestel',
  'telefoon',
  'mail',
];
const MIN_MODIFIER = 3;

/** The known head noun and its modifier, or null: "opzegtermijn" → ["opzeg", "termijn"]. */
export function splitCompound(word: string): [string, string] | null {
  for (const head of HEADS) {
    if (word.length < head.length + MIN_MODIFIER || !word.endsWith(head)) continue;
    // The linking -s- or -en- ("betalingsregeling", "klantenservice") is left to the stemmer.
    return [word.slice(0, -head.length), head];
  }
  return null;
}
