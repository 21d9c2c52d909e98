import { describe, expect, it } from 'vitest';
import {
  LockedError,
  TransitionError,
  allowedTransitions,
  assertEditable,
  isLocked,
  reviseChangeOrder,
  transition,
} from '@/lib/changeorders';
import { draft } from '../../factories/changeOrderProject';

const T1 = '2026-11-29T09:00:00.000Z';
const T2 = '2026-11-30T09:00:00.000Z';

describe('transition', () => {
  it('walks draft -> sent -> approved, stamping history', () => {
    const sent = transition(draft(), 'sent', T1, 'Emailed to Dana');
    const approved = transition(sent, 'approved', T2);
    expect(approved.status).toBe('approved');
    expect(approved.history.slice(1)).toEqual([
      { status: 'sent', at: T1, note: 'Emailed to Dana' },
      { status: 'approved', at: T2, note: '' },
    ]);
    expect(approved.updatedAt).toBe(T2);
  });

  it('allows deferred -> sent again', () => {
    const deferred = transition(transition(draft(), 'sent', T1), 'deferred', T2);
    expect(transition(deferred, 'sent', T2).status).toBe('sent');
  });

  it('refuses illegal moves with a readable message', () => {
    expect(() => transition(draft(), 'approved', T1)).toThrow(
      new TransitionError('CO-001 cannot move from draft to approved: from draft it can only go to sent.'),
    );
    const rejected = transition(transition(draft(), 'sent', T1), 'rejected', T2);
    expect(() => transition(rejected, 'sent', T2)).toThrow(/rejected and locked; revise it/);
    expect(() => transition(draft(), 'draft', T1)).toThrow(TransitionError);
    expect(allowedTransitions('approved')).toEqual([]);
    expect(allowedTransitions('sent')).toEqual(['approved', 'rejected', 'deferred']);
  });
});

describe('locking and revisions', () => {
  const approved = transition(transition(draft(), 'sent', T1), 'approved', T2);

  it('locks approved orders against edits', () => {
    expect(isLocked(approved)).toBe(true);
    expect(isLocked(draft())).toBe(false);
    expect(() => assertEditable(approved, { ...approved, title: 'Cheaper' })).toThrow(LockedError);
    expect(() => assertEditable(approved, { ...approved, updatedAt: T1 })).not.toThrow();
    const sent = transition(draft(), 'sent', T1);
    expect(() => assertEditable(sent, transition(sent, 'approved', T2))).not.toThrow();
  });

  it('revises into a new draft that supersedes the approved one', () => {
    const rev = reviseChangeOrder(approved, T2);
    expect(rev.id).not.toBe(approved.id);
    expect(rev).toMatchObject({ number: 1, revision: 1, supersedesId: approved.id, status: 'draft' });
    expect(rev.history).toEqual([{ status: 'draft', at: T2, note: 'Revision of CO-001 (approved)' }]);
    rev.lines[0]!.hours = 10;
    expect(approved.lines[0]?.hours).toBe(4); // a deep copy: the approved record is untouched
    expect(() => reviseChangeOrder(draft())).toThrow(/still draft/);
  });
});
