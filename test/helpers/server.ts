/**
 * A real server on an ephemeral port for end-to-end tests, built exactly as `npm start` builds it
 * (`buildApp` from src/bot/app.ts), in-process, with settings overridden per test.
 *
 *   const s = await startTestServer({ ASK_RATE_LIMIT_PER_MINUTE: 0 });
 *   const r = await fetch(`${s.url}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"B.6"}' });
 *   expect(s.logs()).not.toContain('0912345678');
 *   await s.close();
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { DestinationStream, Logger } from 'pino';
import { buildApp, type App, type BuildOptions } from '../../src/bot/app.js';
import { ConfigSchema, type Config } from '../../src/bot/config.js';
import type { BotDeps } from '../../src/bot/deps.js';
import { createLogger } from '../../src/bot/logger.js';
import { createConversations } from '../../src/bot/state/conversations.js';
import type { StateStore } from '../../src/bot/state/store.js';
import { createStoreHealth } from '../../src/bot/state/store-health.js';
import { engineFromSeed } from '../../src/seed-file.js';

/** A started test server. */
export interface TestServer {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:40123. */
  url: string;
  port: number;
  /** The built service: `app.deps` (engine, storage, contexts, config, logger), `app.helpdesk.drain()`, `app.server` (restify). */
  app: App;
  /** The settings the server runs with (defaults + overrides). */
  config: Config;
  /** Every log line the server wrote so far, as one text of JSON lines (for privacy and error checks). */
  logs(): string;
  /** Stops gracefully (5 s at most), closes the store and removes the temporary folder if any. Safe to call twice. */
  close(): Promise<void>;
}

/**
 * Starts the service on 127.0.0.1 with a free port.
 *
 * Defaults differ from production only where a test needs it: STATE_STORE=memory, HOST=127.0.0.1,
 * PORT=0, LOG_LEVEL=info (logs are captured, not printed). With `STATE_STORE: 'sqlite'` and no
 * STATE_SQLITE_PATH, the file goes to a fresh temporary folder. Overrides are taken as given (not
 * re-validated), so a test can set any value.
 *
 * @param overrides settings to change, e.g. `{ STATE_STORE: 'redis', REDIS_URL }` or `{ BOT_ID, BOT_PASSWORD }`.
 * @param options `seedText` (another directive text) and `helpdesk` (fixed clock, recording Zalo client).
 */
export async function startTestServer(
  overrides: Partial<Config> = {},
  options: Omit<BuildOptions, 'logger'> = {},
): Promise<TestServer> {
  let tempDir: string | undefined;
  const defaults = ConfigSchema.parse({ STATE_STORE: 'memory', LOG_LEVEL: 'info', HOST: '127.0.0.1', PORT: 0 });
  const config: Config = { ...defaults, ...overrides };
  if (config.STATE_STORE === 'sqlite' && overrides.STATE_SQLITE_PATH === undefined) {
    tempDir = mkdtempSync(join(tmpdir(), 'c05-test-state-'));
    config.STATE_SQLITE_PATH = join(tempDir, 'state.sqlite');
  }
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, cb) {
      lines.push(String(chunk));
      cb();
    },
  });
  const logger = createLogger({ level: config.LOG_LEVEL, destination: sink as unknown as DestinationStream });
  const app = await buildApp(config, { ...options, logger });
  const { url, port } = await app.listen(0, config.HOST);
  let closed: Promise<void> | undefined;
  return {
    url,
    port,
    app,
    config,
    logs: () => lines.join(''),
    close: () =>
      (closed ??= app.close(5000).then(() => {
        if (tempDir) rmSync(tempDir, { recursive: true, force: true });
      })),
  };
}

/**
 * The service's dependencies over a store of the test's choosing (e.g. one that fails or conflicts
 * on cue), with the real engine, for a server built with `createServer(deps, …)` directly.
 */
export function depsOver(store: StateStore, config: Config, logger: Logger): BotDeps {
  const storeHealth = createStoreHealth({ logger });
  return {
    engine: engineFromSeed(),
    config,
    logger,
    store,
    conversations: createConversations(store, { health: storeHealth }),
    storeHealth,
    answered: () => undefined,
  };
}
