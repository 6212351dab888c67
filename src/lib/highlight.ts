// Splits text into plain and highlighted parts, so the browser can build <mark> elements from text
// nodes (never innerHTML). Ranges are half-open [start, end) UTF-16 offsets, as the engine gives them.

export type Segment = { text: string; mark: boolean };

export function highlightSegments(text: string, ranges: readonly (readonly [number, number])[]): Segment[] {
  const sorted = ranges
    .map(([start, end]) => [Math.max(0, start), Math.min(text.length, end)] as const)
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  const segments: Segment[] = [];
  let position = 0;
  for (const [start, end] of sorted) {
    if (end <= position) continue;
    const from = Math.max(start, position);
    if (from > position) segments.push({ text: text.slice(position, from), mark: false });
    const last = segments.at(-1);
    if (last?.mark && from === position) last.text += text.slice(from, end);
    else segments.push({ text: text.slice(from, end), mark: true });
    position = end;
  }
  if (position < text.length) segments.push({ text: text.slice(position), mark: false });
  return segments;
}

/** Fills "{count} resultaten voor ‘{query}’" style templates. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}
