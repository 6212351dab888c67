import { describe, expect, it } from 'vitest';
import { whatsAppChatLines } from '#lib/synth/index.ts';

const STAMP = /^(\d{2})-(\d{2})-(\d{4}) (\d{2}):(\d{2}) - /;

describe('whatsAppChatLines', () => {
  const lines = whatsAppChatLines({ seed: 4 });

  it('is deterministic and about as long as asked', () => {
    expect(whatsAppChatLines({ seed: 4 })).toEqual(lines);
    expect(lines.length).toBeGreaterThanOrEqual(85);
    expect(lines.length).toBeLessThanOrEqual(115);
    expect(whatsAppChatLines({ seed: 4, lines: 30 }).length).toBeLessThan(45);
  });

  it('writes the Dutch Android layout: a stamp, a sender and the text, in time order', () => {
    expect(lines[0]).toMatch(/^\d{2}-\d{2}-\d{4} \d{2}:\d{2} - Berichten en oproepen worden end-to-end versleuteld/);
    let previous = 0;
    let continuations = 0;
    for (const line of lines) {
      const match = STAMP.exec(line);
      if (!match) {
        continuations++;
        continue;
      }
      const [, d, m, y, h, min] = match;
      const at = Date.parse(`${y}-${m}-${d}T${h}:${min}:00Z`);
      expect(at).toBeGreaterThanOrEqual(previous);
      previous = at;
    }
    expect(continuations).toBeGreaterThan(0);
    expect(lines.filter((l) => / - Veldlicht Klantenservice: /.test(l)).length).toBeGreaterThan(20);
    expect(lines.filter((l) => / - \+31 6 \d{8}: /.test(l)).length).toBeGreaterThan(20);
  });
});
