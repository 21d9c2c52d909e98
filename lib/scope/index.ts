// Public API of the scope engine (pure TypeScript: runs in the extension and in Node).
export { classify } from './classify';
export { parseSow } from './sow';
export { cleanText } from './clean';
export { emptyScope } from './empty';
export * from './types';
