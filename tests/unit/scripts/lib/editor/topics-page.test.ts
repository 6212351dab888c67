import { describe, expect, it } from 'vitest';
import type { Decision } from '#core/decisions.ts';
import { findArticles, type TargetArticle } from '#lib/editor/topic-search.ts';
import { describeDecision, renderTopicsPage, targetArticles } from '#lib/editor/topics-page.ts';

type Group = Parameters<typeof renderTopicsPage>[0]['groups'][number];

const group = (overrides: Partial<Group> = {}): Group => ({
  id: 'c-1',
  state: 'needs-look',
  title: 'Storing <script>alert(1)</script> in De Bilt?',
  label: 'storing de bilt',
  lang: 'nl',
  size: 92,
  authors: 89,
  keywords: ['storing', 'bilt'],
  examples: ['Is er een storing in De Bilt?', 'Geen stroom "hier" & <b>daar</b>'],
  bestAnswer: 'Er is een storing; we werken eraan.',
  article: undefined,
  reasons: ['vooral opmerkingen en klachten, geen vragen'],
  decision: undefined,
  ...overrides,
});

const articles: TargetArticle[] = [
  {
    path: 'nl/stroomstoring.mdx',
    title: 'Is er een stroomstoring bij mij?',
    status: 'published',
    lang: 'nl',
    slug: 'stroomstoring',
    shortId: 'st0r',
    questions: ['Geen stroom, wat nu?'],
  },
  {
    path: 'nl/internet-storing.mdx',
    title: 'Internet doet het niet',
    status: 'published',
    lang: 'nl',
    slug: 'internet-storing',
    shortId: 'n3tt',
    questions: ['Is er een storing?'],
  },
  { path: 'en/internet-outage.mdx', title: 'Is there an outage?', status: 'published', lang: 'en', slug: 'internet-outage', shortId: 'ou7g', questions: [] },
  { path: 'nl/concept.mdx', title: 'Storing melden', status: 'draft', lang: 'nl', slug: 'concept', shortId: undefined, questions: [] },
];

const reject: Decision = {
  id: 'd-abc12345',
  at: '2026-12-01T10:00:00+01:00',
  kind: 'reject',
  groupId: 'c-9',
  label: 'Storing <b>in</b> Utrecht',
  lang: 'nl',
  questions: ['Storing in Utrecht?'],
  reason: 'incident',
  fingerprint: [],
};
const attach: Decision = {
  id: 'd-def67890',
  at: '2026-12-02T09:00:00+01:00',
  kind: 'attach',
  groupId: 'c-8',
  label: 'wifi traag',
  lang: 'nl',
  questions: ['Mijn wifi is traag', 'Internet is traag'],
  article: 'nl/internet-storing.mdx',
  added: ['Mijn wifi is traag'],
};

