/**
 * A stand-in for the Zalo Bot Platform API in tests: a local HTTP server on an ephemeral port
 * speaking the documented API (`/bot<TOKEN>/<method>`, every answer `{ ok, result }` or
 * `{ ok: false, error_code, description }`), recording every call and able to be told to fail;
 * and builders of webhook deliveries as Zalo sends them (flat or wrapped, with the secret header).
 *
 *   const zalo = await startZaloBotStandIn({ token: TOKEN });
 *   // ZALO_BOT_API_BASE_URL = zalo.url
 *   await zalo.waitFor(() => zalo.messages(chatId).length >= 1);
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One call the stand-in received. */
export interface BotApiCall {
  method: string;
  /** Whether the URL carried the right token (a call with a wrong one is refused with 401). */
  tokenOk: boolean;
  params: Record<string, unknown>;
}

/** A sendMessage the stand-in accepted. */
export interface BotSentMessage {
  chatId: string;
  text: string;
}

/** How the stand-in answers a method told to fail. */
export type BotFailure =
  | { error_code: number; description: string; httpStatus?: number }
  | { raw: string; httpStatus: number }
  | { hang: true };

export interface ZaloBotStandIn {
  /** Base URL to use as ZALO_BOT_API_BASE_URL. */
  url: string;
  /** Every call received, in order. */
  calls: BotApiCall[];
  /** The messages accepted (to one chat, or to all), in order. */
  messages(chatId?: string): BotSentMessage[];
  /** The calls of one method that carried the right token. */
  callsOf(method: string): BotApiCall[];
  /** Makes every following call of `method` fail this way (until `reset`). */
  fail(method: string, failure: BotFailure): void;
  /** Makes every following call wait this long before it is answered (default 0). */
  delay(ms: number): void;
  /** Forgets the calls, the failures and the delay. */
  reset(): void;
  /** Resolves once `condition` holds (checked at every call), or rejects after `timeoutMs`. */
  waitFor(condition: () => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

const BOT_ACCOUNT = {
  id: '1459232241454765289',
  account_name: 'bot.StandIn',
  account_type: 'BASIC',
  can_join_groups: false,
};

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Parameters from the query string and a JSON or form body, as the platform accepts them. */
function readParams(req: IncomingMessage, body: string, url: URL): Record<string, unknown> | undefined {
  const params: Record<string, unknown> = Object.fromEntries(url.searchParams);
  if (body === '') return params;
  const type = req.headers['content-type'] ?? '';
  if (type.includes('application/x-www-form-urlencoded'))
    return { ...params, ...Object.fromEntries(new URLSearchParams(body)) };
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
    return { ...params, ...(parsed as Record<string, unknown>) };
  } catch {
    return undefined;
  }
}

type Envelope = { ok: true; result?: unknown } | { ok: false; error_code: number; description: string };

const bad = (description: string): Envelope => ({
  ok: false,
  error_code: 400,
  description: `Bad Request: ${description}`,
});

/** Starts the stand-in on 127.0.0.1 and an ephemeral port; calls must carry `token`. */
export async function startZaloBotStandIn(options: { token: string }): Promise<ZaloBotStandIn> {
  const calls: BotApiCall[] = [];
  const sent: BotSentMessage[] = [];
  const failures = new Map<string, BotFailure>();
  const waiters = new Set<() => void>();
  let webhook = { url: '', updated_at: Date.now() };
  let messageNumber = 0;
  let delayMs = 0;

  function answer(method: string, p: Record<string, unknown>): Envelope {
    const chatOk = typeof p['chat_id'] === 'string' && p['chat_id'] !== '';
    switch (method) {
      case 'getMe':
        return { ok: true, result: BOT_ACCOUNT };
      case 'sendMessage': {
        const text = p['text'];
        if (!chatOk) return bad('chat_id is required');
        if (typeof text !== 'string' || text.length < 1 || text.length > 2000) {
          return bad('text must be 1 to 2000 characters');
        }
        sent.push({ chatId: p['chat_id'] as string, text });
        messageNumber += 1;
        return {
          ok: true,
          result: { message_id: `m${messageNumber.toString(16).padStart(8, '0')}`, date: Date.now() },
        };
      }
      case 'sendChatAction':
        if (!chatOk) return bad('chat_id is required');
        if (p['action'] !== 'typing' && p['action'] !== 'upload_photo') return bad('action is invalid');
        return { ok: true };
      case 'setWebhook': {
        const url = p['url'];
        const secret = p['secret_token'];
        if (typeof url !== 'string' || !url.startsWith('https://')) return bad('url must be an HTTPS URL');
        if (typeof secret !== 'string' || secret.length < 8 || secret.length > 256) {
          return bad('secret_token must be 8 to 256 characters');
        }
        webhook = { url, updated_at: Date.now() };
        return { ok: true, result: webhook };
      }
      case 'getWebhookInfo':
        return { ok: true, result: webhook };
      case 'deleteWebhook':
        webhook = { url: '', updated_at: Date.now() };
        return { ok: true, result: webhook };
      default:
        return { ok: false, error_code: 404, description: 'Not Found' };
    }
  }

  const hanging = new Set<ServerResponse>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      const body = await readBody(req);
      const url = new URL(req.url ?? '/', 'http://stand-in');
      const match = /^\/bot([^/]+)\/([A-Za-z]+)$/u.exec(url.pathname);
      const reply = (status: number, envelope: Envelope) => {
        res.writeHead(status, { 'content-type': 'application/json' }); // not chained: restify, loaded in the same process, patches writeHead
        res.end(JSON.stringify(envelope));
      };
      if (!match || (req.method !== 'POST' && req.method !== 'GET')) {
        reply(404, { ok: false, error_code: 404, description: 'Not Found' });
        return;
      }
      const method = match[2]!;
      const tokenOk = decodeURIComponent(match[1]!) === options.token;
      const params = readParams(req, body, url);
      calls.push({ method, tokenOk, params: params ?? {} });
      try {
        if (!tokenOk) {
          reply(401, { ok: false, error_code: 401, description: 'Unauthorized' });
          return;
        }
        const failure = failures.get(method);
        if (failure && 'hang' in failure) {
          hanging.add(res);
          return;
        }
        if (failure && 'raw' in failure) {
          res.writeHead(failure.httpStatus, { 'content-type': 'text/html' });
          res.end(failure.raw);
          return;
        }
        if (failure) {
          reply(failure.httpStatus ?? 200, {
            ok: false,
            error_code: failure.error_code,
            description: failure.description,
          });
          return;
        }
        if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
        if (params === undefined) {
          reply(400, bad('the body is not JSON'));
          return;
        }
        const envelope = answer(method, params);
        reply(envelope.ok ? 200 : envelope.error_code, envelope);
      } finally {
        for (const w of [...waiters]) w();
      }
    })();
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    messages: (chatId) => sent.filter((m) => chatId === undefined || m.chatId === chatId),
    callsOf: (method) => calls.filter((c) => c.method === method && c.tokenOk),
    fail(method, failure) {
      failures.set(method, failure);
    },
    delay(ms) {
      delayMs = ms;
    },
    reset() {
      calls.length = 0;
      sent.length = 0;
      failures.clear();
      delayMs = 0;
    },
    async waitFor(condition, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (!condition()) {
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`the stand-in did not see the awaited calls within ${timeoutMs} ms`);
        await new Promise<void>((resolve) => {
          const done = () => {
            clearTimeout(timer);
            waiters.delete(done);
            resolve();
          };
          const timer = setTimeout(done, left);
          waiters.add(done);
        });
      }
    },
    async close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A webhook request as Zalo would send it: the body and its headers. */
