// The extension reads the engine's data files through tables.lazy.ts (text parsed on first read),
// Node tools and the other tests through tables.ts (JSON imports): the two must give the same
// contents, and the build must pick the lazy one for every import of tables.ts and nothing else.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as eager from '@/lib/scope/tables';
import * as lazy from '@/lib/scope/tables.lazy';
import { lazyTables } from '@/lazy-tables';
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

  it('ships each data file as its text without the indentation, reading as the file does', () => {
    const load = lazyTables().load as (id: string) => string | null;
    const code = load(`${path.join(ROOT, 'lib/scope/weights.json')}?raw`);
    const text = JSON.parse(code!.replace(/^export default /, '').replace(/;$/, '')) as string;
    expect(text).not.toMatch(/\n\s/);
    expect(JSON.parse(text)).toEqual(eager.weightsFile());
    expect(load(path.join(ROOT, 'lib/scope/weights.json'))).toBeNull();
    expect(load(`${path.join(ROOT, 'public/_locales/en/messages.json')}?raw`)).toBeNull();
  });

  it('leaves every other module alone, another tables.ts included', () => {
    expect(resolve('./tables', 'lib/insights/overview.ts')).toBeNull();
    expect(resolve('./tables.lazy', 'lib/scope/tables.test.ts')).toBeNull();
    expect(resolve('zod', 'lib/scope/weights.ts')).toBeNull();
    expect(resolve('./weights.json', 'lib/scope/weights.ts')).toBeNull();
  });
});
