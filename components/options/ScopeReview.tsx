// Review of what the engine read from the SOW, each item beside the sentence it came from. The AM
// fixes anything it got wrong before saving (edit, remove, move between deliverables and
// exclusions), and marks what it missed by selecting words in the SOW text: the verdicts in Gmail
// are only as good as this list. The SOW text sits beside the list (above it on narrow screens).
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Field } from '@/components/ui/Field';
import { EmptyState } from '@/components/ui/EmptyState';
import type { ScopeDraft } from '@/lib/forms/scopeDraft';
import { nextId } from '@/lib/forms/scopeDraft';
import type { MessageKey } from '@/lib/i18n';
import type { FigureKey, ItemKind, SourceSpan, SowReview } from '@/lib/sow-review';
import {
  figureKey,
  markSelection,
  marksOf,
  noteKey,
  oneLine,
  reclassify,
  removeItem,
  sentenceAround,
  sentenceSpans,
  trimSpan,
} from '@/lib/sow-review';
import type { ScopeItem } from './ScopeItemRow';
import { ScopeItemRow } from './ScopeItemRow';
import type { MarkKind } from './SowSource';
import { SowSource } from './SowSource';
import { t } from '@/lib/i18n';
import './sowreview.css';

interface Props {
  draft: ScopeDraft;
  review: SowReview;
  /** True when the SOW text was edited after it was read: the pane shows the text as read. */
  stale: boolean;
  errors: Record<string, string>;
  onChange: (draft: ScopeDraft, review: SowReview) => void;
}

const META: { key: FigureKey; label: MessageKey; hint?: MessageKey; type?: string }[] = [
  { key: 'revisionRounds', label: 'revisionRounds', hint: 'revisionRoundsHint' },
  { key: 'budgetHours', label: 'budgetHours' },
  { key: 'hourlyRate', label: 'hourlyRate', hint: 'hourlyRateHint' },
  { key: 'currency', label: 'currency', hint: 'currencyHint' },
  { key: 'startDate', label: 'startDate', type: 'date' },
  { key: 'endDate', label: 'endDate', type: 'date' },
];

