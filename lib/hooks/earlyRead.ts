// A read started at page start, before React renders, and handed once to the first render that
// asks for the same key: the side panel's page state and asks, the options page's Home.
export interface EarlyRead<K, V> {
  /** Starts the read for `key` (null: none), replacing any earlier one not yet taken. */
  start(key: K | null): Promise<V> | null;
  /** The read under way for `key`, once; null for another key or when already taken. */
  take(key: K): Promise<V> | null;
}

export function earlyRead<K, V>(read: (key: K) => Promise<V>): EarlyRead<K, V> {
  let early: { key: K; value: Promise<V> } | null = null;
  return {
    start(key) {
      early = key === null ? null : { key, value: read(key) };
      early?.value.catch(() => {}); // a failed early read is read again, and reported, by its hook
      return early?.value ?? null;
    },
    take(key) {
      const hit = early?.key === key ? early.value : null;
      early = null;
      return hit;
    },
  };
}
