// The engine memo in the background: a text is judged once per project scope and corrections, and
// any change to either (from whichever surface) gives fresh judgments.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Project } from '@/lib/db/schemas';
import type * as Classify from '@/lib/scope/classify';

const engine = vi.hoisted(() => ({ calls: 0 }));
vi.mock('@/lib/scope/classify', async (importOriginal) => {
  const real = await importOriginal<typeof Classify>();
  return {
    ...real,
    classifySteps: (...args: Parameters<typeof real.classifySteps>) => {
      engine.calls++;
      return real.classifySteps(...args);
    },
  };
});
// The warm-up's own judgments are not the memo's business.
vi.mock('@/lib/scope/warm', () => ({ *warmEngine() {} }));
const { judgeTitles } = await import('@/lib/background/listJudge');
const { acmeProject } = await import('./seedAcme');

const project = (extra: Partial<Project> = {}): Project => acmeProject({ id: 'p-memo', ...extra });
const card = { key: 'ACME-121', title: 'Store locator map on the contact page' };

beforeEach(() => {
  engine.calls = 0;
});

describe('engine memo', () => {
  it('judges a card title once, however many boards show it (each read of the project is a new object)', async () => {
    const first = await judgeTitles([card, { key: 'ACME-128', title: 'Fix broken links in footer' }], project(), []);
    expect(engine.calls).toBe(2);
    const again = await judgeTitles([card], project(), []);
    const other = await judgeTitles([{ key: 'ACME-999', title: `  ${card.title}  ` }], project(), []);
    expect(engine.calls).toBe(2);
    expect(again[0]).toEqual(first[0]);
    expect(other[0]).toEqual({ ...first[0], sourceId: 'ACME-999' });
  });

  it('judges a title once when boards ask for it at the same moment (a judgment runs across tasks)', async () => {
    const title = { key: 'ACME-130', title: 'Animated hero video for the homepage' };
    const boards = await Promise.all(
      Array.from({ length: 8 }, (_, i) => judgeTitles([{ ...title, key: `ACME-13${i}` }], project(), [])),
    );
    expect(engine.calls).toBe(1);
    expect(new Set(boards.map(([b]) => b!.verdict)).size).toBe(1);
    expect(boards.map(([b]) => b!.sourceId)).toEqual(Array.from({ length: 8 }, (_, i) => `ACME-13${i}`));
  });

  it('judges again when a correction is added or withdrawn', async () => {
    const [before] = await judgeTitles([card], project(), []);
    expect(before!.verdict).toBe('out_of_scope');
    const correction = { askText: card.title, verdict: 'in_scope', scopeRef: 'd1' };
    const [corrected] = await judgeTitles([card], project(), [correction]);
    expect(corrected!.verdict).toBe('in_scope');
    const [withdrawn] = await judgeTitles([card], project(), []);
    expect(withdrawn!.verdict).toBe('out_of_scope');
  });

  it('judges again when the scope is edited', async () => {
    const [before] = await judgeTitles([card], project(), []);
    expect(before!.verdict).toBe('out_of_scope');
    const calls = engine.calls;
    const scope = structuredClone(project().scope);
    scope.deliverables.push({ id: 'd99', title: 'Store locator', description: card.title, quantity: null });
    const [after] = await judgeTitles([card], project({ scope }), []);
    expect(after!.verdict).toBe('in_scope');
    expect(engine.calls).toBe(calls + 1);
  });
});
