/**
 * The entry-point glue of the command-line tools (ask / kb, review, zalo-bot): when the module is
 * the script Node was started with, runs `main`, sets the exit code from its result (1, with the
 * message, when it throws), and ends quietly when stdout's reader goes away (`… | head`).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Runs `main` when `moduleUrl` (the caller's `import.meta.url`) is the script being run. */
export function runIfMain(moduleUrl: string, main: () => Promise<number>): void {
  const script = process.argv[1];
  if (script === undefined || moduleUrl !== pathToFileURL(resolve(script)).href) return;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
