// A small, fast language guess for message metadata: counts words that are frequent in Dutch or
// English and rare in the other. (The miner's own detector also stems; this runs once per message
// on million-row exports, so it only scans words.)

const DUTCH = new Set(
  ('de het een en van ik je jij u mijn jullie niet geen wel nog is zijn ben heb heeft hebben wordt worden kan kunnen ' +
    'wil moet waarom wanneer waar hoe wat wie dat dit die deze er al ook maar om op aan bij voor met naar uit over ' +
    'dan als toch graag bedankt dank hoi hallo goedemorgen goedemiddag groet groetjes mvg beste ontvangen bestelling ' +
    'pakket factuur klant nu even weer meer zo hier daar nee ja krijg krijgen gaat doen').split(' '),
);
const ENGLISH = new Set(
  ('the a an and of i you your my is are was were be been have has had do does did not no why when where how what ' +
    'who this that these those there it its to for with from at on can could would should will please thanks thank ' +
    'hi hello dear regards order get got want need still just any our we they them me').split(' '),
);
const WORD = /[a-z]+(?:'[a-z]+)?/gu;

export function detectLanguage(text: string): 'nl' | 'en' | 'other' {
  let nl = 0;
  let en = 0;
  const lower = text.toLowerCase();
  WORD.lastIndex = 0;
  for (let match = WORD.exec(lower); match; match = WORD.exec(lower)) {
    const word = match[0];
    if (DUTCH.has(word)) nl++;
    if (ENGLISH.has(word)) en++;
  }
  if (nl === en) return nl === 0 ? 'other' : 'nl';
  return nl > en ? 'nl' : 'en';
}
