// Term-id lists as compact text: sorted, delta-encoded, base 36, space separated. Order within a
// field does not matter to the ranking, and small gaps compress far better than raw ids.

export function encodeTermIds(ids: readonly number[]): string {
  const sorted = [...ids].sort((a, b) => a - b);
  return sorted.map((id, i) => (i === 0 ? id : id - (sorted[i - 1] as number)).toString(36)).join(' ');
}

export function decodeTermIds(encoded: string, termCount: number): number[] {
  if (encoded === '') return [];
  let previous = 0;
  return encoded.split(' ').map((part) => {
    const gap = Number.parseInt(part, 36);
    const id = previous + gap;
    if (!(gap >= 0) || id >= termCount) throw new Error(`search index: bad term id "${part}"; rebuild the site`);
    previous = id;
    return id;
  });
}
