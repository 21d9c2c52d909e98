// A module run as a script (`npx tsx lib/cli/bench-ui.ts`) runs its main; the same module imported
// (by a test, by `npm run bench`, by another CLI) does not. One home for that check and for how a
// CLI prints its lines and fails.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Whether the module at `moduleUrl` (its `import.meta.url`) is the script Node was started with. */
export function isMain(moduleUrl: string): boolean {
  return !!process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(moduleUrl);
}

/**
 * When the module is the script: runs `main`, prints its lines, and on an error prints it (the
 * message alone, or with `stack` the whole error) and sets a failing exit code. A closed pipe
 * (`| head`) ends the process quietly.
 */
export function runMain(
  moduleUrl: string,
  main: () => string[] | Promise<string[]>,
  options: { stack?: boolean } = {},
): void {
  if (!isMain(moduleUrl)) return;
  process.stdout.on('error', () => process.exit(0));
  Promise.resolve()
    .then(main)
    .then(
      (lines) => console.log(lines.join('\n')),
      (err: unknown) => {
        console.error(options.stack || !(err instanceof Error) ? err : err.message);
        process.exitCode = 1;
      },
    );
}
