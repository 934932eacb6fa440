/**
 * The Zalo Official Account channel: POST /zalo/webhook, live when its settings are present
 * (config.ts `zaloEnabled`), otherwise a 404 saying the channel is off.
 */
import type { Server } from 'restify';
import { zaloEnabled } from '../config.js';
import type { BotDeps } from '../deps.js';
import type { InFlight } from '../helpdesk/in-flight.js';
import type { OaClient } from './oa-client.js';
import { registerZaloOff, registerZaloWebhook, type ZaloWebhookOptions } from './webhook-route.js';

/** The OA channel as /healthz reports it: off, ok, or degraded (replies cannot be sent). */
export type ZaloOaStatus = 'off' | 'ok' | 'degraded';

/** Replacements for tests (a fixed clock, a recording OA client). */
export interface ZaloOaOptions {
  now?: () => number;
  client?: OaClient;
}

/** Registers the OA webhook (or its "off" answer) and returns how the channel stands. */
export function registerZaloOa(
  server: Server,
  deps: BotDeps,
  inFlight: InFlight,
  options: ZaloOaOptions = {},
): { status(): ZaloOaStatus } {
  const c = deps.config;
  if (!zaloEnabled(c) || !c.ZALO_APP_ID || !c.ZALO_OA_SECRET_KEY || !c.ZALO_OA_ACCESS_TOKEN) {
    registerZaloOff(server);
    deps.logger.info(
      { channel: 'zalo' },
      'Zalo channel off (set ZALO_APP_ID, ZALO_OA_SECRET_KEY and ZALO_OA_ACCESS_TOKEN to turn it on); POST /zalo/webhook answers 404',
    );
    return { status: () => 'off' };
  }
  const webhook: ZaloWebhookOptions = {};
  if (options.now) webhook.now = options.now;
  if (options.client) webhook.client = options.client;
  registerZaloWebhook(
    server,
    deps,
    { appId: c.ZALO_APP_ID, oaSecretKey: c.ZALO_OA_SECRET_KEY, accessToken: c.ZALO_OA_ACCESS_TOKEN },
    inFlight,
    webhook,
  );
  deps.logger.info({ channel: 'zalo', apiBaseUrl: c.ZALO_API_BASE_URL }, 'Zalo channel on: POST /zalo/webhook');
  return { status: () => 'ok' };
}
