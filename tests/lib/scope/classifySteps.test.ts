// The engine in steps (the service worker's judgments): a pause between its stages and between the
// asks it weighs. classify runs the same steps without pausing, so the corpus tests and the engine
// snapshot (lib/cli/snapshot-scope.ts) cover its results.
import { beforeAll, describe, expect, it } from 'vitest';
import { classifySteps } from '@/lib/scope';
import { scopeIndexFor } from '@/lib/scope/classify';
import type { MessageInput, ProjectScope, ScopeResult } from '@/lib/scope/types';
import { BRAND_SCOPE } from './helpers';

function drain(msg: MessageInput, scope: ProjectScope): { result: ScopeResult; steps: number } {
  const gen = classifySteps(msg, scope);
  let steps = 0;
  for (let step = gen.next(); ; step = gen.next(), steps++) if (step.done) return { result: step.value, steps };
}

describe('classifySteps', () => {
  beforeAll(() => scopeIndexFor(BRAND_SCOPE));

  it('pauses after the scope, the reading, the signals and each ask it weighs', () => {
    const ask = { subject: '', body: 'Could you also redesign our website with the new identity?' };
    const scope = structuredClone(BRAND_SCOPE);
    // A scope read for the first time is indexed in steps too: one more pause per SOW item.
    const first = drain(ask, scope);
    const one = drain(ask, scope);
    const two = drain(
      {
        subject: '',
        body: 'Could you also redesign our website with the new identity?\n\nAnd can you retouch the product shots?',
      },
      scope,
    );
    expect(one.result.verdict).toBe('out_of_scope');
    expect(first.result).toEqual(one.result);
    expect(first.steps).toBe(4 + scope.deliverables.length + scope.exclusions.length);
    expect(one.steps).toBe(4);
    expect(two.steps).toBe(5);
  });

  it('stops after reading a message with nothing in it, and at once on one it cannot read', () => {
    const empty = drain({ subject: '', body: '   ' }, BRAND_SCOPE);
    expect(empty.result.reason).toBe('No text to judge.');
    expect(empty.steps).toBe(2);
    const broken = {
      get subject(): string {
        throw new Error('unreadable');
      },
      body: 'x',
    } as MessageInput;
    const failed = drain(broken, BRAND_SCOPE);
    expect(failed.result.reason).toBe('The message could not be read.');
    expect(failed.steps).toBe(1);
  });
});
