// Plain text from page DOM: what the user sees, never what is hidden from them, and no internal
// marker leaking into the result.
import { describe, expect, it } from 'vitest';
import { readLine, readText, readValue } from '@/lib/dom/readText';

function el(html: string): Element {
  const div = document.createElement('div');
  div.append(new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body.firstElementChild ?? '');
  return div.firstElementChild ?? div;
}

describe('readText: deep and odd DOM', () => {
  it('reads a tree nested 20,000 levels deep without overflowing the stack', () => {
    const root = document.createElement('div');
    let at: Element = root;
    for (let i = 0; i < 20_000; i++) {
      const next = document.createElement(i % 2 ? 'div' : 'span');
      at.append(next);
      at = next;
    }
    at.textContent = 'bottom';
    root.prepend('top');
    expect(() => readText(root)).not.toThrow();
    expect(readText(root)).toBe('top\nbottom');
  });

  it('keeps U+E000 in page text as it is instead of turning it into a line break', () => {
    expect(readText(el('<div>before\ue000after</div>'))).toBe('before\ue000after');
    expect(readLine(el('<h1>A\ue000\ue000B</h1>'))).toBe('A\ue000\ue000B');
  });

  it('still turns block edges and <br> into line breaks', () => {
    expect(readText(el('<div><p>one</p> <p>two<br>three</p><ul><li>a</li><li>b</li></ul></div>'))).toBe(
      'one\ntwo\nthree\na\nb',
    );
    expect(readText(el('<div><p>x</p><br><br><br><br><p>y</p></div>'))).toBe('x\n\ny');
  });
});

describe('readText: text the user cannot see is not read', () => {
  it('skips hidden short ids (Trello card numbers)', () => {
    expect(readLine(el('<span class="list-card-title"><span class="card-short-id hide">#9</span>A1</span>'))).toBe(
      'A1',
    );
  });

  it('skips aria-hidden, the hidden attribute, inline display:none and screen-reader-only copies', () => {
    const html =
      '<h1><span aria-hidden="true">ACME-1</span><span hidden>draft</span>' +
      '<span style="color:red; display: none">x</span><span class="sr-only">Summary:</span>' +
      '<span class="visually-hidden">Title</span><span style="visibility:hidden">y</span>Store locator</h1>';
    expect(readLine(el(html))).toBe('Store locator');
  });

  it('reads the element it was given even when that element itself is hidden', () => {
    // The adapter chose this node (e.g. a title another extension hid to restyle it).
    expect(readLine(el('<span style="display:none"><span class="hide">#6</span>## Section</span>'))).toBe('## Section');
  });
});

describe('readLine / readValue: a title of invisible characters is no title', () => {
  it('returns empty for zero-width and bidi-only text', () => {
    expect(readLine(el('<h1>\u200b\u200c\u200d\u2060\ufeff</h1>'))).toBe('');
    expect(readLine(el('<h1>\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069</h1>'))).toBe('');
    const input = document.createElement('input');
    input.value = '\u200b\u200e ';
    expect(readValue(input)).toBe('');
  });

  it('keeps real text that contains such characters', () => {
    expect(readLine(el('<h1>\u200eRebuild \u200bthe site</h1>'))).toBe('\u200eRebuild \u200bthe site');
  });
});
