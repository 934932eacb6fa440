/**
 * A small client for the Zalo Bot Platform API: `POST ${base}/bot${token}/${method}` with a JSON
 * body, answered with `{ ok, result, error_code, description }` (bot.zaloplatforms.com, "Sử dụng
 * API"). Every outcome comes back as data, never thrown: a success, Zalo's refusal (its
 * `error_code` and `description`), an HTTP error, a body that is not the envelope, a timeout or an
 * unreachable host.
 *
 * The token is part of every URL, so no URL leaves this module: failures are described by kind and
 * status, and any text that came from elsewhere (a network error, Zalo's description) has the token
 * masked before it is returned. Nothing is logged here; callers log what they need.
 */

/** Why a call failed. */
export type BotApiFailure =
  | 'unreachable' // no HTTP answer (DNS, connection refused, reset …)
  | 'timeout' // no answer within the time allowed
  | 'not-envelope' // an answer that is not `{ ok: … }` JSON (a proxy's error page, say)
  | 'refused'; // `ok: false` from Zalo

/** The outcome of one call. */
export type BotApiResult =
  | { ok: true; result: unknown }
  | { ok: false; reason: BotApiFailure; errorCode?: number; description?: string; httpStatus?: number };

/** The chat actions the platform accepts (`upload_photo` is announced as "coming soon"). */
export type ChatAction = 'typing';

/** The methods this project calls. */
export interface ZaloBotApi {
  /** Any method, with its parameters as the JSON body. */
  call(method: string, params?: Record<string, unknown>): Promise<BotApiResult>;
  /** A text message (1 to 2,000 characters) to a chat. */
  sendMessage(chatId: string, text: string): Promise<BotApiResult>;
  /** "The bot is typing…" in a chat. */
  sendChatAction(chatId: string, action: ChatAction): Promise<BotApiResult>;
  /** Points the bot's events at `url` (HTTPS), signed with `secretToken` (8 to 256 characters). */
  setWebhook(url: string, secretToken: string): Promise<BotApiResult>;
  /** The bot's own account. */
  getMe(): Promise<BotApiResult>;
  /** The webhook's URL and when it was set (not its secret). */
  getWebhookInfo(): Promise<BotApiResult>;
  /** Removes the webhook. */
  deleteWebhook(): Promise<BotApiResult>;
}

/** Options of {@link createZaloBotApi}. */
export interface ZaloBotApiOptions {
  /** e.g. https://bot-api.zaloplatforms.com (a trailing slash is fine). */
  baseUrl: string;
  token: string;
  /** Per-call timeout; default 10 s. */
  timeoutMs?: number;
  fetch?: typeof globalThis.fetch;
}

/** Longest description passed on. */
const DESCRIPTION_LENGTH = 200;

/** Method names are case-sensitive words (sendMessage, getMe …). */
const METHOD = /^[A-Za-z]{1,64}$/u;

/** true when a call failed because Zalo does not accept the token (revoked or reset). */
export function isAuthFailure(r: BotApiResult): boolean {
  if (r.ok) return false;
  const code = r.errorCode ?? r.httpStatus;
  return code === 401 || code === 403;
}

/** A failure as one short line for people (no URL, no token). */
export function describeFailure(r: Extract<BotApiResult, { ok: false }>): string {
  const parts: string[] = [r.reason];
  if (r.errorCode !== undefined) parts.push(`error_code ${r.errorCode}`);
  if (r.httpStatus !== undefined && r.httpStatus !== r.errorCode) parts.push(`HTTP ${r.httpStatus}`);
  if (r.description) parts.push(r.description);
  return parts.join(': ');
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A Bot Platform client using global fetch with a timeout. */
export function createZaloBotApi(options: ZaloBotApiOptions): ZaloBotApi {
  const base = options.baseUrl.replace(/\/+$/u, '');
  const timeoutMs = options.timeoutMs ?? 10_000;
  const doFetch = options.fetch ?? globalThis.fetch;
  const token = options.token;
  /** Text from elsewhere with the token masked (it could quote the URL). */
  const scrub = (text: string): string =>
    (token === '' ? text : text.split(token).join('[token]')).slice(0, DESCRIPTION_LENGTH);

  async function call(method: string, params: Record<string, unknown> = {}): Promise<BotApiResult> {
    if (!METHOD.test(method)) return { ok: false, reason: 'refused', description: 'not a method name' };
    let response: Response;
    try {
      response = await doFetch(`${base}/bot${token}/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(params),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (e) {
      const name = e instanceof Error ? e.name : '';
      if (name === 'TimeoutError' || name === 'AbortError') {
        return { ok: false, reason: 'timeout', description: `no answer within ${timeoutMs} ms` };
      }
      // fetch's own message is "fetch failed"; the cause names what happened (ECONNREFUSED …).
      const cause = e instanceof Error ? (e.cause as { code?: unknown; message?: unknown } | undefined) : undefined;
      const detail =
        typeof cause?.code === 'string'
          ? cause.code
          : typeof cause?.message === 'string' && cause.message !== ''
            ? cause.message
            : e instanceof Error
              ? `${e.name}: ${e.message}`
              : 'the request could not be sent';
      return { ok: false, reason: 'unreachable', description: scrub(detail) };
    }
    const httpStatus = response.status;
    let body: unknown;
    try {
      body = await response.json();
    } catch (e) {
      const name = e instanceof Error ? e.name : '';
      if (name === 'TimeoutError' || name === 'AbortError') {
        return { ok: false, reason: 'timeout', description: `no answer within ${timeoutMs} ms`, httpStatus };
      }
      body = undefined;
    }
    if (!isRecord(body) || typeof body['ok'] !== 'boolean') {
      return { ok: false, reason: 'not-envelope', httpStatus };
    }
    if (body['ok'] && response.ok) return { ok: true, result: body['result'] };
    const code = body['error_code'];
    const description = body['description'];
    return {
      ok: false,
      reason: 'refused',
      httpStatus,
      ...(typeof code === 'number' && Number.isInteger(code) ? { errorCode: code } : {}),
      ...(typeof description === 'string' && description !== '' ? { description: scrub(description) } : {}),
    };
  }

  return {
    call,
    sendMessage: (chatId, text) => call('sendMessage', { chat_id: chatId, text }),
    sendChatAction: (chatId, action) => call('sendChatAction', { chat_id: chatId, action }),
    setWebhook: (url, secretToken) => call('setWebhook', { url, secret_token: secretToken }),
    getMe: () => call('getMe'),
    getWebhookInfo: () => call('getWebhookInfo'),
    deleteWebhook: () => call('deleteWebhook'),
  };
}
