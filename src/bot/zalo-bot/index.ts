/**
 * The Zalo Bot Platform channel: POST /zalo/bot/webhook, live when ZALO_BOT_TOKEN and
 * ZALO_BOT_SECRET_TOKEN are set (config.ts `zaloBotEnabled`), otherwise a 404 saying it is off.
 * The webhook itself is pointed at this server once, with `npm run zalo-bot -- set-webhook <url>`.
 */
import type { Server } from 'restify';
import { zaloBotEnabled } from '../config.js';
import type { BotDeps } from '../deps.js';
import type { InFlight } from '../helpdesk/in-flight.js';
import { createZaloBotApi, type ZaloBotApi } from './api.js';
import { registerZaloBotOff, registerZaloBotWebhook, ZALO_BOT_WEBHOOK_PATH } from './webhook-route.js';

export { ZALO_BOT_WEBHOOK_PATH };

/** The bot channel as /healthz reports it: off, ok, or degraded (Zalo refuses the bot token). */
export type ZaloBotStatus = 'off' | 'ok' | 'degraded';

/** Replacements for tests. */
export interface ZaloBotOptions {
  now?: () => number;
  /** A client other than the one built from the settings. */
  api?: ZaloBotApi;
}

/** Registers the bot's webhook (or its "off" answer) and returns how the channel stands. */
export function registerZaloBot(
  server: Server,
  deps: BotDeps,
  inFlight: InFlight,
  options: ZaloBotOptions = {},
): { status(): ZaloBotStatus } {
  const c = deps.config;
  if (!zaloBotEnabled(c) || !c.ZALO_BOT_TOKEN || !c.ZALO_BOT_SECRET_TOKEN) {
    registerZaloBotOff(server);
    deps.logger.info(
      { channel: 'zalo-bot' },
      `Zalo Bot channel off (set ZALO_BOT_TOKEN and ZALO_BOT_SECRET_TOKEN to turn it on); POST ${ZALO_BOT_WEBHOOK_PATH} answers 404`,
    );
    return { status: () => 'off' };
  }
  const api = options.api ?? createZaloBotApi({ baseUrl: c.ZALO_BOT_API_BASE_URL, token: c.ZALO_BOT_TOKEN });
  const health = registerZaloBotWebhook(server, deps, inFlight, {
    secretToken: c.ZALO_BOT_SECRET_TOKEN,
    api,
    ...(options.now ? { now: options.now } : {}),
  });
  deps.logger.info(
    { channel: 'zalo-bot', apiBaseUrl: c.ZALO_BOT_API_BASE_URL },
    `Zalo Bot channel on: POST ${ZALO_BOT_WEBHOOK_PATH}`,
  );
  return { status: () => (health.tokenRefused ? 'degraded' : 'ok') };
}
