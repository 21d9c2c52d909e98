// The extension's build reads the engine's data files through lib/scope/tables.lazy.ts instead of
// lib/scope/tables.ts: the same files as pieces of JSON text (lib/scope/pieces.ts), parsed on their
// first read or piece by piece by the engine's warm-up, so the service worker's start does not
// parse 1.5 MB of JSON and no step of the warm-up parses more than a few kB (lib/scope/tables.ts
// says why). Node tools and unit tests keep the JSON imports; tests/lib/scope/tables.test.ts holds
// the two to the same contents.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { splitPieces } from './lib/scope/pieces';

const ROOT = import.meta.dirname;
const SCOPE = path.resolve(ROOT, 'lib/scope');
const TABLES = path.join(SCOPE, 'tables');
/** Characters of JSON per piece: ~0.3-0.5 ms of parsing in a service worker. */
export const PIECE_SIZE = 16_000;

/**
 * `import x from './file.json?pieces'` (a data file under lib/scope) gives the file's value in
 * pieces. Also in the unit tests' config, so tables.lazy.ts is tested as it is built.
 */
export function dataPieces(): Plugin {
  return {
    name: 'scopekeeper:data-pieces',
    enforce: 'pre',
    load(id) {
      const [file, query] = id.split('?');
      if (query !== 'pieces' || !file?.startsWith(SCOPE) || !file.endsWith('.json')) return null;
      return `export default ${JSON.stringify(splitPieces(JSON.parse(readFileSync(file, 'utf8')), PIECE_SIZE))};`;
    },
  };
}

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
    load: dataPieces().load,
  };
}
