// The SOW text as read, with the words behind each item highlighted. The text is data: it is
// rendered as text nodes only (plain runs and <mark> runs), so a selection maps back to offsets.
import type { RefObject } from 'react';
import { useEffect, useMemo } from 'react';
import type { Segment, SourceMark, SourceSpan } from '@/lib/sow-review';
import { segmentsOf } from '@/lib/sow-review';
import { selectionSpan } from '@/lib/sow-review/selection';
import { t } from '@/lib/i18n';

export type MarkKind = 'deliverable' | 'exclusion' | 'note' | 'figure';

interface Props {
  text: string;
  marks: SourceMark[];
  kindOf: (key: string) => MarkKind;
  /** The key whose source is shown; the pane scrolls to it when `scroll` is set. */
  active: string | null;
  scroll: boolean;
  paneRef: RefObject<HTMLDivElement | null>;
  onSelection: (span: SourceSpan | null) => void;
  /** A highlight was clicked (not dragged across): show its item in the list. */
  onPick: (key: string) => void;
}

export function SowSource({ text, marks, kindOf, active, scroll, paneRef, onSelection, onPick }: Props) {
  const segments = useMemo(() => segmentsOf(text.length, marks), [text, marks]);

  useEffect(() => {
    const doc = paneRef.current?.ownerDocument ?? document;
    const changed = () => {
      const pane = paneRef.current;
      onSelection(pane ? selectionSpan(pane, doc.getSelection()) : null);
    };
    doc.addEventListener('selectionchange', changed);
    return () => doc.removeEventListener('selectionchange', changed);
  }, [paneRef, onSelection]);

  useEffect(() => {
    const pane = paneRef.current;
    if (!pane || !active || !scroll) return;
    const mark = [...pane.querySelectorAll<HTMLElement>('mark[data-keys]')].find((m) =>
      m.dataset.keys!.split(' ').includes(active),
    );
    if (!mark) return;
    // The pane is the marks' offset parent (position: relative): scroll it, not the page.
    const top = mark.offsetTop;
    if (top < pane.scrollTop || top + mark.offsetHeight > pane.scrollTop + pane.clientHeight)
      pane.scrollTop = Math.max(0, top - pane.clientHeight / 3);
  }, [paneRef, active, scroll, segments]);

  const render = (s: Segment) => {
    const piece = text.slice(s.start, s.end);
    if (s.keys.length === 0) return piece;
    const isActive = active !== null && s.keys.includes(active);
    return (
      <mark
        key={s.start}
        className={`sk-src sk-src-${kindOf(s.keys[0]!)}${isActive ? ' sk-src-active' : ''}`}
        data-keys={s.keys.join(' ')}
        data-testid="sow-source-mark"
        onClick={() => {
          if (paneRef.current?.ownerDocument.getSelection()?.isCollapsed !== false) onPick(s.keys[0]!);
        }}
      >
        {piece}
      </mark>
    );
  };

  return (
    <div
      ref={paneRef}
      className="sk-sow-source"
      data-testid="sow-source"
      role="region"
      aria-label={t('sowSourceLabel')}
      tabIndex={0}
      // The client's words, not interface text: a page translator must not rewrite them (nor the offsets).
      translate="no"
    >
      {segments.map(render)}
    </div>
  );
}
