/**
 * POST /api/ask and GET /api/source/:id end to end: a real server (real engine, real seed) on an
 * ephemeral port.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnswerSchema } from '../../src/intents/answer.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ ASK_RATE_LIMIT_PER_MINUTE: 0 });
});
afterAll(async () => s.close());

function ask(body: unknown, server: TestServer = s, type = 'application/json') {
  return fetch(`${server.url}/api/ask`, {
    method: 'POST',
    headers: { 'content-type': type },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

interface AskReply {
  conversationId: string;
  heading: string;
  citations: Array<{ id: string }>;
  [k: string]: unknown;
}

describe('POST /api/ask', () => {
  it('when a question is asked, then it answers 200 with the Answer (the CLI --json shape) and a new conversationId', async () => {
    const r = await ask({ text: 'B.6 là gì?' });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/application\/json/u);
    expect(r.headers.get('cache-control')).toBe('no-store');
    // No Server header: it would only advertise the software.
    expect(r.headers.get('server')).toBeNull();
    // The answer's JSON is made once and the id added to it: the length announced is the length sent.
    const bytes = Buffer.from(await r.arrayBuffer());
    expect(Number(r.headers.get('content-length'))).toBe(bytes.length);
    const body = JSON.parse(bytes.toString('utf8')) as AskReply;
    const { conversationId, ...answer } = body;
    expect(conversationId).toMatch(/^[0-9a-f-]{36}$/u);
    expect(AnswerSchema.parse(answer)).toEqual(answer);
    expect(answer).toEqual(s.app.deps.engine.ask('B.6 là gì?').answer);
    expect(body.citations.map((c) => c.id)).toContain('B.6');
  });

  it('when the follow-up carries the conversationId, then it is answered in that conversation', async () => {
    const first = (await (await ask({ text: 'Bộ Tài chính phải làm gì trong tháng 3/2023?' })).json()) as AskReply;
    const followUp = (await (
      await ask({ text: 'Còn Bộ Nội vụ?', conversationId: first.conversationId })
    ).json()) as AskReply;
    expect(followUp.conversationId).toBe(first.conversationId);
    expect(followUp.heading).toBe('Bộ Nội vụ: nhiệm vụ trong tháng 3/2023 theo Chỉ thị 05/CT-TTg');
    const fresh = (await (await ask({ text: 'Còn Bộ Nội vụ?' })).json()) as AskReply;
    expect(fresh.conversationId).not.toBe(first.conversationId);
    expect(fresh.heading).not.toContain('tháng 3/2023');
  });

  it('when a client names its own conversationId, then the id is kept and used', async () => {
    const id = 'helpdesk-desk-7-0001';
    await ask({ text: 'B.6 là gì?', conversationId: id });
    const r = (await (await ask({ text: 'Ai phối hợp thực hiện?', conversationId: id })).json()) as AskReply;
    expect(r.conversationId).toBe(id);
    expect(r.citations.map((c) => c.id)).toContain('B.6');
  });

  it.each([
    ['the body is not JSON', '{"text": ', 'application/json', /not valid JSON/u],
    ['the body is plain text', 'B.6 là gì?', 'text/plain', /^body: expected a JSON object/u],
    ['there is no body', '', 'application/json', /^body: expected a JSON object.*no body/u],
    ['text is missing', '{"question":"B.6"}', 'application/json', /^text: expected string, received undefined$/u],
    ['text is not a string', '{"text":6}', 'application/json', /^text: expected string, received number$/u],
    ['text is empty', '{"text":"  "}', 'application/json', /^text: must not be empty$/u],
    [
      'the conversationId is malformed',
      '{"text":"hi","conversationId":"../x"}',
      'application/json',
      /^conversationId: /u,
    ],
    ['the body is an array', '[{"text":"hi"}]', 'application/json', /an array/u],
  ])('when %s, then it answers 400 saying what is wrong', async (_why, body, type, message) => {
    const r = await ask(body, s, type);
    expect(r.status).toBe(400);
    expect(((await r.json()) as { message: string }).message).toMatch(message);
  });

  it('when the route refuses a well-formed body, then the 400 is not to be stored either', async () => {
    const r = await ask({ text: 6 });
    expect(r.status).toBe(400);
    expect(r.headers.get('cache-control')).toBe('no-store');
  });

  it('when the body is over 64 KB, then it answers 413', async () => {
    const r = await ask({ text: 'x'.repeat(70 * 1024) });
    expect(r.status).toBe(413);
    expect(((await r.json()) as { message: string }).message).toMatch(/larger than 65536 bytes/u);
  });

  it("when questions are answered at LOG_LEVEL=debug, then each one's line holds its length but not its text", async () => {
    const debug = await startTestServer({ ASK_RATE_LIMIT_PER_MINUTE: 0, LOG_LEVEL: 'debug' });
    try {
      await ask({ text: 'Tôi là Trần Thị Bí Mật, B.6 là gì?' }, debug);
      const line = debug
        .logs()
        .split('\n')
        .find((l) => l.includes('"msg":"question answered"'));
      expect(JSON.parse(line ?? '{}')).toMatchObject({ channel: 'api', intent: 'item', questionLength: 34 });
      expect(debug.logs()).not.toContain('Bí Mật');
    } finally {
      await debug.close();
    }
  });
});

describe('POST /api/ask rate limit', () => {
  const askFrom = (server: TestServer, forwardedFor: string) =>
    fetch(`${server.url}/api/ask`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
      body: JSON.stringify({ text: 'B.6 là gì?' }),
    }).then((r) => r.status);

  it('when the server sits behind a trusted proxy (TRUST_PROXY), then each client behind it has its own allowance', async () => {
    const behindProxy = await startTestServer({ ASK_RATE_LIMIT_PER_MINUTE: 2, TRUST_PROXY: '127.0.0.1, ::1' });
    try {
      expect([
        await askFrom(behindProxy, '203.0.113.7'),
        await askFrom(behindProxy, '203.0.113.7'),
        await askFrom(behindProxy, '203.0.113.7'),
      ]).toEqual([200, 200, 429]);
      // Another citizen behind the same proxy is not held back by the first.
      expect(await askFrom(behindProxy, '198.51.100.20')).toBe(200);
      // A client that writes its own X-Forwarded-For entry is still known by the address the proxy appended.
      expect(await askFrom(behindProxy, '198.51.100.99, 203.0.113.7')).toBe(429);
    } finally {
      await behindProxy.close();
    }
  });

  it('when no proxy is trusted, then X-Forwarded-For is ignored and cannot buy a client more questions', async () => {
    const direct = await startTestServer({ ASK_RATE_LIMIT_PER_MINUTE: 2 });
    try {
      expect([
        await askFrom(direct, '203.0.113.1'),
        await askFrom(direct, '203.0.113.2'),
        await askFrom(direct, '203.0.113.3'),
      ]).toEqual([200, 200, 429]);
    } finally {
      await direct.close();
    }
  });

  it('when a client asks more than the limit per minute, then it gets 429 with Retry-After and a JSON message', async () => {
    const limited = await startTestServer({ ASK_RATE_LIMIT_PER_MINUTE: 3 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) statuses.push((await ask({ text: 'B.6 là gì?' }, limited)).status);
      expect(statuses).toEqual([200, 200, 200]);
      const r = await ask({ text: 'B.6 là gì?' }, limited);
      expect(r.status).toBe(429);
      expect(r.headers.get('cache-control')).toBe('no-store');
      const retryAfter = Number(r.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(20);
      const body = (await r.json()) as { message: string; retryAfterSeconds: number };
      expect(body.message).toMatch(/Too many questions/u);
      expect(body.retryAfterSeconds).toBe(retryAfter);
      // Other routes are not limited.
      expect((await fetch(`${limited.url}/api/source/B.6`)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('when the limit is 0, then it is off', async () => {
    const statuses = await Promise.all(Array.from({ length: 80 }, () => ask({ text: 'B.6' }).then((r) => r.status)));
    expect(new Set(statuses)).toEqual(new Set([200]));
  });
});

describe('GET /api/source/:id', () => {
  it('when a cited id is asked, then it answers with the full record', async () => {
    const r = await fetch(`${s.url}/api/source/B.6`);
    expect(r.status).toBe(200);
    const record = (await r.json()) as { id: string; text: string; related: string[]; title: string };
    expect(record).toEqual(JSON.parse(JSON.stringify(s.app.deps.engine.source('B.6', 'vi'))));
    expect(record.text).toContain('phấn đấu tích hợp 70% hồ sơ sức khỏe điện tử');
    expect(record.related).toContain('S3.6');
  });

  it('when English is asked for, then titles are English', async () => {
    const record = (await (await fetch(`${s.url}/api/source/B.6?lang=en`)).json()) as { title: string };
    expect(record.title).toBe('Appendix, task B.6');
  });

  it.each(['Z.99', 'S99', '..%2F..%2Fetc', 'B.6%3Cscript%3E'])(
    'when the id %s names no record, then it answers 404',
    async (id) => {
      const r = await fetch(`${s.url}/api/source/${id}`);
      expect(r.status).toBe(404);
      expect(((await r.json()) as { message: string }).message).toMatch(/No record/u);
    },
  );
});
