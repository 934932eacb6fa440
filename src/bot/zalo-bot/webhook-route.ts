/**
 * POST /zalo/bot/webhook: Zalo Bot Platform events. The request must carry the webhook's secret in
 * `X-Bot-Api-Secret-Token` (compared in constant time) and is answered 200 at once; a text message
 * is then answered in the background — threaded by its chat, in order per chat, once per message —
 * with "typing…" and the reply in messages of at most 2,000 characters (`sendMessage`).
 */
import type { Request, Response, Server } from 'restify';
import type { Answer } from '../../intents/answer.js';
import type { BotDeps } from '../deps.js';
import { constantTimeEqual } from '../http/constant-time.js';
import type { InFlight } from '../helpdesk/in-flight.js';
import { safeError } from '../helpdesk/safe-error.js';
import { SerialQueues } from '../serial-queues.js';
import { apologyText } from '../text/apology.js';
import { HandledMessages } from '../zalo/handled-messages.js';
import { renderForZalo } from '../zalo/render.js';
import { describeFailure, isAuthFailure, type BotApiResult, type ZaloBotApi } from './api.js';
import { readZaloBotEvent } from './event.js';

/** The webhook's path. */
export const ZALO_BOT_WEBHOOK_PATH = '/zalo/bot/webhook';

/** The header carrying the secret given to setWebhook (Node lowercases header names). */
export const ZALO_BOT_SECRET_HEADER = 'x-bot-api-secret-token';

/** The store keys of handled messages: `zalo-bot-msg:h-<hash of chat id and message id>`. */
export const BOT_HANDLED_PREFIX = 'zalo-bot-msg';

/** The conversation key of a bot chat. */
export function zaloBotConversationKey(chatId: string): string {
  return `zalo-bot:${chatId}`;
}

/** Whether the header holds the secret (compared in constant time). */
export function secretMatches(header: string | undefined, secret: string): boolean {
  return constantTimeEqual(header ?? '', secret) && header !== undefined && secret !== '';
}

/** What the webhook needs. */
export interface ZaloBotWebhookOptions {
  secretToken: string;
  api: ZaloBotApi;
  now?: () => number;
}

/** How the channel stands; changed by each sendMessage's outcome. */
export interface ZaloBotHealth {
  /** true after Zalo refused the token (401/403) on sendMessage, until a message goes through. */
  tokenRefused: boolean;
}

/** The request's body as JSON: restify parsed it for a JSON content type, otherwise it is text. */
function jsonBody(req: Request): unknown {
  const body: unknown = req.body;
  if (typeof body !== 'string' && !Buffer.isBuffer(body)) return body;
  try {
    return JSON.parse(Buffer.isBuffer(body) ? body.toString('utf8') : body) as unknown;
  } catch {
    return undefined;
  }
}

/** Registers the live webhook and returns the channel's health, kept up to date. */
export function registerZaloBotWebhook(
  server: Server,
  deps: BotDeps,
  inFlight: InFlight,
  options: ZaloBotWebhookOptions,
): ZaloBotHealth {
  const log = deps.logger.child({ channel: 'zalo-bot' });
  const now = options.now ?? Date.now;
  const { api, secretToken } = options;
  const handled = new HandledMessages(deps.store, deps.storeHealth, BOT_HANDLED_PREFIX);
  const queues = new SerialQueues();
  const health: ZaloBotHealth = { tokenRefused: false };

  /** Sends one message; notes whether Zalo still accepts the token and logs a refusal. */
  async function send(chatId: string, text: string, messageId: string): Promise<BotApiResult> {
    const result = await api.sendMessage(chatId, text);
    if (result.ok) {
      if (health.tokenRefused) log.info('Zalo Bot API accepts the token again');
      health.tokenRefused = false;
      return result;
    }
    if (isAuthFailure(result)) health.tokenRefused = true;
    log.error(
      {
        messageId,
        reason: result.reason,
        botErrorCode: result.errorCode ?? null,
        httpStatus: result.httpStatus ?? null,
        botDescription: result.description ?? null,
      },
      isAuthFailure(result)
        ? 'Zalo Bot API refused the bot token (reset or revoked?); message not sent'
        : 'Zalo Bot message not sent',
    );
    return result;
  }

  async function answer(chatId: string, messageId: string, text: string): Promise<void> {
    if (!(await handled.claim(`${chatId}:${messageId}`))) {
      log.info({ messageId }, 'Zalo Bot message already handled; not answered again');
      return;
    }
    const started = now();
    // "Typing…" while the answer is worked out; awaited before the reply so it never lands after it.
    const typing = api.sendChatAction(chatId, 'typing');
    let reply: Answer;
    try {
      reply = await deps.conversations.answer(zaloBotConversationKey(chatId), (context) =>
        deps.engine.ask(text, context),
      );
    } catch (err) {
      // The webhook already said 200: without a word the citizen would wait for nothing.
      await typing;
      const apology = await send(chatId, apologyText('vi'), messageId);
      log.error(
        { error: safeError(err), messageId, apologySent: apology.ok },
        'Zalo Bot message not answered; an apology was sent instead',
      );
      return;
    }
    deps.answered({ channel: 'zalo-bot', question: text, answer: reply, ms: now() - started });
    const typed = await typing;
    if (!typed.ok) log.debug({ messageId, failure: describeFailure(typed) }, 'Zalo Bot typing action not sent');
    const messages = renderForZalo(reply, { maxMessages: deps.config.ZALO_MAX_MESSAGES });
    let sent = 0;
    for (const part of messages) {
      if (!(await send(chatId, part, messageId)).ok) break; // later parts would fail alike, and alone make no sense
      sent += 1;
    }
    log.info(
      {
        messageId,
        intent: reply.intent,
        questionLength: text.length,
        messages: messages.length,
        sent,
        ms: now() - started,
      },
      sent === messages.length ? 'Zalo Bot message answered' : 'Zalo Bot message answered; reply not fully sent',
    );
  }

  server.post(ZALO_BOT_WEBHOOK_PATH, async (req: Request, res: Response): Promise<void> => {
    const header = req.headers[ZALO_BOT_SECRET_HEADER];
    if (!secretMatches(typeof header === 'string' ? header : undefined, secretToken)) {
      log.warn(
        { reason: header === undefined ? 'missing' : 'wrong' },
        'Zalo Bot webhook request refused: secret token missing or wrong',
      );
      res.send(401, { code: 'Unauthorized', message: 'The X-Bot-Api-Secret-Token header is missing or wrong.' });
      return;
    }
    const event = readZaloBotEvent(jsonBody(req));
    res.send(200, { received: true });
    if (event.kind === 'text') {
      const { chatId, messageId, text } = event;
      void inFlight.run(
        () => queues.run(chatId, () => answer(chatId, messageId, text)),
        (err) => log.error({ error: safeError(err), messageId }, 'Zalo Bot reply failed'),
      );
    } else if (event.kind === 'malformed') {
      log.warn({ event: event.name }, 'Zalo Bot event not understood (no event name, or a text without chat or id)');
    } else {
      log.debug({ event: event.name }, 'Zalo Bot event ignored');
    }
  });
  return health;
}

/** Registers the webhook's "off" answer: 404 while the bot's settings are absent. */
export function registerZaloBotOff(server: Server): void {
  server.post(ZALO_BOT_WEBHOOK_PATH, async (_req: Request, res: Response): Promise<void> => {
    res.send(404, { code: 'NotFound', message: 'The Zalo Bot channel is not configured on this server.' });
  });
}
