// Features of one unit (sentence, list item, subject or ticket title) that say whether it asks
// the agency for work: its mood and form, not its topic. The weights are learned (weights.json).
import { CUE_BIT, cuesOf, CUE_NAMES, type CueName } from './cues';
import { keysOf, lexicalWords } from './lexicon';
import { isSpace } from './literals';
import { BASE_VERBS, hasFiniteVerb } from './verbs';
import { codeAt } from './chars';

export interface UnitForm {
  text: string;
  isListItem: boolean;
  /** The email subject or the ticket title. */
  isTitle: boolean;
  ticket: boolean;
  /** Position among the message's own units (0 = first). */
  position: number;
}

export type FeatureVector = Record<string, number>;
/** Either form, for the code that only reads features (the models, the reason text). */
export type Features = FeatureVector | ReadonlyMap<string, number>;

const LABEL = /^[^:]{1,30}:\s+(?=\S)/;
const LEAD =
  /^((also|and|then|just|pls|please|so|but|ok|okay|oh|hey|hi|one more thing|quick one|finally|lastly|plus|kindly|could you|can you)[,:!\s-]+)+/i;

/** First letters of the LEAD words (lower case): other texts skip that pattern. */
const LEAD_FIRSTS = 'atjpsbohqflkc';

/** The text once "Label:", greetings and discourse markers are stripped. */
function unlabeled(text: string): string {
  // LABEL needs its colon within the first 31 characters, LEAD one of its words first.
  const colon = text.indexOf(':');
  const label = colon >= 1 && colon <= 30 ? text.replace(LABEL, '') : text;
  return label.length && LEAD_FIRSTS.includes(label[0]!.toLowerCase()) ? label.replace(LEAD, '') : label;
}

/** The leading run of ASCII letters (what /^[A-Za-z]+/ matches), lower-cased: a loop, not a regex call per unit. */
function firstWord(text: string): string {
  let end = 0;
  const length = text.length;
  for (; end < length; end++) {
    const code = codeAt(text, end);
    if (!((code >= 65 && code <= 90) || (code >= 97 && code <= 122))) break;
  }
  return text.slice(0, end).toLowerCase();
}

/** The first word once "Label:", greetings and discourse markers are stripped. */
export function leadWord(text: string): string {
  return firstWord(unlabeled(text));
}

/** The number of words: runs of non-space, as `text.split(/\s+/).filter(Boolean).length` counts them. */
export function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const space = isSpace(codeAt(text, i));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** Feature name of each cue family, by its bit (cues.ts CUE_BIT). */
const CUE_KEYS = CUE_NAMES.map((name) => `c_${name}`);
const YOU_AFTER_LEAD = /^\w+\s+(you|u)\b/i;

/**
 * Words and word pairs of the unit, lower-cased ("w:attached", "b:could you"). Training keeps only
 * those used across many projects, so no project's vocabulary is learned. Kept apart from the
 * other features so prediction looks each one up instead of building objects (lexicon.ts).
 */
export function lexicalKeys(text: string): string[] {
  return keysOf(lexicalWords(text));
}

export function askFeatures(u: UnitForm, cues: Record<CueName, number> = cuesOf(u.text.trim())): FeatureVector {
  let mask = 0;
  for (const name of CUE_NAMES) if (cues[name]) mask |= CUE_BIT[name];
  const f: FeatureVector = {};
  for (const name of askFeatureNames(u, cues, mask)) f[name] = 1;
  return f;
}

/**
 * The names of the unit's ask features, in the order askFeatures sets them (every feature there
 * is 1): a list of constant strings is cheap to make, where an object with a dozen keys added one
 * by one is not. `mask` is `cues` as a mask (cues.ts CUE_BIT).
 */
export function askFeatureNames(u: UnitForm, cues: Record<CueName, number>, mask: number): string[] {
  const text = u.text.trim();
  const words = wordCount(text);
  const f: string[] = [];
  for (let k = 0; k < CUE_KEYS.length; k++) if (mask & (1 << k)) f.push(CUE_KEYS[k]!);
  const finite = hasFiniteVerb(text);
  const stripped = unlabeled(text);
  const lead = firstWord(stripped);
  const imperative = BASE_VERBS.has(lead) && !YOU_AFTER_LEAD.test(stripped);
  const nounPhrase = !finite && !imperative && !cues.question && words <= 14;
  if (imperative) f.push('imperative');
  if (cues.question && words <= 9 && !finite) f.push('ellipticalQuestion');
  if (nounPhrase) f.push('nounPhrase');
  if (u.isTitle) f.push('title');
  if (u.isListItem) f.push('listItem');
  if (u.ticket) f.push('ticket');
  if (u.ticket && u.isTitle) f.push('ticketTitle');
  if (u.ticket && u.isTitle && nounPhrase) f.push('ticketTitleNoun');
  if (u.ticket && u.isTitle && imperative) f.push('ticketTitleImperative');
  if (!u.isTitle && u.position === 0) f.push('firstUnit');
  if (words <= 4) f.push('short');
  if (words >= 30) f.push('long');
  if (cues.question && (cues.youModal || cues.weModal || cues.possible)) f.push('askQuestion');
  if (cues.question && cues.infoQuestion && !cues.youModal) f.push('infoOnlyQuestion');
  if (cues.thanks && words <= 8) f.push('bareThanks');
  // Questions that ask for news or a detail, not for work.
  if (cues.question && cues.status) f.push('statusQuestion');
  if (cues.please && cues.sharing) f.push('pleaseFindAttached');
  if ((cues.please || cues.youModal) && cues.infoRequest) f.push('askForDetail');
  if ((cues.please || cues.youModal) && cues.thanks) f.push('pleaseThanks');
  if (u.isTitle && cues.done) f.push('titleDone');
  if (u.isTitle && cues.dateTime) f.push('titleDateTime');
  return f;
}
