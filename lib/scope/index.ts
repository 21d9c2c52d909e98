// Public API of the scope engine (pure TypeScript: runs in the extension and in Node).
export { classify, classifySteps } from './classify';
export { isUnsure } from './weights';
export { parseSow, parseSowDetailed } from './sow/parse';
export type { ParsedSow, ParsedItem } from './sow/parse';
export { cleanText } from './clean';
export { emptyScope } from './empty';
export * from './types';
