// Finds the requests for work among sentences and list items, and tells them from thanks,
// approvals, status questions, FYI, scheduling and shared assets.
import { anyOf } from './patterns';
import type { Unit } from './sentences';

export type AskKind = 'request' | 'defect' | 'relayed';

export interface FoundAsk {
  unit: Unit;
  kind: AskKind;
}

const IMPERATIVES = new Set(
  (
    'add make update fix change create design build include send remove pause swap replace implement check investigate ' +
    'show provide translate write extend try draw produce prepare film shoot support moderate hide answer post set ' +
    'put run take handle cut edit move resize redo rework convert integrate connect install migrate optimise optimize ' +
    'launch enable allow give need publish upload deliver export render record help propose plan find brief manage'
  ).split(' '),
);

const REQUEST = [
  /\b(can|could|would|will|can't|couldn't)\s+(you|u|your\s+\w+|we|one of your\s+\w+|someone|the team)\b/i,
  /\b(can|could)\s+[A-Z][a-z]+\s+(make|fit|do|design|add|create|take|build|send|draw|look|come|handle|help)\b/,
  /\bplease\b/i,
  /\b(we|i)\s+(really\s+|also\s+|just\s+|would\s+)?(need|want|require)\b/i,
  /\b(we|i)\s*(would|'d|’d)\s+(like|love)\b/i,
  /\b(is|would) it (be )?possible\b/i,
  /\bany chance\b/i,
  /\b(asked|requested)\b.{0,40}\b(call|meeting)\b|^requested by\b|\bclient (asked|wants|requested|confirmed)\b/i,
  // Relayed or indirect asks: 'Maria asked in the session if we could ...', 'is that something you could ...'.
  /\b(asked|asking|wondering|wondered|wants to know)\b.{0,40}\b(if|whether)\s+(we|you|your \w+|they)\s+(could|can|would)\b/i,
  /\bsomething (you|your team|we) (could|can|would)\b/i,
  // Hedged asks: 'I was hoping you could', 'is there any way you could', 'would you be able to'.
  /\b(if|hoping|hope|way|think|thinking) (you|your team|your \w+) (could|can|would|might) (?!(see|find|use|tell|read|open|access|hear|view|let)\b)/i,
  /\b(are|were|would) you (be )?able to\b|\bcould i ask (you|your)\b|\bhappy for you to\b/i,
  /\b(mind|how about|what about) (adding|doing|making|creating|designing|setting up|producing|building)\b/i,
  /\b(would|'d|’d) (like|love|want) (a|an|some|us to|you to)\b/i,
  /\b(wants|needs) (us|you) to\b/i,
  /\bas an? \w+,? i want\b/i,
  /\bshould (301|redirect|show|work|include|display|be added)\b/i,
  /\b(you'?d|you would|you'?ll|you will) (just )?need to\b|\b(let'?s )?make sure\b/i,
  /\bcan (users|customers|people|shoppers|patients|visitors)\b/i,
  /\b(fall|falls|covered) (under|by) (the )?warranty\b/i,
  // Asks about the thing rather than the person: 'Could the spec sheet also include the logo?'.
  /(^|, )(also,? |and )?(can|could) (the|this|that|these|those|each|every|all) [^?]{3,140}\?$/i,
  // Feedback sent as an attachment is a revision ask: 'our comments are attached'.
  /\b(our|my|the|consolidated) (comments|feedback|changes|amends|edits|notes|corrections) (are|is) attached\b/i,
];

const NOT_A_REQUEST = [
  /\b(are we|is it|is this|are you)\s+(still\s+)?on (track|schedule)\b/i,
  /\bwhen (do|will|can|should|would) (we|i|you)\b.{0,40}\b(see|get|receive|have|land|expect|hear)\b|\bwhen will\b/i,
  /\bhow many\b|\bany updates?\b|\bwhat('s| is) the status\b|\bstill on for\b|\banything you need from us\b/i,
  /\bneed (an? )?(straight )?answers?\b|\bneed you to know\b|\bwant (you )?to (flag|say|share|let you know)\b/i,
  /\b(move|moving|reschedule|push|shift)\b.{0,50}\b(call|meeting|review|session|workshop|demo|lunch)\b/i,
  /\b(lock in|book|schedule|plan|arrange)\b.{0,40}\b(call|meeting|session|training|workshop|lunch|time|demo|rehearsal|recording)\b/i,
  // Proposing a slot for a contracted session: 'can we do 12 May at 3pm', 'could we lock in 2-6pm'.
  /\b(can|could|shall) we (do|say|go for|go with|aim for|pencil in|make it|lock in)\s+(mon|tue|wed|thu|fri|sat|sun|next|\d)/i,
  // Attending, not asking ('I'll join', 'can we also invite'); 'so partners can join online' is an ask.
  /\binvite\b|\b(will|'ll|’ll|to|i|we|us|you|also) join\b/i,
  // Status questions and complaints about reliability ask for no new work.
  /\bwhere are we (on|with|at)\b|\bneed to know (whether|if|when)\b|\bneed to be able to (rely|trust|count|depend)\b/i,
  /\blet me know\b|\bplease (find|see|note|be aware|ignore|disregard)\b|\bhere (is|are)\b|\bhere you go\b|\bplease (let|keep)\b|\bplease pass\b/i,
  /\blet'?s (talk|chat|discuss|meet|sit|catch up|make time)\b|\bkeep (it|this) in mind\b/i,
  /\b(like|love|want) to (discuss|talk|chat|meet|sit down|hear|understand|show|demo|present)\b|\b(like|love|want) (a|an) (quick )?(call|meeting|chat|catch-?up)\b/i,
  /\bplease (reply|confirm|notify|delete|do not)\b/i,
  // Call logistics for a booked session: 'please send the Teams link'.
  /\b(teams|zoom|meet|webex|dial-in|calendar) (link|invite|details)\b/i,
  // Timing questions about contracted work: 'could the proofs be back by Friday?'.
  /\bbe (ready|back|done|finished|live|delivered|sent)( to us)? (by|before|in time|this|next|on)\b/i,
];

const DEFECT =
  /\b(bug|broken|broke|doesn'?t work|not working|crash(es|ed)?|typo|error|missing|wrong|instead of|expected:|actual:|steps to reproduce|fix)\b/i;
// 'Correct the artwork' repairs delivered work just as 'fix' does.
const FIX_VERB = /\b(fix|correct (the|this|that|it|these|those|both))\b/i;
const SUPPRESS_ALL =
  /\b(nothing (for you )?to (do|change)|no need (for you )?to (do|think|worry)|not asking (you )?for anything|no action (needed|required)|nothing (is )?needed from you)\b/i;
const CLOSED_TICKET =
  /\bstatus:\s*(done|closed|resolved)\b|\bmarked (task )?complete\b|status\s*(→|->)\s*approved\b|\bclosing this\b/i;

const LABEL = /^[^:]{0,25}:\s+(?=[a-z])/i;

function firstWord(text: string): string {
  // A 'Label: ' prefix ends at the first colon, within 26 characters; most units have none to strip.
  const colon = text.indexOf(':');
  const unlabeled = colon >= 0 && colon <= 25 ? text.replace(LABEL, '') : text;
  const stripped = unlabeled.replace(/^(also|and|then|just|pls|so|but)[, ]+/i, '');
  return (/^[A-Za-z]+/.exec(stripped)?.[0] ?? '').toLowerCase();
}

// One scan per unit for each list (the case-sensitive pattern can't share a regex with /i ones).
const ANY_REQUEST = anyOf(REQUEST.filter((re) => re.flags === 'i'));
const REQUEST_CASED = REQUEST.filter((re) => re.flags !== 'i');
const ANY_NOT_A_REQUEST = anyOf(NOT_A_REQUEST);

export function isRequest(text: string): boolean {
  const looksLikeRequest =
    ANY_REQUEST.test(text) ||
    REQUEST_CASED.some((re) => re.test(text)) ||
    (IMPERATIVES.has(firstWord(text)) && !/\?$/.test(text.trim()) && !/^(need|needs)\s+(answers?|to know)/i.test(text));
  return looksLikeRequest && !ANY_NOT_A_REQUEST.test(text);
}

export interface AskContext {
  subject: string;
  channel: 'email' | 'ticket';
  fullText: string;
}

export function findAsks(units: Unit[], ctx: AskContext): FoundAsk[] {
  if (SUPPRESS_ALL.test(ctx.fullText)) return [];
  if (ctx.channel === 'ticket' && CLOSED_TICKET.test(ctx.fullText)) return [];
  const asks: FoundAsk[] = [];
  for (const unit of units) {
    if (unit.text.length < 4) continue;
    if (isRequest(unit.text)) asks.push({ unit, kind: FIX_VERB.test(unit.text) ? 'defect' : 'request' });
  }
  if (asks.length > 0 || ctx.channel !== 'ticket') return asks;
  // Tickets state the work without asking: a bug report, acceptance criteria or an imperative title.
  const first = units[0];
  if (!first) return asks;
  const isBug =
    /(^|[\s·|])bug([\s·|]|$)|\bexpected:|\bsteps to reproduce\b/i.test(ctx.fullText) || DEFECT.test(ctx.subject);
  const hasCriteria = /\b(acceptance criteria|^ac$|\bac\b\n)/im.test(ctx.fullText);
  if (isBug) return [{ unit: first, kind: 'defect' }];
  if (hasCriteria || IMPERATIVES.has(firstWord(ctx.subject))) return [{ unit: first, kind: 'request' }];
  return asks;
}
