/**
 * The HTTP platform over real HTTP on an ephemeral port: health, limits, malformed bodies, and a
 * log that never holds citizens' personal data.
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, redactPersonalData } from '../../src/bot/logger.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ ASK_RATE_LIMIT_PER_MINUTE: 0 });
});
afterAll(async () => s.close());

const post = (path: string, body: string, type = 'application/json') =>
  fetch(`${s.url}${path}`, { method: 'POST', headers: { 'content-type': type }, body });

describe('the server', () => {
  it('when /healthz is asked, then it answers 200 with the document number and index size', async () => {
    const r = await fetch(`${s.url}/healthz`);
    expect(r.status).toBe(200);
    expect(await r.json()).toMatchObject({
      status: 'ok',
      document: '05/CT-TTg',
      appendixRows: 72,
      indexedDocuments: 144,
    });
  });

  for (const path of ['/api/ask', '/api/messages', '/zalo/webhook']) {
    it(`when ${path} gets a body over 64 KB, then it answers 413 and the server stays up`, async () => {
      const r = await post(path, JSON.stringify({ text: 'x'.repeat(70_000) }));
      expect(r.status).toBe(413);
      expect(((await r.json()) as { message: string }).message).toMatch(/65536 bytes/u);
      expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
    });
  }

  it('when a body is not valid JSON, then it answers 400 with a message, never 500', async () => {
    const r = await post('/api/ask', '{"text": ');
    expect(r.status).toBe(400);
    expect(((await r.json()) as { message: string }).message).toMatch(/not valid JSON/u);
  });

  it('when a route does not exist, then it answers 404 as JSON', async () => {
    const r = await fetch(`${s.url}/nope`);
    expect(r.status).toBe(404);
  });
});

describe('the log', () => {
  it('when a message holds a CCCD, a CMND, phone numbers and an e-mail, then none of them reaches the log', async () => {
    const lines: string[] = [];
    const logger = createLogger({
      destination: new Writable({
        write(c, _e, cb) {
          lines.push(String(c));
          cb();
        },
      }),
    });
    logger.info(
      { text: 'CCCD 001203004567, CMND 123 456 789, ĐT 0912.345.678 / +84 912345678, mail nguyen.van.a@gmail.com' },
      'câu hỏi của 0987654321',
    );
    logger.error({ err: new Error('lỗi với 001203004567') }, 'x');
    const text = lines.join('');
    for (const secret of [
      '001203004567',
      '123 456 789',
      '0912.345.678',
      '912345678',
      'nguyen.van.a@gmail.com',
      '0987654321',
    ])
      expect(text).not.toContain(secret);
    expect(text).toContain('[số định danh]');
    expect(text).toContain('[email]');
  });

  it('when the server answers citizens over /api/ask, then their phone numbers and IDs are not in its log', async () => {
    await post('/api/ask', JSON.stringify({ text: 'Em là Lan, SĐT 0912345678, CCCD 079123456789, hỏi B.6 là gì ạ' }));
    await post('/api/ask', '{"text": 0912345678');
    expect(s.logs()).not.toContain('0912345678');
    expect(s.logs()).not.toContain('079123456789');
  });

  it('when ids, headers and personal data are logged, then request ids survive but secrets and personal data do not', async () => {
    const lines: string[] = [];
    const logger = createLogger({
      destination: new Writable({
        write(c, _e, cb) {
          lines.push(String(c));
          cb();
        },
      }),
    });
    const reqId = '694ac6c8-40d6-4cc2-b61b-680452970a20';
    logger.child({ channel: 'zalo' }).info(
      {
        user: 'an@example.vn',
        phone: '(+84) 912 345 678',
        reqId,
        msgId: 'd7a4c3b2e1f00123456789ab',
        req: { headers: { authorization: 'Bearer sekrit-token', 'x-zevent-signature': 'mac=abcdef' } },
      },
      'CCCD %s nhóm 4 số',
      '0012 0300 4567',
    );
    const text = lines.join('');
    expect(text).toContain(reqId);
    expect(text).toContain('d7a4c3b2e1f00123456789ab');
    for (const secret of ['an@example.vn', '912 345 678', 'sekrit-token', 'mac=abcdef', '0012 0300 4567'])
      expect(text).not.toContain(secret);
    expect(text).toContain('[số điện thoại]');
    expect(text).toContain('[redacted]');
  });

  it('when text has no personal data, then redaction leaves it alone (item numbers, months, document numbers)', () => {
    const t = 'B.6 hạn tháng 6/2023 theo Nghị định số 107/2021/NĐ-CP; 40 triệu tài khoản; 53 dịch vụ công';
    expect(redactPersonalData(t)).toBe(t);
  });
});
