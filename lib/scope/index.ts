// Public API of the scope engine (pure TypeScript: runs in the extension and in Node). The service
// worker imports the modules it needs directly instead (a lint rule): this index brings in the SOW
// parser too, whose modules build their tables as they load, in every start of the worker.
export { classify, classifySteps } from './classify';
export { isUnsure } from './weights';
export { parseSow, parseSowDetailed } from './sow/parse';
export type { ParsedSow, ParsedItem } from './sow/parse';
export { cleanText } from './clean';
export { emptyScope } from './empty';
export * from './types';
