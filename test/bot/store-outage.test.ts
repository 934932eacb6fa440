/**
 * A state store outage, staged with a real redis-server of the test's own: stopped (connection
 * refused), then paused (the connection stays open and nothing is answered), then brought back;
 * and with the real SQLite file locked by another connection. Every channel must keep answering
 * (a turn whose context cannot be read starts afresh; one whose context cannot be written is
 * answered and not kept), the log must say so once per outage (not once per turn), and once the
 * store is back the conversation must be stored again.
 */
import Database from 'better-sqlite3';
import { createClient } from 'redis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { skipOwnRedisTests, startOwnRedis, type OwnRedis } from '../helpers/redis.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { startZaloStandIn, zaloTextEvent, type ZaloStandIn } from '../helpers/zalo-stand-in.js';

const APP_ID = '360846524940903967';
const SECRET = 'test-oa-secret-key';
/** How long a Redis command may go unanswered in these tests (the setting's default is 2000). */
const TIMEOUT_MS = 300;

type Json = Record<string, unknown>;
interface AskReply {
  status: number;
  body: Json;
  ms: number;
}

describe.skipIf(skipOwnRedisTests)('when the state store (Redis) fails', () => {
  let redis: OwnRedis;
  let zalo: ZaloStandIn;
  let s: TestServer;

  beforeAll(async () => {
    redis = await startOwnRedis();
    zalo = await startZaloStandIn();
    s = await startTestServer({
      STATE_STORE: 'redis',
      REDIS_URL: redis.url,
      REDIS_COMMAND_TIMEOUT_MS: TIMEOUT_MS,
      ASK_RATE_LIMIT_PER_MINUTE: 0,
      ZALO_APP_ID: APP_ID,
      ZALO_OA_SECRET_KEY: SECRET,
      ZALO_OA_ACCESS_TOKEN: 'test-access-token',
      ZALO_API_BASE_URL: zalo.url,
    });
  });
  afterEach(async () => {
    redis.resume();
    await redis.start();
    await s.app.helpdesk.drain(10_000);
  });
  afterAll(async () => {
    await s?.close();
    await zalo?.close();
    await redis?.dispose();
  });

  async function ask(text: string, conversationId: string): Promise<AskReply> {
    const started = performance.now();
    const r = await fetch(`${s.url}/api/ask`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text, conversationId }),
    });
    return { status: r.status, body: (await r.json()) as Json, ms: performance.now() - started };
  }
  const health = async () => (await (await fetch(`${s.url}/healthz`)).json()) as Json;
  const cited = (r: AskReply) => (r.body['citations'] as Array<{ id: string }>).map((c) => c.id);
  const linesWith = (text: string) =>
    s
      .logs()
      .split('\n')
      .filter((l) => l.includes(text));
  /** The engine context Redis holds for an /api/ask conversation (read with a client of the test's own). */
  async function storedContext(conversationId: string): Promise<Json | undefined> {
    const c = createClient({ url: redis.url });
    await c.connect();
    try {
      const raw = await c.get(`c05:state:ctx/web:${conversationId}`);
      return raw === null ? undefined : (JSON.parse(raw) as { value: { context: Json } }).value.context;
    } finally {
      await c.close();
    }
  }
  /** Waits until the bot's Redis client has reconnected (a store call succeeded: /healthz says so). */
  async function untilStoreUp(conversationId: string): Promise<void> {
    for (let i = 0; i < 100; i++) {
      const r = await ask('B.6 là gì?', conversationId);
      if (r.status === 200 && (await health())['storeUp'] === true) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('the store did not come back within 10 s');
  }

  it('when Redis stops mid-conversation, then /api/ask still answers, /healthz reports the store down, and the log says so once; when Redis is back, then the conversation goes on from what was stored', async () => {
    const conv = 'outage-stopped-1';
    const first = await ask('Bộ Y tế phải hoàn thành gì đến hết tháng 6/2023?', conv);
    expect(first.status).toBe(200);
    expect((await storedContext(conv))?.['time']).toMatchObject({ label: expect.stringContaining('6/2023') });
    const before = s.logs().length;

    await redis.stop();
    // Answered, as a new conversation would be: the context cannot be read while Redis is down.
    const follow = await ask('Bộ Tư pháp phải làm gì?', conv);
    expect(follow.status).toBe(200);
    expect(follow.body['intent']).toBe('obligations');
    const more = await Promise.all(
      ['B.6 là gì?', 'Ai chủ trì cấp giấy khai sinh điện tử?', 'Phần C có bao nhiêu nhiệm vụ?'].map((q, i) =>
        ask(q, `outage-stopped-other-${i}`),
      ),
    );
    expect(more.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(cited(more[0]!)).toContain('B.6');
    expect((await health())['storeUp']).toBe(false);
    expect((await health())['status']).toBe('ok');
    const during = s.logs().slice(before);
    expect(during.match(/state store unavailable/gu)).toHaveLength(1);
    expect(during).not.toContain('request failed');

    await redis.start();
    await untilStoreUp('outage-stopped-probe');
    expect(linesWith('state store back')).toHaveLength(1);
    // The conversation goes on from its stored context (the June window of the first question).
    const third = await ask('Còn Bộ Tư pháp thì sao?', conv);
    expect(third.status).toBe(200);
    expect(String(third.body['heading'])).toMatch(/Bộ Tư pháp.*6\/2023/u);
    expect((await storedContext(conv))?.['turns']).toBe(2);
  });

  it('when Redis stops answering but keeps the connection open, then each turn waits at most about the command timeout and is answered; when it answers again, then turns are stored again', async () => {
    const conv = 'outage-paused-1';
    expect((await ask('B.6 là gì?', conv)).status).toBe(200);
    redis.pause();
    const during = await ask('B.8 là gì?', conv);
    expect(during.status).toBe(200);
    expect(cited(during)).toContain('B.8');
    expect(during.ms).toBeLessThan(TIMEOUT_MS + 2000);
    expect((await health())['storeUp']).toBe(false);
    redis.resume();
    await untilStoreUp('outage-paused-probe');
    expect((await ask('B.7 là gì?', conv)).status).toBe(200);
    expect((await storedContext(conv))?.['itemId']).toBe('B.7');
  });

  it('when Redis stops answering at a shutdown, then the server still closes, its store too, within a few command timeouts', async () => {
    const other = await startTestServer({
      STATE_STORE: 'redis',
      REDIS_URL: redis.url,
      REDIS_COMMAND_TIMEOUT_MS: TIMEOUT_MS,
      ASK_RATE_LIMIT_PER_MINUTE: 0,
    });
    const conv = 'outage-shutdown-1';
    const r = await fetch(`${other.url}/api/ask`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'B.6 là gì?', conversationId: conv }),
    });
    expect(r.status).toBe(200);
    redis.pause();
    // A turn waiting on the paused Redis when the shutdown begins.
    const late = fetch(`${other.url}/api/ask`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'Ai phối hợp thực hiện?', conversationId: conv }),
    });
    await expect.poll(() => other.app.server.inflightRequests()).toBe(1);
    const started = performance.now();
    const finished = await other.app.close(5000);
    const ms = performance.now() - started;
    expect((await late).status).toBe(200);
    expect(finished).toBe(true);
    // Not a speed figure: close() must not wait for the paused Redis for ever.
    expect(ms).toBeLessThan(4000);
  });

  it('when Redis is down, then a citizen writing on Zalo still gets the answer, and the message is not answered twice when Zalo redelivers it', async () => {
    await redis.stop();
    zalo.sent.length = 0;
    const e = zaloTextEvent({
      appId: APP_ID,
      secret: SECRET,
      senderId: '2468458835291907001',
      msgId: 'msg-outage-1',
      text: 'B.6 là gì?',
    });
    expect((await fetch(`${s.url}/zalo/webhook`, { method: 'POST', headers: e.headers, body: e.body })).status).toBe(
      200,
    );
    await s.app.helpdesk.drain(10_000);
    expect(zalo.sent.length).toBeGreaterThan(0);
    expect(zalo.sent.map((m) => m.text).join('\n')).toContain('B.6');
    const sent = zalo.sent.length;
    // The same event again (Zalo resends when it did not see a quick 200): this process remembers it.
    expect((await fetch(`${s.url}/zalo/webhook`, { method: 'POST', headers: e.headers, body: e.body })).status).toBe(
      200,
    );
    await s.app.helpdesk.drain(10_000);
    expect(zalo.sent.length).toBe(sent);
    expect(s.logs()).not.toContain('Zalo reply failed');
  });

  it('when Redis is down, then a Teams question is answered with its card, not an apology', async () => {
    await redis.stop();
    const body = {
      type: 'message',
      id: 'act-outage-1',
      channelId: 'msteams',
      serviceUrl: 'https://smba.trafficmanager.net/teams/',
      from: { id: 'user-1' },
      recipient: { id: 'bot-1' },
      conversation: { id: 'teams-outage-1' },
      deliveryMode: 'expectReplies',
      text: 'B.6 là gì?',
    };
    const r = await fetch(`${s.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(r.status).toBe(200);
    const replies = (
      (await r.json()) as {
        activities: Array<{ type: string; attachments?: Array<{ content: { fallbackText: string } }> }>;
      }
    ).activities.filter((a) => a.type === 'message');
    expect(replies).toHaveLength(1);
    const fallback = replies[0]!.attachments![0]!.content.fallbackText;
    expect(fallback).not.toMatch(/^Xin lỗi/u);
    expect(fallback).toContain('B.6');
  });
});

describe('when the state store (SQLite) is locked by another connection', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ STATE_STORE: 'sqlite', ASK_RATE_LIMIT_PER_MINUTE: 0 });
  });
  afterAll(async () => {
    await s?.close();
  });

  async function ask(text: string, conversationId: string): Promise<AskReply> {
    const started = performance.now();
    const r = await fetch(`${s.url}/api/ask`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text, conversationId }),
    });
    return { status: r.status, body: (await r.json()) as Json, ms: performance.now() - started };
  }

  it('when another connection holds the write lock, then the turn is answered (from the context read) without waiting out a long lock, the log says so once, and once the lock is gone the conversation is stored again', async () => {
    const conv = 'sqlite-locked-1';
    expect((await ask('B.6 là gì?', conv)).status).toBe(200);
    const other = new Database(s.config.STATE_SQLITE_PATH);
    try {
      other.exec('BEGIN IMMEDIATE'); // the write lock, held until COMMIT
      const during = await ask('Ai phối hợp thực hiện?', conv);
      expect(during.status).toBe(200);
      expect((during.body['citations'] as Array<{ id: string }>).map((c) => c.id)).toContain('B.6');
      // SQLite's busy timeout is short (100 ms): every request of the server waits behind it.
      expect(during.ms).toBeLessThan(2500);
      const second = await ask('B.5 là gì?', 'sqlite-locked-2');
      expect(second.status).toBe(200);
      expect(((await (await fetch(`${s.url}/healthz`)).json()) as Json)['storeUp']).toBe(false);
      expect(s.logs().match(/state store unavailable/gu)).toHaveLength(1);
      other.exec('COMMIT');
      expect((await ask('B.7 là gì?', conv)).status).toBe(200);
      const row = other.prepare('SELECT value FROM state WHERE key = ?').get(`ctx/web:${conv}`) as { value: string };
      const stored = (JSON.parse(row.value) as { context: Json }).context;
      expect(stored['itemId']).toBe('B.7');
      // The turn answered under the lock was not kept: the first and the last are stored.
      expect(stored['turns']).toBe(2);
      expect(s.logs()).toContain('state store back');
    } finally {
      other.close();
    }
  });
});
