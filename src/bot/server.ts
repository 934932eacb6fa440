/**
 * The HTTP server: restify as its authors designed it.
 * - Bodies: restify's bodyReader and jsonBodyParser (JSON parsed, `req.rawBody` kept for the Zalo signature); over
 *   MAX_BODY_BYTES → 413, malformed JSON → 400, both as restify's `{code, message}` JSON.
 * - Routing: restify's router; an unknown path → 404, a wrong method → 405, as JSON.
 * - Slow clients: Node's own `requestTimeout` / `headersTimeout` (checked every 30 s by Node) and
 *   `keepAliveTimeout`. Compression, TLS and slow clients proper belong to the reverse proxy in
 *   front (deploy/nginx.conf).
 * - Errors: a rejecting handler is logged and answered 500 without internals (./http/error-responder.ts).
 * - GET /healthz, then every channel's routes; GET /metrics (Prometheus, ADMIN_TOKEN only) when given metrics.
 */
import restify, { type Request, type Response, type Server } from 'restify';
import type { BotDeps } from './deps.js';
import { registerHelpdeskRoutes, type HelpdeskOptions, type HelpdeskRoutes } from './helpdesk/index.js';
import { installErrorResponder } from './http/error-responder.js';
import { registerReadiness } from './http/readiness.js';
import type { Metrics } from './metrics.js';
import { registerTeamsRoutes } from './teams/index.js';

export interface ServerOptions {
  /** Replacements for the help-desk routes in tests (clock, OA client). */
  helpdesk?: HelpdeskOptions;
  /** Counts every request and serves GET /metrics (./metrics.ts). */
  metrics?: Metrics;
}

/** Registers routes of a test's choosing instead of the product's (e.g. only a throwing route). */
export type RegisterRoutes = (server: Server) => void;

/** The handle when the help-desk routes were not registered: nothing is ever in flight. */
const NO_HELPDESK: HelpdeskRoutes = {
  inFlight: 0,
  drain: () => Promise.resolve(true),
  zalo: () => ({ oa: 'off', bot: 'off' }),
};

/** GET /healthz body. */
export interface Health {
  status: 'ok';
  document: string;
  appendixRows: number;
  indexedDocuments: number;
  store: BotDeps['config']['STATE_STORE'];
  /** False while the state store fails (the bot still answers, without keeping context). */
  storeUp: boolean;
  /**
   * The Zalo channels: off (not configured), ok, or degraded (replies cannot be sent, e.g. the OA
   * refresh token is dead). The status stays 200: the instance serves its other channels.
   */
  zalo: ReturnType<HelpdeskRoutes['zalo']>;
}

/**
 * Builds the restify server with /healthz and every channel's routes; it does not listen yet.
 *
 * @param routes options for the product's routes, or (tests) a function registering other routes
 *   instead of Teams and the help desk.
 */
export function createServer(
  deps: BotDeps,
  routes: ServerOptions | RegisterRoutes = {},
): { server: Server; helpdesk: HelpdeskRoutes } {
  const { config, logger } = deps;
  // No name: restify would send it as a Server header on every response.
  const server = restify.createServer({ name: '', handleUncaughtExceptions: false });
  server.server.requestTimeout = config.REQUEST_TIMEOUT_MS;
  server.server.headersTimeout = config.REQUEST_TIMEOUT_MS;
  server.server.keepAliveTimeout = config.KEEP_ALIVE_TIMEOUT_MS;
  installErrorResponder(server, logger, config.MAX_BODY_BYTES);
  server.use(restify.plugins.bodyReader({ maxBodySize: config.MAX_BODY_BYTES }));
  server.use(restify.plugins.jsonBodyParser({ bodyReader: true, mapParams: false }));

  let helpdesk = NO_HELPDESK;
  if (typeof routes === 'function') routes(server);
  else {
    registerTeamsRoutes(server, deps);
    helpdesk = registerHelpdeskRoutes(server, deps, routes.helpdesk);
  }

  server.get('/healthz', async (_req: Request, res: Response): Promise<void> => {
    const { stats } = deps.engine;
    const health: Health = {
      status: 'ok',
      document: stats.documentNumber,
      appendixRows: stats.appendixRows,
      indexedDocuments: stats.indexedDocuments,
      store: config.STATE_STORE,
      storeUp: deps.storeHealth.up,
      zalo: helpdesk.zalo(),
    };
    res.header('Cache-Control', 'no-store');
    res.send(200, health);
  });
  registerReadiness(server, { store: deps.store, logger: logger.child({ component: 'readiness' }) });
  if (typeof routes !== 'function') {
    routes.metrics?.serve(server, {
      storeHealth: deps.storeHealth,
      zalo: () => helpdesk.zalo(),
      adminToken: config.ADMIN_TOKEN,
    });
  }
  return { server, helpdesk };
}
