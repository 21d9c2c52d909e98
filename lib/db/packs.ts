// The stores that grow by the thousand (asks and feedback) keep their records packed, many to a
// row. Why: Chromium's IndexedDB costs ~150-200 µs of its own per put whatever the record's size
// (10,000 puts of 500-byte records: 1.5-2.0 s in a bare page; the same records 100 to a row: ~0.1 s).
// Index entries cost too (~20 µs for a [projectId, updatedAt, id] key), so a pack carries as few as
// its reads need (multiEntry indexes over `k`, one array per index), in three kinds:
// - each: one entry per record, its key the record's fields then its id (the id index; the sparse
//   corrected and absorbed indexes);
// - set: one entry per distinct value among the pack's records (a thread's asks: by source);
// - bound: one entry per distinct prefix, the largest record key among the pack's records with it
//   (a project's newest [projectId, updatedAt, id]): every record of the pack sorts at or below it,
//   so walking a project's packs by bound, newest first, can stop as soon as the records found
//   fill the page and the next bound sorts below the last of them.
// Whatever the kind, readers ask in record keys ([...fields, id], ties ordered by id as the primary
// key did when each record was its own row) and get records back.
//
// The import writes packs of PACK_SIZE records of one project in index order; a record written on
// its own (an ask detected, feedback logged) starts a pack of one; a record already stored is
// rewritten in its pack. Pack ids are the id of their first record: records never leave a pack
// (deletes are soft), so no two packs share one.
//
// PackedStore gives a packed store the same promise-returning handle as any other store
// (stores.ts), so the readers ask for records by id and by index as they always did.
import {
  ABSORBED_INDEX,
  BY_PROJECT_INDEX,
  CLIENT_CREATED_INDEX,
  CORRECTED_INDEX,
  PROJECT_CREATED_INDEX,
} from './indexNames';
import { oldestFirst } from './newest';
import { answer, indexedDb3 } from './request';

export const PACKED_STORES = ['requests', 'feedback'] as const;
export type PackedStoreName = (typeof PACKED_STORES)[number];
export const isPacked = (store: string): store is PackedStoreName =>
  (PACKED_STORES as readonly string[]).includes(store);

/**
 * Records per pack an import writes: 250 writes for 10,000 records, and ~25 kB to read for one of
 * them. An import is as fast at 40 as at 100 (1.4 and 1.5 s for 10,000 records), but a read of one
 * record reads its pack: the Home tab's newest open ask of each of 200 projects is 5 MB of packs at 40
 * and 13 MB at 100.
 */
export const PACK_SIZE = 40;

/** Every packed store's index from a record's id to its pack (no record is in two packs: see PackedStore). */
export const RECORD_ID_INDEX = 'recordId';

type Row = Record<string, unknown> & { id: string };
export interface Pack {
  id: string;
  recs: Row[];
  k: Record<string, IDBValidKey[]>;
}

export type IndexKind = 'each' | 'set' | 'bound';
export interface PackIndex {
  /** Key paths, as IndexedDB's would be; a record's key in the index is their values then its id. */
  fields: readonly string[];
  kind: IndexKind;
}
const each = (...fields: string[]): PackIndex => ({ fields, kind: 'each' });
const set = (...fields: string[]): PackIndex => ({ fields, kind: 'set' });
const bound = (...fields: string[]): PackIndex => ({ fields, kind: 'bound' });

/**
 * Per packed store, each index the readers ask for. A bound index is read newest first only with its
 * whole prefix fixed (a project's, a client's) or, with no prefix, over everything; a set index by
 * exact value.
 */
