// How change orders are named to people: CO-001, and CO-001 rev 2 once revised.
import type { ChangeOrder } from '@/lib/db/schemas';

export function formatCoNumber(n: number): string {
  return `CO-${String(Math.max(0, Math.trunc(n))).padStart(3, '0')}`;
}

export function formatCoRef(co: Pick<ChangeOrder, 'number' | 'revision'>): string {
  return co.revision > 0 ? `${formatCoNumber(co.number)} rev ${co.revision}` : formatCoNumber(co.number);
}
