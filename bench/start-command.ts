/**
 * The node flags `npm start` runs the server with, read from package.json's start script so the
 * benchmark starts the server exactly as users do. `${NAME:-default}` is expanded the
 * way the shell running the script would (from the environment, else the default).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/seed-file.js';

const MAIN = 'dist/src/main.js';

/** E.g. ['--max-old-space-size=384'], then the path of the compiled entry point. */
export function serverNodeArgs(env: NodeJS.ProcessEnv = process.env): string[] {
  const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const start = pkg.scripts['start'] ?? '';
  const m = /\bnode((?:\s+--\S+)*)\s+dist\/src\/main\.js/u.exec(start);
  if (!m) throw new Error(`package.json's start script does not run "node … ${MAIN}": ${start}`);
  const flags = (m[1] ?? '')
    .trim()
    .split(/\s+/u)
    .filter((f) => f !== '')
    .map((f) =>
      f.replace(/\$\{(\w+):-([^}]*)\}/gu, (_x, name: string, def: string) =>
        env[name] === undefined || env[name] === '' ? def : env[name],
      ),
    );
  return [...flags, join(PROJECT_ROOT, MAIN)];
}
