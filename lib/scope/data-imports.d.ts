// `?pieces` imports of the engine's data files (lazy-tables.ts), as lib/scope/tables.lazy.ts uses them.
declare module '*.json?pieces' {
  import type { Pieces } from '@/lib/scope/pieces';
  const pieces: Pieces;
  export default pieces;
}
