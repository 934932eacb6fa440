/**
 * Builds the whole service from settings: knowledge base and engine from the seed, the state
 * store, the server with every channel. The composition root (src/main.ts) and the tests both use
 * it, so what is tested is what runs.
 */
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { Server } from 'restify';
import { createEngine } from '../intents/engine.js';
import { describeParseError, loadKnowledge } from '../knowledge/index.js';
import { readSeed } from '../seed-file.js';
import type { Config } from './config.js';
import type { BotDeps } from './deps.js';
import { registerHelpdeskRoutes, type HelpdeskOptions, type HelpdeskRoutes } from './helpdesk/index.js';
import { createLogger } from './logger.js';
import { createServer, type InFlightRequests } from './server.js';
import { createContextStore } from './state/context-store.js';
import { createStorage } from './state/create-storage.js';
import type { ClosableStorage } from './state/storage.js';
import { registerTeamsRoutes } from './teams/index.js';

export interface App {
  server: Server;
  deps: BotDeps;
  storage: ClosableStorage;
  requests: InFlightRequests;
  helpdesk: HelpdeskRoutes;
  /** Starts listening; resolves with the base URL (port 0 picks a free port). */
  listen(port: number, host: string): Promise<{ url: string; port: number }>;
  /**
   * Graceful stop: no new connections, in-flight requests and Zalo replies finish, the store is
   * flushed and closed. Resolves true when all of it happened within `timeoutMs`.
   */
  close(timeoutMs: number): Promise<boolean>;
}

export interface BuildOptions {
  /** The directive's text (default: read from config.SEED_PATH). */
  seedText?: string;
  logger?: Logger;
  helpdesk?: HelpdeskOptions;
}

export async function buildApp(config: Config, options: BuildOptions = {}): Promise<App> {
  const logger = options.logger ?? createLogger({ level: config.LOG_LEVEL });
  const loaded = loadKnowledge(options.seedText ?? readSeed(config.SEED_PATH));
  if (!loaded.ok) throw new Error(`The directive's text did not parse: ${describeParseError(loaded.error)}`);
  const engine = createEngine(loaded.kb, { maxQuestionLength: config.MAX_QUESTION_LENGTH });
  const storage = await createStorage(config);
  const deps: BotDeps = { engine, config, logger, storage, contexts: createContextStore(storage) };
  let helpdesk: HelpdeskRoutes | undefined;
  const { server, requests } = createServer(deps, (s) => {
    registerTeamsRoutes(s, deps);
    helpdesk = registerHelpdeskRoutes(s, deps, options.helpdesk);
  });

  let closing: Promise<boolean> | undefined;
  return {
    server,
    deps,
    storage,
    requests,
    helpdesk: helpdesk!,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const address = server.address() as AddressInfo;
          const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
          resolve({ url: `http://${shown}:${address.port}`, port: address.port });
        });
      }),
    close(timeoutMs) {
      closing ??= (async () => {
        const deadline = Date.now() + timeoutMs;
        const left = () => Math.max(0, deadline - Date.now());
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        server.server.closeIdleConnections?.();
        const within = <T>(p: Promise<T>) => Promise.race([p.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), left()).unref())]);
        const requestsDone = await within(requests.idle());
        const repliesDone = await helpdesk!.drain(left());
        server.server.closeAllConnections?.();
        await within(stopped);
        await storage.close();
        return requestsDone && repliesDone;
      })();
      return closing;
    },
  };
}
