import { describe, expect, it } from 'vitest';
import synonymsFile from '#site/data/synonyms.json' with { type: 'json' };
import { buildSearchIndex, createSearcher, type SearchDoc, type Synonyms } from '#site/lib/search/index.ts';
import { DUTCH_FAQ } from './fixtures.ts';

const synonyms = synonymsFile as Synonyms;
const searcher = createSearcher(buildSearchIndex(DUTCH_FAQ, { synonyms }));
const topId = (query: string): string | undefined => searcher.search(query, 3)[0]?.id;

describe('search: whole questions in the customer’s own words', () => {
  it.each([
    ['hoe kan ik mijn termijnbedrag aanpassen?', 'termijnbedrag'],
    ['Kan het maandbedrag omlaag?', 'termijnbedrag'],
    ['ik ben mijn pinpas kwijt!!', 'pinpas'],
    ['waar blijft mijn bestelling nou, al 3 dagen niks gehoord', 'pakket'],
    ['@VoorbeeldNL internet doet het alweer niet 😡', 'storing'],
    ['help ik kan niet meer inloggen', 'wachtwoord'],
    ['hoe geef ik mijn meterstanden door', 'meterstand'],
    ['Ik wil mijn abonnement opzeggen', 'opzeggen'],
    ['wij gaan volgende maand verhuizen', 'verhuizen'],
  ])('"%s" finds %s first', (query, expected) => {
    expect(topId(query)).toBe(expected);
  });

  it('finds the English article for an English question', () => {
    expect(topId('How can I change the amount of my monthly payment?')).toBe('monthly-payment');
  });

  it('prefers the page language when the question does not show its own', () => {
    const english = createSearcher(buildSearchIndex(DUTCH_FAQ, { synonyms }), { lang: 'en' });
    expect(english.search('maandbedrag', 1)[0]?.id).toBe('monthly-payment');
    expect(topId('maandbedrag')).toBe('termijnbedrag');
  });

  it('folds case and diacritics both ways', () => {
    expect(topId('CONTRACT BEEINDIGEN OVERLIJDEN')).toBe('beeindigen');
    expect(topId('overlijden beëindigen')).toBe('beeindigen');
  });
});

describe('search: typos', () => {
  it.each([
    ['hoe kan ik mijn termijnbedarg aanpasen', 'termijnbedrag'],
    ['wachtwrood vergeten', 'wachtwoord'],
    ['pinpsa gestolen', 'pinpas'],
    ['meterstnad doorgeven', 'meterstand'],
    ['storign internet', 'storing'],
  ])('"%s" still finds %s first', (query, expected) => {
    expect(topId(query)).toBe(expected);
  });

  it('completes the word still being typed', () => {
    expect(topId('termijnbe')).toBe('termijnbedrag');
    expect(topId('meterst')).toBe('meterstand');
  });

  it('does not invent matches for words that resemble nothing in the index', () => {
    expect(searcher.search('xylofoon trampoline')).toEqual([]);
  });
});

describe('search: synonyms', () => {
  it('finds an article by a synonym it never uses', () => {
    expect(DUTCH_FAQ.some((doc) => JSON.stringify(doc).toLowerCase().includes('betaalpas'))).toBe(false);
    expect(topId('betaalpas verloren')).toBe('pinpas');
  });

  it('matches multi-word synonyms only as a whole', () => {
    expect(topId('debit card')).toBe('pinpas');
    expect(searcher.search('debit')).toEqual([]);
    expect(createSearcher(buildSearchIndex(DUTCH_FAQ)).search('debit card')).toEqual([]);
  });
});

describe('search: ranking', () => {
  it('ranks a title match above a description-only match', () => {
    const docs: SearchDoc[] = [
      doc('in-description', 'Nieuwe klant worden', 'Na het opzeggen bij je oude aanbieder regelen wij de rest.'),
      doc('in-title', 'Opzeggen bij ons', 'Zo werkt het.'),
    ];
    const hits = createSearcher(buildSearchIndex(docs)).search('opzeggen');
    expect(hits.map((hit) => hit.id)).toEqual(['in-title', 'in-description']);
  });

  it('ranks the article matching more of the question first', () => {
    const hits = searcher.search('internet storing modem wifi', 5);
    expect(hits[0]?.id).toBe('storing');
    expect(hits.map((hit) => hit.score)).toEqual([...hits.map((hit) => hit.score)].sort((a, b) => b - a));
  });

  it('returns at most `limit` hits, 10 by default', () => {
    const many = Array.from({ length: 15 }, (_, i) => doc(`a${i}`, `Vraag over de factuur ${i}`, 'factuur'));
    const fifteen = createSearcher(buildSearchIndex(many));
    expect(fifteen.search('factuur')).toHaveLength(10);
    expect(fifteen.search('factuur', 3)).toHaveLength(3);
    expect(fifteen.search('factuur', 0)).toEqual([]);
  });

  it('returns the display fields of the article', () => {
    const [hit] = searcher.search('factuur downloaden', 1);
    expect(hit).toMatchObject({
      id: 'factuur',
      url: '/vragen/factuur/',
      title: 'Factuur downloaden',
      description: 'Al je facturen staan in Mijn Omgeving onder Betalingen.',
      category: 'Facturen & betalen',
    });
    expect(hit?.score).toBeGreaterThan(0);
  });
});

