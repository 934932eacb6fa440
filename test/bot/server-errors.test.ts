/**
 * The platform's edges over real HTTP: handlers that fail, bodies that are too large or arrive in
 * chunks, raw bytes for signatures, and a graceful close that waits for requests in flight.
 * Extra routes are added to a real test server. Handlers are async, as the product's are: restify
 * answers a rejected one through the error responder.
 */
import { createHash } from 'node:crypto';
import { request } from 'node:http';
import type { Next, Request, Response } from 'restify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INTERNAL_ERROR_BODY } from '../../src/bot/http/error-responder.js';
import { rawBytes } from '../../src/bot/zalo/webhook-route.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ ASK_RATE_LIMIT_PER_MINUTE: 0 });
  const server = s.app.server;
  server.get('/t/throws', async (_req: Request, _res: Response) => {
    throw new Error('boom while reading CCCD 001203004567');
  });
  server.get('/t/rejects', async (_req: Request, _res: Response) => {
    throw new Error('async boom 0912345678');
  });
  server.get('/t/next-error', (_req: Request, _res: Response, next: Next) =>
    next(new Error('passed to next: secret-key-xyz')),
  );
  server.post('/t/raw', async (req: Request, res: Response) => {
    const raw = rawBytes(req);
    res.send(200, {
      length: raw.length,
      sha256: createHash('sha256').update(raw).digest('hex'),
      body: Buffer.isBuffer(req.body) ? 'bytes' : (req.body as unknown),
    });
  });
});
afterAll(async () => s.close());

