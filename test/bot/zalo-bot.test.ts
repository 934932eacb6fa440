/**
 * The Zalo Bot Platform channel end to end: a real server (real engine, real seed) on an ephemeral
 * port, the Bot API played by a local stand-in speaking the documented API, and the set-up command
 * run as a child process against the same stand-in.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createZaloBotApi } from '../../src/bot/zalo-bot/api.js';
import { readZaloBotEvent } from '../../src/bot/zalo-bot/event.js';
import { secretMatches, ZALO_BOT_WEBHOOK_PATH } from '../../src/bot/zalo-bot/webhook-route.js';
import { apologyText } from '../../src/bot/text/apology.js';
import { renderForZalo, ZALO_TEXT_LIMIT } from '../../src/bot/zalo/render.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import {
  botOtherDelivery,
  botTextDelivery,
  startZaloBotStandIn,
  type BotDelivery,
  type ZaloBotStandIn,
} from '../helpers/zalo-bot-stand-in.js';

const TOKEN = '8243111:test-bot-token-Xy7q';
const SECRET = 'test-webhook-secret-9f3k';

let zalo: ZaloBotStandIn;
let s: TestServer;
let counter = 0;

beforeAll(async () => {
  zalo = await startZaloBotStandIn({ token: TOKEN });
  s = await startTestServer({
    ZALO_BOT_TOKEN: TOKEN,
    ZALO_BOT_SECRET_TOKEN: SECRET,
    ZALO_BOT_API_BASE_URL: zalo.url,
  });
});
afterAll(async () => {
  await s?.close();
  await zalo?.close();
});
beforeEach(() => {
  zalo.reset();
});
afterEach(async () => {
  // Every background reply of a test is finished before the next one starts.
  await s.app.helpdesk.drain(10_000);
  // Neither secret is ever logged, whatever the test did.
  expect(s.logs()).not.toContain(TOKEN);
  expect(s.logs()).not.toContain(SECRET);
});

/** A fresh chat id and message id per call (hex strings, as Zalo's are). */
function ids() {
  counter += 1;
  const n = (Date.now() * 1000 + counter).toString(16);
  return { chatId: `c${n}`, messageId: `m${n}` };
}

function post(d: BotDelivery) {
  return fetch(`${s.url}${ZALO_BOT_WEBHOOK_PATH}`, { method: 'POST', headers: d.headers, body: d.body });
}

function text(t: string, o: Partial<{ chatId: string; messageId: string; shape: 'flat' | 'wrapped' }> = {}) {
  const fresh = ids();
  return botTextDelivery({
    secret: SECRET,
    chatId: o.chatId ?? fresh.chatId,
    messageId: o.messageId ?? fresh.messageId,
    text: t,
    ...(o.shape ? { shape: o.shape } : {}),
  });
}

/** What the engine says for a conversation, rendered as the bot's messages (the expected replies). */
function expectedMessages(first: string, ...more: string[]): string[] {
  let { answer, context } = s.app.deps.engine.ask(first, undefined);
  for (const q of more) ({ answer, context } = s.app.deps.engine.ask(q, context));
  return renderForZalo(answer, { maxMessages: s.config.ZALO_MAX_MESSAGES });
}

/** The methods called for one chat, in order. */
function methodsFor(chatId: string): string[] {
  return zalo.calls.filter((c) => c.params['chat_id'] === chatId).map((c) => c.method);
}

async function health(url: string): Promise<{ zalo: { oa: string; bot: string } }> {
  return (await (await fetch(`${url}/healthz`)).json()) as { zalo: { oa: string; bot: string } };
}

