// Lib code bundled to run inside a real page (the DOM benches): esbuild, one IIFE, `@/` resolved.
import { build } from 'esbuild';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export async function bundleForPage(contents: string): Promise<string> {
  const out = await build({
    stdin: { contents, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    format: 'iife',
    write: false,
    alias: { '@': ROOT },
    logLevel: 'silent',
  });
  return out.outputFiles[0]?.text ?? '';
}
