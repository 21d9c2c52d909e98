// The extension reads the engine's data files through tables.lazy.ts (pieces parsed on first read),
// Node tools and the other tests through tables.ts (JSON imports): the two must give the same
// contents, and the build must pick the lazy one for every import of tables.ts and nothing else.
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import * as eager from '@/lib/scope/tables';
import * as lazy from '@/lib/scope/tables.lazy';
import { lazyTables, PIECE_SIZE } from '@/lazy-tables';
import { parsePieces, type Pieces } from '@/lib/scope/pieces';
import { GLOSSED_LANGUAGES } from '@/lib/scope/languages';

const ROOT = path.resolve(import.meta.dirname, '../../..');

describe('the engine data files', () => {
  it('read the same as text parsed on first read as they do as JSON imports', () => {
    expect(lazy.weightsFile()).toEqual(eager.weightsFile());
    expect(lazy.agencyWorkFile()).toEqual(eager.agencyWorkFile());
    expect(lazy.phraseIndexFile()).toEqual(eager.phraseIndexFile());
    for (const l of GLOSSED_LANGUAGES) expect(lazy.lexiconFile(l), l).toEqual(eager.lexiconFile(l));
  });

  it('are parsed once: every read after the first returns the same value', () => {
    expect(lazy.weightsFile()).toBe(lazy.weightsFile());
    expect(lazy.lexiconFile('de')).toBe(lazy.lexiconFile('de'));
  });

  it('are parsed a piece per step by parseTables, and not again when read', async () => {
    vi.resetModules();
    const fresh = await import('@/lib/scope/tables.lazy');
    const parse = vi.spyOn(JSON, 'parse');
    let steps = 0;
    for (const _ of fresh.parseTables()) steps++;
    // 1.5 MB of JSON at most PIECE_SIZE characters a step (a piece may run a little over).
    expect(steps).toBeGreaterThan(1_500_000 / PIECE_SIZE);
    const parses = parse.mock.calls.length;
    expect(Math.max(...parse.mock.calls.map(([text]) => text.length))).toBeLessThan(2 * PIECE_SIZE);
    expect(fresh.weightsFile()).toEqual(eager.weightsFile());
    expect(fresh.lexiconFile('fi')).toEqual(eager.lexiconFile('fi'));
    expect(parse.mock.calls.length).toBe(parses);
    expect([...fresh.parseTables()]).toHaveLength(0);
    parse.mockRestore();
  });
});

describe('lazyTables (the build plugin)', () => {
  const resolve = (source: string, importer: string) => {
    const hook = lazyTables().resolveId as (s: string, i: string | undefined) => string | null;
    return hook(source, path.join(ROOT, importer));
  };
  const LAZY = path.join(ROOT, 'lib/scope/tables.lazy.ts');

  it('swaps in the lazy module for every way the engine imports tables.ts', () => {
    expect(resolve('./tables', 'lib/scope/weights.ts')).toBe(LAZY);
    expect(resolve('../tables', 'lib/scope/taxonomy/index.ts')).toBe(LAZY);
    expect(resolve('../tables.ts', 'lib/scope/languages/index.ts')).toBe(LAZY);
    expect(resolve('@/lib/scope/tables', 'lib/background/engineMemo.ts')).toBe(LAZY);
  });

  it('ships each data file in pieces that read as the file does, and leaves other files alone', () => {
    const load = lazyTables().load as (id: string) => string | null;
    const code = load(`${path.join(ROOT, 'lib/scope/weights.json')}?pieces`);
    const pieces = JSON.parse(code!.replace(/^export default /, '').replace(/;$/, '')) as Pieces;
    expect(typeof pieces).toBe('object');
    const steps = parsePieces(pieces);
    let step = steps.next();
    while (!step.done) step = steps.next();
    expect(JSON.stringify(step.value)).toBe(JSON.stringify(eager.weightsFile()));
    expect(load(path.join(ROOT, 'lib/scope/weights.json'))).toBeNull();
    expect(load(`${path.join(ROOT, 'lib/scope/weights.json')}?raw`)).toBeNull();
    expect(load(`${path.join(ROOT, 'public/_locales/en/messages.json')}?pieces`)).toBeNull();
  });

  it('leaves every other module alone, another tables.ts included', () => {
    expect(resolve('./tables', 'lib/insights/overview.ts')).toBeNull();
    expect(resolve('./tables.lazy', 'lib/scope/tables.test.ts')).toBeNull();
    expect(resolve('zod', 'lib/scope/weights.ts')).toBeNull();
    expect(resolve('./weights.json', 'lib/scope/weights.ts')).toBeNull();
  });
});
