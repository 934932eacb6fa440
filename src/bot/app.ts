/**
 * Builds the whole service from settings: knowledge base and engine from the seed, the state
 * store, the server with every channel. The composition root (src/main.ts) and the tests
 * (test/helpers/server.ts) both use it, so what is tested is what runs.
 */
import type { Logger } from 'pino';
import type { Server } from 'restify';
import { createEngine } from '../intents/engine.js';
import { describeParseError, loadKnowledge } from '../knowledge/index.js';
import { readSeed } from '../seed-file.js';
import type { Config } from './config.js';
import type { BotDeps } from './deps.js';
import type { HelpdeskOptions, HelpdeskRoutes } from './helpdesk/index.js';
import { createLogger } from './logger.js';
import { allOf } from './answered.js';
import { createReview } from './review/review-store.js';
import { registerReviewRoute } from './review/route.js';
import { createMetrics, type Metrics } from './metrics.js';
import { createServer } from './server.js';
import { createConversations } from './state/conversations.js';
import { openStore } from './state/open-store.js';
import { createStoreHealth } from './state/store-health.js';

/** The built service, not yet listening. */
export interface App {
  server: Server;
  deps: BotDeps;
  /** The help desk's shutdown handle (Zalo replies in flight). */
  helpdesk: HelpdeskRoutes;
  /** The Prometheus metrics (GET /metrics with ADMIN_TOKEN). */
  metrics: Metrics;
  /** Starts listening; resolves with the base URL and the actual port (port 0 picks a free one). */
  listen(port: number, host: string): Promise<{ url: string; port: number }>;
  /**
   * Graceful stop: no new connections; requests under way and Zalo replies get until `timeoutMs`;
   * then the connections still open are closed and the store is closed (always). Resolves true
   * when everything finished within `timeoutMs`. Calling it again returns the same promise.
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

/** Resolves true if `p` settles before `ms` pass, false otherwise. */
function within(p: Promise<unknown>, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const t = setTimeout(() => resolve(false), Math.max(0, ms));
    const settle = () => (clearTimeout(t), resolve(true));
    p.then(settle, settle);
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
  const engine = createEngine(loaded.kb, {
    maxQuestionLength: config.MAX_QUESTION_LENGTH,
    cacheSize: config.ANSWER_CACHE_SIZE,
  });
  const store = await openStore(config, logger);
  const metrics = createMetrics();
  const storeHealth = createStoreHealth({
    logger: logger.child({ component: 'state' }),
    onFailure: metrics.storeFailed,
  });
  const conversations = createConversations(store, { health: storeHealth });
  const review = createReview(store, {
    maxGroups: config.REVIEW_MAX_GROUPS,
    maxAgeDays: config.REVIEW_MAX_AGE_DAYS,
    logger: logger.child({ component: 'review' }),
  });
  const answered = allOf([metrics.answered, review.listener], (e) =>
    logger.error({ err: e }, 'a listener of answered questions failed'),
  );
  const deps: BotDeps = { engine, config, logger, store, conversations, storeHealth, answered };
  const { server, helpdesk } = createServer(deps, {
    ...(options.helpdesk ? { helpdesk: options.helpdesk } : {}),
    metrics,
  });
  registerReviewRoute(server, review, config.ADMIN_TOKEN, logger);

  const close = async (timeoutMs: number): Promise<boolean> => {
    const deadline = Date.now() + timeoutMs;
    const left = () => Math.max(0, deadline - Date.now());
    // Node's close() stops accepting and closes the idle keep-alive connections; each connection
    // whose request is answered from now on goes as soon as restify is done with it ('after'); the
    // callback runs once none is left.
    const stopped = server.server.listening
      ? new Promise<void>((resolve) => {
          server.close(() => resolve());
        })
      : Promise.resolve();
    server.on('after', () => server.server.closeIdleConnections());
    const requestsDone = await within(stopped, left());
    const repliesDone = await helpdesk.drain(left());
    server.server.closeAllConnections();
    await review.close();
    await store.close();
    return requestsDone && repliesDone;
  };

  let closing: Promise<boolean> | undefined;
  return {
    server,
    deps,
    helpdesk,
    metrics,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.removeListener('error', reject);
          const address = server.address();
          const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
          resolve({ url: `http://${shown}:${address.port}`, port: address.port });
        });
      }),
    close: (timeoutMs) => (closing ??= close(timeoutMs)),
  };
}
