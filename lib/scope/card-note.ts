// Whether a board card's title is a note (minutes, FYI, a status, a date moved, something the
// client sent or the agency waits for) rather than work asked for. A card is work unless plainly a
// note (issue 10): every other card gets a verdict. Learned from the labelled tickets' titles
// (train.ts trainCardNote): their form (the ask model's view of the title) and their words, the
// first word apart ("Notes ...", "Blocked: ..."), since a title's opening word says most.
import { requestFeatures, type MessageAnalysis } from './analyse';
import type { FeatureVector } from './ask-features';
import { messageKeys } from './lexicon';
import { logitWithWords, sigmoid, weightsOf, type Logistic } from './learn/logistic';

/** The prefix of the note model's lexical keys ("nw:minutes", "nb:^ blocked"). */
export const NOTE_WORDS = 'n';

/** A card at least this likely to be a note reads as one (No ask); below, it is judged as work. */
export const NOTE_MIN = 0.5;

/**
 * Words that mark a title as a note, as first written by hand (with a closing question mark they
 * caught about half of the labelled notes and called one ask in twelve a note): one feature the
 * model weighs.
 */
const NOTE_MARKERS =
  /\b(fyi|minutes|meeting notes|notes from|status|update|recap|agenda|uploaded|approved|done|signed|shared|sent|invoice|question|access|login|call|sync|stand-?up|retro|kick-?off)\b/i;
/** A title that ends in a question: a status question, or an elliptical ask ("Dutch version?"). */
const QUESTION = /\?\s*$/;

/** The note model's features of a card (its analysis as cardInput gives it, and its units' ask logits). */
export function cardNoteFeatures(a: MessageAnalysis, askLogits: number[]): FeatureVector {
  const f: FeatureVector = { ...requestFeatures(a, askLogits) };
  if (NOTE_MARKERS.test(a.readSubject)) f.n_markers = 1;
  if (QUESTION.test(a.readSubject)) f.n_question = 1;
  return f;
}

/** The card's lexical keys, as the note model names them. */
export const cardNoteKeys = (a: MessageAnalysis): string[] => messageKeys(a.units, NOTE_WORDS);

/**
 * Whether the card reads as a note. Without a trained model (weights from before it), the hand
 * markers decide, as they did.
 */
export function isNoteCard(a: MessageAnalysis, askLogits: number[], model: Logistic | undefined): boolean {
  if (!model || weightsOf(model).size === 0) return NOTE_MARKERS.test(a.readSubject) || QUESTION.test(a.readSubject);
  return sigmoid(logitWithWords(model, cardNoteFeatures(a, askLogits), cardNoteKeys(a))) >= NOTE_MIN;
}