describe('Zalo Bot webhook', () => {
  it('when a text message arrives with the secret, then it answers 200 at once, then "typing" and the answer reach the chat', async () => {
    zalo.delay(1500);
    const { chatId } = ids();
    const started = Date.now();
    const r = await post(text('B.6 là gì?', { chatId }));
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ received: true });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(zalo.messages(chatId)).toHaveLength(0);
    expect(s.app.helpdesk.inFlight).toBe(1);

    const expected = expectedMessages('B.6 là gì?');
    await zalo.waitFor(() => zalo.messages(chatId).length >= expected.length, 10_000);
    expect(zalo.messages(chatId).map((m) => m.text)).toEqual(expected);
    expect(zalo.messages(chatId)[0]!.text).toContain('B.6');
    expect(methodsFor(chatId)).toEqual(['sendChatAction', ...expected.map(() => 'sendMessage')]);
    expect(zalo.callsOf('sendChatAction')[0]!.params).toEqual({ chat_id: chatId, action: 'typing' });
    expect(zalo.calls.every((c) => c.tokenOk)).toBe(true);
  });

  it('when the delivery is wrapped as the docs show ({ok, result}), then it is answered the same way', async () => {
    const { chatId } = ids();
    expect((await post(text('B.6 là gì?', { chatId, shape: 'wrapped' }))).status).toBe(200);
    await s.app.helpdesk.drain(10_000);
    expect(zalo.messages(chatId).map((m) => m.text)).toEqual(expectedMessages('B.6 là gì?'));
  });

  it('when the secret token header is missing, then it answers 401 and nothing is sent', async () => {
    const d = text('B.6 là gì?');
    const { 'x-bot-api-secret-token': _dropped, ...headers } = d.headers;
    const r = await post({ body: d.body, headers });
    expect(r.status).toBe(401);
    expect(await r.json()).toMatchObject({ code: 'Unauthorized' });
    expect(s.app.helpdesk.inFlight).toBe(0);
    await s.app.helpdesk.drain(1000);
    expect(zalo.calls).toHaveLength(0);
  });

  it('when the secret token is wrong (same length, or another length), then it answers 401, nothing is sent and the value is not logged', async () => {
    const sameLength = 'X'.repeat(SECRET.length);
    for (const wrong of [sameLength, `${SECRET}-but-longer`, 'short']) {
      const r = await post({
        ...text('B.6 là gì?'),
        headers: { 'content-type': 'application/json', 'x-bot-api-secret-token': wrong },
      });
      expect(r.status).toBe(401);
    }
    expect(s.app.helpdesk.inFlight).toBe(0);
    await s.app.helpdesk.drain(1000);
    expect(zalo.calls).toHaveLength(0);
    expect(s.logs()).toContain('Zalo Bot webhook request refused');
    expect(s.logs()).not.toContain(sameLength);
  });

  it('when the same delivery comes again later, then it is acknowledged each time but answered once', async () => {
    const { chatId } = ids();
    const d = text('B.6 là gì?', { chatId });
    expect((await post(d)).status).toBe(200);
    await s.app.helpdesk.drain(10_000);
    expect((await post(d)).status).toBe(200);
    expect((await post(d)).status).toBe(200);
    await s.app.helpdesk.drain(10_000);
    expect(zalo.messages(chatId)).toHaveLength(expectedMessages('B.6 là gì?').length);
    expect(methodsFor(chatId).filter((m) => m === 'sendChatAction')).toHaveLength(1);
  });

  it('when the same delivery arrives twice at once, then it is answered once', async () => {
    const { chatId } = ids();
    const d = text('B.7 là gì?', { chatId });
    const [a, b] = await Promise.all([post(d), post(d)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    await s.app.helpdesk.drain(10_000);
    expect(zalo.messages(chatId).map((m) => m.text)).toEqual(expectedMessages('B.7 là gì?'));
  });

  it('when the answer is longer than one message, then it is split into several messages of at most 2,000 characters, sent in order', async () => {
    const question = 'Bộ Công an phải làm gì?';
    const expected = expectedMessages(question);
    expect(expected.length).toBeGreaterThan(1);
    const { chatId } = ids();
    await post(text(question, { chatId }));
    await zalo.waitFor(() => zalo.messages(chatId).length >= expected.length, 10_000);
    await s.app.helpdesk.drain(10_000);
    const sent = zalo.messages(chatId).map((m) => m.text);
    expect(sent).toEqual(expected);
    for (const m of sent) {
      expect(m.length).toBeGreaterThan(0);
      expect(m.length).toBeLessThanOrEqual(ZALO_TEXT_LIMIT);
    }
  });

  it('when a citizen asks a follow-up in the same chat, then it is answered in the context of the previous message', async () => {
    const { chatId } = ids();
    const first = 'Bộ Tài chính phải làm gì trong tháng 3/2023?';
    await post(text(first, { chatId }));
    await post(text('Còn Bộ Nội vụ?', { chatId }));
    await s.app.helpdesk.drain(10_000);
    const followUp = expectedMessages(first, 'Còn Bộ Nội vụ?');
    // The follow-up keeps the month of the first question: without context it would not.
    expect(followUp.join('\n')).toContain('tháng 3/2023');
    expect(expectedMessages('Còn Bộ Nội vụ?').join('\n')).not.toContain('tháng 3/2023');
    expect(zalo.messages(chatId).map((m) => m.text)).toEqual([...expectedMessages(first), ...followUp]);
  });

  it('when two chats write, then each conversation keeps its own context', async () => {
    const a = ids().chatId;
    const b = ids().chatId;
    await post(text('B.6 là gì?', { chatId: a }));
    await s.app.helpdesk.drain(10_000);
    await post(text('Ai phối hợp thực hiện?', { chatId: b }));
    await post(text('Ai phối hợp thực hiện?', { chatId: a }));
    await s.app.helpdesk.drain(10_000);
    expect(zalo.messages(a).at(-1)?.text).toBe(expectedMessages('B.6 là gì?', 'Ai phối hợp thực hiện?').at(-1));
    expect(zalo.messages(b).map((m) => m.text)).toEqual(expectedMessages('Ai phối hợp thực hiện?'));
  });

  it('when sendMessage answers ok:false, then the code is logged, the remaining parts are not sent, and the server keeps answering', async () => {
    zalo.fail('sendMessage', { error_code: 429, description: 'Quota exceeded', httpStatus: 429 });
    const { chatId } = ids();
    expect((await post(text('Bộ Công an phải làm gì?', { chatId }))).status).toBe(200);
    await s.app.helpdesk.drain(10_000);
    expect(zalo.callsOf('sendMessage').filter((c) => c.params['chat_id'] === chatId)).toHaveLength(1);
    expect(s.logs()).toMatch(/"botErrorCode":429/u);
    expect(s.logs()).toContain('Quota exceeded');
    expect(s.logs()).toContain('reply not fully sent');
    expect((await health(s.url)).zalo.bot).toBe('ok'); // a spent quota is not a dead token

    zalo.reset();
    const other = ids().chatId;
    expect((await post(text('B.6 là gì?', { chatId: other }))).status).toBe(200);
    await s.app.helpdesk.drain(10_000);
    expect(zalo.messages(other)).toHaveLength(1);
  });

  it('when Zalo refuses the bot token on sendMessage, then /healthz reports the channel degraded until a message goes through', async () => {
    expect((await health(s.url)).zalo).toEqual({ oa: 'off', bot: 'ok' });
    zalo.fail('sendMessage', { error_code: 401, description: 'Unauthorized', httpStatus: 401 });
    await post(text('B.6 là gì?'));
    await s.app.helpdesk.drain(10_000);
    expect((await health(s.url)).zalo.bot).toBe('degraded');
    expect(s.logs()).toContain('refused the bot token');

    zalo.reset();
    const { chatId } = ids();
    await post(text('B.6 là gì?', { chatId }));
    await s.app.helpdesk.drain(10_000);
    expect(zalo.messages(chatId)).toHaveLength(1);
    expect((await health(s.url)).zalo.bot).toBe('ok');
  });

  it('when the Bot API is down (an HTML error page), then the reply is given up, logged, and the server stays up', async () => {
    zalo.fail('sendChatAction', { raw: '<html>502 Bad Gateway</html>', httpStatus: 502 });
    zalo.fail('sendMessage', { raw: '<html>502 Bad Gateway</html>', httpStatus: 502 });
    await post(text('B.6 là gì?'));
    await s.app.helpdesk.drain(10_000);
    expect(s.logs()).toMatch(/"reason":"not-envelope"[^\n]*"httpStatus":502/u);
    expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
  });

  it('when a turn fails, then the apology is sent to the chat', async () => {
    const conversations = s.app.deps.conversations;
    const original = conversations.answer.bind(conversations);
    conversations.answer = () => Promise.reject(new Error('the conversation could not be saved'));
    try {
      const { chatId } = ids();
      await post(text('B.6 là gì?', { chatId }));
      await s.app.helpdesk.drain(10_000);
      expect(zalo.messages(chatId).map((m) => m.text)).toEqual([apologyText('vi')]);
      expect(s.logs()).toContain('an apology was sent instead');
    } finally {
      conversations.answer = original;
    }
  });

  it('when another kind of event (a sticker) or a malformed body arrives with the secret, then it answers 200 and sends nothing', async () => {
    const { chatId } = ids();
    expect((await post(botOtherDelivery(SECRET, 'message.sticker.received', chatId))).status).toBe(200);
    const malformed = { headers: { 'content-type': 'application/json', 'x-bot-api-secret-token': SECRET } };
    expect((await post({ ...malformed, body: JSON.stringify({ event_name: 'message.text.received' }) })).status).toBe(
      200,
    );
    expect((await post({ ...malformed, body: JSON.stringify({ hello: 'world' }) })).status).toBe(200);
    expect(s.app.helpdesk.inFlight).toBe(0);
    await s.app.helpdesk.drain(1000);
    expect(zalo.calls).toHaveLength(0);
    expect(s.logs()).toContain('Zalo Bot event not understood');
  });

  it('when citizens write, then the log holds neither their text nor their chat id', async () => {
    const { chatId } = ids();
    await post(text('Tôi tên Nguyễn Văn Riêng, hỏi B.9 là gì?', { chatId }));
    await s.app.helpdesk.drain(10_000);
    expect(s.logs()).toContain('Zalo Bot message answered');
    expect(s.logs()).not.toContain('Nguyễn Văn Riêng');
    expect(s.logs()).not.toContain(chatId);
  });
});

