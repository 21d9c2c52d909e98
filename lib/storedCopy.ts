// A copy of one storage.local value, kept in this context until the value changes. The service
// worker reads the settings for every content-script message (the sender check) and every page it
// judges; each read is a round trip to the browser process, and a CPU profile of the worker under
// twenty loading tabs put a tenth of its time in those reads. The copy is dropped when
// storage.onChanged reports its key (a write from any context) and whenever its listener is gone
// (a test's fake browser reset removes listeners), so it is never staler than a fresh read racing
// the same write would be.
import { browser } from 'wxt/browser';

export interface StoredCopy<T> {
  /** The stored value: the copy, or a fresh read when there is none. */
  get(): Promise<T>;
  /** What this context just wrote, so a read before the write's change event sees it. */
  replace(value: T): void;
}

export function storedCopy<T>(key: string, read: () => Promise<T>): StoredCopy<T> {
  let copy: Promise<T> | null = null;
  const dropOnChange = (changes: Record<string, unknown>) => {
    if (key in changes) copy = null;
  };
  /** Listening before any read: a write landing while a read runs drops what the read returns. */
  const watch = () => {
    const changed = browser.storage.local.onChanged;
    if (changed.hasListener(dropOnChange)) return;
    // Nothing was listening, so nothing would have told the copy of a write.
    copy = null;
    changed.addListener(dropOnChange);
  };
  return {
    get() {
      watch();
      if (copy) return copy;
      const reading = read();
      copy = reading;
      reading.catch(() => {
        if (copy === reading) copy = null;
      });
      return reading;
    },
    replace(value) {
      watch();
      copy = Promise.resolve(value);
    },
  };
}
