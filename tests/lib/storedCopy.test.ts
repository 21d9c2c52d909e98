// A stored value's copy is read once while the value is unchanged, and never outlives a write.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { storedCopy } from '@/lib/storedCopy';

/** A copy of `colour` that counts its reads of storage. */
function colourCopy() {
  let reads = 0;
  const copy = storedCopy('colour', async () => {
    reads++;
    const got = await fakeBrowser.storage.local.get('colour');
    return (got.colour as string | undefined) ?? 'none';
  });
  return { copy, reads: () => reads };
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('storedCopy', () => {
  it('reads storage once while the value is unchanged, however many ask', async () => {
    await fakeBrowser.storage.local.set({ colour: 'red' });
    const { copy, reads } = colourCopy();
    expect(await Promise.all([copy.get(), copy.get()])).toEqual(['red', 'red']);
    expect(await copy.get()).toBe('red');
    expect(reads()).toBe(1);
  });

  it('reads again after a write to its key, and keeps the copy through writes to other keys', async () => {
    await fakeBrowser.storage.local.set({ colour: 'red' });
    const { copy, reads } = colourCopy();
    await copy.get();
    await fakeBrowser.storage.local.set({ size: 'large' });
    expect(await copy.get()).toBe('red');
    expect(reads()).toBe(1);
    await fakeBrowser.storage.local.set({ colour: 'blue' });
    expect(await copy.get()).toBe('blue');
    expect(reads()).toBe(2);
  });

  it('does not keep what a read returned when a write landed while it ran', async () => {
    await fakeBrowser.storage.local.set({ colour: 'red' });
    let release = () => {};
    const gate = new Promise<void>((r) => (release = r));
    let reads = 0;
    const copy = storedCopy('colour', async () => {
      const got = await fakeBrowser.storage.local.get('colour');
      if (reads++ === 0) await gate;
      return got.colour as string;
    });
    const first = copy.get();
    await fakeBrowser.storage.local.set({ colour: 'blue' });
    release();
    expect(await first).toBe('red');
    expect(await copy.get()).toBe('blue');
  });

  it('reads afresh once its change listener is gone (nothing would report a write)', async () => {
    await fakeBrowser.storage.local.set({ colour: 'red' });
    const { copy, reads } = colourCopy();
    await copy.get();
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ colour: 'green' });
    expect(await copy.get()).toBe('green');
    expect(reads()).toBe(2);
  });

  it('keeps no failed read', async () => {
    let fail = true;
    const copy = storedCopy('colour', async () => {
      if (fail) throw new Error('storage unavailable');
      return 'red';
    });
    await expect(copy.get()).rejects.toThrow('storage unavailable');
    fail = false;
    expect(await copy.get()).toBe('red');
  });

  it('serves what this context wrote, without a read, until the next change', async () => {
    const { copy, reads } = colourCopy();
    copy.replace('violet');
    expect(await copy.get()).toBe('violet');
    expect(reads()).toBe(0);
    await fakeBrowser.storage.local.set({ colour: 'teal' });
    expect(await copy.get()).toBe('teal');
  });
});
