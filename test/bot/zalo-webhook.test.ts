/**
 * POST /zalo/webhook end to end: a real server (real engine, real seed) on an ephemeral port, the
 * OA API played by a local stand-in that records what the bot sends.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ConfigSchema } from '../../src/bot/config.js';
import { createServer } from '../../src/bot/server.js';
import { createMemoryStore } from '../../src/bot/state/memory-store.js';
import { ETagConflictError, type StateStore } from '../../src/bot/state/store.js';
import { apologyText } from '../../src/bot/text/apology.js';
import { renderForZalo, ZALO_TEXT_LIMIT } from '../../src/bot/zalo/render.js';
import { depsOver, startTestServer, type TestServer } from '../helpers/server.js';
import {
  captureLogger,
  startZaloStandIn,
  zaloOtherEvent,
  zaloTextEvent,
  type SignedEvent,
  type ZaloStandIn,
} from '../helpers/zalo-stand-in.js';

const APP_ID = '360846524940903967';
const SECRET = 'test-oa-secret-key';
const TOKEN = 'test-access-token';

let zalo: ZaloStandIn;
let s: TestServer;
let counter = 0;

beforeAll(async () => {
  zalo = await startZaloStandIn();
  s = await startTestServer({
    ZALO_APP_ID: APP_ID,
    ZALO_OA_SECRET_KEY: SECRET,
    ZALO_OA_ACCESS_TOKEN: TOKEN,
    ZALO_API_BASE_URL: zalo.url,
    ZALO_TIMESTAMP_WINDOW_SECONDS: 300,
  });
});
afterAll(async () => {
  await s.close();
  await zalo.close();
});
beforeEach(() => {
  zalo.sent.length = 0;
  zalo.reply({ error: 0, message: 'Success' });
  zalo.delay(0);
});
afterEach(async () => {
  // Every background reply of a test is finished before the next test starts.
  await s.app.helpdesk.drain(10_000);
});

/** A fresh sender id and message id per call, so tests never share a conversation. */
function ids() {
  counter += 1;
  return { senderId: `24684588352919${String(7000 + counter)}`, msgId: `msg-${Date.now()}-${counter}` };
}

function post(e: SignedEvent) {
  return fetch(`${s.url}/zalo/webhook`, { method: 'POST', headers: e.headers, body: e.body });
}

function textEvent(
  text: string,
  o: Partial<{ senderId: string; msgId: string; timestamp: number; secret: string }> = {},
) {
  const { senderId, msgId } = ids();
  return zaloTextEvent({
    appId: APP_ID,
    secret: o.secret ?? SECRET,
    senderId: o.senderId ?? senderId,
    msgId: o.msgId ?? msgId,
    text,
    ...(o.timestamp !== undefined ? { timestamp: o.timestamp } : {}),
  });
}

/** What the engine says for a conversation, rendered as Zalo messages (the expected replies). */
function expectedMessages(first: string, ...more: string[]): string[] {
  let { answer, context } = s.app.deps.engine.ask(first, undefined);
  for (const q of more) ({ answer, context } = s.app.deps.engine.ask(q, context));
  return renderForZalo(answer);
}

