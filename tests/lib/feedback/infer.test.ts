import { describe, expect, it } from 'vitest';
import { inferKind, inferSentiment } from '@/lib/feedback/infer';

describe('inferKind', () => {
  it.each([
    ['Love the new homepage, great work', 'praise'],
    ['Can we make the logo bigger', 'revision_request'],
    ['Really disappointed the launch slipped again', 'complaint'],
    ['When is the next check-in?', 'question'],
    ['Approved the moodboard', 'approval'],
    ['Met Dana at the event', 'other'],
    ['', 'other'],
  ])('%s -> %s', (note, kind) => expect(inferKind(note)).toBe(kind));

  it('guesses sentiment from the kind', () => {
    expect(inferSentiment('Not happy with the delays')).toBe('negative');
    expect(inferSentiment('Thanks, perfect')).toBe('positive');
    expect(inferSentiment('Where are the files?')).toBe('neutral');
  });
});
