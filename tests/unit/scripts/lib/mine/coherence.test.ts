import { describe, expect, it } from 'vitest';
import { chanceOverlap, coherenceOf, majorityShare, residualOverlap, subjectCoverage } from '#lib/mine/coherence.ts';
import { isExplicitQuestion } from '#lib/mine/detect.ts';
import { memberTracer } from '#lib/mine/trace.ts';
import type { Message } from '#core/message.ts';
import type { MiningResult } from '#core/cluster.ts';
import { makeCluster, makeMining } from '#tests/fixtures/draft/clusters.ts';

const ONE_QUESTION = { langShare: 1, questionShare: 0.9, subjectCoverage: 0.9, residualOverlap: 0.5 };

describe('coherenceOf', () => {
  it('passes one question asked in one language', () => {
    expect(coherenceOf(ONE_QUESTION)).toEqual({ verdict: 'topic', reasons: [] });
  });

  it.each([
    [{ langShare: 0.6 }, 'mixed-language'],
    [{ questionShare: 0.2 }, 'statements'],
    [{ subjectCoverage: 0.3 }, 'no-shared-subject'],
    [{ residualOverlap: 0 }, 'no-shared-subject'],
    [{ answers: { replied: 4, informative: 0, differentReplies: 3, exportFamilies: 12 } }, 'generic-answers'],
  ] as const)('sends %j to "needs a look" (%s)', (change, reason) => {
    expect(coherenceOf({ ...ONE_QUESTION, ...change })).toEqual({ verdict: 'needs-look', reasons: [reason] });
  });

  it.each([
    ['one of the replies answers the question', { replied: 4, informative: 1, differentReplies: 3, exportFamilies: 12 }],
    ['they all got one saved reply, if a terse one', { replied: 4, informative: 0, differentReplies: 1, exportFamilies: 12 }],
    ['too few replies to tell', { replied: 2, informative: 0, differentReplies: 2, exportFamilies: 12 }],
    ['the team never answers specifically (only "stuur ons een DM")', { replied: 9, informative: 0, differentReplies: 4, exportFamilies: 1 }],
  ] as const)('keeps a group whose replies are generic when %s', (_, answers) => {
    expect(coherenceOf({ ...ONE_QUESTION, answers })).toEqual({ verdict: 'topic', reasons: [] });
  });
});

