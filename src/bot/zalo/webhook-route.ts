/**
 * POST /zalo/webhook: Zalo OA events. The request is verified (signature and age) and answered
 * 200 at once; a text message is then answered in the background — threaded by the sender, in
 * order per sender, once per message id — and the reply is sent through the OA API. A reply that
 * cannot be sent (e.g. no valid OA token) is logged as an error with the message id and the reason,
 * never the text: Zalo will not resend, so the log is where the help desk learns of it.
 */
import type { Request, Response, Server } from 'restify';
import type { Answer } from '../../intents/answer.js';
import type { BotDeps } from '../deps.js';
import type { InFlight } from '../helpdesk/in-flight.js';
import { safeError } from '../helpdesk/safe-error.js';
import { SerialQueues } from '../serial-queues.js';
import { apologyText } from '../text/apology.js';
import { readZaloEvent, type UserSendText } from './event.js';
import { HandledMessages } from './handled-messages.js';
import type { OaClient, SendResult } from './oa-client.js';
import { renderForZalo } from './render.js';
import { verifyZaloRequest, ZALO_SIGNATURE_HEADER } from './signature.js';

/** The webhook's path. */
export const ZALO_WEBHOOK_PATH = '/zalo/webhook';

/** The conversation key of a Zalo user. */
export function zaloConversationKey(senderId: string): string {
  return `zalo:${senderId}`;
}

/** Settings the webhook needs. */
export interface ZaloSettings {
  appId: string;
  oaSecretKey: string;
}

/** Optional replacements for tests. */
export interface ZaloWebhookOptions {
  now?: () => number;
}

/** Why a send failed, for the log (never the text or the recipient). */
export function sendFailureReason(result: SendResult): string {
  if (result.ok) return 'sent';
  if (result.tokenProblem !== undefined) return result.tokenProblem;
  if (result.errorCode !== undefined) return `zalo-error ${result.errorCode}`;
  if (result.status !== undefined) return `http ${result.status}`;
  return 'unreachable';
}

/**
 * The request's bytes as received: restify's body parser keeps them as `req.rawBody` (text for a
 * JSON body, as UTF-8 decoded, which re-encodes to the same bytes for any valid UTF-8).
 */
export function rawBytes(req: Request): Buffer {
  const raw: unknown = req.rawBody;
  if (Buffer.isBuffer(raw)) return raw;
  return Buffer.from(typeof raw === 'string' ? raw : '', 'utf8');
}

/** Registers the live webhook. */
export function registerZaloWebhook(
  server: Server,
  deps: BotDeps,
  settings: ZaloSettings,
  inFlight: InFlight,
  client: OaClient,
  options: ZaloWebhookOptions = {},
): void {
  const log = deps.logger.child({ channel: 'zalo' });
  const now = options.now ?? Date.now;
  const handled = new HandledMessages(deps.store, deps.storeHealth);
  const queues = new SerialQueues();

  async function answer(event: UserSendText): Promise<void> {
    const msgId = event.message.msg_id;
    if (!(await handled.claim(msgId))) {
      log.info({ msgId }, 'Zalo message already handled; not answered again');
      return;
    }
    const started = now();
    let reply: Answer;
    try {
      reply = await deps.conversations.answer(zaloConversationKey(event.sender.id), (context) =>
        deps.engine.ask(event.message.text, context),
      );
    } catch (err) {
      // The webhook has already said 200, so Zalo will not resend: without a word the citizen
      // would wait for an answer that is not coming. (A failing store does not end up here: the
      // turn is answered without its context. This is for what is left, such as a conversation
      // whose writes keep losing the eTag race.)
      const apology = await client.sendText(event.sender.id, apologyText('vi'));
      log.error(
        {
          error: safeError(err),
          msgId,
          apologySent: apology.ok,
          ...(apology.ok ? {} : { reason: sendFailureReason(apology) }),
        },
        'Zalo message not answered; an apology was sent instead',
      );
      return;
    }
    deps.answered({ channel: 'zalo', question: event.message.text, answer: reply, ms: now() - started });
    const messages = renderForZalo(reply, { maxMessages: deps.config.ZALO_MAX_MESSAGES });
    let sent = 0;
    let last: SendResult = { ok: true };
    for (const text of messages) {
      last = await client.sendText(event.sender.id, text);
      if (!last.ok) break; // later parts would fail alike, and out of order they make no sense
      sent += 1;
    }
    const fields = {
      msgId,
      intent: reply.intent,
      questionLength: event.message.text.length,
      messages: messages.length,
      sent,
      ms: now() - started,
    };
    if (sent === messages.length) {
      log.info(fields, 'Zalo message answered');
      return;
    }
    // Zalo will not resend (it had its 200): the help desk learns here that a citizen got no (full) answer.
    log.error(
      { ...fields, reason: sendFailureReason(last) },
      sent === 0
        ? 'Zalo message not answered: the reply could not be sent'
        : 'Zalo message answered in part: the rest of the reply could not be sent',
    );
  }

  server.post(ZALO_WEBHOOK_PATH, async (req: Request, res: Response): Promise<void> => {
    const check = verifyZaloRequest({
      rawBody: rawBytes(req),
      header: req.header(ZALO_SIGNATURE_HEADER) || undefined,
      appId: settings.appId,
      oaSecretKey: settings.oaSecretKey,
      now: now(),
      windowSeconds: deps.config.ZALO_TIMESTAMP_WINDOW_SECONDS,
    });
    if (!check.ok) {
      log.warn({ reason: check.reason }, 'Zalo webhook request refused');
      res.send(401, { code: 'Unauthorized', message: 'The Zalo event signature is missing, wrong or too old.' });
      return;
    }
    const event = readZaloEvent(check.body);
    res.send(200, { received: true });
    if (event.kind === 'text') {
      const e = event.event;
      void inFlight.run(
        () => queues.run(e.sender.id, () => answer(e)),
        (err) => log.error({ error: safeError(err), msgId: e.message.msg_id }, 'Zalo reply failed'),
      );
    } else if (event.kind === 'malformed') {
      log.warn({ event: event.name }, 'Zalo text event without sender or message; ignored');
    } else {
      log.debug({ event: event.name }, 'Zalo event ignored');
    }
  });
}

/** Registers the webhook's "off" answer: 404 while the Zalo settings are absent. */
export function registerZaloOff(server: Server): void {
  server.post(ZALO_WEBHOOK_PATH, async (_req: Request, res: Response): Promise<void> => {
    res.send(404, { code: 'NotFound', message: 'The Zalo channel is not configured on this server.' });
  });
}
