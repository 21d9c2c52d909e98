// Features of one unit (sentence, list item, subject or ticket title) that say whether it asks
// the agency for work: its mood and form, not its topic. The weights are learned (weights.json).
import { cuesOf, CUE_NAMES, type CueName } from './cues';
import { keysOf, lexicalWords } from './lexicon';
import { BASE_VERBS, hasFiniteVerb } from './verbs';

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

const LABEL = /^[^:]{1,30}:\s+(?=\S)/;
const LEAD =
  /^((also|and|then|just|pls|please|so|but|ok|okay|oh|hey|hi|one more thing|quick one|finally|lastly|plus|kindly|could you|can you)[,:!\s-]+)+/i;

/** The first word once "Label:", greetings and discourse markers are stripped. */
export function leadWord(text: string): string {
  const unlabeled = text.replace(LABEL, '').replace(LEAD, '');
  return (/^[A-Za-z]+/.exec(unlabeled)?.[0] ?? '').toLowerCase();
}

/**
 * Words and word pairs of the unit, lower-cased ("w:attached", "b:could you"). Training keeps only
 * those used across many projects, so no project's vocabulary is learned. Kept apart from the
 * other features so prediction looks each one up instead of building objects (lexicon.ts).
 */
export function lexicalKeys(text: string): string[] {
  return keysOf(lexicalWords(text));
}

export function askFeatures(u: UnitForm, cues: Record<CueName, number> = cuesOf(u.text.trim())): FeatureVector {
  const text = u.text.trim();
  const words = text.split(/\s+/).filter(Boolean).length;
  const f: FeatureVector = {};
  for (const name of CUE_NAMES) if (cues[name]) f[`c_${name}`] = 1;
  const finite = hasFiniteVerb(text);
  const lead = leadWord(text);
  const imperative = BASE_VERBS.has(lead) && !/^\w+\s+(you|u)\b/i.test(text.replace(LABEL, '').replace(LEAD, ''));
  if (imperative) f.imperative = 1;
  if (cues.question && words <= 9 && !finite) f.ellipticalQuestion = 1;
  if (!finite && !imperative && !cues.question && words <= 14) f.nounPhrase = 1;
  if (u.isTitle) f.title = 1;
  if (u.isListItem) f.listItem = 1;
  if (u.ticket) f.ticket = 1;
  if (u.ticket && u.isTitle) f.ticketTitle = 1;
  if (u.ticket && u.isTitle && f.nounPhrase) f.ticketTitleNoun = 1;
  if (u.ticket && u.isTitle && imperative) f.ticketTitleImperative = 1;
  if (!u.isTitle && u.position === 0) f.firstUnit = 1;
  if (words <= 4) f.short = 1;
  if (words >= 30) f.long = 1;
  if (cues.question && (cues.youModal || cues.weModal || cues.possible)) f.askQuestion = 1;
  if (cues.question && cues.infoQuestion && !cues.youModal) f.infoOnlyQuestion = 1;
  if (cues.thanks && words <= 8) f.bareThanks = 1;
  // Questions that ask for news or a detail, not for work.
  if (cues.question && cues.status) f.statusQuestion = 1;
  if (cues.please && cues.sharing) f.pleaseFindAttached = 1;
  if ((cues.please || cues.youModal) && cues.infoRequest) f.askForDetail = 1;
  if ((cues.please || cues.youModal) && cues.thanks) f.pleaseThanks = 1;
  if (u.isTitle && cues.done) f.titleDone = 1;
  if (u.isTitle && cues.dateTime) f.titleDateTime = 1;
  return f;
}
