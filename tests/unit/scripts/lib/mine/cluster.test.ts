import { describe, expect, it } from 'vitest';
import { clusterUniqueTexts } from '#lib/mine/cluster.ts';

describe('clusterUniqueTexts: answers as words', () => {
  // Refund questions worded in many ways, discount-code questions, and unrelated one-offs. Half of
  // the refund and code questions got the company's saved reply for that matter.
  const refund = [
    'Wanneer krijg ik mijn geld terug?',
    'Hoe lang duurt een terugbetaling bij jullie?',
    'Het bedrag staat nog steeds niet op mijn rekening',
    'Mijn retour is binnen maar ik zie nog geen geld',
    'Wanneer wordt het geld teruggestort?',
    'Al twee weken wachten op mijn terugbetaling',
    'Geld van mijn annulering nog niet ontvangen',
    'Wanneer staat mijn geld terug op mijn rekening?',
  ];
  const code = [
    'Mijn kortingscode werkt niet',
    'De code uit de nieuwsbrief wordt niet geaccepteerd',
    'Kortingscode ongeldig bij het afrekenen',
    'Waarom doet mijn actiecode het niet?',
    'Code geeft een foutmelding',
    'Ik krijg geen korting met mijn code',
    'Kortingscode wordt niet van het totaal afgehaald',
    'Mijn code is volgens de site verlopen',
  ];
  const oneOffs = [
    'Verkopen jullie ook matrassen?',
    'Hoe laat gaat de winkel open?',
    'Kan ik met creditcard betalen?',
    'Bezorgen jullie op zondag?',
    'Hebben jullie een fysieke winkel?',
    'Is er een app van jullie?',
  ];
  const texts = [...refund, ...code, ...oneOffs];
  const refundReply = 'Vervelend dat je nog wacht! Je terugbetaling is verwerkt: het geld staat binnen 3 werkdagen weer op je rekening.';
  const codeReply = 'Check of je kortingscode nog geldig is en of je het minimumbedrag haalt; een code geldt niet op sale.';
  const replies = texts.map((_, i) => (i % 2 === 1 || i >= 16 ? [] : i < 8 ? [refundReply] : [codeReply]));
  const groupsOf = (answerWords: boolean) => {
    const clustering = clusterUniqueTexts(texts, { seed: 1, replies, answerWords, langs: texts.map(() => 'nl' as const) });
    const group = Array.from(clustering.itemOf, (item) => clustering.itemSubtopic[item]!);
    return { refund: new Set(group.slice(0, 8)), code: new Set(group.slice(8, 16)) };
  };

  it('keeps questions that got the same answer together, however differently they are worded', () => {
    const { refund: refundGroups, code: codeGroups } = groupsOf(true);
    expect(refundGroups.size).toBe(1);
    expect(codeGroups.size).toBe(1);
    expect([...refundGroups][0]).not.toBe([...codeGroups][0]);
    expect([...refundGroups][0]).toBeGreaterThanOrEqual(0);
  });

  it("splits the worded-apart questions without the answers' words (what the option adds)", () => {
    expect(groupsOf(false).refund.size).toBeGreaterThan(1);
  });
});
