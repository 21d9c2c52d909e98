// A selection in the SOW pane mapped to offsets into the SOW text, whatever DOM nodes its ends
// sit in: inside a plain run, inside a highlight, on an element boundary, or outside the pane.
import { afterEach, describe, expect, it } from 'vitest';
import { selectionSpan, textOffset } from '@/lib/sow-review/selection';

const TEXT = 'Deliverables\n1. Homepage design.\nNot included: hosting.';

/** The pane as SowSource renders it: plain runs and <mark> runs, text nodes only. */
function pane() {
  document.body.replaceChildren();
  const before = document.createElement('p');
  before.textContent = 'Outside before';
  const root = document.createElement('div');
  const plain1 = document.createTextNode(TEXT.slice(0, 16)); // 'Deliverables\n1. '
  const mark = document.createElement('mark');
  mark.textContent = TEXT.slice(16, 32); // 'Homepage design.'
  const plain2 = document.createTextNode(TEXT.slice(32));
  root.append(plain1, mark, plain2);
  const after = document.createElement('p');
  after.textContent = 'Outside after';
  document.body.append(before, root, after);
  return { root, plain1, mark, plain2, before: before.firstChild!, after: after.firstChild! };
}

function select(a: [Node, number], b: [Node, number]): Selection {
  const sel = document.getSelection()!;
  sel.removeAllRanges();
  const range = document.createRange();
  range.setStart(a[0], a[1]);
  range.setEnd(b[0], b[1]);
  sel.addRange(range);
  return sel;
}

afterEach(() => document.getSelection()?.removeAllRanges());

describe('textOffset', () => {
  it('counts the text before a point in a text node, in a mark, or on an element boundary', () => {
    const { root, plain1, mark, plain2 } = pane();
    expect(textOffset(root, plain1, 3)).toBe(3);
    expect(textOffset(root, mark.firstChild!, 4)).toBe(20);
    expect(textOffset(root, plain2, 0)).toBe(32);
    expect(textOffset(root, root, 1)).toBe(16); // before the mark
    expect(textOffset(root, root, 2)).toBe(32); // after it
    expect(textOffset(root, root, 3)).toBe(TEXT.length);
    expect(textOffset(root, mark, 0)).toBe(16);
    expect(textOffset(root, mark, 1)).toBe(32); // end of the mark's contents
  });
});

describe('selectionSpan', () => {
  it('a selection across a plain run and a highlight gives the offsets of its words', () => {
    const { root, plain1, mark } = pane();
    const span = selectionSpan(root, select([plain1, 13], [mark.firstChild!, 8]));
    expect(TEXT.slice(span!.start, span!.end)).toBe('1. Homepage');
  });

  it('a selection starting before the pane is cut at its start; one ending after it at its end', () => {
    const { root, plain2, before, after } = pane();
    expect(selectionSpan(root, select([before, 2], [plain2, 1]))).toEqual({ start: 0, end: 33 });
    expect(selectionSpan(root, select([plain2, 1], [after, 3]))).toEqual({ start: 33, end: TEXT.length });
  });

  it('nothing selected, a caret, or a selection wholly outside the pane: null', () => {
    const { root, plain1, before } = pane();
    expect(selectionSpan(root, null)).toBeNull();
    expect(selectionSpan(root, select([plain1, 2], [plain1, 2]))).toBeNull();
    expect(selectionSpan(root, select([before, 0], [before, 5]))).toBeNull();
  });
});
