// The one shape of a runtime.onMessage listener here: it answers through sendResponse and keeps the
// channel open by returning true. A listener that returns its answer as a promise is answered by
// Firefox and by Chrome from 144 on, but not by the Chrome versions before it (the side panel runs
// from 114), which take a returned promise for "no answer". The webextension-polyfill used to
// bridge that; it is gone because on every page and worker start it copied the whole `browser`
// object (~2.5 ms of every extension page's first screen, 10 kB of each content script).
// No zod here: content scripts import this file.
import { errorText } from './send';

/** What a receiver does with one message: its answer, or undefined to leave it to other listeners. */
export type Answer = (message: unknown, sender: ListenerSender) => Promise<unknown> | undefined;

/** The part of runtime.MessageSender the receivers read. */
export interface ListenerSender {
  tab?: { id?: number };
  url?: string;
}

/**
 * A runtime.onMessage listener for `answer`. A message it leaves gets `false`, so another listener
 * in the same context may answer; a failed answer is sent as an error reply rather than never.
 */
export function answering(answer: Answer) {
  return (message: unknown, sender: ListenerSender, sendResponse: (reply: unknown) => void): boolean => {
    const reply = answer(message, sender);
    if (reply === undefined) return false;
    reply.then(sendResponse, (err: unknown) => sendResponse({ ok: false, error: errorText(err) }));
    return true;
  };
}
