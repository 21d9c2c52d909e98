// `?pieces` imports of the engine's data files (lazy-tables.ts), as lib/scope/tables.lazy.ts uses them.
declare module '*.json?pieces' {
  const pieces: import('./pieces').Pieces;
  export default pieces;
}
