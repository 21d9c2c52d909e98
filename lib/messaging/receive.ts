// Receiving side: validate every envelope with zod, dispatch to a typed handler, and always answer
// with a Reply (an error reply for unknown or malformed messages, never a throw).
import {
  messageSenders,
  requestSchemas,
  type MessageType,
  type Reply,
  type RequestOf,
  type ResponseMap,
} from './protocol';

export interface Sender {
  tabId: number | null;
  url: string | null;
  /** True when the message came from a content script (page-controlled, untrusted). */
  fromContentScript: boolean;
}

export type Handlers = {
  [T in MessageType]?: (payload: RequestOf<T>, sender: Sender) => Promise<ResponseMap[T]> | ResponseMap[T];
};

export async function dispatch(handlers: Handlers, raw: unknown, sender: Sender): Promise<Reply<MessageType>> {
  if (!raw || typeof raw !== 'object' || typeof (raw as { type?: unknown }).type !== 'string') {
    return { ok: false, error: 'Malformed message: expected { type, payload }.' };
  }
  const { type, payload } = raw as { type: string; payload: unknown };
  if (!Object.hasOwn(requestSchemas, type)) return { ok: false, error: `Unknown message type "${type}".` };
  const handler = handlers[type as MessageType] as ((p: unknown, s: Sender) => unknown) | undefined;
  if (!handler) return { ok: false, error: `No handler for "${type}" in this context.` };
  const from = sender.fromContentScript ? 'content' : 'extension';
  if (messageSenders[type as MessageType] !== from) {
    const who = messageSenders[type as MessageType] === 'content' ? 'content scripts' : 'extension pages';
    return { ok: false, error: `"${type}" is only accepted from ${who}; this ${from} sender was refused.` };
  }
  const parsed = requestSchemas[type as MessageType].safeParse(payload ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : '(root)';
    return { ok: false, error: `Invalid "${type}" message at ${where}: ${issue?.message ?? 'bad payload'}.` };
  }
  try {
    return { ok: true, data: (await handler(parsed.data, sender)) as ResponseMap[MessageType] };
  } catch (err) {
    return { ok: false, error: `"${type}" failed: ${err instanceof Error ? err.message : String(err)}` };
  }
}