export function ScopeReview({ draft, review, stale, errors, onChange }: Props) {
  const paneRef = useRef<HTMLDivElement | null>(null);
  const listRef = useRef<HTMLDivElement | null>(null);
  /** The key shown in both panes, and which side should scroll to it. */
  const [active, setActive] = useState<{ key: string; scroll: 'source' | 'list' | null } | null>(null);
  const [selection, setSelection] = useState<SourceSpan | null>(null);
  const [marked, setMarked] = useState<string | null>(null);
  /** A newly marked item takes the focus after the render that shows it. */
  const focusNext = useRef<string | null>(null);

  const sentences = useMemo(() => sentenceSpans(review.text), [review.text]);
  const marks = useMemo(() => marksOf(review, draft), [review, draft]);
  const quote = (span: SourceSpan | undefined): string | null => {
    if (!span || span.end > review.text.length) return null;
    const s = sentenceAround(sentences, span);
    return oneLine(review.text.slice(s.start, s.end)) || null;
  };
  const kindOf = useCallback(
    (key: string): MarkKind =>
      key.startsWith('note:')
        ? 'note'
        : key.startsWith('figure:')
          ? 'figure'
          : draft.exclusions.some((x) => x.id === key)
            ? 'exclusion'
            : 'deliverable',
    [draft.exclusions],
  );

  const onSelection = useCallback(
    (span: SourceSpan | null) => setSelection(span && trimSpan(review.text, span)),
    [review.text],
  );
  const activate = (key: string) => setActive((old) => (old?.key === key ? old : { key, scroll: 'source' }));

  // A highlight clicked in the SOW: bring its row into view in the list.
  useEffect(() => {
    if (active?.scroll !== 'list') return;
    listRef.current?.querySelector<HTMLElement>(`[data-review-key="${active.key}"]`)?.scrollIntoView?.({
      block: 'nearest',
    });
  }, [active]);
  // The mark button was just disabled with the selection gone: the focus goes to the new item. A
  // layout effect, so the focus moves in the same task as the render that shows the item (Preact
  // runs plain effects after the next frame), and the key is kept until a render has the item.
  useLayoutEffect(() => {
    const key = focusNext.current;
    if (!key) return;
    const item = listRef.current?.querySelector<HTMLElement>(`[data-review-key="${key}"]`);
    if (!item) return;
    focusNext.current = null;
    item.focus();
  });

  const mark = (kind: ItemKind) => {
    if (!selection) return;
    const edit = markSelection(draft, review, selection, kind);
    if (!edit) return;
    onChange(edit.draft, edit.review);
    paneRef.current?.ownerDocument.getSelection()?.removeAllRanges();
    setSelection(null);
    setMarked(
      t(kind === 'deliverable' ? 'sowMarkedDeliverable' : 'sowMarkedExclusion', {
        id: edit.id,
        title: edit.draft[kind === 'deliverable' ? 'deliverables' : 'exclusions'].at(-1)!.title,
      }),
    );
    setActive({ key: edit.id, scroll: 'source' });
    focusNext.current = edit.id;
  };
  const move = (id: string) => {
    const edit = reclassify(draft, review, id);
    if (!edit) return;
    onChange(edit.draft, edit.review);
    setActive({ key: edit.id, scroll: 'list' });
  };
  const remove = (id: string) => {
    const edit = removeItem(draft, review, id);
    onChange(edit.draft, edit.review);
  };
  const setItems = (kind: 'deliverables' | 'exclusions', items: ScopeItem[]) =>
    onChange({ ...draft, [kind]: items } as ScopeDraft, review);
  const replace = <T,>(list: T[], i: number, v: T) => list.map((x, j) => (j === i ? v : x));

  const nothingFound = review.text.trim() !== '' && draft.deliverables.length === 0 && draft.exclusions.length === 0;
  const row = (kind: ItemKind, item: ScopeItem, i: number) => (
    <ScopeItemRow
      key={item.id}
      kind={kind}
      item={item}
      error={errors[`${kind}-${i}`]}
      quote={review.text ? quote(review.sources[item.id]) : undefined}
      active={active?.key === item.id}
      onActivate={() => activate(item.id)}
      onMove={() => move(item.id)}
      onRemove={() => remove(item.id)}
      onChange={(v) =>
        kind === 'deliverable'
          ? setItems(
              'deliverables',
              replace(draft.deliverables, i, { ...draft.deliverables[i]!, ...v, quantity: v.quantity ?? null }),
            )
          : setItems(
              'exclusions',
              replace(draft.exclusions, i, { id: v.id, title: v.title, description: v.description }),
            )
      }
    />
  );

  return (
    <section aria-labelledby="scope-review-h" className="sk-review">
      <h3 id="scope-review-h">{t('scopeReview')}</h3>
      <div className="sk-review-grid">
        <div className="sk-review-source">
          <h4 id="sow-source-h">{t('sowSourceHeading')}</h4>
          {review.text ? (
            <>
              {stale && (
                <p className="sk-hint" data-testid="sow-source-stale">
                  {t('sowSourceStale')}
                </p>
              )}
              <p className="sk-hint" id="sow-mark-hint">
                {t('sowMarkHint')}
              </p>
              <div className="sk-row" role="group" aria-labelledby="sow-source-h" aria-describedby="sow-mark-hint">
                {(['deliverable', 'exclusion'] as const).map((kind) => (
                  <button
                    key={kind}
                    type="button"
                    data-testid={`sow-mark-${kind}`}
                    disabled={!selection}
                    // Keep the selection: a mouse press on the button must not clear it first.
                    onMouseDown={(e) => e.preventDefault()}
                    onClick={() => mark(kind)}
                  >
                    {t(kind === 'deliverable' ? 'sowMarkDeliverable' : 'sowMarkExclusion')}
                  </button>
                ))}
              </div>
              <p className="sk-ok" role="status" data-testid="sow-mark-status">
                {marked}
              </p>
              <SowSource
                text={review.text}
                marks={marks}
                kindOf={kindOf}
                active={active?.key ?? null}
                scroll={active?.scroll === 'source'}
                paneRef={paneRef}
                onSelection={onSelection}
                onPick={(key) => setActive({ key, scroll: 'list' })}
              />
            </>
          ) : (
            <EmptyState testId="sow-source-empty">{t('sowSourceEmpty')}</EmptyState>
          )}
        </div>
        <div className="sk-review-items" ref={listRef}>
          {nothingFound && <EmptyState testId="sow-review-empty">{t('sowReviewNothingFound')}</EmptyState>}
          <h4>{t('deliverablesHeading', { count: draft.deliverables.length })}</h4>
          {draft.deliverables.length === 0 ? (
            <EmptyState>{t('deliverablesNone')}</EmptyState>
          ) : (
            <ol className="sk-list">{draft.deliverables.map((d, i) => row('deliverable', d, i))}</ol>
          )}
          <button
            type="button"
            onClick={() =>
              setItems('deliverables', [
                ...draft.deliverables,
                { id: nextId('d', draft.deliverables), title: '', description: '', quantity: null },
              ])
            }
          >
            {t('deliverableAdd')}
          </button>
          <h4>{t('exclusionsHeading', { count: draft.exclusions.length })}</h4>
          {draft.exclusions.length === 0 ? (
            <EmptyState>{t('exclusionsNone')}</EmptyState>
          ) : (
            <ol className="sk-list">{draft.exclusions.map((x, i) => row('exclusion', x, i))}</ol>
          )}
          <button
            type="button"
            onClick={() =>
              setItems('exclusions', [
                ...draft.exclusions,
                { id: nextId('x', draft.exclusions), title: '', description: '' },
              ])
            }
          >
            {t('exclusionAdd')}
          </button>
          {review.notes.length > 0 && (
            <>
              <h4>{t('sowNotesHeading')}</h4>
              <p className="sk-hint">{t('sowNotesHint')}</p>
              <ul className="sk-list">
                {review.notes.map((n, i) => {
                  const key = noteKey(i);
                  return (
                    <li
                      key={key}
                      className={`sk-card sk-review-item sk-review-note${active?.key === key ? ' sk-review-active' : ''}`}
                      data-testid="sow-note"
                      data-review-key={key}
                      data-active={active?.key === key ? 'true' : undefined}
                      tabIndex={0}
                      onFocus={() => activate(key)}
                      onClick={() => activate(key)}
                    >
                      <strong>{t(n.kind === 'client' ? 'sowNoteClient' : 'sowNoteAssumption')}</strong>
                      <blockquote translate="no" className="sk-quote sk-review-quote">
                        {t('sowQuote', { text: oneLine(review.text.slice(n.start, n.end)) })}
                      </blockquote>
                    </li>
                  );
                })}
              </ul>
            </>
          )}
          <h4>{t('sowFiguresHeading')}</h4>
          <div className="sk-review-figures">
            {META.map((m) => {
              const key = figureKey(m.key);
              const source = review.text ? quote(review.figures[m.key]) : null;
              return (
                <div
                  key={m.key}
                  className={`sk-review-figure${active?.key === key ? ' sk-review-active' : ''}`}
                  data-testid="sow-figure"
                  data-figure={m.key}
                  data-review-key={key}
                  onFocus={() => activate(key)}
                  onClick={() => activate(key)}
                >
                  <Field label={t(m.label)} hint={m.hint && t(m.hint)} error={errors[m.key]}>
                    <input
                      type={m.type ?? 'text'}
                      value={draft.meta[m.key]}
                      size={10}
                      onChange={(e) => onChange({ ...draft, meta: { ...draft.meta, [m.key]: e.target.value } }, review)}
                    />
                  </Field>
                  {source && (
                    <blockquote translate="no" className="sk-quote sk-review-quote" data-testid="sow-figure-source">
                      {t('sowQuote', { text: source })}
                    </blockquote>
                  )}
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </section>
  );
}