describe('Zalo webhook', () => {
  it('when a signed text event arrives, then it answers 200 and the reply goes to the sender through the OA API', async () => {
    const e = textEvent('B.6 là gì?', { senderId: '246845883529197922' });
    const r = await post(e);
    expect(r.status).toBe(200);
    const [sent] = await zalo.waitFor(1);
    expect(sent).toEqual({ accessToken: TOKEN, userId: '246845883529197922', text: expectedMessages('B.6 là gì?')[0] });
    expect(sent!.text).toContain('[B.6]');
  });

  it('when the OA API is slow, then the webhook still answers 200 at once and the reply follows', async () => {
    zalo.delay(1500);
    const started = Date.now();
    const r = await post(textEvent('B.6 là gì?'));
    expect(r.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(zalo.sent).toHaveLength(0);
    expect(s.app.helpdesk.inFlight).toBe(1);
    await zalo.waitFor(1);
  });

  it('when the event carries no signature, then it answers 401 and nothing is sent', async () => {
    const e = textEvent('B.6 là gì?');
    const r = await fetch(`${s.url}/zalo/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: e.body,
    });
    expect(r.status).toBe(401);
    expect(s.app.helpdesk.inFlight).toBe(0);
    await s.app.helpdesk.drain(1000);
    expect(zalo.sent).toHaveLength(0);
  });

  it('when the signature is wrong, then it answers 401 and nothing is sent', async () => {
    const r = await post(textEvent('B.6 là gì?', { secret: 'not-the-secret' }));
    expect(r.status).toBe(401);
    expect(s.app.helpdesk.inFlight).toBe(0);
    expect(zalo.sent).toHaveLength(0);
  });

  it('when the signed body was altered on the way, then it answers 401', async () => {
    const e = textEvent('B.6 là gì?');
    const r = await post({ headers: e.headers, body: e.body.replace('B.6', 'B.7') });
    expect(r.status).toBe(401);
    expect(zalo.sent).toHaveLength(0);
  });

  it('when the event is older than the window (a replay), then a genuine signature is refused with 401', async () => {
    const r = await post(textEvent('B.6 là gì?', { timestamp: Date.now() - 10 * 60 * 1000 }));
    expect(r.status).toBe(401);
    expect(s.app.helpdesk.inFlight).toBe(0);
    expect(zalo.sent).toHaveLength(0);
  });

  it('when Zalo redelivers an event with the same msg_id, then it is acknowledged but answered once', async () => {
    const e = textEvent('B.6 là gì?');
    expect((await post(e)).status).toBe(200);
    await s.app.helpdesk.drain(10_000);
    expect((await post(e)).status).toBe(200);
    expect((await post(e)).status).toBe(200);
    await s.app.helpdesk.drain(10_000);
    expect(zalo.sent).toHaveLength(1);
  });

  it('when the same event is delivered twice at once, then it is answered once', async () => {
    const e = textEvent('B.7 là gì?');
    const [a, b] = await Promise.all([post(e), post(e)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    await s.app.helpdesk.drain(10_000);
    expect(zalo.sent).toHaveLength(1);
  });

  it('when the answer is longer than one Zalo message, then it is split into at most three messages sent in order with no citation line cut', async () => {
    const question = 'Bộ Công an phải làm gì?';
    const expected = expectedMessages(question);
    expect(expected.length).toBeGreaterThan(1);
    expect(expected.length).toBeLessThanOrEqual(3);
    await post(textEvent(question));
    const sent = await zalo.waitFor(expected.length);
    await s.app.helpdesk.drain(10_000);
    expect(sent.map((m) => m.text)).toEqual(expected);
    for (const m of sent) {
      expect(m.text.length).toBeLessThanOrEqual(ZALO_TEXT_LIMIT);
      // Every message starts and ends on a whole line: a citation line is never continued in the next one.
      expect(m.text).not.toMatch(/^\s|\s$/u);
    }
    const allLines = sent.flatMap((m) => m.text.split('\n'));
    const answer = s.app.deps.engine.ask(question).answer;
    // Every duty is cited: on its own line, or by number on the compact form's "Còn: …" line.
    const more =
      allLines
        .find((l) => l.startsWith('Còn: '))
        ?.slice('Còn: '.length)
        .split(', ') ?? [];
    for (const g of answer.groups)
      for (const it of g.items)
        expect(allLines.some((l) => l.startsWith(`• [${it.citationId}] `)) || more.includes(it.citationId)).toBe(true);
  });

  it("when a user asks a follow-up, then it is answered in the context of that user's previous message", async () => {
    const { senderId } = ids();
    const first = 'Bộ Tài chính phải làm gì trong tháng 3/2023?';
    await post(textEvent(first, { senderId }));
    await post(textEvent('Còn Bộ Nội vụ?', { senderId }));
    await s.app.helpdesk.drain(10_000);
    const followUp = expectedMessages(first, 'Còn Bộ Nội vụ?');
    // The follow-up keeps the month of the first question: without context it would not.
    const heading = (messages: string[]) => messages[0]!.replace(/^\(\d+\/\d+\)\n/u, '').split('\n')[0];
    expect(heading(followUp)).toBe('Bộ Nội vụ: nhiệm vụ trong tháng 3/2023 theo Chỉ thị 05/CT-TTg');
    expect(heading(expectedMessages('Còn Bộ Nội vụ?'))).not.toContain('tháng 3/2023');
    expect(zalo.sent.every((m) => m.userId === senderId)).toBe(true);
    expect(zalo.sent.map((m) => m.text)).toEqual([...expectedMessages(first), ...followUp]);
  });

  it('when two users write, then each conversation is threaded by its own sender id', async () => {
    const a = ids().senderId;
    const b = ids().senderId;
    await post(textEvent('B.6 là gì?', { senderId: a }));
    await s.app.helpdesk.drain(10_000);
    await post(textEvent('Ai phối hợp thực hiện?', { senderId: b }));
    await post(textEvent('Ai phối hợp thực hiện?', { senderId: a }));
    await s.app.helpdesk.drain(10_000);
    const toA = zalo.sent.filter((m) => m.userId === a).map((m) => m.text);
    const toB = zalo.sent.filter((m) => m.userId === b).map((m) => m.text);
    expect(toA.at(-1)).toBe(expectedMessages('B.6 là gì?', 'Ai phối hợp thực hiện?').at(-1));
    expect(toA.at(-1)).toContain('B.6');
    expect(toB).toEqual(expectedMessages('Ai phối hợp thực hiện?'));
    expect(toB.join('\n')).not.toContain('[B.6]');
  });

  it('when the OA API answers with an error code, then the code and message are logged and the server keeps answering', async () => {
    zalo.reply({ error: -216, message: 'Access token is invalid' });
    await post(textEvent('B.6 là gì?'));
    await s.app.helpdesk.drain(10_000);
    expect(s.logs()).toMatch(/"zaloError":-216/u);
    expect(s.logs()).toContain('Access token is invalid');
    zalo.reply({ error: 0, message: 'Success' });
    zalo.sent.length = 0;
    expect((await post(textEvent('B.6 là gì?'))).status).toBe(200);
    await zalo.waitFor(1);
    expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
  });

  it('when another kind of event arrives (a follow), then it answers 200 and sends nothing', async () => {
    const r = await post(zaloOtherEvent(APP_ID, SECRET, 'follow'));
    expect(r.status).toBe(200);
    expect(s.app.helpdesk.inFlight).toBe(0);
    expect(zalo.sent).toHaveLength(0);
  });

  it('when citizens write, then the log holds neither their text nor their Zalo id, and the metrics count them under zalo', async () => {
    const senderId = '246845883599999999';
    const zaloItems = async () =>
      (await s.app.metrics.registry.getSingleMetric('answers_total')?.get())?.values.find(
        (v) => v.labels['channel'] === 'zalo' && v.labels['intent'] === 'item',
      )?.value ?? 0;
    const before = await zaloItems();
    await post(textEvent('Tôi tên Nguyễn Văn Riêng, hỏi B.9 là gì?', { senderId }));
    await s.app.helpdesk.drain(10_000);
    expect(s.logs()).toContain('Zalo message answered');
    expect(await zaloItems()).toBe(before + 1);
    expect(s.logs()).not.toContain(senderId);
    expect(s.logs()).not.toContain('Nguyễn Văn Riêng');
  });

  it('when the server shuts down while a reply is being sent, then close waits for the reply', async () => {
    const local = await startTestServer({
      ZALO_APP_ID: APP_ID,
      ZALO_OA_SECRET_KEY: SECRET,
      ZALO_OA_ACCESS_TOKEN: TOKEN,
      ZALO_API_BASE_URL: zalo.url,
    });
    zalo.delay(700);
    const e = textEvent('B.6 là gì?');
    expect(
      (await fetch(`${local.url}/zalo/webhook`, { method: 'POST', headers: e.headers, body: e.body })).status,
    ).toBe(200);
    expect(local.app.helpdesk.inFlight).toBe(1);
    expect(await local.app.close(5000)).toBe(true);
    expect(zalo.sent).toHaveLength(1);
  });
});

describe('Zalo webhook without settings', () => {
  it('when the Zalo settings are absent, then the route answers 404 and the log says Zalo is off', async () => {
    const off = await startTestServer({});
    try {
      const e = zaloTextEvent({ appId: APP_ID, secret: SECRET, senderId: '1', msgId: 'm1', text: 'B.6 là gì?' });
      const r = await fetch(`${off.url}/zalo/webhook`, { method: 'POST', headers: e.headers, body: e.body });
      expect(r.status).toBe(404);
      expect(off.logs()).toMatch(/Zalo channel off/u);
      expect(off.logs().match(/Zalo channel off/gu)).toHaveLength(1);
    } finally {
      await off.close();
    }
  });
});

describe('when a Zalo turn fails', () => {
  // (A store that fails outright does not fail the turn: see store-outage.test.ts. A turn whose
  // write keeps losing the eTag race, eight tries in a row, does.)
  it('when the conversation cannot be stored because its eTag keeps conflicting, then the citizen gets a short apology instead of silence, and the log has the message id but not the text', async () => {
    const memory = createMemoryStore();
    const store: StateStore = {
      ...memory,
      set: async (key, value, expected) => {
        if (key.includes('zalo:')) throw new ETagConflictError(key);
        return memory.set(key, value, expected);
      },
    };
    const { logger, text } = captureLogger();
    const config = ConfigSchema.parse({
      STATE_STORE: 'memory',
      ZALO_APP_ID: APP_ID,
      ZALO_OA_SECRET_KEY: SECRET,
      ZALO_OA_ACCESS_TOKEN: TOKEN,
      ZALO_API_BASE_URL: zalo.url,
    });
    const deps = depsOver(store, config, logger);
    const { server, helpdesk } = createServer(deps);
    await new Promise<void>((resolve) => {
      server.listen(0, '127.0.0.1', resolve);
    });
    try {
      const e = zaloTextEvent({
        appId: APP_ID,
        secret: SECRET,
        senderId: '2468458835291907999',
        msgId: 'msg-conflict-1',
        text: 'Câu hỏi riêng tư về B.6',
      });
      const r = await fetch(`http://127.0.0.1:${server.address().port}/zalo/webhook`, {
        method: 'POST',
        headers: e.headers,
        body: e.body,
      });
      expect(r.status).toBe(200);
      await helpdesk.drain(10_000);
      expect(zalo.sent.map((m) => m.text)).toEqual([apologyText('vi')]);
      expect(text()).toContain('msg-conflict-1');
      expect(text()).toContain('an apology was sent instead');
      expect(text()).not.toContain('riêng tư');
    } finally {
      server.close();
    }
  });
});