export const PACK_INDEXES: Record<PackedStoreName, Record<string, PackIndex>> = {
  requests: {
    updatedAt: bound('updatedAt'),
    [BY_PROJECT_INDEX]: bound('projectId', 'updatedAt'),
    sourceId: set('source.id'),
    [CORRECTED_INDEX]: each('projectId', 'correction.at'),
    [ABSORBED_INDEX]: each('projectId', 'absorbed.at'),
  },
  feedback: {
    updatedAt: bound('updatedAt'),
    [BY_PROJECT_INDEX]: bound('projectId', 'updatedAt'),
    [CLIENT_CREATED_INDEX]: bound('clientId', 'createdAt'),
    [PROJECT_CREATED_INDEX]: bound('projectId', 'createdAt'),
  },
};

/** The key path of an index's entries in a pack row. */
export const packKeyPath = (index: string): string => `k.${index}`;

const valueAt = (record: unknown, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (v, part) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[part] : undefined),
      record,
    );

/** IndexedDB's valid keys, as far as records hold them: a record without one is left out of that index. */
function isKey(v: unknown): v is IDBValidKey {
  if (typeof v === 'string') return true;
  if (typeof v === 'number') return !Number.isNaN(v);
  if (v instanceof Date) return !Number.isNaN(v.getTime());
  return Array.isArray(v) && v.every(isKey);
}

/** A record's key in an index of fields `fields`: their values then its id; null when one has no valid key. */
export function indexKey(fields: readonly string[], record: Row): IDBValidKey[] | null {
  const parts = fields.map((f) => valueAt(record, f));
  return parts.every(isKey) ? [...parts, record.id] : null;
}

/** IndexedDB's order of keys, quick for the strings and arrays of strings records' keys are made of. */
export function compareKeys(a: IDBValidKey, b: IDBValidKey): number {
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < a.length && i < b.length; i++) {
      const c = compareKeys(a[i]!, b[i]!);
      if (c !== 0) return c;
    }
    return a.length - b.length;
  }
  return indexedDB.cmp(a, b);
}

/** One index's entries for a pack's records (see the kinds above). */
function entriesFor({ fields, kind }: PackIndex, recs: readonly Row[]): IDBValidKey[] {
  const keys: IDBValidKey[] = [];
  const byPrefix = new Map<string, IDBValidKey[]>();
  for (const r of recs) {
    const key = indexKey(fields, r);
    if (!key) continue;
    // Each key is one entry (an array key): pushed whole, never spread into its parts.
    if (kind === 'each') keys.push(key);
    else {
      // set: the values; bound: the largest record key (with its id: ties on the field stay ordered)
      const entry = kind === 'set' ? key.slice(0, -1) : key;
      const text = JSON.stringify(key.slice(0, fields.length - (kind === 'set' ? 0 : 1)));
      const kept = byPrefix.get(text);
      if (!kept || (kind === 'bound' && compareKeys(entry, kept) > 0)) byPrefix.set(text, entry);
    }
  }
  return kind === 'each' ? keys : [...byPrefix.values()];
}

/** The row a pack is stored as: its records and each index's entries for them. */
export function packRow(store: PackedStoreName, id: string, recs: Row[]): Pack {
  const k: Record<string, IDBValidKey[]> = { [RECORD_ID_INDEX]: recs.map((r) => r.id) };
  for (const [name, index] of Object.entries(PACK_INDEXES[store])) k[name] = entriesFor(index, recs);
  return { id, recs, k };
}

/** Records of rows as a store may hold them mid-upgrade: packs, or (before v10's conversion) bare records. */
export function recordsOfRow(row: unknown): Row[] {
  const pack = row as Partial<Pack> | undefined;
  return pack && Array.isArray(pack.recs) && pack.k !== undefined ? pack.recs : row ? [row as Row] : [];
}

/**
 * New records in packs: per project (a project's page is then in few packs), in index order,
 * at most `size` to a pack.
 */
