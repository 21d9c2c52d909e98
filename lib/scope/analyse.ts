// One message, read for the verdict models: its own text (quotes, forwards and signatures
// removed), its units with their ask features, and per unit the text its evidence is gathered on.
import { askFeatureNames, type FeatureVector } from './ask-features';
import { cleanParts } from './clean';
import { cueMask, cuesFromMask, hasCue, type CueName } from './cues';
import { keysOf, LexicalWords } from './lexicon';
import { splitUnits, type Unit } from './sentences';
import type { MessageInput, Span } from './types';
import { isSpace } from './literals';
import { codeAt } from './chars';
import { detectLanguage, glossText, glossUnit, type Language } from './languages';

export interface AnalysedUnit {
  span: Span;
  /** True for the subject line / ticket title (its span is into the subject, not the text). */
  isTitle: boolean;
  /**
   * The text the engine reads: the span's text, or its English gloss when the client writes in
   * another language (languages/). Spans, quotes and the UI keep the writer's own words.
   */
  read: string;
  /** Its ask features (all 1): built when first read, as only training reads the object. */
  readonly form: FeatureVector;
  /** The names of its ask features, in order (ask-features.ts askFeatureNames). */
  formNames: readonly string[];
  cues: Record<CueName, number>;
  /** The words its lexical features are made of (lexicon.ts). */
  lexWords: LexicalWords;
  /** Lexical keys (lexicon.ts keysOf): built when first read, as only training reads them. */
  readonly words: string[];
  /** Units around it that say what it is about (indexes into `units`): the subject, the unit
   * before, the list items it introduces. */
  context: number[];
}

export interface MessageAnalysis {
  subject: string;
  /** Cleaned text: own words, then forwarded content. */
  text: string;
  /** Where the sender's own words end in `text`. */
  ownEnd: number;
  /** The language of the sender's own words ('en' unless another one's function words dominate). */
  language: Language;
  /** Subject and own words as the engine reads them (glossed: languages/), for message-wide checks. */
  readSubject: string;
  readOwn: string;
  ticket: boolean;
  /**
   * A ticket known only by its title (a board card: the title is both subject and text). Judged on
   * far less than a ticket with a description, so the models weigh it apart (s_titleOnly).
   */
  titleOnly: boolean;
  units: AnalysedUnit[];
  /** Every unit of `text`, forwarded content included (for upsell and sentiment). */
  allUnits: Unit[];
  /** Message-level cues for the request model. */
  closedTicket: boolean;
  nothingToDo: boolean;
}

class Analysed implements AnalysedUnit {
  private keys: string[] | null = null;
  private features: FeatureVector | null = null;
  constructor(
    readonly span: Span,
    readonly isTitle: boolean,
    readonly read: string,
    readonly formNames: readonly string[],
    readonly cues: Record<CueName, number>,
    readonly lexWords: LexicalWords,
    readonly context: number[],
  ) {}

  get words(): string[] {
    return (this.keys ??= keysOf(this.lexWords.words));
  }

  get form(): FeatureVector {
    return (this.features ??= Object.fromEntries(this.formNames.map((n) => [n, 1])));
  }
}