describe('the topics page', () => {
  it('shows each group with its evidence and Dutch decision forms, everything from mining escaped', () => {
    const html = renderTopicsPage({ groups: [group()], decisions: [], articles });
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('<h1>Onderwerpen: mining bijsturen</h1>');
    expect(html).toContain('<h2 id="bekijken">Even naar kijken <span class="vg-count">(1)</span></h2>');
    expect(html).toContain('Storing &lt;script&gt;alert(1)&lt;/script&gt; in De Bilt?');
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('<li>Geen stroom &quot;hier&quot; &amp; &lt;b&gt;daar&lt;/b&gt;</li>');
    expect(html).toContain('value="Geen stroom &quot;hier&quot; &amp; &lt;b&gt;daar&lt;/b&gt;"');
    expect(html).toContain('92 vragen');
    expect(html).toContain('89 klanten');
    expect(html).toContain('<blockquote>Er is een storing; we werken eraan.</blockquote>');
    expect(html).toContain('vooral opmerkingen en klachten, geen vragen');
    // The four decisions, as forms with labelled fields and legends.
    for (const summary of ['Maak artikel', 'Hoort bij …', 'Geen artikel', 'Splitsen']) expect(html).toContain(`<summary>${summary}</summary>`);
    expect(html).toContain('<legend>Waarom geen artikel?</legend>');
    for (const reason of ['Storing of incident', 'Eenmalige vraag', 'Geen vraag', 'Wordt elders afgehandeld']) expect(html).toContain(` ${reason}</label>`);
    expect(html).toContain('<legend>Welke vragen hebben een ander antwoord nodig?</legend>');
    expect(html).toContain('<legend>Welke vragen horen erbij?</legend>');
    expect(html).toContain('<label for="g1-create-titel">Titel van het concept</label>');
    expect(html).toContain('<label for="g1-attach-zoek">Zoek het artikel of concept</label>');
    expect(html).toMatch(/<p class="vg-form-status" role="status"/);
    expect(html).toContain('<div id="melding" class="vg-message" role="status" tabindex="-1"></div>');
    expect(html).toContain('<script src="/admin/topics.js" defer></script>');
    expect(html).toContain('<a href="/onderwerpen" aria-current="page">Onderwerpen</a>');
  });

  it('suggests the articles that share the group’s words, in its language, without JavaScript', () => {
    const html = renderTopicsPage({ groups: [group()], decisions: [], articles });
    const targets = [...html.matchAll(/name="target" value="([^"]+)"/g)].map((match) => match[1]);
    expect(targets).toContain('nl/internet-storing.mdx');
    expect(targets).not.toContain('en/internet-outage.mdx');
  });

  it('offers only what fits: a draft is not made twice, and never attached to itself', () => {
    const draft = group({ state: 'draft', article: { path: 'nl/concept.mdx', title: 'Storing melden', status: 'draft', shortId: undefined } });
    const html = renderTopicsPage({ groups: [draft], decisions: [], articles });
    expect(html).not.toContain('<summary>Maak artikel</summary>');
    expect(html).toContain('data-exclude="nl/concept.mdx"');
    expect(html).not.toContain('name="target" value="nl/concept.mdx"');
    expect(html).toContain('href="/admin/#/collections/faq-nl/entries/concept"');
  });

  it('carries the articles for the search box as JSON that cannot close its script element', () => {
    const html = renderTopicsPage({
      groups: [group()],
      decisions: [],
      articles: [{ ...articles[0]!, title: '</script><script>alert(1)</script>' }],
    });
    const data = /<script type="application\/json" id="vg-articles">(.*?)<\/script>/s.exec(html)?.[1] ?? '';
    expect(data).not.toContain('<');
    expect((JSON.parse(data) as TargetArticle[])[0]?.title).toBe('</script><script>alert(1)</script>');
  });

  it('lists the decisions taken, newest first, each with Ongedaan maken', () => {
    const html = renderTopicsPage({ groups: [], decisions: [reject, attach], articles });
    const rows = [...html.matchAll(/data-decision="(d-[a-z0-9]+)"/g)].map((match) => match[1]);
    expect(rows).toEqual(['d-def67890', 'd-abc12345']);
    expect(html).toContain('Ongedaan maken<span class="vg-sr">');
    expect(html).toContain('“Storing &lt;b&gt;in&lt;/b&gt; Utrecht”: geen artikel, storing of incident');
    expect(html).toContain('Mining vond geen groepen om te bekijken.');
  });

  it('says in Dutch that there is nothing mined yet', () => {
    const html = renderTopicsPage({ groups: [], decisions: [], articles, noMining: true });
    expect(html).toContain('Nog geen mining-resultaat: draai eerst <code>npm start</code> of <code>veelgesteld pipeline</code>.');
    expect(html).toContain('Nog geen besluiten.');
  });
});

describe('describeDecision', () => {
  it('says what was decided about which group', () => {
    expect(describeDecision(attach)).toBe('“wifi traag”: 1 vraag bij nl/internet-storing.mdx');
    expect(describeDecision({ ...reject, note: 'storing van 21 oktober' })).toBe(
      '“Storing <b>in</b> Utrecht”: geen artikel, storing of incident (storing van 21 oktober)',
    );
    expect(describeDecision({ ...reject, kind: 'split', article: 'nl/nieuw.mdx', title: 'Hoe meld ik een storing?', questions: ['a', 'b'] } as Decision)).toBe(
      '“Storing <b>in</b> Utrecht”: 2 vragen afgesplitst naar het concept “Hoe meld ik een storing?” (nl/nieuw.mdx)',
    );
  });
});

describe('targetArticles and findArticles', () => {
  it('reads every FAQ article and draft, with its path under content/faq', () => {
    const files = [
      { path: 'content/faq/nl/stroom.mdx', text: '---\ntitle: Stroomstoring\nstatus: published\nshortId: abcd\nquestions: ["Geen stroom?"]\n---\n\nTekst.\n' },
      { path: 'content/faq/en/power.mdx', text: '---\ntitle: Power cut\nlang: en\n---\n\nText.\n' },
      { path: 'content/blog/nl/post.mdx', text: '---\ntitle: Blog\n---\n\nTekst.\n' },
    ];
    expect(targetArticles(files)).toEqual([
      { path: 'nl/stroom.mdx', title: 'Stroomstoring', status: 'published', lang: 'nl', slug: 'stroom', shortId: 'abcd', questions: ['Geen stroom?'] },
      { path: 'en/power.mdx', title: 'Power cut', status: 'draft', lang: 'en', slug: 'power', shortId: undefined, questions: [] },
    ]);
  });

  it('finds by title, question, slug and short link; every word must match; published first', () => {
    const paths = (query: string, options = {}) => findArticles(articles, query, options).map((article) => article.path);
    expect(paths('storing', { lang: 'nl' })).toEqual(['nl/internet-storing.mdx', 'nl/concept.mdx', 'nl/stroomstoring.mdx']);
    expect(paths('geen stroom')).toEqual(['nl/stroomstoring.mdx']);
    expect(paths('n3tt')).toEqual(['nl/internet-storing.mdx']);
    expect(paths('STROÔM')).toEqual(['nl/stroomstoring.mdx']);
    expect(paths('storing', { exclude: 'nl/concept.mdx', lang: 'nl' })).not.toContain('nl/concept.mdx');
    expect(paths('   ')).toEqual([]);
  });
});
