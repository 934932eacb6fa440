/**
 * The Teams endpoint end to end over real HTTP: activities with deliveryMode "expectReplies"
 * return their replies in the response body, so cards, the tour across turns, the search
 * extension and the welcome can be checked without a Bot Framework connector.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipRedisTests, startRedis, type TestRedis } from '../helpers/redis.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => s.close());

type Activity = { type: string; attachments?: Array<{ contentType: string; content: Record<string, unknown> }>; summary?: string };
let seq = 0;
function activity(conversation: string, extra: Record<string, unknown>) {
  return { type: 'message', id: `act-${++seq}`, channelId: 'msteams', serviceUrl: 'https://smba.trafficmanager.net/teams/', from: { id: 'user-1', name: 'Cán bộ' }, recipient: { id: 'bot-1' }, conversation: { id: conversation }, deliveryMode: 'expectReplies', ...extra };
}
async function send(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; activities: Activity[]; raw: string }> {
  const r = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const raw = await r.text();
  let activities: Activity[] = [];
  try {
    activities = (JSON.parse(raw) as { activities?: Activity[] }).activities ?? [];
  } catch {
    // not JSON
  }
  return { status: r.status, activities, raw };
}
const card = (a: Activity | undefined) => a?.attachments?.[0]?.content as { body: unknown[]; actions?: Array<{ title: string; data: Record<string, unknown> }>; fallbackText: string } | undefined;

describe('the Teams endpoint', () => {
  it('when a question arrives with expectReplies, then the reply is an Adaptive Card citing the right rows', async () => {
    const r = await send(s.url, activity('conv-q', { text: 'Bộ Y tế phải hoàn thành gì đến hết tháng 6/2023?' }));
    expect(r.status).toBe(200);
    const c = card(r.activities[0]);
    expect(r.activities[0]!.attachments![0]!.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(c!.fallbackText).toContain('[B.10]');
    expect(JSON.stringify(c)).toContain('[B.12]');
    expect(JSON.stringify(c)).not.toContain('[B.34]');
  });

  it('when the tour is walked across turns with its buttons, then the position is kept in conversation state', async () => {
    const conv = `conv-tour-${Date.now()}`;
    const step = async (extra: Record<string, unknown>) => (card((await send(s.url, activity(conv, extra))).activities[0])!.fallbackText);
    expect(await step({ text: 'hướng dẫn' })).toMatch(/bước 1\//u);
    expect(await step({ value: { verb: 'tour', op: 'next' } })).toMatch(/bước 2\//u);
    expect(await step({ value: { verb: 'tour', op: 'next' } })).toMatch(/bước 3\//u);
    expect(await step({ value: { verb: 'tour', op: 'back' } })).toMatch(/bước 2\//u);
    expect(await step({ value: { verb: 'tour', op: 'exit' } })).toMatch(/thoát/iu);
  });

  it('when a citation’s full-text button is pressed, then the full row comes back', async () => {
    const r = await send(s.url, activity('conv-src', { value: { verb: 'source', id: 'B.6' } }));
    expect(card(r.activities[0])!.fallbackText).toContain('40 triệu tài khoản định danh điện tử');
  });

  it('when the search extension is queried, then it lists matching items as cards', async () => {
    for (const [query, expected] of [['VNeID', 'B.6'], ['Bộ Y tế tháng 6', 'B.10']] as const) {
      const body = { type: 'invoke', name: 'composeExtension/query', id: `inv-${++seq}`, channelId: 'msteams', serviceUrl: 'https://smba.trafficmanager.net/teams/', from: { id: 'user-1' }, recipient: { id: 'bot-1' }, conversation: { id: 'conv-me' }, value: { commandId: 'searchDirective', parameters: [{ name: 'query', value: query }], queryOptions: { skip: 0, count: 10 } } };
      const started = Date.now();
      const r = await fetch(`${s.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      expect(Date.now() - started).toBeLessThan(5000);
      expect(r.status).toBe(200);
      const result = (await r.json()) as { composeExtension: { type: string; attachments: Array<{ preview: { content: { title: string } } }> } };
      expect(result.composeExtension.type).toBe('result');
      expect(result.composeExtension.attachments.map((a) => a.preview.content.title).join(' ')).toContain(`[${expected}]`);
    }
  });

  it('when the bot is added to a conversation, then it sends the welcome card with three examples', async () => {
    const r = await send(s.url, activity('conv-welcome', { type: 'conversationUpdate', membersAdded: [{ id: 'bot-1' }, { id: 'user-1' }] }));
    const c = card(r.activities[0])!;
    expect(c.fallbackText).toMatch(/Xin chào/u);
    expect(c.actions!.filter((a) => a.data['verb'] === 'ask')).toHaveLength(3);
  });

  it('when the body is malformed or lacks conversation, then the answer is 400 with a message and the server stays up', async () => {
    expect((await send(s.url, '{"type": "message", ')).status).toBe(400);
    const missing = await send(s.url, { type: 'message', text: 'hi', from: { id: 'u' }, recipient: { id: 'b' } });
    expect(missing.status).toBe(400);
    expect(missing.raw).toMatch(/conversation/u);
    expect((await send(s.url, [1, 2])).status).toBe(400);
    expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
  });

  it('when a question carries markup, then no reply contains it as markup', async () => {
    const r = await send(s.url, activity('conv-xss', { text: '<script>alert(1)</script> [click](http://evil.example)' }));
    const json = JSON.stringify(r.activities);
    expect(json).not.toContain('](http://evil.example)');
  });
});

describe('the Teams endpoint with BOT_ID set', () => {
  it('when a request carries no token, then it is refused with 401', async () => {
    const secured = await startTestServer({ BOT_ID: '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b', BOT_PASSWORD: 'not-a-real-secret', BOT_TENANT_ID: '11111111-2222-3333-4444-555555555555' });
    try {
      const r = await send(secured.url, activity('conv-auth', { text: 'B.6' }));
      expect(r.status).toBe(401);
      const bad = await send(secured.url, activity('conv-auth', { text: 'B.6' }), { authorization: 'Bearer abc.def.ghi' });
      expect(bad.status).toBe(401);
      expect(secured.logs()).not.toContain('not-a-real-secret');
    } finally {
      await secured.close();
    }
  });
});

describe.skipIf(skipRedisTests)('two instances sharing Redis', () => {
  let redis: TestRedis;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => redis.stop());

  it('when one conversation alternates between two instances, then each continues it (tour and follow-ups)', async () => {
    const a = await startTestServer({ STATE_STORE: 'redis', REDIS_URL: redis.url });
    const b = await startTestServer({ STATE_STORE: 'redis', REDIS_URL: redis.url });
    try {
      const conv = `conv-shared-${Date.now()}`;
      const t1 = card((await send(a.url, activity(conv, { text: 'hướng dẫn' }))).activities[0])!.fallbackText;
      const t2 = card((await send(b.url, activity(conv, { value: { verb: 'tour', op: 'next' } }))).activities[0])!.fallbackText;
      const t3 = card((await send(a.url, activity(conv, { value: { verb: 'tour', op: 'next' } }))).activities[0])!.fallbackText;
      expect([t1, t2, t3].map((t) => /bước (\d+)\//u.exec(t)?.[1])).toEqual(['1', '2', '3']);
      // The help-desk API shares the same store: a follow-up on the other instance keeps the window.
      const ask = (url: string, text: string) => fetch(`${url}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text, conversationId: `${conv}-api` }) }).then((r) => r.json() as Promise<{ citations: Array<{ id: string }> }>);
      await ask(a.url, 'Bộ Tài chính phải làm gì trong tháng 3/2023?');
      const ids = (await ask(b.url, 'Còn Bộ Nội vụ?')).citations.map((c) => c.id);
      expect(ids).toContain('B.21');
      expect(ids).not.toContain('B.20');
    } finally {
      await a.close();
      await b.close();
    }
  });
});