const MAX_CHARS = 100_000;
const MAX_UNITS = 60;
const CLOSED =
  /\bstatus:\s*(done|closed|resolved|complete|completed|won'?t do)\b|\bmarked (as )?(done|complete)\b|\bclosing this\b/i;
const NOTHING_TO_DO =
  /\b(nothing (else )?(for you )?to (do|change|action)|nothing (else )?(is )?(needed|required)( from you)?|no need (for you )?to (do|think|worry|reply|action)|not asking (you )?for anything|no action (needed|required|now|yet)|nothing to action|no reply needed|just fyi|for info only|no changes needed)\b/i;

/**
 * `projectLanguage`: the language the project's SOW is written in (scope-index.ts), for texts too
 * short to tell their own (languages/ detectLanguage).
 */
export function analyse(msg: MessageInput, projectLanguage: Language = 'en'): MessageAnalysis {
  const subject = typeof msg?.subject === 'string' ? msg.subject.slice(0, 1000).trim() : '';
  const body = typeof msg?.body === 'string' ? msg.body.slice(0, MAX_CHARS) : '';
  const ticket = msg?.channel === 'ticket';
  const { text, forwardedFrom } = cleanParts(body);
  const ownEnd = forwardedFrom ?? text.length;
  const allUnits = splitUnits(text);
  const own = allUnits.filter((u) => u.start < ownEnd && u.text.length >= 2).slice(0, MAX_UNITS);
  const units: AnalysedUnit[] = [];
  const ownText = text.slice(0, ownEnd);
  const language = detectLanguage(`${subject}\n${ownText}`, projectLanguage);
  const readSubject = glossUnit(subject, language);
  if (subject) {
    const mask = cueMask(readSubject);
    const cues = cuesFromMask(mask);
    const unit = { text: readSubject, isListItem: false, isTitle: true, ticket, position: -1 };
    const form = askFeatureNames(unit, cues, mask);
    const span = { start: 0, end: subject.length, text: subject };
    units.push(new Analysed(span, true, readSubject, form, cues, LexicalWords.of(readSubject), []));
  }
  const offset = units.length; // own[i] is units[offset + i]
  own.forEach((u, i) => {
    // The previous unit ("The French site is live.") and the list items a unit introduces
    // ("Could you also:" - a - b) say what a short ask is about.
    const context: number[] = subject ? [0] : [];
    if (i > 0 && !own[i - 1]!.isListItem) context.push(offset + i - 1);
    for (let k = i + 1; k < own.length && own[k]!.isListItem && !u.isListItem; k++) context.push(offset + k);
    const read = glossUnit(u.text, language);
    const mask = cueMask(read);
    const cues = cuesFromMask(mask);
    const unit = { text: read, isListItem: u.isListItem, isTitle: false, ticket, position: i };
    const form = askFeatureNames(unit, cues, mask);
    const span = { start: u.start, end: u.end, text: u.text };
    units.push(new Analysed(span, false, read, form, cues, LexicalWords.of(read), context));
  });
  const readOwn = glossText(ownText, language);
  return {
    subject,
    text,
    ownEnd,
    language,
    readSubject,
    readOwn,
    ticket,
    titleOnly: ticket && isTitleOnly(subject, text),
    units,
    allUnits,
    closedTicket: ticket && CLOSED.test(`${readSubject}\n${readOwn}`),
    nothingToDo: NOTHING_TO_DO.test(readOwn) || (hasCue('fyi', readSubject) && !hasCue('please', readOwn)),
  };
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * A board card as the engine reads it: the title is all a card shows, so it is both subject and
 * text (an empty subject: no card). Boards (listJudge) and the card figures (evaluate.ts) both use it.
 */
export function cardInput(title: string): MessageInput & { subject: string; body: string; channel: 'ticket' } {
  const text = oneLine(title);
  return { subject: text, body: text, channel: 'ticket' };
}

/** The number of characters that are not whitespace (as \s reads it): oneLine keeps all of them. */
function nonSpaceCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (!isSpace(codeAt(text, i))) count++;
  return count;
}

/** The text says nothing the subject does not: empty, or the subject again (a cardInput). */
function isTitleOnly(subject: string, text: string): boolean {
  // oneLine keeps every character but whitespace: texts with different counts of those are not
  // the same line, and most tickets' descriptions are far longer than their titles (no copies).
  const chars = nonSpaceCount(text);
  if (chars === 0) return true;
  if (chars !== nonSpaceCount(subject)) return false;
  const body = oneLine(text);
  return body === '' || body === oneLine(subject);
}

// Module level, not inside requestFeatures: a closure made per call costs (under tsx each named
// one is also renamed per call).
const clamp = (z: number) => Math.max(-6, Math.min(6, z)) / 6;

/** Message-level features for the request model, from the units' ask scores. */
export function requestFeatures(a: MessageAnalysis, askLogits: number[]): FeatureVector {
  // The body units' two highest scores and how many are above 0, in one pass (no sort).
  let first = -Infinity;
  let second = -Infinity;
  let body = 0;
  let positive = 0;
  for (let i = 0; i < askLogits.length; i++) {
    if (a.units[i]?.isTitle) continue;
    const z = askLogits[i]!;
    body++;
    if (z > 0) positive++;
    if (z > first) {
      second = first;
      first = z;
    } else if (z > second) second = z;
  }
  const title = a.units[0]?.isTitle ? (askLogits[0] ?? -5) : -5;
  const f: FeatureVector = {
    r_max: clamp(body > 0 ? first : -6),
    r_second: clamp(body > 1 ? second : -6),
    r_title: clamp(title),
    r_count: Math.min(positive, 4) / 4,
  };
  if (a.ticket) f.r_ticket = 1;
  if (a.ticket) f.r_ticketTitle = clamp(title);
  if (a.closedTicket) f.r_closed = 1;
  if (a.nothingToDo) f.r_nothingToDo = 1;
  if (body === 0) f.r_empty = 1;
  return f;
}
