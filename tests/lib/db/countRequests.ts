// Counts the IndexedDB requests made while it runs: every get, getAll, cursor open and cursor step,
// put and delete is one IDBRequest, one round trip to the database process in a browser.
const METHODS: Record<string, readonly string[]> = {
  IDBObjectStore: [
    'get',
    'getKey',
    'getAll',
    'getAllKeys',
    'getAllRecords',
    'count',
    'openCursor',
    'openKeyCursor',
  ].concat(['put', 'add', 'delete', 'clear']),
  IDBIndex: ['get', 'getKey', 'getAll', 'getAllKeys', 'getAllRecords', 'count', 'openCursor', 'openKeyCursor'],
  IDBCursor: ['continue', 'advance', 'continuePrimaryKey', 'update', 'delete'],
};

type Method = (...args: unknown[]) => unknown;

/** The number of requests `work` makes (only its own: run it alone). */
export async function countRequests(work: () => Promise<unknown>): Promise<number> {
  let n = 0;
  const undo: (() => void)[] = [];
  for (const [cls, names] of Object.entries(METHODS)) {
    const proto = (globalThis as unknown as Record<string, { prototype: Record<string, Method> } | undefined>)[cls]
      ?.prototype;
    for (const name of names) {
      const orig = proto?.[name];
      if (!proto || typeof orig !== 'function') continue;
      proto[name] = function (this: unknown, ...args: unknown[]) {
        n++;
        return orig.apply(this, args);
      };
      undo.push(() => (proto[name] = orig));
    }
  }
  try {
    await work();
  } finally {
    for (const u of undo) u();
  }
  return n;
}
