/**
 * The Zalo Bot Platform channel: POST /zalo/bot/webhook, live when ZALO_BOT_TOKEN and
 * ZALO_BOT_SECRET_TOKEN are set (config.ts `zaloBotEnabled`), otherwise a 404 saying it is off.
 */
import type { Request, Response, Server } from 'restify';
import { zaloBotEnabled } from '../config.js';
import type { BotDeps } from '../deps.js';
import type { InFlight } from '../helpdesk/in-flight.js';

/** The webhook's path. */
export const ZALO_BOT_WEBHOOK_PATH = '/zalo/bot/webhook';

/** The bot channel as /healthz reports it. */
export type ZaloBotStatus = 'off' | 'ok' | 'degraded';

/** Replacements for tests. */
export interface ZaloBotOptions {
  now?: () => number;
}

/** Registers the bot's webhook (or its "off" answer) and returns how the channel stands. */
export function registerZaloBot(
  server: Server,
  deps: BotDeps,
  _inFlight: InFlight,
  _options: ZaloBotOptions = {},
): { status(): ZaloBotStatus } {
  if (zaloBotEnabled(deps.config)) throw new Error('the Zalo Bot Platform channel is not built yet');
  server.post(ZALO_BOT_WEBHOOK_PATH, async (_req: Request, res: Response): Promise<void> => {
    res.send(404, { code: 'NotFound', message: 'The Zalo Bot channel is not configured on this server.' });
  });
  return { status: () => 'off' };
}
