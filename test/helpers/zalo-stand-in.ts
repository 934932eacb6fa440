/**
 * A stand-in for Zalo in tests: a local OA API (POST /v3.0/oa/message/cs) on an ephemeral port
 * that records what the bot sends and answers as Zalo would (HTTP 200 with {"error", "message"});
 * helpers to sign webhook events like Zalo; and a pino logger whose lines the test can read.
 */
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

export interface ZaloStandIn {
  /** Base URL to use as ZALO_API_BASE_URL. */
  url: string;
  /** Messages received, in order (recorded once the delay, if any, has passed). */
  sent: SentMessage[];
  /** Sets the reply for the following requests (default: success). */
  reply(r: StandInReply): void;
  /** Makes the following requests wait this long before they are answered (default 0). */
  delay(ms: number): void;
  /** Resolves once `count` messages were received, or rejects after `timeoutMs`. */
  waitFor(count: number, timeoutMs?: number): Promise<SentMessage[]>;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Starts the stand-in OA API on 127.0.0.1 and an ephemeral port. */
export async function startZaloStandIn(): Promise<ZaloStandIn> {
  const sent: SentMessage[] = [];
  let next: StandInReply = { error: 0, message: 'Success' };
  let delayMs = 0;
  const waiters: Array<() => void> = [];

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      const body = await readBody(req);
      if (req.method !== 'POST' || req.url !== '/v3.0/oa/message/cs') {
        res.writeHead(404);
        res.end();
        return;
      }
      const parsed = JSON.parse(body) as { recipient: { user_id: string }; message: { text: string } };
      const header = req.headers['access_token'];
      if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs));
      sent.push({
        accessToken: Array.isArray(header) ? header[0] : header,
        userId: parsed.recipient.user_id,
        text: parsed.message.text,
      });
      for (const w of waiters.splice(0)) w();
      if ('httpStatus' in next) {
        res.writeHead(next.httpStatus, { 'content-type': 'text/plain' });
        res.end('down');
        return;
      }
      const ok = next.error === 0;
      res.writeHead(200, { 'content-type': 'application/json' }); // not chained: restify, loaded in the same process, patches writeHead
      res.end(
        JSON.stringify(
          ok
            ? {
                error: 0,
                message: 'Success',
                data: { message_id: `m${sent.length}`, user_id: parsed.recipient.user_id },
              }
            : next,
        ),
      );
    })();
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    sent,
    reply(r) {
      next = r;
    },
    delay(ms) {
      delayMs = ms;
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
