// A locked (approved or rejected) order is never edited: its changes become a new draft revision
// that keeps the number and points back at the version it supersedes.
import type { ChangeOrder } from '@/lib/db/schemas';
import { formatCoRef } from './number';
import { isLocked, statusWord } from './status';
import { t } from '@/lib/i18n';

export class LockedError extends Error {
  constructor(co: ChangeOrder) {
    super(`${formatCoRef(co)} is ${co.status} and locked: revise it to make a new draft instead of editing it.`);
    this.name = 'LockedError';
  }
}

export function reviseChangeOrder(co: ChangeOrder, now: string = new Date().toISOString()): ChangeOrder {
  if (!isLocked(co)) throw new Error(`${formatCoRef(co)} is still ${co.status}: edit it directly.`);
  return {
    ...structuredClone(co),
    id: crypto.randomUUID(),
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    revision: co.revision + 1,
    supersedesId: co.id,
    status: 'draft',
    history: [
      { status: 'draft', at: now, note: t('coRevisionOf', { ref: formatCoRef(co), status: statusWord(co.status) }) },
    ],
  };
}

/** Stable JSON with sorted keys, so key order never makes two equal orders look different. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** True when `next` changes anything but the save stamp of `prev`. */
export function isEdited(prev: ChangeOrder, next: ChangeOrder): boolean {
  return canonical({ ...prev, updatedAt: '' }) !== canonical({ ...next, updatedAt: '' });
}

/** Throws LockedError if `next` would edit a locked `prev`. */
export function assertEditable(prev: ChangeOrder | null, next: ChangeOrder): void {
  if (prev && isLocked(prev) && isEdited(prev, next)) throw new LockedError(prev);
}
