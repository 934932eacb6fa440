/**
 * A real server on an ephemeral port for end-to-end tests, built exactly as `npm start` builds it
 * (buildApp), with settings overridden per test. STATE_STORE defaults to memory here; pass sqlite
 * or redis to test those.
 *
 *   const s = await startTestServer({ ASK_RATE_LIMIT_PER_MINUTE: 0 });
 *   await fetch(`${s.url}/api/ask`, …);
 *   await s.close();
 */
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { buildApp, type App, type BuildOptions } from '../../src/bot/app.js';
import { ConfigSchema, type Config } from '../../src/bot/config.js';
import { createLogger } from '../../src/bot/logger.js';

export interface TestServer {
  url: string;
  port: number;
  app: App;
  config: Config;
  /** Every log line the server wrote, as text (for privacy and error checks). */
  logs(): string;
  close(): Promise<void>;
}

export async function startTestServer(overrides: Partial<Config> = {}, options: Omit<BuildOptions, 'logger'> = {}): Promise<TestServer> {
  const config: Config = { ...ConfigSchema.parse({ STATE_STORE: 'memory', LOG_LEVEL: 'info', HOST: '127.0.0.1', PORT: 0 }), ...overrides };
  const lines: string[] = [];
  const sink = new Writable({ write(chunk, _enc, cb) { lines.push(String(chunk)); cb(); } });
  const logger = createLogger({ level: config.LOG_LEVEL, destination: sink as unknown as pino.DestinationStream });
  const app = await buildApp(config, { ...options, logger });
  const { url, port } = await app.listen(0, '127.0.0.1');
  return { url, port, app, config, logs: () => lines.join(''), close: async () => void (await app.close(5000)) };
}
