/**
 * Builds the whole service from settings: knowledge base and engine from the seed, the state
 * store, the server with every channel. The composition root (src/main.ts) and the tests
 * (test/helpers/server.ts) both use it, so what is tested is what runs.
 */
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { Server } from 'restify';
import { createEngine } from '../intents/engine.js';
import { describeParseError, loadKnowledge } from '../knowledge/index.js';
import { readSeed } from '../seed-file.js';
import type { Config } from './config.js';
import type { BotDeps } from './deps.js';
import type { HelpdeskOptions, HelpdeskRoutes } from './helpdesk/index.js';
import type { ArrivalDeadlines } from './http/arrival-deadline.js';
import { LINGER_MS } from './http/lingering-close.js';
import { createLogger } from './logger.js';
import { createQuestionTally } from './question-tally.js';
import { createServer, type InFlightRequests } from './server.js';
import { createContextStore } from './state/context-store.js';
import { createStorage } from './state/create-storage.js';
import type { ClosableStorage } from './state/storage.js';
import { createStoreHealth } from './state/store-health.js';

/** The built service, not yet listening. */
export interface App {
  server: Server;
  deps: BotDeps;
  storage: ClosableStorage;
  /** Requests being handled right now. */
  requests: InFlightRequests;
  /** The help desk's shutdown handle (Zalo replies in flight). */
  helpdesk: HelpdeskRoutes;
  /** Request bodies still arriving, with their deadlines. */
  arrivals: ArrivalDeadlines;
  /** Starts listening; resolves with the base URL and the actual port (port 0 picks a free one). */
  listen(port: number, host: string): Promise<{ url: string; port: number }>;
  /**
   * Graceful stop: no new connections; in-flight requests and Zalo replies get until `timeoutMs`
   * (bodies still arriving get SHUTDOWN_ARRIVAL_GRACE_MS, then a 503); then open connections are
   * closed and the store is flushed and closed (always). Resolves true when everything finished
   * within `timeoutMs`. Calling it again returns the same promise.
   */
  close(timeoutMs: number): Promise<boolean>;
}

export interface BuildOptions {
  /** The directive's text (default: read from config.SEED_PATH). */
  seedText?: string;
  /** Default: a stdout logger at config.LOG_LEVEL. */
  logger?: Logger;
  /** Replacements for the help-desk routes in tests. */
  helpdesk?: HelpdeskOptions;
}

/**
 * Once a shutdown begins, a request body still arriving gets this long from its start (a quarter
 * of the shutdown's timeout if that is shorter), then a 503 asking to send it again: a slow upload
 * is not a turn under way, and waiting for it would hold the shutdown up to its timeout.
 */
export const SHUTDOWN_ARRIVAL_GRACE_MS = 2000;

/** Resolves true if `p` settles before `ms` pass, false otherwise. */
function within(p: Promise<unknown>, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const t = setTimeout(() => resolve(false), Math.max(0, ms));
    t.unref();
    void p.then(
      () => (clearTimeout(t), resolve(true)),
      () => (clearTimeout(t), resolve(false)),
    );
  });
}

/**
 * Builds the service. Throws when the seed does not parse or the store cannot be opened (e.g.
 * Redis unreachable): the composition root reports that and exits.
 */
export async function buildApp(config: Config, options: BuildOptions = {}): Promise<App> {
  const logger = options.logger ?? createLogger({ level: config.LOG_LEVEL });
  const loaded = loadKnowledge(options.seedText ?? readSeed(config.SEED_PATH));
  if (!loaded.ok) throw new Error(`The directive's text did not parse: ${describeParseError(loaded.error)}`);
  const engine = createEngine(loaded.kb, { maxQuestionLength: config.MAX_QUESTION_LENGTH, cacheSize: config.ANSWER_CACHE_SIZE });
  const storage = await createStorage(config, logger);
  const tally = createQuestionTally({ logger, intervalMs: config.QUESTION_SUMMARY_SECONDS * 1000 });
  const storeHealth = createStoreHealth({ logger: logger.child({ component: 'state' }) });
  const deps: BotDeps = { engine, config, logger, storage, contexts: createContextStore(storage, { health: storeHealth }), storeHealth, tally };
  const { server, requests, helpdesk, arrivals } = createServer(deps, options.helpdesk ? { helpdesk: options.helpdesk } : {});

  let closing: Promise<boolean> | undefined;
  const close = async (timeoutMs: number): Promise<boolean> => {
    const deadline = Date.now() + timeoutMs;
    const left = () => deadline - Date.now();
    const stopped = server.server.listening ? new Promise<void>((resolve) => server.close(() => resolve())) : Promise.resolve();
    server.server.closeIdleConnections();
    arrivals.stopWaiting(Math.min(SHUTDOWN_ARRIVAL_GRACE_MS, timeoutMs / 4));
    const requestsDone = await within(requests.idle(), left());
    const repliesDone = await helpdesk.drain(Math.max(0, left()));
    // Keep-alive connections that went idle since go now. Connections closing after a refusal (a
    // 503 to a body still arriving) read what their client still sends for a moment, so that it
    // gets the answer (http/lingering-close.ts); whatever is still open after that goes too.
    server.server.closeIdleConnections();
    await within(stopped, Math.min(LINGER_MS, Math.max(0, left() - 100)));
    server.server.closeAllConnections();
    arrivals.close();
    await within(stopped, Math.max(left(), 100));
    // Turns answered while the store was failing are kept in memory only: one more try to store
    // them, and the log says how many could not be (they are lost with the process).
    const flushing = deps.contexts.flush();
    if (await within(flushing, Math.max(left() - 200, 100))) {
      const { stored, unsaved } = await flushing;
      if (unsaved > 0) logger.warn({ stored, unsaved }, 'state store: the latest turns of some conversations could not be stored before exit');
      else if (stored > 0) logger.info({ stored }, 'state store: conversations answered while it was failing are stored now');
    } else {
      logger.warn('state store: conversations answered while it was failing could not all be stored before exit (no time left)');
    }
    tally.stop();
    await storage.close();
    return requestsDone && repliesDone;
  };

  return {
    server,
    deps,
    storage,
    requests,
    helpdesk,
    arrivals,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.removeListener('error', reject);
          const address = server.address() as AddressInfo;
          const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
          resolve({ url: `http://${shown}:${address.port}`, port: address.port });
        });
      }),
    close: (timeoutMs) => (closing ??= close(timeoutMs)),
  };
}
