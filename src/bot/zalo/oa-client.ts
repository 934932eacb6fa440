/**
 * Sends text messages through the Zalo OA API ("tin Tư vấn", POST /v3.0/oa/message/cs). Zalo
 * answers HTTP 200 with `{"error": <code>, "message": …}`; a non-zero code (e.g. a spent quota) is
 * logged with Zalo's code and message and reported to the caller, never thrown. The access token
 * comes from an OaTokens (oa-token.ts): when Zalo refuses it as invalid or expired (-216, -220, or
 * -124 as the business API says it), a new one is asked for once and the send retried once with
 * it. Nothing about the recipient, the text or a token is logged.
 */
import type { Logger } from 'pino';
import { safeError } from '../helpdesk/safe-error.js';
import { createStaticOaToken, type OaTokens, type TokenProblem } from './oa-token.js';

/** The outcome of one send. `tokenProblem`: there was no valid access token to send with. */
export type SendResult = { ok: true } | { ok: false; errorCode?: number; status?: number; tokenProblem?: TokenProblem };

/** Sends one text message to one Zalo user. */
export interface OaClient {
  sendText(userId: string, text: string): Promise<SendResult>;
}

/** Options of {@link createOaClient}: the token as a keeper (`tokens`) or as a fixed string (`accessToken`). */
export type OaClientOptions = {
  /** e.g. https://openapi.zalo.me (no trailing path). */
  baseUrl: string;
  logger: Logger;
  /** Per-request timeout; default 10 s. */
  timeoutMs?: number;
  fetch?: typeof globalThis.fetch;
} & ({ tokens: OaTokens } | { accessToken: string });

/** Codes by which the OA API says the access token is invalid or expired. */
export const TOKEN_ERROR_CODES: ReadonlySet<number> = new Set([-216, -220, -124]);

interface ZaloReply {
  error?: unknown;
  message?: unknown;
}

/** What one POST came to. */
type Attempt =
  | { kind: 'ok' }
  | { kind: 'unreachable'; error: unknown }
  | { kind: 'http'; status: number }
  | { kind: 'refused'; code: number | null; message: string | undefined };

/** An OA API client using global fetch with a timeout. */
export function createOaClient(options: OaClientOptions): OaClient {
  const url = new URL('/v3.0/oa/message/cs', options.baseUrl).toString();
  const timeoutMs = options.timeoutMs ?? 10_000;
  const doFetch = options.fetch ?? globalThis.fetch;
  const log = options.logger;
  const tokens = 'tokens' in options ? options.tokens : createStaticOaToken(options.accessToken, log);

  async function post(token: string, userId: string, text: string): Promise<Attempt> {
    let response: Response;
    try {
      response = await doFetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', access_token: token },
        body: JSON.stringify({ recipient: { user_id: userId }, message: { text } }),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      return { kind: 'unreachable', error };
    }
    let reply: ZaloReply | undefined;
    try {
      reply = (await response.json()) as ZaloReply;
    } catch {
      reply = undefined;
    }
    if (!response.ok) return { kind: 'http', status: response.status };
    const code = typeof reply?.error === 'number' ? reply.error : Number(reply?.error ?? NaN);
    if (code === 0) return { kind: 'ok' };
    return {
      kind: 'refused',
      code: Number.isFinite(code) ? code : null,
      message: typeof reply?.message === 'string' ? reply.message.slice(0, 200) : undefined,
    };
  }

  const tokenRefused = (a: Attempt): a is Attempt & { kind: 'refused'; code: number } =>
    a.kind === 'refused' && a.code !== null && TOKEN_ERROR_CODES.has(a.code);

  return {
    async sendText(userId, text) {
      const lease = await tokens.accessToken();
      if (!lease.ok) return { ok: false, tokenProblem: lease.problem };
      let token = lease.token;
      let attempt = await post(token, userId, text);
      if (tokenRefused(attempt)) {
        log.warn(
          { zaloError: attempt.code, zaloMessage: attempt.message },
          'Zalo OA API refused the access token; a new one is asked for and the send retried once',
        );
        const next = await tokens.refreshAfterRejection(token);
        if (!next.ok) {
          log.error(
            { zaloError: attempt.code, tokenProblem: next.problem },
            'Zalo OA access token refused and no valid one to replace it; reply not sent',
          );
          return { ok: false, errorCode: attempt.code, tokenProblem: next.problem };
        }
        token = next.token;
        attempt = await post(token, userId, text);
        if (tokenRefused(attempt)) tokens.rejected(token);
      }
      switch (attempt.kind) {
        case 'ok':
          tokens.accepted(token);
          return { ok: true };
        case 'unreachable':
          log.error({ error: safeError(attempt.error) }, 'Zalo OA API unreachable; reply not sent');
          return { ok: false };
        case 'http':
          log.error({ status: attempt.status }, 'Zalo OA API answered with an HTTP error; reply not sent');
          return { ok: false, status: attempt.status };
        case 'refused':
          log.error(
            { zaloError: attempt.code, zaloMessage: attempt.message },
            'Zalo OA API refused the message; reply not sent',
          );
          return attempt.code === null ? { ok: false } : { ok: false, errorCode: attempt.code };
      }
    },
  };
}
