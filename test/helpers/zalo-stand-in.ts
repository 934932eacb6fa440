/**
 * A stand-in for Zalo in tests: a local OA API (POST /v3.0/oa/message/cs) on an ephemeral port
 * that records what the bot sends and answers as Zalo would (HTTP 200 with {"error", "message"});
 * with `oauth` set, also Zalo's OAuth v4 token endpoint (POST /v4/oa/access_token) issuing new
 * token pairs, single-use refresh tokens, and an OA API that refuses any access token but the
 * newest with -216; helpers to sign webhook events like Zalo; and a pino logger whose lines the
 * test can read.
 */
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { pino, type Logger } from 'pino';
import { zaloSignatureHeader } from '../../src/bot/zalo/signature.js';

/** One message the bot sent through the stand-in. */
export interface SentMessage {
  accessToken: string | undefined;
  userId: string;
  text: string;
}

/** What the stand-in answers: Zalo's envelope, or a plain HTTP status. */
export type StandInReply = { error: number; message: string } | { httpStatus: number };

/** The OA's app as the token endpoint knows it, and the pair it issued last (the settings' pair). */
export interface StandInOAuth {
  appId: string;
  /** The app secret key the `secret_key` header must carry. */
  appSecretKey: string;
  /** The valid access token to start with (omit: none is valid until the first refresh). */
  accessToken?: string;
  /** The valid refresh token to start with. */
  refreshToken: string;
  /** `expires_in` of the pairs issued (default "90000", a string as Zalo sends it). */
  expiresIn?: string | number;
}

/** One call of the token endpoint. */
export interface RefreshCall {
  refreshToken: string | null;
  /** Whether a new pair was issued. */
  ok: boolean;
}

/** Options of {@link startZaloStandIn}. */
export interface StandInOptions {
  /** Turns on the token endpoint and the access token check of the OA API. */
  oauth?: StandInOAuth;
}

export interface ZaloStandIn {
  /** Base URL to use as ZALO_API_BASE_URL (and ZALO_OAUTH_BASE_URL). */
  url: string;
  /** Messages received with a valid token, in order (recorded once the delay, if any, has passed). */
  sent: SentMessage[];
  /** Messages refused with -216 because of their access token (only with `oauth`). */
  rejected: SentMessage[];
  /** Sets the reply for the following requests (default: success). */
  reply(r: StandInReply): void;
  /** Makes the following requests wait this long before they are answered (default 0). */
  delay(ms: number): void;
  /** Resolves once `count` messages were received, or rejects after `timeoutMs`. */
  waitFor(count: number, timeoutMs?: number): Promise<SentMessage[]>;
  /** Calls of the token endpoint, in order (only with `oauth`). */
  refreshCalls: RefreshCall[];
  /** The pair issued last (the valid one, unless expired or revoked since). */
  tokens(): { accessToken: string | undefined; refreshToken: string };
  /** The current access token stops working (it expired): the OA API answers -216. */
  expireAccessToken(): void;
  /** The current refresh token stops working (expired or revoked): the token endpoint refuses it. */
  killRefreshToken(): void;
  /** The OA is authorised anew (as an operator would): a new valid pair, the old one stops working. */
  authorise(): { accessToken: string; refreshToken: string };
  /** Sets the token endpoint's answer instead of issuing a pair (undefined: issue pairs again). */
  refreshReply(r: StandInReply | undefined): void;
  /** Makes the token endpoint wait this long before it answers (default 0). */
  refreshDelay(ms: number): void;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Starts the stand-in on 127.0.0.1 and an ephemeral port. */
export async function startZaloStandIn(options: StandInOptions = {}): Promise<ZaloStandIn> {
  const sent: SentMessage[] = [];
  const rejected: SentMessage[] = [];
  const refreshCalls: RefreshCall[] = [];
  let next: StandInReply = { error: 0, message: 'Success' };
  let delayMs = 0;
  let refreshNext: StandInReply | undefined;
  let refreshDelayMs = 0;
  const waiters: Array<() => void> = [];
  const oauth = options.oauth;
  /** The only access token the OA API accepts (with `oauth`), and the only refresh token the endpoint takes. */
  let validAccess: string | undefined = oauth?.accessToken;
  let validRefresh: string | undefined = oauth?.refreshToken;
  let issuedAccess = oauth?.accessToken;
  let issuedRefresh = oauth?.refreshToken ?? '';
  let issued = 0;
  const fresh = (kind: string) => `oa-${kind}-${++issued}-${randomBytes(6).toString('hex')}`;

  function json(res: ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { 'content-type': 'application/json' }); // not chained: restify, loaded in the same process, patches writeHead
    res.end(JSON.stringify(body));
  }