describe('Zalo Bot channel off', () => {
  it('when the bot settings are absent, then /healthz reports it off and the webhook answers 404', async () => {
    const off = await startTestServer();
    try {
      expect((await health(off.url)).zalo.bot).toBe('off');
      const r = await fetch(`${off.url}${ZALO_BOT_WEBHOOK_PATH}`, {
        method: 'POST',
        headers: text('B.6 là gì?').headers,
        body: text('B.6 là gì?').body,
      });
      expect(r.status).toBe(404);
    } finally {
      await off.close();
    }
  });
});

describe('Zalo Bot API client and webhook parts', () => {
  it('when the header is compared with the secret, then only the exact secret matches', () => {
    expect(secretMatches(SECRET, SECRET)).toBe(true);
    for (const other of [undefined, '', SECRET.slice(0, -1), `${SECRET} `, SECRET.toUpperCase()]) {
      expect(secretMatches(other, SECRET)).toBe(false);
    }
  });

  it('when a delivery is read, then both shapes give the same text event and other shapes are sorted out', () => {
    const flat = JSON.parse(text('B.6', { chatId: 'c1', messageId: 'm1' }).body) as unknown;
    const wrapped = JSON.parse(text('B.6', { chatId: 'c1', messageId: 'm1', shape: 'wrapped' }).body) as unknown;
    const expected = { kind: 'text', chatId: 'c1', messageId: 'm1', text: 'B.6', fromId: 'c1' };
    expect(readZaloBotEvent(flat)).toEqual(expected);
    expect(readZaloBotEvent(wrapped)).toEqual(expected);
    expect(readZaloBotEvent({ event_name: 'message.unsupported.received', message: {} })).toEqual({
      kind: 'other',
      name: 'message.unsupported.received',
    });
    expect(readZaloBotEvent({ event_name: 'message.text.received', message: { text: 'x' } }).kind).toBe('malformed');
    expect(readZaloBotEvent('nonsense').kind).toBe('malformed');
  });

  it('when a call times out, the host is unreachable or the URL is broken, then a failure comes back as data without the token', async () => {
    zalo.fail('getMe', { hang: true });
    const slow = await createZaloBotApi({ baseUrl: zalo.url, token: TOKEN, timeoutMs: 200 }).getMe();
    expect(slow).toMatchObject({ ok: false, reason: 'timeout' });

    const closed = await startZaloBotStandIn({ token: TOKEN });
    const closedUrl = closed.url;
    await closed.close();
    const unreachable = await createZaloBotApi({ baseUrl: closedUrl, token: TOKEN }).getMe();
    expect(unreachable).toMatchObject({ ok: false, reason: 'unreachable' });

    const broken = await createZaloBotApi({ baseUrl: 'http://exa mple.invalid', token: TOKEN }).getMe();
    expect(broken).toMatchObject({ ok: false, reason: 'unreachable' });
    for (const r of [slow, unreachable, broken]) expect(JSON.stringify(r)).not.toContain(TOKEN);

    const refused = await createZaloBotApi({ baseUrl: zalo.url, token: 'wrong:token' }).sendMessage('c1', 'x');
    expect(refused).toEqual({
      ok: false,
      reason: 'refused',
      errorCode: 401,
      httpStatus: 401,
      description: 'Unauthorized',
    });
  });
});

