// The scope engine's public types. Pure data: no DOM, no browser API (runs in Node for the CLI).

export type Verdict = 'out_of_scope' | 'in_scope' | 'no_request';
/** `unknown` is used where nothing can be judged (no project, empty scope, empty text). */
export type VerdictOrUnknown = Verdict | 'unknown';
export type Sentiment = 'positive' | 'neutral' | 'negative';
/** A deliverable id (`d3`), an exclusion id (`x2`), or one of the out-of-scope reasons. */
export type ScopeRef = string | 'revisions' | 'quantity' | 'new' | null;

export interface Deliverable {
  id: string;
  title: string;
  description: string;
  quantity: number | null;
}
export interface Exclusion {
  id: string;
  title: string;
  description: string;
}
/** The structured SOW, same shape as the corpus's gold `scope`. */
export interface ProjectScope {
  deliverables: Deliverable[];
  exclusions: Exclusion[];
  revisionRounds: number | null;
  budgetHours: number | null;
  hourlyRate: number | null;
  currency: string | null;
  startDate: string | null; // yyyy-mm-dd
  endDate: string | null;
}

export interface MessageInput {
  subject: string;
  body: string;
  channel?: 'email' | 'ticket';
  from?: string;
}

/** Character offsets into the cleaned text returned in `ScopeResult.cleanedText`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface AskResult {
  /** Offsets into `cleanedText`, or into the subject when `source` is 'subject'. */
  span: Span;
  source: 'subject' | 'body';
  verdict: Verdict;
  scopeRef: ScopeRef;
  confidence: number; // 0..1
  /** The engine is not sure: badges say Check, and the side panel asks the AM to confirm. */
  unsure: boolean;
  /** The SOW item or clause the ask was matched to, quoted for the UI. */
  matched: { id: string; kind: 'deliverable' | 'exclusion' | 'revisions' | 'quantity' | 'new'; text: string } | null;
  reason: string; // one readable sentence: why this verdict
}

export interface ScopeResult {
  verdict: VerdictOrUnknown;
  scopeRef: ScopeRef;
  confidence: number;
  /** The verdict is a best guess the AM should check (shown as Check). */
  unsure: boolean;
  asks: AskResult[];
  upsell: { value: boolean; evidence: Span | null };
  sentiment: { value: Sentiment; evidence: Span | null };
  cleanedText: string;
  reason: string;
}

/** An AM's override of a verdict, stored per project and fed back into the engine. */
export interface Correction {
  askText: string;
  verdict: Verdict;
  scopeRef: ScopeRef;
}
