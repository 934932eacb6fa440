/** The benchmark starts the server with the node flags of `npm start`. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serverNodeArgs } from '../bench/start-command.js';
import { PROJECT_ROOT } from '../src/seed-file.js';

describe('serverNodeArgs', () => {
  it('when npm start caps the heap, then the bench starts the server with the same cap, default or from MAX_OLD_SPACE_MB', () => {
    const start = (
      JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }
    ).scripts.start;
    expect(start).toContain('--max-old-space-size=${MAX_OLD_SPACE_MB:-384}');
    const main = join(PROJECT_ROOT, 'dist/src/main.js');
    expect(serverNodeArgs({})).toEqual(['--max-old-space-size=384', main]);
    expect(serverNodeArgs({ MAX_OLD_SPACE_MB: '512' })).toEqual(['--max-old-space-size=512', main]);
    // An empty variable falls back to the default, as the shell's ${NAME:-default} does.
    expect(serverNodeArgs({ MAX_OLD_SPACE_MB: '' })).toEqual(['--max-old-space-size=384', main]);
  });
});
