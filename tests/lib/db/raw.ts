// Tests' raw access to the stored records: written as given (no validation, no fresh updatedAt, no
// views), and read back as stored, through the same store handles lib/db uses (packs.ts packs asks
// and feedback, so a raw IndexedDB put of a bare record would not be a record there).
import { openDb } from '@/lib/db';
import type { RecordOf, StoreName } from '@/lib/db';
import { storesOf } from '@/lib/db/stores';

type Row = Record<string, unknown> & { id: string };

/** Writes `rows` into `store` exactly as given, in one transaction. */
export async function putAsStored<S extends StoreName>(store: S, rows: readonly RecordOf<S>[]): Promise<void> {
  const tx = (await openDb()).transaction(store, 'readwrite');
  await storesOf(tx)
    .objectStore(store)
    .putMany(rows as unknown as Row[]);
  await tx.done;
}

/** Every stored record of `store`, deleted ones included, in id order. */
export async function readStored<S extends StoreName>(store: S): Promise<RecordOf<S>[]> {
  const tx = (await openDb()).transaction(store, 'readonly');
  const rows = await storesOf(tx).objectStore(store).getAll();
  await tx.done;
  return rows as RecordOf<S>[];
}
