import { afterEach, describe, expect, it, vi } from 'vitest';
import { debounce, isNeutral, watchMutations } from '@/lib/dom/watch';

afterEach(() => vi.useRealTimers());

const flushObservers = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

describe('debounce', () => {
  it('runs once after quiet, and at least every maxWait under constant calls', () => {
    vi.useFakeTimers();
    const fn = vi.fn();
    const d = debounce(fn, 100, 300);
    d();
    d();
    vi.advanceTimersByTime(99);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(1);
    for (let t = 0; t < 10; t++) {
      d();
      vi.advanceTimersByTime(50);
    }
    expect(fn).toHaveBeenCalledTimes(2); // maxWait forced one run during the storm
    d.cancel();
    vi.advanceTimersByTime(1000);
    expect(fn).toHaveBeenCalledTimes(2);
  });
});

describe('watchMutations', () => {
  it('ignores our own badge insertions but reacts to app changes and to our badge being removed', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    const onChange = vi.fn();
    const stop = watchMutations(root, onChange, 10);
    const badge = document.createElement('scopekeeper-badge');
    root.append(badge);
    await flushObservers();
    await new Promise((r) => setTimeout(r, 30));
    expect(onChange).not.toHaveBeenCalled();
    badge.remove();
    await flushObservers();
    await new Promise((r) => setTimeout(r, 30));
    expect(onChange).toHaveBeenCalledTimes(1);
    root.append(document.createElement('p'));
    await flushObservers();
    await new Promise((r) => setTimeout(r, 30));
    expect(onChange).toHaveBeenCalledTimes(2);
    stop();
    root.append(document.createElement('p'));
    await new Promise((r) => setTimeout(r, 30));
    expect(onChange).toHaveBeenCalledTimes(2);
  });
});

describe('watchMutations: text edited in place', () => {
  it('reacts to characterData changes and hands the records over', async () => {
    const root = document.createElement('div');
    const text = document.createTextNode('before');
    root.append(text);
    document.body.append(root);
    const onChange = vi.fn();
    const onRecords = vi.fn();
    const stop = watchMutations(root, onChange, 10, onRecords);
    text.data = 'after';
    await flushObservers();
    await new Promise((r) => setTimeout(r, 30));
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onRecords.mock.calls[0]?.[0]?.[0]?.type).toBe('characterData');
    stop();
  });
});

describe('watchMutations: neutral records', () => {
  it('ignores text set to what it already was, and reacts when it really changes', async () => {
    const root = document.createElement('div');
    const text = document.createTextNode('same');
    root.append(text);
    document.body.append(root);
    const onChange = vi.fn();
    const stop = watchMutations(root, onChange, 10);
    text.data = 'same';
    await flushObservers();
    await new Promise((r) => setTimeout(r, 30));
    expect(onChange).not.toHaveBeenCalled();
    text.data = 'changed';
    await flushObservers();
    await new Promise((r) => setTimeout(r, 30));
    expect(onChange).toHaveBeenCalledTimes(1);
    stop();
  });

  // Chromium reports replaceWith / replaceChild as one record with both lists (happy-dom as two).
  it('tells a same-content swap in one record from a real change', () => {
    const a = document.createElement('p');
    a.textContent = 'x';
    const b = a.cloneNode(true);
    const rec = (added: Node[], removed: Node[]) =>
      ({ type: 'childList', addedNodes: added, removedNodes: removed }) as unknown as MutationRecord;
    expect(isNeutral(rec([b], [a]))).toBe(true);
    const c = document.createElement('p');
    c.textContent = 'y';
    expect(isNeutral(rec([c], [a]))).toBe(false);
    expect(isNeutral(rec([b], []))).toBe(false);
  });
});
