// Term-id lists as compact text: sorted, delta-encoded, base 36, space separated; a term that
// occurs several times is written once with its count ("a.3"). Order within a field does not matter
// to the ranking, and small gaps compress far better than raw ids. Plain repeats ("3 0 0", gap 0)
// decode the same way, so indexes written before counts were folded still load.

export function encodeTermIds(ids: readonly number[]): string {
  const sorted = [...ids].sort((a, b) => a - b);
  const parts: string[] = [];
  let previous = 0;
  for (let i = 0; i < sorted.length;) {
    const id = sorted[i] as number;
    let count = 1;
    while (sorted[i + count] === id) count++;
    const gap = (parts.length === 0 ? id : id - previous).toString(36);
    parts.push(count === 1 ? gap : `${gap}.${count.toString(36)}`);
    previous = id;
    i += count;
  }
  return parts.join(' ');
}

export function decodeTermIds(encoded: string, termCount: number): number[] {
  if (encoded === '') return [];
  let previous = 0;
  const ids: number[] = [];
  for (const part of encoded.split(' ')) {
    const [gapText = '', countText] = part.split('.');
    const gap = Number.parseInt(gapText, 36);
    const count = countText === undefined ? 1 : Number.parseInt(countText, 36);
    const id = previous + gap;
    if (!(gap >= 0) || !(count >= 1) || id >= termCount || !/^[0-9a-z]+(?:\.[0-9a-z]+)?$/u.test(part)) {
      throw new Error(`search index: bad term id "${part}"; rebuild the site`);
    }
    for (let n = 0; n < count; n++) ids.push(id);
    previous = id;
  }
  return ids;
}
