import { describe, expect, it } from 'vitest';
import { SECTIONS_KEY, parseSections, serialiseSections } from '@/lib/ui/sections';

describe('stored section state', () => {
  it('round-trips the AM’s choices', () => {
    const state = { asks: true, brief: false, coMoney: true };
    expect(parseSections(serialiseSections(state))).toEqual(state);
    expect(SECTIONS_KEY).toMatch(/^scopekeeper\./);
  });

  it('reads nothing from missing, broken or foreign data', () => {
    for (const raw of [null, '', 'not json', '[true]', '"asks"', 'null', '42']) expect(parseSections(raw)).toEqual({});
  });

  it('keeps known ids with boolean values only', () => {
    expect(
      parseSections('{"asks":false,"nope":true,"brief":"yes","waits":1,"feedback":true,"__proto__":true}'),
    ).toEqual({ asks: false, feedback: true });
  });
});
