import { describe, expect, it } from 'vitest';
import { reasonFor } from '@/lib/changeorders/reason';
import { project, request } from '../../factories/changeOrderProject';

describe('reasonFor', () => {
  it('does not repeat the exclusion when the engine quotes it as "Title: description."', () => {
    const p = project();
    const x = p.scope.exclusions[0]!;
    const ask = request({ scopeRef: x.id, matchedText: `${x.title}: ${x.description}` });
    expect(reasonFor(ask, p.scope)).toBe(`The SOW excludes "${x.title}": ${x.description.replace(/[.!?]+$/, '')}.`);
  });
});
