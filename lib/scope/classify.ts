// The engine's entry point: clean -> split -> find asks -> judge each -> message verdict + signals.
import { findAsks } from './asks';
import { cleanParts } from './clean';
import { applyCorrections } from './corrections';
import { durationExceeded, quantityExceeded, revisionRound } from './counts';
import { askFeatures, novelConcepts, type MessageParts } from './context';
import { addTokenFeatures } from './features';
import { tokenize } from './tokens';
import { judgeAsk, type AskEvidence } from './judge';
import { compileScope, scoreInItemOrder, scoreItems, type ScopeModel } from './model';
import { splitUnits } from './sentences';
import { detectSentiment, detectUpsell } from './signals';
import type { AskResult, Correction, MessageInput, ProjectScope, ScopeResult } from './types';

const APPROVAL = /\b(approved|signed off|sign-off|looks good to go)\b/i;
const ROUND_WORDS = /\b(round|feedback|changes|comments|notes|edits)\b/i;
const MAX_ASKS = 40; // a pasted document can hold hundreds of 'asks'; the first ones decide
const MAX_CHARS = 100_000; // beyond this an email is a pasted document; the head carries the asks

const modelCache = new WeakMap<ProjectScope, ScopeModel>();
function modelFor(scope: ProjectScope): ScopeModel {
  if (!scope || typeof scope !== 'object') return compileScope(null);
  let model = modelCache.get(scope);
  if (!model) modelCache.set(scope, (model = compileScope(scope)));
  return model;
}

function emptyResult(cleanedText: string, verdict: ScopeResult['verdict'], reason: string): ScopeResult {
  return {
    verdict,
    scopeRef: null,
    confidence: 0,
    asks: [],
    upsell: { value: false, evidence: null },
    sentiment: { value: 'neutral', evidence: null },
    cleanedText,
    reason,
  };
}

export function classify(msg: MessageInput, scope: ProjectScope, opts?: { corrections?: Correction[] }): ScopeResult {
  try {
    return classifyUnsafe(msg, scope, opts?.corrections ?? []);
  } catch {
    return emptyResult('', 'unknown', 'The message could not be read.');
  }
}

function classifyUnsafe(msg: MessageInput, scope: ProjectScope, corrections: Correction[]): ScopeResult {
  const subject = typeof msg?.subject === 'string' ? msg.subject.slice(0, 1000) : '';
  const body = typeof msg?.body === 'string' ? msg.body.slice(0, MAX_CHARS) : '';
  const isTicket = msg?.channel === 'ticket';
  const { text, forwardedFrom } = cleanParts(body);
  if (!text.trim() && !subject.trim()) return emptyResult(text, 'unknown', 'No text to judge.');
  const model = modelFor(scope);
  const ownLimit = forwardedFrom ?? text.length;
  const ownText = text.slice(0, ownLimit);
  const allUnits = splitUnits(text);
  const ownUnits = allUnits.filter((u) => u.start < ownLimit);
  const upsell = detectUpsell(allUnits, text);
  const sentiment = detectSentiment(ownUnits, ownText);
  const found = findAsks(ownUnits, { subject, channel: isTicket ? 'ticket' : 'email', fullText: ownText });
  const round = revisionRound(`${subject}\n${ownText}`);
  if (found.length === 0 && round !== null && !APPROVAL.test(ownText)) {
    // Sending a round of feedback asks for that round of changes, even without a request phrase.
    const unit = ownUnits.find((u) => ROUND_WORDS.test(u.text)) ?? ownUnits[0];
    if (unit) found.push({ unit, kind: 'request' });
  }
  // Results are spelled out, not spread from a shared base: same key order, no object clone.
  if (found.length === 0) {
    return {
      upsell,
      sentiment,
      cleanedText: text,
      verdict: 'no_request',
      scopeRef: null,
      confidence: 0.7,
      asks: [],
      reason: 'No request for work found (thanks, approval, status, FYI or scheduling).',
    };
  }
  if (model.empty)
    return {
      upsell,
      sentiment,
      cleanedText: text,
      verdict: 'unknown',
      scopeRef: null,
      confidence: 0,
      asks: [],
      reason: 'The project has no scope to judge against.',
    };

  const rounds = model.revisionRounds;
  const ownTokens = tokenize(ownText);
  const subjectTokens = tokenize(subject);
  // The message-wide view leaves out new category members; a ticket's view (all of it is the ask) keeps them.
  const messageFeatures = addTokenFeatures(new Map(), ownTokens, 0.3);
  const parts: MessageParts = {
    units: ownUnits,
    tokens: ownTokens,
    subjectFeatures: addTokenFeatures(new Map(), subjectTokens, 0.6, model.allowedMembers),
    messageFeatures,
    messageScores: scoreInItemOrder(model, messageFeatures),
    ticketFeatures: isTicket ? addTokenFeatures(new Map(), ownTokens, 0.7, model.allowedMembers) : null,
  };
  const quantityHit =
    quantityExceeded(subject, model, 'numeric', subjectTokens) ??
    quantityExceeded(ownText, model, 'numeric', ownTokens) ??
    durationExceeded(ownText, model);
  const asks: AskResult[] = found.slice(0, MAX_ASKS).map(({ unit, kind }) => {
    const features = askFeatures(unit, parts, model);
    const evidence: AskEvidence = {
      span: { start: unit.start, end: unit.end, text: unit.text },
      kind: kind === 'defect' ? 'defect' : 'request',
      quantityHit,
      coreText: `${subject}\n${unit.text}`,
      scores: scoreItems(model, features.extra, parts.messageScores),
      coreScores: scoreItems(model, features.core),
      coreFeatures: features.core,
      novelConcepts: novelConcepts(features.unitFeatures, model),
    };
    const judged = judgeAsk(evidence, model);
    if (rounds !== null && round !== null && round > rounds) {
      return {
        ...judged,
        verdict: 'out_of_scope',
        scopeRef: 'revisions',
        confidence: 0.8,
        matched: { id: 'revisions', kind: 'revisions', text: `${rounds} revision round(s) contracted` },
        reason: `Round ${round} of changes exceeds the ${rounds} contracted revision round(s).`,
      } satisfies AskResult;
    }
    return judged;
  });
  const corrected = applyCorrections(asks, corrections);
  // The most certain out-of-scope ask speaks for the message (an exclusion over a weak 'new').
  const out = corrected
    .filter((a) => a.verdict === 'out_of_scope')
    .reduce<AskResult | undefined>((best, a) => (!best || a.confidence > best.confidence ? a : best), undefined);
  const lead = out ?? corrected.find((a) => a.verdict === 'in_scope') ?? corrected[0];
  const verdict = out ? 'out_of_scope' : (lead?.verdict ?? 'no_request');
  return {
    upsell,
    sentiment,
    cleanedText: text,
    verdict,
    scopeRef: lead?.scopeRef ?? null,
    confidence: lead?.confidence ?? 0.5,
    asks: corrected,
    reason: lead?.reason ?? '',
  };
}
