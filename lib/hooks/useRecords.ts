// A store's records, re-read whenever any extension page (or the background) writes to that store.
import { useLayoutEffect, useRef, useState } from 'react';
import { useReadEffect } from '@/lib/hooks/readEffect';
import type { ListOptions, RecordOf, StoreName } from '@/lib/db';
import { getRecord, onDbChange, sharedList } from '@/lib/db';
import { t } from '@/lib/i18n';

export interface RecordsState<T> {
  records: T[];
  loading: boolean;
  error: string | null;
}

/**
 * How a long list reaches the screen. `firstPage: n` reads the newest n records first (what the
 * first screen shows) and the rest once that has painted; `firstPage: 0` reads nothing until then
 * (a list the first screen does not show, such as a picker behind a button).
 */
export interface ReadPlan {
  firstPage?: number;
}

/**
 * A first page of rows of at least `rowPx` for a window `heightPx` tall: what it can show, and
 * never 0 (a first page of 0 means "nothing before the first paint"; a window not laid out yet
 * reports a height of 0).
 */
export const screenfulOfRows = (rowPx: number, heightPx: number): number =>
  Math.max(1, Math.ceil((Number.isFinite(heightPx) ? heightPx : 0) / rowPx));

/**
 * Starts a list read at page start, before React renders: the first `useRecords` with the same
 * store and options (and, with a first page, `{ limit: firstPage }`) takes the read already under way.
 */
export function preloadRecords<S extends StoreName>(store: S, opts: ListOptions = {}): void {
  void sharedList(store, opts).catch(() => {}); // a failed read is read again, and reported, by the hook
}

/**
 * After the browser has painted what is on screen now (a frame, then a task). `beforePaint` runs at
 * that frame, before its paint: for starting a read whose answer, which comes as a task of its own,
 * cannot land before the paint.
 */
export function afterPaint(run: () => void, beforePaint?: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame =
    typeof requestAnimationFrame === 'function'
      ? requestAnimationFrame(() => {
          beforePaint?.();
          timer = setTimeout(run, 0);
        })
      : (beforePaint?.(), (timer = setTimeout(run, 0)), 0);
  return () => {
    if (typeof cancelAnimationFrame === 'function') cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * Runs `run` once, at the page's first key press or pointer press: code the first screen does not
 * need (the schemas a save validates with, the SOW reader) loads while the person starts typing or
 * clicking, not while the first screen is still reading and rendering.
 */
export function onFirstInput(run: () => void): void {
  if (typeof addEventListener !== 'function') return;
  const once = () => {
    removeEventListener('keydown', once, true);
    removeEventListener('pointerdown', once, true);
    run();
  };
  addEventListener('keydown', once, true);
  addEventListener('pointerdown', once, true);
}

/** `opts === null` skips the read (e.g. no project yet) and returns an empty list. */
export function useRecords<S extends StoreName>(
  store: S,
  opts: ListOptions | null = {},
  plan: ReadPlan = {},
): RecordsState<RecordOf<S>> {
  const key = opts === null ? null : JSON.stringify(opts);
  const firstPage = plan.firstPage;
  const [state, setState] = useState<RecordsState<RecordOf<S>> & { key: string | null }>({
    records: [],
    loading: key !== null,
    error: null,
    key,
  });

  useReadEffect(() => {
    if (key === null) return;
    let alive = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let cancelRest = () => {};
    const full = JSON.parse(key) as ListOptions;
    const read = (o: ListOptions, more: boolean) =>
      sharedList(store, o).then(
        (records) => {
          if (!alive) return;
          setState({ records, loading: false, error: null, key });
          // A full first page may have more behind it: read them once this page is on screen.
          if (more && records.length >= (o.limit ?? Infinity)) cancelRest = afterPaint(() => void read(full, false));
        },
        (err: unknown) =>
          alive &&
          setState((s) => ({ ...s, loading: false, error: t('readFailed', { store, error: String(err) }), key })),
      );
    const limit = full.limit ?? Infinity;
    if (firstPage === undefined || firstPage >= limit) void read(full, false);
    else if (firstPage === 0) cancelRest = afterPaint(() => void read(full, false));
    else void read({ ...full, limit: firstPage }, true);
    // Bursts of writes (an import, a re-judged thread) cause one re-read, not hundreds.
    const off = onDbChange((change) => {
      if (change.store !== store) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        cancelRest();
        void read(full, false);
      }, 50);
    });
    return () => {
      alive = false;
      clearTimeout(timer);
      cancelRest();
      off();
    };
  }, [store, key, firstPage]);

  // A different filter must not show the previous filter's records while the new read runs.
  if (key === null) return { records: [], loading: false, error: null };
  if (state.key !== key) return { records: [], loading: true, error: null };
  return state;
}

export interface ReadState<T> {
  value: T;
  loading: boolean;
  /** Why the last read failed (the value is then `initial`). */
  error: string | null;
}

/**
 * The result of `read`, read again (once per burst) whenever any extension page writes to one of
 * `stores`. `key` names what is read: a new key reads again, `null` reads nothing and gives `initial`.
 */
export function useRead<T>(key: string | null, read: () => Promise<T>, stores: readonly StoreName[], initial: T) {
  // The latest `read` (a new closure every render), for the effect below and its re-reads.
  const latest = useRef(read);
  useLayoutEffect(() => {
    latest.current = read;
  });
  const [state, setState] = useState<{ key: string | null; value: T; error: string | null }>({
    key: null,
    value: initial,
    error: null,
  });
  const watched = stores.join();
  useReadEffect(() => {
    if (key === null) return;
    let alive = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = () =>
      latest.current().then(
        (value) => alive && setState({ key, value, error: null }),
        (err: unknown) =>
          alive && setState({ key, value: initial, error: err instanceof Error ? err.message : String(err) }),
      );
    void run();
    const off = onDbChange((change) => {
      if (!watched.split(',').includes(change.store)) return;
      clearTimeout(timer);
      timer = setTimeout(() => void run(), 50);
    });
    return () => {
      alive = false;
      clearTimeout(timer);
      off();
    };
    // `initial` is the value before the first read; later renders' copies do not restart it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, watched]);
  const ready = key !== null && state.key === key;
  return {
    value: ready ? state.value : initial,
    loading: key !== null && !ready,
    error: ready ? state.error : null,
  } satisfies ReadState<T>;
}

/** One record by id (null while reading, when missing, or with no id), kept current like useRecords. */
export function useRecord<S extends StoreName>(store: S, id: string | null): ReadState<RecordOf<S> | null> {
  return useRead(id === null ? null : `${store}:${id}`, () => getRecord(store, id!), [store], null);
}
