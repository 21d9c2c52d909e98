import { afterEach, describe, expect, it, vi } from 'vitest';
import { debounce, isNeutral, neutralRecords, watchMutations } from '@/lib/dom/watch';

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

describe('neutralRecords: a swap reported as two records', () => {
  // Records as Chrome reports a framework's removeChild + insertBefore (happy-dom leaves an insertion's
  // siblings out, so these are built by hand).
  const parent = document.createElement('div');
  const before = document.createElement('h3');
  const after = document.createElement('ul');
  const para = (text: string): HTMLElement => Object.assign(document.createElement('p'), { textContent: text });
  const rec = (r: Partial<MutationRecord>): MutationRecord =>
    ({
      type: 'childList',
      target: parent,
      addedNodes: [] as unknown as NodeList,
      removedNodes: [] as unknown as NodeList,
      previousSibling: before,
      nextSibling: after,
      ...r,
    }) as MutationRecord;
  const nodes = (...n: Node[]): NodeList => n as unknown as NodeList;

  it('takes a removal and an equal copy put back in the same place as no change', () => {
    const pair = [rec({ removedNodes: nodes(para('Same text.')) }), rec({ addedNodes: nodes(para('Same text.')) })];
    expect(neutralRecords(pair).size).toBe(2);
    const old = para('Same text.');
    const copy = para('Same text.');
    const insertedFirst = [
      rec({ addedNodes: nodes(copy), nextSibling: old }),
      rec({ removedNodes: nodes(old), previousSibling: copy }),
    ];
    expect(neutralRecords(insertedFirst).size).toBe(2);
  });

  it('takes a different copy, or one put back elsewhere, as a change', () => {
    const edited = [rec({ removedNodes: nodes(para('Same text.')) }), rec({ addedNodes: nodes(para('New text.')) })];
    expect(neutralRecords(edited).size).toBe(0);
    const moved = [
      rec({ removedNodes: nodes(para('Same text.')) }),
      rec({ addedNodes: nodes(para('Same text.')), previousSibling: after, nextSibling: null }),
    ];
    expect(neutralRecords(moved).size).toBe(0);
    const badge = para('Same text.');
    badge.append(document.createElement('scopekeeper-badge'));
    const withBadge = [rec({ removedNodes: nodes(badge) }), rec({ addedNodes: nodes(badge.cloneNode(true)) })];
    expect(neutralRecords(withBadge).size).toBe(0); // one of ours left: it must go back
  });
});