  async function tokenEndpoint(req: IncomingMessage, res: ServerResponse, body: string): Promise<void> {
    const form = new URLSearchParams(body);
    const call: RefreshCall = { refreshToken: form.get('refresh_token'), ok: false };
    refreshCalls.push(call);
    if (refreshDelayMs > 0) await new Promise((r) => setTimeout(r, refreshDelayMs));
    if (refreshNext !== undefined) {
      if ('httpStatus' in refreshNext) {
        res.writeHead(refreshNext.httpStatus, { 'content-type': 'text/plain' });
        res.end('down');
      } else json(res, 200, refreshNext);
      return;
    }
    // Zalo answers its refusals with HTTP 200 and {error, error_name, error_description}.
    const refuse = (error: number, error_name: string) =>
      json(res, 200, { error, error_name, error_description: error_name, error_reason: '' });
    if (!String(req.headers['content-type']).startsWith('application/x-www-form-urlencoded'))
      return refuse(-14001, 'Invalid content type');
    if (req.headers['secret_key'] !== oauth!.appSecretKey) return refuse(-14004, 'Invalid secret key');
    if (form.get('app_id') !== oauth!.appId) return refuse(-14002, 'Invalid appId');
    if (form.get('grant_type') !== 'refresh_token') return refuse(-14018, 'Invalid grant type');
    if (validRefresh === undefined || form.get('refresh_token') !== validRefresh)
      return refuse(-14014, 'Invalid refresh token');
    // Single use: the old refresh token is spent, and the old access token stops working.
    validAccess = issuedAccess = fresh('access');
    validRefresh = issuedRefresh = fresh('refresh');
    call.ok = true;
    json(res, 200, { access_token: validAccess, refresh_token: validRefresh, expires_in: oauth!.expiresIn ?? '90000' });
  }

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      const body = await readBody(req);
      if (oauth && req.method === 'POST' && req.url === '/v4/oa/access_token') {
        await tokenEndpoint(req, res, body);
        return;
      }
      if (req.method !== 'POST' || req.url !== '/v3.0/oa/message/cs') {
        res.writeHead(404);
        res.end();
        return;
      }
      const parsed = JSON.parse(body) as { recipient: { user_id: string }; message: { text: string } };
      const header = req.headers['access_token'];
      if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs));
      const message: SentMessage = {
        accessToken: Array.isArray(header) ? header[0] : header,
        userId: parsed.recipient.user_id,
        text: parsed.message.text,
      };
      if (oauth && (validAccess === undefined || message.accessToken !== validAccess)) {
        rejected.push(message);
        json(res, 200, { error: -216, message: 'Access token is invalid' });
        return;
      }
      sent.push(message);
      for (const w of waiters.splice(0)) w();
      if ('httpStatus' in next) {
        res.writeHead(next.httpStatus, { 'content-type': 'text/plain' });
        res.end('down');
        return;
      }
      const ok = next.error === 0;
      json(
        res,
        200,
        ok
          ? { error: 0, message: 'Success', data: { message_id: `m${sent.length}`, user_id: parsed.recipient.user_id } }
          : next,
      );
    })();
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    sent,
    rejected,
    refreshCalls,
    reply(r) {
      next = r;
    },
    delay(ms) {
      delayMs = ms;
    },
    tokens: () => ({ accessToken: issuedAccess, refreshToken: issuedRefresh }),
    expireAccessToken() {
      validAccess = undefined;
    },
    killRefreshToken() {
      validRefresh = undefined;
    },
    authorise() {
      validAccess = issuedAccess = fresh('access');
      validRefresh = issuedRefresh = fresh('refresh');
      return { accessToken: validAccess, refreshToken: validRefresh };
    },
    refreshReply(r) {
      refreshNext = r;
    },
    refreshDelay(ms) {
      refreshDelayMs = ms;
    },
    async waitFor(count, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (sent.length < count) {
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`the stand-in received ${sent.length} of ${count} messages in ${timeoutMs} ms`);
        await new Promise<void>((resolve) => {
          const t = setTimeout(resolve, left);
          waiters.push(() => {
            clearTimeout(t);
            resolve();
          });
        });
      }
      return sent.slice(0, count);
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A webhook request as Zalo would send it: the exact body bytes and its signature header. */
export interface SignedEvent {
  body: string;
  headers: Record<string, string>;
}

/** Options of {@link zaloTextEvent}. */
export interface TextEventOptions {
  appId: string;
  secret: string;
  senderId: string;
  msgId: string;
  text: string;
  /** ms since the epoch; default now. */
  timestamp?: number;
}

/** A signed `user_send_text` event (timestamp as a string of milliseconds, as Zalo sends it). */
export function zaloTextEvent(o: TextEventOptions): SignedEvent {
  const timestamp = String(o.timestamp ?? Date.now());
  const body = JSON.stringify({
    app_id: o.appId,
    user_id_by_app: '552177279717587730',
    event_name: 'user_send_text',
    timestamp,
    sender: { id: o.senderId },
    recipient: { id: '388613280878808645' },
    message: { msg_id: o.msgId, text: o.text },
  });
  return {
    body,
    headers: {
      'content-type': 'application/json',
      'x-zevent-signature': zaloSignatureHeader(o.appId, Buffer.from(body), timestamp, o.secret),
    },
  };
}

/** Any other event, signed. */
export function zaloOtherEvent(appId: string, secret: string, eventName: string): SignedEvent {
  const timestamp = String(Date.now());
  const body = JSON.stringify({
    app_id: appId,
    event_name: eventName,
    timestamp,
    follower: { id: '246845883529197922' },
    source: 'oa_profile',
  });
  return {
    body,
    headers: {
      'content-type': 'application/json',
      'x-zevent-signature': zaloSignatureHeader(appId, Buffer.from(body), timestamp, secret),
    },
  };
}

/** A pino logger whose JSON lines the test can inspect. */
export function captureLogger(): { logger: Logger; lines: () => Array<Record<string, unknown>>; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, cb) {
      chunks.push(chunk.toString('utf8'));
      cb();
    },
  });
  const logger = pino({ level: 'debug' }, stream);
  const text = () => chunks.join('');
  return {
    logger,
    text,
    lines: () =>
      text()
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}
