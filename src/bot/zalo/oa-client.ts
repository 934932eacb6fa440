/**
 * Sends text messages through the Zalo OA API ("tin Tư vấn", POST /v3.0/oa/message/cs). Zalo
 * answers HTTP 200 with `{"error": <code>, "message": …}`; a non-zero code (e.g. -216 for an
 * expired access token, or a spent quota) is logged with Zalo's code and message and reported to
 * the caller, never thrown. Nothing about the recipient or the text is logged.
 */
import type { Logger } from 'pino';
import { safeError } from '../helpdesk/safe-error.js';

/** The outcome of one send. */
export type SendResult = { ok: true } | { ok: false; errorCode?: number; status?: number };

/** Sends one text message to one Zalo user. */
export interface OaClient {
  sendText(userId: string, text: string): Promise<SendResult>;
}

/** Options of {@link createOaClient}. */
export interface OaClientOptions {
  /** e.g. https://openapi.zalo.me (no trailing path). */
  baseUrl: string;
  accessToken: string;
  logger: Logger;
  /** Per-request timeout; default 10 s. */
  timeoutMs?: number;
  fetch?: typeof globalThis.fetch;
}

interface ZaloReply {
  error?: unknown;
  message?: unknown;
}

/** An OA API client using global fetch with a timeout. */
export function createOaClient(options: OaClientOptions): OaClient {
  const url = new URL('/v3.0/oa/message/cs', options.baseUrl).toString();
  const timeoutMs = options.timeoutMs ?? 10_000;
  const doFetch = options.fetch ?? globalThis.fetch;
  const log = options.logger;

  return {
    async sendText(userId, text) {
      let response: Response;
      try {
        response = await doFetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', access_token: options.accessToken },
          body: JSON.stringify({ recipient: { user_id: userId }, message: { text } }),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (e) {
        log.error({ error: safeError(e) }, 'Zalo OA API unreachable; reply not sent');
        return { ok: false };
      }
      let reply: ZaloReply | undefined;
      try {
        reply = (await response.json()) as ZaloReply;
      } catch {
        reply = undefined;
      }
      if (!response.ok) {
        log.error({ status: response.status }, 'Zalo OA API answered with an HTTP error; reply not sent');
        return { ok: false, status: response.status };
      }
      const code = typeof reply?.error === 'number' ? reply.error : Number(reply?.error ?? NaN);
      if (code !== 0) {
        const message = typeof reply?.message === 'string' ? reply.message.slice(0, 200) : undefined;
        log.error(
          { zaloError: Number.isFinite(code) ? code : null, zaloMessage: message },
          'Zalo OA API refused the message; reply not sent',
        );
        return Number.isFinite(code) ? { ok: false, errorCode: code } : { ok: false };
      }
      return { ok: true };
    },
  };
}
