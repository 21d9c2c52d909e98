// What the side panel shows about the open tab. The container maps the background's PageState to
// this, so components never depend on the messaging layer.
import type { Upsell, Wait } from '@/lib/db/schemas';

export interface PanelPage {
  tabId: number;
  url: string;
  title: string;
  /** Gmail thread id or ticket key; null when the page has not been read. */
  sourceId: string | null;
  kind: 'thread' | 'ticket' | 'page' | null;
  projectId: string | null;
  /** Why the page could not be read (adapter failure or unsupported site); null when it was. */
  problem: string | null;
  /** The badge's one-line reason, shown under the title. */
  summary: string | null;
}

export type PanelState =
  { status: 'loading' } | { status: 'error'; error: string } | { status: 'ready'; page: PanelPage };

export interface UpsellInput {
  title: string;
  valueCents: number;
  stage: Upsell['stage'];
  note: string;
}

export interface WaitInput {
  what: string;
  askedOn: string;
  dueBy: Wait['dueBy'];
}

/** Every write handler resolves to an error sentence, or null when done. */
export type Outcome = Promise<string | null>;