export function packsOf(store: PackedStoreName, records: readonly Row[], size = PACK_SIZE): Pack[] {
  const byProject = new Map<unknown, Row[]>();
  for (const r of records) {
    const group = byProject.get(r.projectId) ?? byProject.set(r.projectId, []).get(r.projectId)!;
    group.push(r);
  }
  const out: Pack[] = [];
  for (const group of byProject.values()) {
    group.sort(oldestFirst);
    for (let i = 0; i < group.length; i += size) {
      const recs = group.slice(i, i + size);
      out.push(packRow(store, recs[0]!.id, recs));
    }
  }
  return out;
}

/** An index read: exact keys become the range of every entry that starts with them (the id follows). */
export function entriesOf(query: IDBValidKey | IDBKeyRange | null | undefined): IDBKeyRange | null {
  if (query === null || query === undefined) return null;
  if (query instanceof IDBKeyRange) return query;
  const prefix = Array.isArray(query) ? query : [query];
  return IDBKeyRange.bound(prefix, [...prefix, []]);
}

type Direction = 'next' | 'prev';

/** The records of `pack` whose key in `index` passes `within`. */
function entriesIn(pack: Pack, index: PackIndex, within: KeyTest): Entry[] {
  const out: Entry[] = [];
  for (const record of pack.recs) {
    const key = indexKey(index.fields, record);
    if (key && within(key)) out.push({ key, record });
  }
  return out;
}

const sortEntries = (entries: Entry[], direction: Direction): Entry[] => {
  const sign = direction === 'prev' ? -1 : 1;
  return entries.sort((a, b) => sign * compareKeys(a.key, b.key));
};

/** A test of keys against `range`: for a prefix range (what the readers ask), a comparison in script. */
function keyTest(range: IDBKeyRange | null): (key: IDBValidKey) => boolean {
  if (range === null) return () => true;
  const lower = range.lower as unknown;
  if (Array.isArray(lower) && fixesPrefix(range, lower.length)) {
    const prefix = lower as IDBValidKey[];
    return (key) =>
      Array.isArray(key) && key.length >= prefix.length && prefix.every((v, i) => compareKeys(key[i]!, v) === 0);
  }
  return (key) => range.includes(key);
}

/**
 * Whether `pack` may hold records in `range` of index `name`, from its entries alone: an each-index's
 * entries are its records' keys; a set or bound entry stands for its records only within ranges
 * that fix a whole prefix (as every reader asks), so for any other range the pack is looked into.
 */
function mayHold(pack: Pack, name: string, index: PackIndex, range: IDBKeyRange | null, within: KeyTest): boolean {
  if (range === null) return true;
  const prefix = index.kind === 'set' ? index.fields.length : index.fields.length - 1;
  if (index.kind !== 'each' && !fixesPrefix(range, prefix)) return true;
  return pack.k[name]?.some(within) ?? true;
}
type KeyTest = (key: IDBValidKey) => boolean;

/** Whether `range` is every key that starts with one prefix of `length` values (everything, for none). */
function fixesPrefix(range: IDBKeyRange | null, length: number): boolean {
  if (range === null) return length === 0;
  const { lower, upper } = range as { lower: unknown; upper: unknown };
  return (
    Array.isArray(lower) &&
    Array.isArray(upper) &&
    lower.length === length &&
    upper.length === length + 1 &&
    compareKeys(upper.slice(0, length), lower) === 0 &&
    Array.isArray(upper[length]) &&
    (upper[length] as unknown[]).length === 0
  );
}
interface Entry {
  key: IDBValidKey;
  record: Row;
}

/**
 * A packed store inside one transaction. It keeps the packs it has read or written (as last
 * written: IndexedDB runs a transaction's requests in order, so a pack read after this transaction
 * wrote it is the same as the copy kept), so several writes to one pack each start from the others.
 */
export class PackedStore {
  /** Pack id -> the pack as last written in this transaction (or read, if not written). */
  private readonly packs = new Map<string, Pack>();
  /** Record id -> its pack's id, or null when it is known to be in none. */
  private readonly home = new Map<string, string | null>();
  /** Every pack of the store is in `packs` (after getAll or clear). */
  private complete = false;

