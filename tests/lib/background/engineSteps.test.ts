// The background judges a message in steps: the queue may get a turn between the engine's stages
// and asks (each a few ms), not only between messages; a text judged before costs no step.
import { describe, expect, it, vi } from 'vitest';

const slicer = vi.hoisted(() => ({ pauses: 0 }));
vi.mock('@/lib/timeSlice', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  timeSlicer: () => async () => {
    slicer.pauses++;
  },
}));
vi.mock('@/lib/scope/warm', () => ({ *warmEngine() {} }));
const { engineFor } = await import('@/lib/background/engineMemo');
const { acmeProject } = await import('./seedAcme');

describe('judging in steps', () => {
  it('pauses between the stages of one judgment, and not for a text it has judged', async () => {
    const project = acmeProject({ id: 'p-steps' });
    const engine = await engineFor(project, []);
    const mail = { subject: 'Contact page', body: 'Could you also add a store locator map to the contact page?' };
    const first = await engine.judge(mail);
    expect(first.verdict).toBe('out_of_scope');
    // The scope (read for the first time: indexed a SOW item a step), the reading, the signals, the
    // one ask it weighs.
    const steps = 4 + project.scope.deliverables.length + project.scope.exclusions.length;
    expect(slicer.pauses).toBe(steps);
    expect(await engine.judge(mail)).toBe(first);
    expect(slicer.pauses).toBe(steps);
  });
});
