// Vite's `?raw` imports (a file's text), as lib/scope/tables.lazy.ts uses them.
declare module '*.json?raw' {
  const text: string;
  export default text;
}
