// A first guess at the kind and sentiment of a note, so the AM types the note and saves. Cheap
// keyword rules; the AM can always change the guess before saving.
import type { Feedback } from '@/lib/db/schemas';

type Kind = Feedback['kind'];
type Sentiment = Feedback['sentiment'];

const RULES: [Kind, RegExp][] = [
  [
    'complaint',
    /\b(unhappy|disappointed|frustrat\w*|annoyed|complain\w*|unacceptable|not happy|not ok(ay)?|too slow|late again|still broken|worse|terrible|awful|poor)\b/i,
  ],
  ['approval', /\b(approved?|sign(ed)?[- ]off|go ahead|green ?light|ok to (launch|publish|ship))\b/i],
  [
    'revision_request',
    /\b(change|tweak|revise|revision|adjust|update|swap|replace|make (it|the)|move|resize|bigger|smaller|instead|fix)\b/i,
  ],
  [
    'praise',
    /\b(love[sd]?|great|awesome|amazing|fantastic|excellent|brilliant|perfect|nice work|well done|thank(s| you)|happy with|impressed)\b/i,
  ],
  ['question', /\?|^\s*(how|what|when|where|why|who|can|could|would|is|are|do|does)\b/i],
];

export function inferKind(note: string): Kind {
  const text = note.trim();
  if (!text) return 'other';
  for (const [kind, re] of RULES) if (re.test(text)) return kind;
  return 'other';
}

export function inferSentiment(note: string): Sentiment {
  const kind = inferKind(note);
  if (kind === 'complaint') return 'negative';
  if (kind === 'praise' || kind === 'approval') return 'positive';
  return 'neutral';
}
