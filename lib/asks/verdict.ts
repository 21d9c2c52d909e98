// What an ask counts as: the AM's correction wins over the engine, for the verdict and for the
// SOW clause it cites. Every surface, the badge and the documents read asks through these.
import type { DetectedRequest } from '@/lib/db/schemas';
import type { Verdict } from '@/lib/scope/types';

type Judged = Pick<DetectedRequest, 'verdict' | 'correction'>;

export function effectiveVerdict(r: Judged): Verdict {
  return r.correction?.verdict ?? r.verdict;
}

export function effectiveScopeRef(r: Pick<DetectedRequest, 'scopeRef' | 'correction'>): string | null {
  return r.correction ? r.correction.scopeRef : r.scopeRef;
}

export const VERDICT_LABEL: Record<string, string> = {
  out_of_scope: 'Out of scope',
  in_scope: 'In scope',
  no_request: 'No ask',
  unknown: 'Not judged',
};

/** Live asks that neither a change order nor the absorbed-work ledger covers yet. */
export function uncoveredAsks(asks: readonly DetectedRequest[]): DetectedRequest[] {
  return asks.filter((a) => !a.changeOrderId && !a.absorbed && a.deletedAt === null);
}

/** Out-of-scope asks the AM has neither put in a change order nor chosen to absorb. */
export function openOutOfScope(requests: readonly DetectedRequest[]): DetectedRequest[] {
  return uncoveredAsks(requests).filter((r) => effectiveVerdict(r) === 'out_of_scope');
}
