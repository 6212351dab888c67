// Remembering results of pure functions of a string: the miner meets the same sentences, questions
// and saved replies thousands of times.

/** `compute`, remembering each key's result; a cache that reaches `limit` entries starts over. */
export function memoize<V>(compute: (key: string) => V, limit = Number.POSITIVE_INFINITY): (key: string) => V {
  const cache = new Map<string, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      if (cache.size >= limit) cache.clear();
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
}