describe('npm run zalo-bot', () => {
  const root = new URL('../..', import.meta.url).pathname;

  /** Runs the command as a child process (the stand-in keeps answering: nothing blocks this process). */
  async function cli(args: string[], env: Record<string, string> = {}) {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/zalo-bot-cli.ts', ...args], {
      cwd: root,
      env: {
        ...process.env,
        ZALO_BOT_TOKEN: TOKEN,
        ZALO_BOT_SECRET_TOKEN: SECRET,
        ZALO_BOT_API_BASE_URL: zalo.url,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    const [status] = (await once(child, 'close')) as [number | null];
    expect(stdout + stderr).not.toContain(TOKEN);
    expect(stdout + stderr).not.toContain(SECRET);
    return { status, stdout, stderr };
  }

  it('when set-webhook is run with an HTTPS URL, then setWebhook is called with the URL and the secret and its result printed', async () => {
    const url = 'https://bot.example.vn/zalo/bot/webhook';
    const r = await cli(['set-webhook', url]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ url });
    expect(zalo.callsOf('setWebhook').map((c) => c.params)).toEqual([{ url, secret_token: SECRET }]);

    const info = await cli(['webhook-info']);
    expect(info.status).toBe(0);
    expect(JSON.parse(info.stdout)).toMatchObject({ url });
  });

  it('when get-me is run, then the bot account is printed', async () => {
    const r = await cli(['get-me']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ id: '1459232241454765289', account_type: 'BASIC' });
  });

  it('when the token is wrong, then the command says Zalo refused it and exits 1', async () => {
    const r = await cli(['get-me'], { ZALO_BOT_TOKEN: '999:not-the-token' });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('error_code 401');
    expect(r.stderr).not.toContain('999:not-the-token');
  });

  it('when set-webhook lacks an HTTPS URL or the secret, then it exits 1 without calling Zalo', async () => {
    const plain = await cli(['set-webhook', 'http://bot.example.vn/zalo/bot/webhook']);
    expect(plain.status).toBe(1);
    expect(plain.stderr).toContain('Not an HTTPS URL');
    const noSecret = await cli(['set-webhook', 'https://bot.example.vn/zalo/bot/webhook'], {
      ZALO_BOT_SECRET_TOKEN: '',
    });
    expect(noSecret.status).toBe(1);
    expect(noSecret.stderr).toContain('ZALO_BOT_SECRET_TOKEN');
    const noToken = await cli(['get-me'], { ZALO_BOT_TOKEN: '' });
    expect(noToken.status).toBe(1);
    expect(noToken.stderr).toContain('ZALO_BOT_TOKEN is not set');
    expect(zalo.calls).toHaveLength(0);
  });

  it('when the command is unknown, then the usage is printed and it exits 2', async () => {
    const r = await cli(['launch']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('set-webhook <url>');
  });
});
