// A badge's words in the browser's language: its label ("Out of scope", "Check") and what a screen
// reader says. The background writes them into every badge it sends a content script: a content
// script that asks chrome.i18n for a message first loads the extension's whole catalogue (91 kB)
// on a synchronous request to the browser, 11-13 ms of the host page's own thread once per tab
// (more while the browser is busy), and the badge was the only thing that asked on every page.
// The badge works them out itself only when a reply lacks them.
import type { BadgeInfo } from '@/lib/messaging/protocol';
import type { MessageKey } from '@/lib/i18n';
import { t } from '@/lib/i18n';

type Verdict = BadgeInfo['verdict'];
const LABEL = {
  out_of_scope: 'verdictOutOfScope',
  in_scope: 'verdictInScope',
  no_request: 'verdictNoAsk',
  unknown: 'badgeUnknown',
  check: 'badgeCheckLabel',
} as const satisfies Record<Verdict | 'check', MessageKey>;

/** A verdict the badge knows how to show; anything else shows as unknown. */
export function verdictOf(v: unknown): Verdict {
  return typeof v === 'string' && v in LABEL ? (v as Verdict) : 'unknown';
}

/** An unsure in/out verdict reads "Check"; the badge's data-verdict still carries the leaning. */
export function isCheck(info: Pick<BadgeInfo, 'verdict' | 'check'>): boolean {
  const verdict = verdictOf(info.verdict);
  return info.check === true && (verdict === 'in_scope' || verdict === 'out_of_scope');
}

/** The hover text: the reason and the note, one per line; the label when neither says anything. */
export function badgeTip(info: Pick<BadgeInfo, 'reason' | 'note'>, label: string): string {
  return [info.reason, info.note].filter((s): s is string => !!s && s.trim() !== '').join('\n') || label;
}

/** The label and the screen-reader text of a badge. */
export function badgeWords(info: BadgeInfo): { label: string; aria: string } {
  const label = t(LABEL[isCheck(info) ? 'check' : verdictOf(info.verdict)]);
  return { label, aria: t('badgeAria', { verdict: label, text: badgeTip(info, label) }) };
}

/** `info` with its words, as the background sends it to a content script. */
export function withWords(info: BadgeInfo): BadgeInfo {
  return { ...info, ...badgeWords(info) };
}