/** Sends a body in several chunks without Content-Length (chunked transfer encoding). */
function postChunked(path: string, chunks: Buffer[]): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${s.url}${path}`,
      { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } },
      (res) => {
        let body = '';
        res.on('data', (d: Buffer) => (body += String(d)));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', (e: NodeJS.ErrnoException) =>
      e.code === 'EPIPE' || e.code === 'ECONNRESET' ? undefined : reject(e),
    );
    for (const c of chunks) req.write(c);
    req.end();
  });
}

describe('when a handler fails', () => {
  for (const [path, secret] of [
    ['/t/throws', '001203004567'],
    ['/t/rejects', 'async boom'],
    ['/t/next-error', 'secret-key-xyz'],
  ] as const) {
    it(`when ${path} fails, then the client gets a 500 JSON message with a request id and no internals, the log has the id, and the server keeps serving`, async () => {
      const r = await fetch(`${s.url}${path}`);
      expect(r.status).toBe(500);
      const text = await r.text();
      const body = JSON.parse(text) as { code: string; message: string; requestId: string };
      expect(body).toMatchObject(INTERNAL_ERROR_BODY);
      expect(body.requestId).toMatch(/\S{8,}/u);
      expect(text).not.toContain(secret);
      expect(text).not.toMatch(/at .*\.ts:\d+/u);
      expect(s.logs()).toContain(body.requestId);
      expect(s.logs()).not.toContain('001203004567');
      expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
    });
  }
});

describe('when bodies arrive', () => {
  it('when a GET carries a body over the limit, then it is refused with 413 like any other route', async () => {
    const r = await new Promise<number>((resolve, reject) => {
      const req = request(
        `${s.url}/healthz`,
        { method: 'GET', headers: { 'content-length': '70000', 'content-type': 'application/json' } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', (e: NodeJS.ErrnoException) =>
        e.code === 'EPIPE' || e.code === 'ECONNRESET' ? undefined : reject(e),
      );
      req.end(Buffer.alloc(70_000, 0x20));
    });
    expect(r).toBe(413);
  });

  it('when a chunked body without Content-Length grows past the limit, then it is refused with 413 and the server stays up', async () => {
    const chunk = Buffer.alloc(16 * 1024, 0x20);
    const r = await postChunked('/api/ask', [
      Buffer.from('{"text":"'),
      chunk,
      chunk,
      chunk,
      chunk,
      chunk,
      Buffer.from('"}'),
    ]);
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body)).toMatchObject({
      code: 'PayloadTooLarge',
      message: expect.stringMatching(/65536 bytes/u),
    });
    expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
  });

  it('when a chunked JSON body is within the limit, then the route gets it parsed and the exact bytes, which the Zalo signature is made over', async () => {
    const parts = [Buffer.from('{"text":'), Buffer.from(' "Bộ Công an'), Buffer.from(' làm gì?" }')];
    const all = Buffer.concat(parts);
    const r = await postChunked('/t/raw', parts);
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toEqual({
      length: all.length,
      sha256: createHash('sha256').update(all).digest('hex'),
      body: { text: 'Bộ Công an làm gì?' },
    });
  });

  it('when a JSON body is malformed, then the 400 message does not echo the body back', async () => {
    const r = await fetch(`${s.url}/api/ask`, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: '{"text": "SĐT 0912345678',
    });
    expect(r.status).toBe(400);
    const text = await r.text();
    expect(JSON.parse(text)).toMatchObject({ code: 'BadRequest', message: 'The request body is not valid JSON.' });
    expect(text).not.toContain('0912345678');
  });
});

describe('when requests end in errors or are abandoned', () => {
  it('when they answer 400, 404, 405, 413 and 500, or the client leaves mid-upload, then none of them is still in flight and a close finishes at once', async () => {
    const t = await startTestServer({ ASK_RATE_LIMIT_PER_MINUTE: 0 });
    t.app.server.get('/t/rejects', async () => {
      throw new Error('async boom');
    });
    const aborted = new Promise<void>((resolve) => {
      const req = request(`${t.url}/api/ask`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': '1000' },
      });
      req.on('error', () => resolve());
      req.write('{"text": "', () => {
        req.destroy();
        resolve();
      });
    });
    const statuses = await Promise.all(
      [
        fetch(`${t.url}/api/ask`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"text": ',
        }),
        fetch(`${t.url}/nowhere`),
        fetch(`${t.url}/api/ask`),
        fetch(`${t.url}/api/ask`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ text: 'x'.repeat(70_000) }),
        }),
        fetch(`${t.url}/t/rejects`),
      ].map((p) => p.then((r) => r.status)),
    );
    await aborted;
    expect(statuses).toEqual([400, 404, 405, 413, 500]);
    await expect.poll(() => t.app.server.inflightRequests()).toBe(0);
    expect(await t.app.close(2000)).toBe(true);
    await t.close();
  });
});

describe('when the server closes', () => {
  it('when a request is in flight, then close waits for it, the request succeeds, and new connections are refused', async () => {
    const t = await startTestServer({ STATE_STORE: 'sqlite' });
    let arrived!: () => void;
    let release!: () => void;
    const inHandler = new Promise<void>((resolve) => (arrived = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    t.app.server.get('/t/slow', async (_req: Request, res: Response) => {
      arrived();
      await released;
      res.send(200, { done: true });
    });
    const slow = fetch(`${t.url}/t/slow`).then(async (r) => ({ status: r.status, body: await r.json() }));
    await inHandler;
    expect(t.app.server.inflightRequests()).toBe(1);
    const clean = t.app.close(5000);
    release();
    expect(await slow).toEqual({ status: 200, body: { done: true } });
    expect(await clean).toBe(true);
    await expect(fetch(`${t.url}/healthz`)).rejects.toThrow();
    await t.close();
  });

  it('when a request outlives the timeout, then close gives up on it, still closes the store, and reports false', async () => {
    const t = await startTestServer({ STATE_STORE: 'sqlite' });
    let arrived!: () => void;
    const inHandler = new Promise<void>((resolve) => (arrived = resolve));
    t.app.server.get('/t/stuck', (_req: Request, _res: Response, _next: Next) => arrived());
    const stuck = fetch(`${t.url}/t/stuck`).catch(() => 'connection closed');
    await inHandler;
    const started = Date.now();
    expect(await t.app.close(300)).toBe(false);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(await stuck).toBe('connection closed');
    await expect(t.app.deps.store.get('x')).rejects.toThrow(/not open/u);
  });
});
