// Jira's same-origin REST API, read with the user's session cookie (no token, no other origin).
// Used only when the DOM is thin: the description is lazy-rendered or the view virtualised.
import type { Ticket, TicketComment } from './types';
import { sameOriginJson } from './util';

type Adf = { type?: string; text?: string; content?: Adf[] };
const BLOCKS = new Set(['paragraph', 'heading', 'listItem', 'blockquote', 'codeBlock', 'tableRow', 'rule']);

/** Atlassian Document Format -> plain text. Unknown nodes contribute their children's text. */
export function adfText(node: unknown, depth = 0): string {
  if (!node || typeof node !== 'object' || depth > 60) return '';
  const n = node as Adf;
  if (n.type === 'text') return typeof n.text === 'string' ? n.text : '';
  if (n.type === 'hardBreak') return '\n';
  const inner = Array.isArray(n.content) ? n.content.map((c) => adfText(c, depth + 1)).join('') : '';
  const text = BLOCKS.has(n.type ?? '') ? `${inner}\n` : inner;
  return depth === 0 ? text.replace(/\n{3,}/g, '\n\n').trim() : text;
}

interface IssueJson {
  fields?: {
    summary?: string;
    description?: unknown;
    reporter?: { displayName?: string };
    project?: { key?: string };
    comment?: { comments?: { author?: { displayName?: string }; created?: string; body?: unknown }[] };
  };
}

export async function jiraEnrich(t: Ticket, url: URL, fetcher: typeof fetch): Promise<Ticket> {
  if (t.description.trim() !== '' && t.reporter) return t;
  const json = (await sameOriginJson(
    fetcher,
    url,
    `/rest/api/3/issue/${encodeURIComponent(t.key)}?fields=summary,description,reporter,project,comment`,
  )) as IssueJson | null;
  const f = json?.fields;
  if (!f) return t;
  const comments: TicketComment[] = (f.comment?.comments ?? []).map((c) => ({
    author: c.author?.displayName ?? null,
    date: c.created ?? null,
    body: adfText(c.body),
  }));
  return {
    ...t,
    title: t.title || (typeof f.summary === 'string' ? f.summary : ''),
    description: t.description.trim() || adfText(f.description),
    reporter: t.reporter ?? f.reporter?.displayName ?? null,
    containerId: f.project?.key ?? t.containerId,
    comments: t.comments.length >= comments.length ? t.comments : comments,
  };
}
