// A store's records, re-read whenever any extension page (or the background) writes to that store.
import { useEffect, useState } from 'react';
import type { ListOptions, RecordOf, StoreName } from '@/lib/db';
import { listRecords, onDbChange } from '@/lib/db';
import { t } from '@/lib/i18n';

export interface RecordsState<T> {
  records: T[];
  loading: boolean;
  error: string | null;
}

// Several containers on one page ask for the same list at once (the side panel, its change-order and
// insights sections): identical reads in flight share one IndexedDB query.
const inflight = new Map<string, Promise<unknown[]>>();
function sharedList<S extends StoreName>(store: S, key: string): Promise<RecordOf<S>[]> {
  const id = `${store}|${key}`;
  let pending = inflight.get(id);
  if (!pending) {
    pending = listRecords(store, JSON.parse(key) as ListOptions).finally(() => inflight.delete(id));
    inflight.set(id, pending);
  }
  return pending as Promise<RecordOf<S>[]>;
}

/** `opts === null` skips the read (e.g. no project yet) and returns an empty list. */
export function useRecords<S extends StoreName>(store: S, opts: ListOptions | null = {}): RecordsState<RecordOf<S>> {
  const key = opts === null ? null : JSON.stringify(opts);
  const [state, setState] = useState<RecordsState<RecordOf<S>> & { key: string | null }>({
    records: [],
    loading: key !== null,
    error: null,
    key,
  });

  useEffect(() => {
    if (key === null) return;
    let alive = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const read = () =>
      sharedList(store, key).then(
        (records) => alive && setState({ records, loading: false, error: null, key }),
        (err: unknown) =>
          alive &&
          setState((s) => ({ ...s, loading: false, error: t('readFailed', { store, error: String(err) }), key })),
      );
    void read();
    // Bursts of writes (an import, a re-judged thread) cause one re-read, not hundreds.
    const off = onDbChange((change) => {
      if (change.store !== store) return;
      clearTimeout(timer);
      timer = setTimeout(() => void read(), 50);
    });
    return () => {
      alive = false;
      clearTimeout(timer);
      off();
    };
  }, [store, key]);

  // A different filter must not show the previous filter's records while the new read runs.
  if (key === null) return { records: [], loading: false, error: null };
  if (state.key !== key) return { records: [], loading: true, error: null };
  return state;
}
