/**
 * The HTTP server: restify 11 with
 * - one body reader for every route (./http/body-reader.ts): 413 past MAX_BODY_BYTES, 400 for
 *   malformed JSON, 408 for a body slower than REQUEST_TIMEOUT_MS, and `req.rawBody` = the exact
 *   request bytes as a Buffer (Zalo signatures);
 * - JSON answers to what Node's parser refuses before a route runs: slow or oversized headers, bytes
 *   that are not HTTP (./http/client-errors.ts);
 * - GET /healthz;
 * - the channel routes, from their owners' registrars (Teams, help desk: Zalo, /api/ask, web page);
 * - errors answered as JSON: a throwing or rejecting handler is logged with the request id and
 *   answered 500 without internals; the process stays up.
 */
import restify, { type Next, type Request, type Response, type Server } from 'restify';
import type { BotDeps } from './deps.js';
import { registerHelpdeskRoutes, type HelpdeskOptions, type HelpdeskRoutes } from './helpdesk/index.js';
import { createArrivalDeadlines, type ArrivalDeadlines } from './http/arrival-deadline.js';
import { bodyReader } from './http/body-reader.js';
import { installClientErrorAnswers } from './http/client-errors.js';
import { installErrorResponder } from './http/error-responder.js';
import { trackInFlightRequests, type InFlightRequests } from './http/in-flight-requests.js';
import { guardRoutes } from './http/route-guard.js';
import { registerTeamsRoutes } from './teams/index.js';

export type { InFlightRequests } from './http/in-flight-requests.js';

/** The server and the handles a graceful shutdown needs. */
export interface CreatedServer {
  server: Server;
  /** Requests being handled right now. */
  requests: InFlightRequests;
  /** The help desk's shutdown handle (Zalo replies still being sent after their 200). */
  helpdesk: HelpdeskRoutes;
  /** Deadlines of request bodies still arriving (a shutdown shortens them). */
  arrivals: ArrivalDeadlines;
}

export interface ServerOptions {
  /** Replacements for the help-desk routes in tests (clock, OA client). */
  helpdesk?: HelpdeskOptions;
}

/** Registers routes of a test's choosing instead of the product's (e.g. only the Teams routes). */
export type RegisterRoutes = (server: Server) => void;

/** The handle when the help-desk routes were not registered: nothing is ever in flight. */
const NO_HELPDESK: HelpdeskRoutes = { inFlight: 0, drain: async () => true };

/** GET /healthz body. */
export interface Health {
  status: 'ok';
  document: string;
  appendixRows: number;
  indexedDocuments: number;
  store: BotDeps['config']['STATE_STORE'];
  /**
   * False while the state store fails (the bot still answers, from the conversations it keeps in
   * memory: see state/store-health.ts). The status stays 200: the instance is serving.
   */
  storeUp: boolean;
}

/**
 * Builds the restify server with the platform (body reader, error responder, in-flight count,
 * /healthz) and every channel's routes; it does not listen yet. Routes added to `server` later are
 * guarded the same way (a throw → 500 JSON).
 *
 * @param routes options for the product's routes, or (tests) a function registering other routes
 *   instead of Teams and the help desk.
 */
export function createServer(deps: BotDeps, routes: ServerOptions | RegisterRoutes = {}): CreatedServer {
  const { config, logger } = deps;
  // No name: restify would send it as a Server header on every response, which tells clients
  // nothing they need and makes Node merge each route's own headers one by one.
  const server = restify.createServer({ name: '', handleUncaughtExceptions: false });
  const requests = trackInFlightRequests(server);
  const arrivals = createArrivalDeadlines({ timeoutMs: config.REQUEST_TIMEOUT_MS });
  guardRoutes(server, logger);
  installErrorResponder(server, logger);
  installClientErrorAnswers(server.server, { headersTimeoutMs: config.REQUEST_TIMEOUT_MS, logger });
  server.use(bodyReader(config.MAX_BODY_BYTES, arrivals, logger));

  server.get('/healthz', (_req: Request, res: Response, next: Next) => {
    const { stats } = deps.engine;
    const health: Health = { status: 'ok', document: stats.documentNumber, appendixRows: stats.appendixRows, indexedDocuments: stats.indexedDocuments, store: config.STATE_STORE, storeUp: deps.storeHealth.up };
    res.header('Cache-Control', 'no-store');
    res.send(200, health);
    next();
  });

  if (typeof routes === 'function') {
    routes(server);
    return { server, requests, helpdesk: NO_HELPDESK, arrivals };
  }
  registerTeamsRoutes(server, deps);
  const helpdesk = registerHelpdeskRoutes(server, deps, routes.helpdesk);
  return { server, requests, helpdesk, arrivals };
}