describe('search: article URLs', () => {
  const doc = (url: string, title: string): SearchDoc => ({
    id: 'a',
    url,
    title,
    description: 'Uitleg.',
    questions: [],
    tags: [],
    category: 'Overig',
    lang: 'nl',
  });
  const urlOf = (url: string, title: string): { stored: string; hit: string | undefined } => {
    const index = buildSearchIndex([doc(url, title)]);
    return { stored: index.docs[0]![1], hit: createSearcher(JSON.parse(JSON.stringify(index))).search('uitleg', 1)[0]?.url };
  };

  it('leaves out a slug it can rebuild from the title, and hits still carry the full URL', () => {
    expect(urlOf('/faq/waar-blijft-mijn-pakket/', 'Waar blijft mijn pakket?')).toEqual({ stored: '/faq/*/', hit: '/faq/waar-blijft-mijn-pakket/' });
    expect(urlOf('/en/faq/cafe-opening-hours/', 'Café opening hours?')).toEqual({ stored: '/en/faq/*/', hit: '/en/faq/cafe-opening-hours/' });
  });

  it('keeps a URL whose slug no longer matches the title (an editor renamed the article)', () => {
    expect(urlOf('/faq/pakket-kwijt/', 'Waar blijft mijn pakket?')).toEqual({ stored: '/faq/pakket-kwijt/', hit: '/faq/pakket-kwijt/' });
  });
});

describe('search: highlight ranges', () => {
  it('marks the title words that matched, as half-open ranges', () => {
    const [hit] = searcher.search('pinpas gestolen', 1);
    expect(hit?.titleMatches).toEqual([
      [0, 6],
      [16, 24],
    ]);
    expect(hit?.titleMatches.map(([start, end]) => hit.title.slice(start, end))).toEqual(['Pinpas', 'gestolen']);
  });

  it('marks the original spelling when the query had no diacritics or a typo', () => {
    const [hit] = searcher.search('beeindign na overlijden', 1);
    expect(hit?.titleMatches.map(([start, end]) => hit.title.slice(start, end))).toEqual(['beëindigen', 'overlijden']);
  });

  it('marks nothing when only questions or tags matched', () => {
    const [hit] = searcher.search('voorschot', 1);
    expect(hit?.id).toBe('termijnbedrag');
    expect(hit?.titleMatches).toEqual([]);
  });
});

describe('search: empty input', () => {
  it.each(['', '   ', '?!', 'de het een', '😀'])('returns no hits for %j', (query) => {
    expect(searcher.search(query)).toEqual([]);
  });

  it('returns no hits from an empty index', () => {
    expect(createSearcher(buildSearchIndex([])).search('factuur')).toEqual([]);
  });
});

describe('buildSearchIndex', () => {
  it('round-trips through JSON with identical results', () => {
    const index = buildSearchIndex(DUTCH_FAQ, { synonyms });
    const loaded = createSearcher(JSON.parse(JSON.stringify(index)));
    for (const query of ['termijnbedrag aanpassen', 'betaalpas verloren', 'wachtwrood', 'monthly payment']) {
      expect(loaded.search(query)).toEqual(createSearcher(index).search(query));
    }
  });

  it('stores the example questions as term ids, not as text', () => {
    const json = JSON.stringify(buildSearchIndex(DUTCH_FAQ));
    expect(json).not.toContain('voorschot is te laag');
    expect(json).toContain('Termijnbedrag aanpassen');
  });

  it('indexes every article it is given: filtering drafts is the caller’s job', () => {
    const index = buildSearchIndex(DUTCH_FAQ);
    expect(index.docs.map(([id]) => id)).toEqual(DUTCH_FAQ.map((article) => article.id));
  });

  it('keeps only synonym groups that can reach an indexed term', () => {
    const index = buildSearchIndex(DUTCH_FAQ, { synonyms: { pinpas: ['betaalpas'], zonnepaneel: ['zonnepanelen', 'pv'] } });
    expect(index.synonyms.flat()).toContain('betaalpas betal pas');
    expect(index.synonyms.flat().join(' ')).not.toContain('zonnepan');
  });
});

describe('createSearcher', () => {
  it('refuses an index of another version and says to rebuild', () => {
    const index = { ...buildSearchIndex(DUTCH_FAQ), version: 2 } as unknown as Parameters<typeof createSearcher>[0];
    expect(() => createSearcher(index)).toThrow(/unsupported version 2.*rebuild/u);
  });

  it('refuses a damaged index instead of returning wrong results', () => {
    const index = buildSearchIndex(DUTCH_FAQ);
    index.questions[0] = 'zzzzz';
    expect(() => createSearcher(index)).toThrow(/bad term id "zzzzz"/u);
  });
});

function doc(id: string, title: string, description: string): SearchDoc {
  return { id, url: `/vragen/${id}/`, title, description, questions: [], tags: [], category: 'Overig', lang: 'nl' };
}
