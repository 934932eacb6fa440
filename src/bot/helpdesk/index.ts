/**
 * Registers the help-desk channels on the server: the Zalo OA webhook (POST /zalo/webhook), the
 * Zalo Bot Platform webhook (POST /zalo/bot/webhook), the JSON API (POST /api/ask,
 * GET /api/source/:id) and the web chat page (GET /, GET /static/…).
 * Adapters only: they translate the wire to the engine and back.
 *
 * Returns a handle for graceful shutdown: Zalo replies are computed and sent after the webhook's
 * 200, so the composition root should `await routes.drain(config.SHUTDOWN_TIMEOUT_MS)` after the
 * server stops accepting requests and before closing the state store.
 */
import type { Server } from 'restify';
import type { BotDeps } from '../deps.js';
import { registerWebRoutes } from '../web/routes.js';
import { registerZaloBot, type ZaloBotOptions, type ZaloBotStatus } from '../zalo-bot/index.js';
import { registerZaloOa, type ZaloOaOptions, type ZaloOaStatus } from '../zalo/index.js';
import { registerAskRoute } from './ask-route.js';
import { InFlight } from './in-flight.js';
import { registerSourceRoute } from './source-route.js';

/** What the composition root keeps for shutdown. */
export interface HelpdeskRoutes {
  /** Zalo replies still being computed or sent. */
  readonly inFlight: number;
  /**
   * Resolves true once every in-flight reply has been sent (or given up), false if `timeoutMs`
   * passed first. Call after the server stopped accepting requests.
   */
  drain(timeoutMs: number): Promise<boolean>;
  /** How the Zalo channels stand, for /healthz. */
  zalo(): { oa: ZaloOaStatus; bot: ZaloBotStatus };
}

/** Replacements for tests (a fixed clock, recording clients). */
export interface HelpdeskOptions {
  now?: () => number;
  zalo?: ZaloOaOptions;
  zaloBot?: ZaloBotOptions;
}

/** Registers every help-desk route and returns the shutdown handle. */
export function registerHelpdeskRoutes(server: Server, deps: BotDeps, options: HelpdeskOptions = {}): HelpdeskRoutes {
  const inFlight = new InFlight();
  const now = options.now ? { now: options.now } : {};
  const oa = registerZaloOa(server, deps, inFlight, { ...now, ...options.zalo });
  const bot = registerZaloBot(server, deps, inFlight, { ...now, ...options.zaloBot });
  registerAskRoute(server, deps, now);
  registerSourceRoute(server, deps);
  registerWebRoutes(server);
  return {
    get inFlight() {
      return inFlight.size;
    },
    drain: (timeoutMs) => inFlight.drain(timeoutMs),
    zalo: () => ({ oa: oa.status(), bot: bot.status() }),
  };
}
