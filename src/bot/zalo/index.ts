/**
 * The Zalo Official Account channel: POST /zalo/webhook, live when its settings are present
 * (config.ts `zaloEnabled`: the app id, the OA secret key and an access or refresh token),
 * otherwise a 404 saying the channel is off. With a refresh token (and the app secret key) the
 * access token is kept alive in the state store (oa-token.ts); with an access token only, it is
 * used as it is until it expires.
 */
import type { Server } from 'restify';
import { zaloEnabled } from '../config.js';
import type { BotDeps } from '../deps.js';
import type { InFlight } from '../helpdesk/in-flight.js';
import { createOaClient, type OaClient } from './oa-client.js';
import { createOaTokenKeeper, createStaticOaToken, type OaTokens } from './oa-token.js';
import { registerZaloOff, registerZaloWebhook } from './webhook-route.js';

/** The OA channel as /healthz reports it: off, ok, or degraded (replies cannot be sent). */
export type ZaloOaStatus = 'off' | 'ok' | 'degraded';

/** Replacements for tests (a fixed clock, a recording OA client, the token keeper's timings). */
export interface ZaloOaOptions {
  /** The clock of the webhook's signature check and of the token's expiry. */
  now?: () => number;
  client?: OaClient;
  /** The token keeper's waits (oa-token.ts defaults otherwise). */
  tokenTimings?: { pollMs?: number; lockMs?: number; retryAfterMs?: number; timeoutMs?: number };
}

/** The running channel: how it stands. */
export interface ZaloOaChannel {
  status(): ZaloOaStatus;
}

/** Registers the OA webhook (or its "off" answer) and returns how the channel stands. */
export function registerZaloOa(
  server: Server,
  deps: BotDeps,
  inFlight: InFlight,
  options: ZaloOaOptions = {},
): ZaloOaChannel {
  const c = deps.config;
  const log = deps.logger.child({ channel: 'zalo' });
  if (!zaloEnabled(c) || !c.ZALO_APP_ID || !c.ZALO_OA_SECRET_KEY) {
    registerZaloOff(server);
    log.info(
      'Zalo channel off (set ZALO_APP_ID, ZALO_OA_SECRET_KEY and ZALO_OA_ACCESS_TOKEN or ZALO_OA_REFRESH_TOKEN to turn it on); POST /zalo/webhook answers 404',
    );
    return { status: () => 'off' };
  }
  const now = options.now ? { now: options.now } : {};
  let tokens: OaTokens;
  if (c.ZALO_OA_REFRESH_TOKEN !== undefined && c.ZALO_APP_SECRET_KEY !== undefined) {
    tokens = createOaTokenKeeper({
      store: deps.store,
      storeHealth: deps.storeHealth,
      logger: log,
      appId: c.ZALO_APP_ID,
      appSecretKey: c.ZALO_APP_SECRET_KEY,
      oauthBaseUrl: c.ZALO_OAUTH_BASE_URL,
      settings: { accessToken: c.ZALO_OA_ACCESS_TOKEN, refreshToken: c.ZALO_OA_REFRESH_TOKEN },
      refreshAheadSeconds: c.ZALO_TOKEN_REFRESH_AHEAD_SECONDS,
      storeTtlSeconds: c.STATE_TTL_SECONDS,
      ...now,
      ...options.tokenTimings,
    });
  } else if (c.ZALO_OA_ACCESS_TOKEN !== undefined) {
    tokens = createStaticOaToken(c.ZALO_OA_ACCESS_TOKEN, log);
  } else {
    // zaloEnabled with a refresh token but no app secret key: loadConfig refuses that; a test may not.
    throw new Error('ZALO_APP_SECRET_KEY is required with ZALO_OA_REFRESH_TOKEN');
  }
  const client = options.client ?? createOaClient({ baseUrl: c.ZALO_API_BASE_URL, tokens, logger: log });
  registerZaloWebhook(server, deps, { appId: c.ZALO_APP_ID, oaSecretKey: c.ZALO_OA_SECRET_KEY }, inFlight, client, now);
  log.info(
    { apiBaseUrl: c.ZALO_API_BASE_URL, tokenRefresh: tokens.refreshes },
    tokens.refreshes
      ? 'Zalo channel on: POST /zalo/webhook; the OA access token is refreshed ahead of expiry and kept in the state store'
      : 'Zalo channel on: POST /zalo/webhook; the OA access token cannot be refreshed (set ZALO_OA_REFRESH_TOKEN and ZALO_APP_SECRET_KEY) and replies stop when it expires',
  );
  // The first check now (a pair seeded from the settings has no known expiry), then one before
  // each expiry; each in flight, so that shutdown waits for a refresh under way to be stored.
  tokens.start((task) => void inFlight.run(task, () => undefined));
  server.on('close', () => tokens.stop());
  return { status: () => tokens.status() };
}
