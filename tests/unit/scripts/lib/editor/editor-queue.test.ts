import { describe, expect, it } from 'vitest';
import { buildBroadcastList, buildQueue, renderQueuePage } from '#lib/editor/index.ts';

const file = (path: string, frontmatter: string, body = '## Kort antwoord\n\nTODO: schrijf.\n') => ({ path, text: `---\n${frontmatter}\n---\n\n${body}` });
const source = (count: number, extra = '') =>
  `source:\n  clusterId: "c${count}"\n  questionCount: ${count}\n  authors: ${count - 1}\n  channels: ["x", "whatsapp"]\n  firstSeen: "2026-09-01T10:00:00+02:00"\n  lastSeen: "2026-11-20T10:00:00+01:00"\n  weekly: [{ week: "2026-W46", count: 3 }, { week: "2026-W47", count: ${count} }]\n  trend: 0.5${extra}`;

const files = [
  file('content/faq/nl/weinig.mdx', `title: "Kan ik pinnen?"\nstatus: draft\nquestions: ["Kan ik pinnen?"]\n${source(5)}`),
  file('content/faq/nl/review.mdx', `title: "Hoe zeg ik op?"\nstatus: review\n${source(90)}`, 'Klaar.\n'),
  file(
    'content/faq/nl/veel.mdx',
    `title: "Waar blijft mijn pakket?"\nstatus: draft\nquestions: ["Waar blijft mijn pakket?", "Wanneer komt mijn pakket?"]\n${source(40, '\n  bestAnswer: { text: "Volg je pakket in de app.", count: 12 }')}`,
    '## Kort antwoord\n\nTODO: a\n\nTODO: b\n',
  ),
  file(
    'content/faq/nl/gepubliceerd.mdx',
    `title: "Waar blijft mijn pakket?"\nstatus: published\nquestions: ["Wanneer komt mijn pakket?", "Waar blijft mijn pakket?"]`,
  ),
  file('content/blog/nl/post.mdx', 'title: "Blog"\nstatus: draft'),
];

describe('buildQueue', () => {
  it('lists drafts first, most asked first, then items in review; no published items or blog posts', () => {
    expect(buildQueue(files).map((item) => [item.slug, item.status, item.questionCount])).toEqual([
      ['veel', 'draft', 40],
      ['weinig', 'draft', 5],
      ['review', 'review', 90],
    ]);
  });

  it('carries the evidence from `source`, newer optional fields when present, and the TODO count', () => {
    const [first] = buildQueue(files);
    expect(first).toMatchObject({
      authors: 39,
      channels: ['x', 'whatsapp'],
      weekly: [
        { week: '2026-W46', count: 3 },
        { week: '2026-W47', count: 40 },
      ],
      trend: 0.5,
      examples: ['Waar blijft mijn pakket?', 'Wanneer komt mijn pakket?'],
      bestAnswer: { text: 'Volg je pakket in de app.', count: 12 },
      todos: 2,
      cmsCollection: 'faq-nl',
    });
  });

  it('says a draft is covered when a published article already asks its questions', () => {
    const [covered, fresh] = buildQueue(files);
    expect(covered?.coverage).toEqual({ kind: 'covered', article: { title: 'Waar blijft mijn pakket?', path: 'content/faq/nl/gepubliceerd.mdx' } });
    expect(fresh?.coverage).toEqual({ kind: 'new' });
  });

  it('reads the best CM answer from the quote in the draft when mining did not store it', () => {
    const quoted = file(
      'content/faq/nl/q.mdx',
      `title: "Q?"\nstatus: draft\n${source(7)}`,
      '## Kort antwoord\n\nTODO: herschrijf.\n\n> Kijk op https\\://example\\.nl voor je \\[naam\\].\n',
    );
    expect(buildQueue([quoted])[0]?.bestAnswer).toEqual({ text: 'Kijk op https://example.nl voor je [naam].' });
  });
});

describe('renderQueuePage', () => {
  it('escapes content and links every item to its editor page', () => {
    const hostile = file('content/faq/nl/x.mdx', `title: "<script>alert(1)</script>"\nstatus: draft\n${source(9)}`);
    const html = renderQueuePage(buildQueue([hostile]));
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('href="/admin/#/collections/faq-nl/entries/x"');
  });
});

describe('buildBroadcastList', () => {
  const now = new Date('2026-12-01T10:00:00+01:00');
  const broadcast = (slug: string, status: string, publishAt: string, airsAt: string) =>
    file(`content/broadcasts/${slug}.mdx`, `title: "${slug}"\nstatus: ${status}\nprogramme: "Kassa"\npublishAt: ${publishAt}\nairsAt: ${airsAt}`, 'Tekst.\n');

  it('lists what is under embargo or on air, first to go public first, and says when it goes public', () => {
    const files = [
      broadcast('later', 'draft', '2026-12-08T18:30:00+01:00', '2026-12-08T20:30:00+01:00'),
      broadcast('vanavond', 'published', '2026-12-01T18:30:00+01:00', '2026-12-01T20:30:00+01:00'),
      broadcast('oud', 'published', '2026-11-01T18:30:00+01:00', '2026-11-01T20:30:00+01:00'),
    ];
    const list = buildBroadcastList(files, now);
    expect(list.map((item) => [item.slug, item.public])).toEqual([
      ['vanavond', false],
      ['later', false],
    ]);
    const html = renderQueuePage([], { broadcasts: list, now });
    expect(html).toContain('Kassa: Openbaar vanaf di 1 dec 2026, 18:30 (over 8 u 30 min), uitzending di 1 dec 2026, 20:30');
  });
});