  constructor(
    private readonly os: IDBObjectStore,
    private readonly store: PackedStoreName,
    private readonly writable: boolean,
  ) {}

  /** The kept copy of a pack read from the database: the first read is kept, later reads of it are stale. */
  private adopt(pack: Pack): Pack {
    const kept = this.packs.get(pack.id);
    if (kept) return kept;
    this.packs.set(pack.id, pack);
    for (const r of pack.recs) this.home.set(r.id, pack.id);
    return pack;
  }

  /** The record's pack if this transaction knows where it is (null: in none), undefined if not yet. */
  private located(id: string): Pack | null | undefined {
    if (this.home.has(id)) {
      const packId = this.home.get(id);
      return packId ? this.packs.get(packId)! : null;
    }
    return this.complete ? null : undefined;
  }

  private async locate(id: string): Promise<Pack | null> {
    if (this.located(id) === undefined) {
      const pack = (await answer(this.os.index(RECORD_ID_INDEX).get(id))) as Pack | undefined;
      if (pack) this.adopt(pack);
      if (!this.home.has(id)) this.home.set(id, null);
    }
    return this.located(id)!;
  }

  private async loadPacks(ids: Iterable<IDBValidKey>): Promise<void> {
    const missing = [...new Set([...ids].map(String))].filter((id) => !this.packs.has(id));
    const read = await Promise.all(missing.map((id) => answer(this.os.get(id)) as Promise<Pack | undefined>));
    for (const pack of read) if (pack) this.adopt(pack);
  }

  private copyOut(pack: Pack | null, id: IDBValidKey): Row | undefined {
    const record = pack?.recs.find((r) => r.id === id);
    return record && this.writable ? structuredClone(record) : record;
  }

  /**
   * The record (a copy in a readwrite transaction, which may change the kept one), or undefined. Where
   * the transaction already knows it, the copy is taken at the call: a read issued before a write
   * sees the record as it was, as IndexedDB's requests in order would.
   */
  get(id: IDBValidKey): Promise<Row | undefined> {
    const known = this.located(String(id));
    if (known !== undefined) return Promise.resolve(this.copyOut(known, id));
    return this.locate(String(id)).then((pack) => this.copyOut(pack, id));
  }

  put(record: Row): Promise<unknown> {
    return this.putMany([record]);
  }

  /**
   * Writes records: each one already stored replaces its copy in its pack, new ones go into new packs
   * (packsOf); each pack touched is written once. `owned`: the caller hands the records over (an
   * import's freshly checked rows) and they are kept as they are rather than copied.
   */
  async putMany(records: readonly Row[], owned = false): Promise<unknown> {
    // Known records are changed at the call (so a read issued after it sees them), others once found.
    if (records.some((r) => this.located(r.id) === undefined)) await Promise.all(records.map((r) => this.locate(r.id)));
    const touched = new Set<Pack>();
    const fresh = new Map<string, Row>();
    for (const given of records) {
      const record = owned ? given : structuredClone(given);
      const packId = this.home.get(record.id); // read now: a write since the locate may have placed it
      if (packId) {
        const pack = this.packs.get(packId)!;
        pack.recs[pack.recs.findIndex((r) => r.id === record.id)] = record;
        touched.add(pack);
      } else fresh.set(record.id, record);
    }
    const rows = [
      ...[...touched].map((p) => packRow(this.store, p.id, p.recs)),
      ...packsOf(this.store, [...fresh.values()]),
    ];
    for (const row of rows) {
      this.packs.set(row.id, row);
      for (const r of row.recs) this.home.set(r.id, row.id);
    }
    return Promise.all(rows.map((row) => answer(this.os.put(row))));
  }

