import { describe, expect, it } from 'vitest';
import { splitUnits } from '@/lib/scope/sentences';

const texts = (text: string) => splitUnits(text).map((u) => u.text);

describe('splitUnits', () => {
  it('ends a sentence at terminal punctuation followed by a space', () => {
    expect(texts('Thanks for the draft. Can you add a map? Great!')).toEqual([
      'Thanks for the draft.',
      'Can you add a map?',
      'Great!',
    ]);
  });

  it('does not end a sentence after an initial, "e.g." or a title before a name or a figure', () => {
    expect(texts('Kindly send the guide to Mr. Okeke, so he can prepare. Shoot stays.')).toEqual([
      'Kindly send the guide to Mr. Okeke, so he can prepare.',
      'Shoot stays.',
    ]);
    expect(texts('Ask Dr. Lee and Prof. Adams, e.g. by phone. Approx. 40 pages incl. the cover.')).toEqual([
      'Ask Dr. Lee and Prof. Adams, e.g. by phone.',
      'Approx. 40 pages incl. the cover.',
    ]);
    expect(texts('J. Smith will call.')).toEqual(['J. Smith will call.']);
  });

  it('still ends a sentence at a word that merely ends in those letters', () => {
    expect(texts('We saw the drums. Then we left.')).toEqual(['We saw the drums.', 'Then we left.']);
  });

  it('keeps list items whole, with their offsets', () => {
    const units = splitUnits('Intro.\n- Add a banner. Soon.\n2) Fix the footer');
    expect(units.map((u) => [u.text, u.isListItem])).toEqual([
      ['Intro.', false],
      ['Add a banner. Soon.', true],
      ['Fix the footer', true],
    ]);
    const text = 'Intro.\n- Add a banner. Soon.\n2) Fix the footer';
    for (const u of units) expect(text.slice(u.start, u.end)).toBe(u.text);
  });
});
