// A tiny template language for phrasings: `[a|b|]` picks one alternative (empty allowed) and
// `{slot}` takes a filler from a slot list or a value the caller passes. Templates are compiled
// once and cached, because the generator renders one for every row.
import type { Random } from './random.ts';

type Part = string | { alternatives: readonly string[] } | { slot: string };

const compiled = new Map<string, readonly Part[]>();
const TOKEN = /\[([^\]]*)\]|\{([a-z]+)\}/g;

function compile(template: string): readonly Part[] {
  const parts: Part[] = [];
  let last = 0;
  for (const match of template.matchAll(TOKEN)) {
    if (match.index > last) parts.push(template.slice(last, match.index));
    if (match[1] !== undefined) parts.push({ alternatives: match[1].split('|') });
    else parts.push({ slot: match[2] ?? '' });
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  return parts;
}

export type SlotValues = Readonly<Record<string, string | (() => string)>>;

export function render(template: string, random: Random, slots: Readonly<Record<string, readonly string[]>>, values: SlotValues = {}): string {
  let parts = compiled.get(template);
  if (!parts) {
    parts = compile(template);
    compiled.set(template, parts);
  }
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') out += part;
    else if ('alternatives' in part) out += random.pick(part.alternatives);
    else out += fillSlot(part.slot, random, slots, values);
  }
  // An empty alternative can leave a double space or a space before punctuation.
  return out
    .replace(/ {2,}/g, ' ')
    .replace(/ ([,.?!])/g, '$1')
    .trim();
}

function fillSlot(name: string, random: Random, slots: Readonly<Record<string, readonly string[]>>, values: SlotValues): string {
  const value = values[name];
  if (typeof value === 'function') return value();
  if (value !== undefined) return value;
  const list = slots[name];
  if (!list || list.length === 0) throw new Error(`template slot {${name}} has no values`);
  return random.pick(list);
}

/** Amount slots for templates: {euro} for bills and instalments, {plus} for a monthly increase. */
export function amountSlots(random: Random): SlotValues {
  return { euro: () => euroAmount(random, 40, 400), plus: () => euroAmount(random, 5, 60) };
}

/** An amount the way Dutch customers write it: €87, € 142,50, 95 euro. */
export function euroAmount(random: Random, min: number, max: number): string {
  const whole = min + random.int(max - min);
  const cents = random.chance(0.3) ? `,${random.pick(['50', '25', '99', '12', '80'])}` : '';
  switch (random.int(4)) {
    case 0:
      return `€${whole}${cents}`;
    case 1:
      return `€ ${whole}${cents || ',-'}`;
    case 2:
      return `${whole} euro`;
    default:
      return `€${whole}`;
  }
}