  /** Removes a record from its pack (the pack goes when it was the last). */
  async delete(id: IDBValidKey): Promise<unknown> {
    const pack = await this.locate(String(id));
    if (!pack) return undefined;
    this.home.set(String(id), null);
    const recs = pack.recs.filter((r) => r.id !== id);
    if (recs.length === 0) {
      this.packs.delete(pack.id);
      return answer(this.os.delete(pack.id));
    }
    if (pack.id !== id) {
      const row = packRow(this.store, pack.id, recs);
      this.packs.set(row.id, row);
      return answer(this.os.put(row));
    }
    // The pack was named after this record: it takes the name of one it still holds, so a record
    // of that id written later starts a pack of its own instead of landing on this one.
    this.packs.delete(pack.id);
    this.os.delete(pack.id);
    const row = packRow(this.store, recs[0]!.id, recs);
    this.packs.set(row.id, row);
    for (const r of recs) this.home.set(r.id, row.id);
    return answer(this.os.put(row));
  }

  /** Every record, in id order (the order of a store of one record per row). */
  async getAll(): Promise<Row[]> {
    if (!this.complete) {
      for (const pack of (await answer(this.os.getAll())) as Pack[]) this.adopt(pack);
      this.complete = true;
    }
    return [...this.packs.values()].flatMap((p) => p.recs).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  async getAllKeys(): Promise<string[]> {
    return (await this.getAll()).map((r) => r.id);
  }

  clear(): Promise<unknown> {
    this.packs.clear();
    this.home.clear();
    this.complete = true;
    return answer(this.os.clear());
  }

  hasIndex(name: string): boolean {
    return this.os.indexNames.contains(name);
  }

  private indexOf(name: string): PackIndex {
    const index = PACK_INDEXES[this.store][name];
    if (!index) throw new Error(`${this.store} has no index ${name}`);
    return index;
  }

  /**
   * The kept records whose key in index `name` falls in `range`, in key order. Only packs with an
   * entry of that index in the range are looked into: a transaction that reads one project after
   * another keeps them all, and each read is about its own.
   */
  private entries(name: string, range: IDBKeyRange | null, direction: Direction): Entry[] {
    const index = this.indexOf(name);
    const within = keyTest(range);
    const out: Entry[] = [];
    for (const pack of this.packs.values()) {
      if (mayHold(pack, name, index, range, within)) out.push(...entriesIn(pack, index, within));
    }
    return sortEntries(out, direction);
  }

  /** Loads every pack with an entry in `range` (one request for their ids). */
  private async loadRange(name: string, range: IDBKeyRange | null): Promise<void> {
    await this.loadPacks(await answer(this.os.index(name).getAllKeys(range)));
  }

  /** An each-index: loads the packs of the first `count` entries (one request where the browser has IndexedDB 3). */
  private async loadFirst(name: string, range: IDBKeyRange | null, count: number, direction: Direction) {
    const idx = this.os.index(name);
    const v3 = indexedDb3(idx);
    if (v3) return this.loadPacks(await v3.keys({ query: range, count, direction }));
    const ids: IDBValidKey[] = [];
    const request = idx.openKeyCursor(range, direction);
    for (let cursor = await answer(request); cursor && ids.length < count; cursor = await answer(request)) {
      ids.push(cursor.primaryKey);
      if (ids.length < count) cursor.continue();
    }
    return this.loadPacks(ids);
  }

  /**
   * A bound index, newest first, its prefix fixed: loads packs in the order of their bounds until the
   * records found fill `count` and the next bound sorts below the last of them (no record of that
   * pack or of any after it can be in the page).
   */
  private async loadNewest(name: string, range: IDBKeyRange | null, count: number) {
    const index = this.indexOf(name);
    const within = keyTest(range);
    let found = this.entries(name, range, 'prev'); // then only the packs this walk reads are added
    const request = this.os.index(name).openKeyCursor(range, 'prev');
    for (let cursor = await answer(request); cursor; cursor = await answer(request)) {
      // The pack's bound is its largest record key in the range: all of its records sort at or below.
      if (found.length >= count && compareKeys(cursor.key, found[count - 1]!.key) < 0) return;
      const id = String(cursor.primaryKey);
      if (!this.packs.has(id)) {
        await this.loadPacks([id]);
        const pack = this.packs.get(id);
        if (pack) found = sortEntries([...found, ...entriesIn(pack, index, within)], 'prev');
      }
      cursor.continue();
    }
  }

  /**
   * The pack holding the newest record of a range (null: the range is empty), where the browser has
   * IndexedDB 3's getAllRecords (undefined where it has not): one request brings the pack of the
   * highest bound, and that bound is the range's newest record. The key cursor costs a round trip
   * for the bound and another for the pack: at 100,000 records, Home's newest ask of 100 projects
   * was 300 replies. Longer pages keep the cursor, which reads no pack beyond the page.
   */
  private async loadNewestPack(name: string, range: IDBKeyRange | null): Promise<Pack | null | undefined> {
    const v3 = indexedDb3(this.os.index(name));
    if (!v3) return undefined;
    const [top] = await v3.records({ query: range, count: 1, direction: 'prev' });
    return top ? this.adopt(top.value as Pack) : null;
  }

  /**
   * The first `count` records of an index range in `direction`. The packs loaded hold every record
   * of those entries (an each-index: the packs of its first `count` entries; a bound index: packs
   * until no later one can hold one), and any other record of theirs in the range sorts after them,
   * so sorting what the kept packs hold in the range and cutting at `count` gives the index's answer.
   */
  private async read(
    name: string,
    query: IDBValidKey | IDBKeyRange | null | undefined,
    count: number,
    direction: Direction,
  ): Promise<Row[]> {
    const index = this.indexOf(name);
    const range = entriesOf(query);
    if (!this.complete) {
      if (count === Infinity || index.kind === 'set') await this.loadRange(name, range);
      else if (index.kind === 'each') await this.loadFirst(name, range, count, direction);
      else if (direction === 'prev' && fixesPrefix(range, index.fields.length - 1)) {
        const top = count === 1 ? await this.loadNewestPack(name, range) : undefined;
        // A readonly transaction's packs are as stored: the newest record is the top pack's, and
        // the other packs it holds need no look (Home asks this of every project in one transaction).
        if (top !== undefined && !this.writable) {
          const [newest] = top ? sortEntries(entriesIn(top, index, keyTest(range)), 'prev') : [];
          return newest ? [newest.record] : [];
        }
        if (top === undefined) await this.loadNewest(name, range, count);
      } else await this.loadRange(name, range);
    }
    return this.entries(name, range, direction)
      .slice(0, count)
      .map((e) => e.record);
  }

  index(name: string) {
    return {
      getAll: (query?: IDBValidKey | IDBKeyRange | null) => this.read(name, query, Infinity, 'next'),
      getAllRecords: async (o: { query: IDBKeyRange | null; count: number; direction: 'prev' }) =>
        (await this.read(name, o.query, o.count, o.direction)).map((value) => ({ value })),
      openCursor: async (range: IDBKeyRange | null, direction: 'prev') => {
        const rows = await this.read(name, range, Infinity, direction);
        const at = (i: number): Promise<{ value: unknown; continue(): Promise<unknown> } | null> =>
          Promise.resolve(i < rows.length ? { value: rows[i], continue: () => at(i + 1) } : null);
        return at(0) as never;
      },
    };
  }
}

const opened = new WeakMap<IDBTransaction, Map<string, PackedStore>>();

/** The one PackedStore of `store` in `tx`, so every reader and writer in the transaction shares its packs. */
export function packedStore(tx: IDBTransaction, store: PackedStoreName): PackedStore {
  const byName = opened.get(tx) ?? opened.set(tx, new Map()).get(tx)!;
  let handle = byName.get(store);
  if (!handle) byName.set(store, (handle = new PackedStore(tx.objectStore(store), store, tx.mode !== 'readonly')));
  return handle;
}