describe('measurements', () => {
  it('majorityShare counts the most common language, other languages as one of their own', () => {
    expect(majorityShare(['en', 'en', 'other', 'other'])).toBe(0.5);
    expect(majorityShare([])).toBe(1);
  });

  const df = (): number => 1;
  const subject = (groups: string[][]) => ({ items: groups.map((_, i) => i), tokensOf: (i: number) => groups[i]!, documentFrequency: df, totalItems: 100 });

  it('subjectCoverage is high when the questions name one subject and low for one-offs with nothing in common', () => {
    const oneSubject = [
      ['kortingscod', 'werk'],
      ['kortingscod', 'geldig'],
      ['kortingscod', 'invul'],
      ['kortingscod', 'sale'],
    ];
    const oneOffs = [['vuurwerk'], ['cadeaubon'], ['tweedehand'], ['fiets'], ['drank'], ['review'], ['winkel'], ['vacature']];
    expect(subjectCoverage(subject(oneSubject))).toBe(1);
    expect(subjectCoverage(subject(oneOffs))).toBeLessThan(0.5);
  });

  it('residualOverlap tells one-offs glued by a phrasing from a topic asked in many ways', () => {
    // "Verkopen jullie ook vuurwerk / matrassen op maat / refurbished telefoons / cadeaubonnen?"
    const gluedByPhrasing = [
      ['verkop', 'vuurwerk'],
      ['verkop', 'matras', 'maat'],
      ['verkop', 'refurbished', 'telefoon'],
      ['verkop', 'cadeaubon', 'bedrijv'],
      ['verkop', 'koffieboon', 'houdbar'],
    ];
    // "Komt de badjas nog terug?", "Wanneer is de airfryer weer op voorraad?", "… uitverkocht, komt er nog voorraad?"
    const oneTopic = [
      ['badjas', 'uitverkocht', 'terug'],
      ['airfryer', 'weer', 'voorrad'],
      ['staafmixer', 'uitverkocht', 'voorrad'],
      ['sneaker', 'weer', 'voorrad'],
      ['kinderwag', 'weer', 'voorrad', 'meld'],
    ];
    expect(
      coherenceOf({ ...ONE_QUESTION, subjectCoverage: subjectCoverage(subject(gluedByPhrasing)), residualOverlap: residualOverlap(subject(gluedByPhrasing)) })
        .verdict,
    ).toBe('needs-look');
    expect(residualOverlap(subject(gluedByPhrasing))).toBe(0);
    expect(residualOverlap(subject(oneTopic))).toBeGreaterThan(0.3);
    expect(
      coherenceOf({ ...ONE_QUESTION, subjectCoverage: subjectCoverage(subject(oneTopic)), residualOverlap: residualOverlap(subject(oneTopic)) }).verdict,
    ).toBe('topic');
  });

  it.each([
    [
      'nl',
      // "Koptelefoon kapot, garantie?", "Inruilactie voor oude telefoons?", "Inloggen werkt op mijn telefoon niet", "App voor Huawei-telefoons?", "Koptelefoon in de aanbieding, krijg ik iets terug?"
      [
        ['koptelefon', 'kop', 'telefon', 'kapot', 'garantie'],
        ['inruilactie', 'oud', 'telefon'],
        ['inlogg', 'werkt', 'telefon'],
        ['app', 'huawei', 'telefon'],
        ['koptelefon', 'kop', 'telefon', 'aanbied', 'terug'],
      ],
    ],
    [
      'en',
      // "Headphones broke, warranty?", "Trade-in for old phones?", "Login fails on my phone", "App for Huawei phones?", "Headphones on sale, refund?"
      [
        ['headphon', 'broke', 'warranti'],
        ['trade', 'old', 'phone'],
        ['login', 'fail', 'phone'],
        ['app', 'huawei', 'phone'],
        ['headphon', 'sale', 'refund'],
      ],
    ],
  ] as const)('residualOverlap (%s) sets aside the compounds built on the main word and their parts', (_, glued) => {
    const groups = glued.map((tokens) => [...tokens]);
    expect(residualOverlap(subject(groups))).toBe(0);
  });

  it('chanceOverlap measures how often unrelated questions share a word, and the gate asks for more', () => {
    const dutch = [
      ['pakket', 'bezorgd'],
      ['kortingscod', 'werkt'],
      ['factur', 'bedrijf'],
      ['inlogg', 'werkt'],
    ];
    // Of the six pairs one shares 'werkt'.
    expect(chanceOverlap(dutch)).toBeCloseTo(1 / 6);
    expect(chanceOverlap([])).toBe(0);
    // A minority language's questions share its everyday words ("order") far more often: the gate
    // judges each group against its own language's rate (mine.ts).
    const english = [
      ['order', 'arriv'],
      ['discount', 'order'],
      ['login', 'fail'],
      ['refund', 'order'],
    ];
    expect(chanceOverlap(english)).toBeCloseTo(3 / 6);
    const barelyAbove = { ...ONE_QUESTION, residualOverlap: 0.15 };
    expect(coherenceOf(barelyAbove).verdict).toBe('topic');
    expect(coherenceOf({ ...barelyAbove, chanceOverlap: 0.2 })).toEqual({ verdict: 'needs-look', reasons: ['no-shared-subject'] });
  });

  it('residualOverlap does not judge groups too small to tell', () => {
    expect(
      residualOverlap(
        subject([
          ['verkop', 'vuurwerk'],
          ['verkop', 'fiets'],
          ['verkop', 'drank'],
        ]),
      ),
    ).toBe(1);
  });

  it.each([
    ['Waar blijft mijn pakket?', true],
    ['Kortingscode werkt niet', true],
    ['Ik wil graag een nieuwe factuur', true],
    ['Nooit meer Bestelbaar.', false],
    ['Bezorger smeet mijn pakket over het hek. Lekker.', false],
    ['Top service ??', false],
  ] as const)('isExplicitQuestion(%j) is %s', (text, expected) => {
    expect(isExplicitQuestion(text)).toBe(expected);
  });
});

describe('memberTracer', () => {
  const message = (id: string, text: string, extra: Partial<Message> = {}): Message => ({
    id,
    conversationId: `c-${id}`,
    inReplyTo: null,
    channel: 'x',
    direction: 'in',
    author: 'p',
    createdAt: '2026-10-01T10:00:00+02:00',
    lang: 'nl',
    text,
    source: `export.csv:${id.slice(1)}`,
    ...extra,
  });
  const sub = { ...makeCluster({ id: 'c-sub' }), subtopics: undefined };
  const mixed = { ...makeCluster({ id: 'c-mixed' }), coherence: { verdict: 'needs-look' as const, reasons: ['mixed-language' as const] } };
  const result: MiningResult = makeMining([makeCluster({ id: 'c-top', subtopics: [sub] }), mixed]);
  const members = new Map([
    ['c-top', ['m2']],
    ['c-sub', ['m2']],
    ['c-mixed', ['m3']],
  ]);
  const trace = memberTracer(result, members, new Map([['c-m5', Date.parse('2026-10-01T09:00:00+02:00')]]));

  it('gives every customer message its source and where it went, or why it was left out, without its text', () => {
    expect(trace(message('m2', 'Waar blijft mijn pakket?'))).toEqual({
      source: 'export.csv:2',
      message: 'm2',
      status: 'clustered',
      cluster: 'c-top',
      subtopic: 'c-sub',
    });
    expect(trace(message('m3', 'Where is my parcel?'))).toMatchObject({ status: 'needs-look', cluster: 'c-mixed' });
    expect(trace(message('m4', 'Bedankt!'))).toEqual({ source: 'export.csv:4', message: 'm4', status: 'noise', reason: 'thanks' });
    expect(trace(message('m5', 'En nu dan?'))).toMatchObject({ status: 'follow-up' });
    expect(trace(message('m6', 'Verkopen jullie vuurwerk?'))).toMatchObject({ status: 'one-off' });
    expect(trace(message('m7', 'Dat regelen we', { direction: 'out' }))).toBeNull();
    expect(JSON.stringify(trace(message('m8', 'Mijn mail is jan@voorbeeld.nl')))).not.toContain('jan');
  });
});
