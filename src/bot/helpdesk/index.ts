/**
 * Registers the help-desk channels on the server: the Zalo OA webhook (POST /zalo/webhook), the
 * JSON API (POST /api/ask, GET /api/source/:id) and the web chat page (GET /, GET /static/…).
 * Adapters only: they translate the wire to the engine and back.
 *
 * Returns a handle for graceful shutdown: Zalo replies are computed and sent after the webhook's
 * 200, so the composition root should `await routes.drain(config.SHUTDOWN_TIMEOUT_MS)` after the
 * server stops accepting requests and before closing the state store.
 */
import type { Server } from 'restify';
import { zaloEnabled } from '../config.js';
import type { BotDeps } from '../deps.js';
import { registerWebRoutes } from '../web/routes.js';
import { registerZaloOff, registerZaloWebhook, type ZaloWebhookOptions } from '../zalo/webhook-route.js';
import type { OaClient } from '../zalo/oa-client.js';
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
}

/** Replacements for tests (a fixed clock, a recording OA client). */
export interface HelpdeskOptions {
  now?: () => number;
  zaloClient?: OaClient;
}

/** Registers every help-desk route and returns the shutdown handle. */
export function registerHelpdeskRoutes(server: Server, deps: BotDeps, options: HelpdeskOptions = {}): HelpdeskRoutes {
  const inFlight = new InFlight();
  const c = deps.config;
  if (zaloEnabled(c) && c.ZALO_APP_ID && c.ZALO_OA_SECRET_KEY && c.ZALO_OA_ACCESS_TOKEN) {
    const zaloOptions: ZaloWebhookOptions = {};
    if (options.now) zaloOptions.now = options.now;
    if (options.zaloClient) zaloOptions.client = options.zaloClient;
    registerZaloWebhook(
      server,
      deps,
      { appId: c.ZALO_APP_ID, oaSecretKey: c.ZALO_OA_SECRET_KEY, accessToken: c.ZALO_OA_ACCESS_TOKEN },
      inFlight,
      zaloOptions,
    );
    deps.logger.info({ channel: 'zalo', apiBaseUrl: c.ZALO_API_BASE_URL }, 'Zalo channel on: POST /zalo/webhook');
  } else {
    registerZaloOff(server);
    deps.logger.info(
      { channel: 'zalo' },
      'Zalo channel off (set ZALO_APP_ID, ZALO_OA_SECRET_KEY and ZALO_OA_ACCESS_TOKEN to turn it on); POST /zalo/webhook answers 404',
    );
  }
  registerAskRoute(server, deps, options.now ? { now: options.now } : {});
  registerSourceRoute(server, deps);
  registerWebRoutes(server);
  return {
    get inFlight() {
      return inFlight.size;
    },
    drain: (timeoutMs) => inFlight.drain(timeoutMs),
  };
}
