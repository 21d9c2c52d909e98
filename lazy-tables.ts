// The extension's build reads the engine's data files through lib/scope/tables.lazy.ts instead of
// lib/scope/tables.ts: the same files as text, each parsed on its first read, so the service
// worker's start does not parse 1.5 MB of JSON (lib/scope/tables.ts says why). Node tools and unit
// tests keep the JSON imports; tests/lib/scope/tables.test.ts holds the two to the same contents.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

const ROOT = import.meta.dirname;
const SCOPE = path.resolve(ROOT, 'lib/scope');
const TABLES = path.join(SCOPE, 'tables');

export function lazyTables(): Plugin {
  return {
    name: 'scopekeeper:lazy-tables',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer) return null;
      const target = source.startsWith('@/')
        ? path.resolve(ROOT, source.slice(2))
        : source.startsWith('.')
          ? path.resolve(path.dirname(importer), source)
          : null;
      return target?.replace(/\.ts$/, '') === TABLES ? `${TABLES}.lazy.ts` : null;
    },
    // The files' text without the indentation they are kept in (a fifth of their size).
    load(id) {
      const [file, query] = id.split('?');
      if (query !== 'raw' || !file?.startsWith(SCOPE) || !file.endsWith('.json')) return null;
      return `export default ${JSON.stringify(JSON.stringify(JSON.parse(readFileSync(file, 'utf8'))))};`;
    },
  };
}
