// What an ask counts as: the AM's correction wins over the engine, for the verdict and for the
// SOW clause it cites. Every surface, the badge and the documents read asks through these.
import type { DetectedRequest } from '@/lib/db/schemas';
import type { Correction, Verdict } from '@/lib/scope/types';
import type { MessageKey } from '@/lib/i18n';
import { t, uiLocale } from '@/lib/i18n';

type Judged = Pick<DetectedRequest, 'verdict' | 'correction'>;

export function effectiveVerdict(r: Judged): Verdict {
  return r.correction?.verdict ?? r.verdict;
}

export function effectiveScopeRef(r: Pick<DetectedRequest, 'scopeRef' | 'correction'>): string | null {
  return r.correction ? r.correction.scopeRef : r.scopeRef;
}

const VERDICT_KEY = {
  out_of_scope: 'verdictOutOfScope',
  in_scope: 'verdictInScope',
  no_request: 'verdictNoAsk',
  unknown: 'verdictUnknown',
} as const satisfies Record<Verdict | 'unknown', MessageKey>;

/** The verdict as people read it; anything unknown reads as not judged. */
export function verdictLabel(verdict: string): string {
  return t(VERDICT_KEY[verdict as Verdict] ?? VERDICT_KEY.unknown);
}

/**
 * The engine's own sentence on why (lib/scope explains in English only): shown to English readers;
 * other languages read the cited clause and the matched words, which every surface shows anyway.
 */
export function engineReason(r: Pick<DetectedRequest, 'reason'>): string | null {
  return /^en\b/i.test(uiLocale()) && r.reason.trim() ? r.reason.trim() : null;
}

/** Live asks that neither a change order nor the absorbed-work ledger covers yet. */
export function uncoveredAsks(asks: readonly DetectedRequest[]): DetectedRequest[] {
  return asks.filter((a) => !a.changeOrderId && !a.absorbed && a.deletedAt === null);
}

type Coverable = Pick<DetectedRequest, 'verdict' | 'correction' | 'changeOrderId' | 'absorbed' | 'deletedAt'>;

/** One ask: live, out of scope, and neither in a change order nor absorbed (the database's openAsks view keeps these). */
export function isOpenOutOfScope(a: Coverable): boolean {
  return !a.changeOrderId && !a.absorbed && a.deletedAt === null && effectiveVerdict(a) === 'out_of_scope';
}

/** Out-of-scope asks the AM has neither put in a change order nor chosen to absorb. */
export function openOutOfScope(requests: readonly DetectedRequest[]): DetectedRequest[] {
  return requests.filter(isOpenOutOfScope);
}

const VERDICTS: readonly string[] = ['out_of_scope', 'in_scope', 'no_request'];

/**
 * The corrections fit to hand to the scope engine: a real verdict, ask text and a clause reference
 * or null, copied into plain objects. Anything else (a "maybe", a `__proto__`-shaped object from a
 * backup) is left out, so it can never come back as a verdict.
 */
export function validCorrections(raw: readonly unknown[]): Correction[] {
  const out: Correction[] = [];
  for (const c of Array.isArray(raw) ? raw : []) {
    if (c === null || typeof c !== 'object') continue;
    const askText: unknown = Object.getOwnPropertyDescriptor(c, 'askText')?.value;
    const verdict: unknown = Object.getOwnPropertyDescriptor(c, 'verdict')?.value;
    const scopeRef: unknown = Object.getOwnPropertyDescriptor(c, 'scopeRef')?.value ?? null;
    if (typeof askText !== 'string' || typeof verdict !== 'string' || !VERDICTS.includes(verdict)) continue;
    if (scopeRef !== null && typeof scopeRef !== 'string') continue;
    out.push({ askText, verdict: verdict as Verdict, scopeRef: scopeRef as Correction['scopeRef'] });
  }
  return out;
}