export interface BotDelivery {
  body: string;
  headers: Record<string, string>;
}

/** Options of {@link botTextDelivery}. */
export interface BotTextOptions {
  /** The X-Bot-Api-Secret-Token header; left out when undefined. */
  secret: string | undefined;
  chatId: string;
  messageId: string;
  text: string;
  /** `flat` (what is delivered, as reported) or `wrapped` (the docs' `{ ok, result }`); default flat. */
  shape?: 'flat' | 'wrapped';
}

function delivery(secret: string | undefined, event: Record<string, unknown>, shape: 'flat' | 'wrapped'): BotDelivery {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (secret !== undefined) headers['x-bot-api-secret-token'] = secret;
  return { body: JSON.stringify(shape === 'wrapped' ? { ok: true, result: event } : event), headers };
}

/** A `message.text.received` delivery from a private chat. */
export function botTextDelivery(o: BotTextOptions): BotDelivery {
  return delivery(
    o.secret,
    {
      event_name: 'message.text.received',
      message: {
        from: { id: o.chatId, display_name: 'Người dùng thử', is_bot: false },
        chat: { id: o.chatId, chat_type: 'PRIVATE' },
        text: o.text,
        message_id: o.messageId,
        date: Date.now(),
      },
    },
    o.shape ?? 'flat',
  );
}

/** Another event (a sticker, an image …) from a private chat. */
export function botOtherDelivery(secret: string, eventName: string, chatId: string): BotDelivery {
  return delivery(
    secret,
    {
      event_name: eventName,
      message: {
        from: { id: chatId, display_name: 'Người dùng thử', is_bot: false },
        chat: { id: chatId, chat_type: 'PRIVATE' },
        message_id: `s${Date.now().toString(16)}`,
        date: Date.now(),
      },
    },
    'flat',
  );
}
