/**
 * The bot behind deploy/nginx.conf, end to end: a real server (startTestServer, TRUST_PROXY as the
 * file asks) and a real nginx running the shipped site file (test/helpers/nginx.ts changes only
 * ports, certificate, access log and, here, client_body_timeout: 1 s). Every request goes over
 * TLS to nginx, as a citizen's would.
 *
 * The rate limit is 2 questions a minute per client. Clients are told apart by their real
 * address, so each test asks from loopback addresses of its own (127.0.0.x, all of which reach
 * 127.0.0.1 on Linux): nginx sees that address as the peer and appends it to X-Forwarded-For.
 * Without nginx (or openssl) these tests are skipped locally and fail in CI.
 */
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { connect as netConnect } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigSchema } from '../../src/bot/config.js';
import { freePort, skipNginxTests, startNginx, type TestNginx } from '../helpers/nginx.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

const RATE_LIMIT = 2;

let app: TestServer;
let proxy: TestNginx;
/** The requests that reached the app (Node's 'request' event), with the headers nginx sent. */
const reached: Array<{ method: string; url: string; headers: IncomingHttpHeaders }> = [];

/** A loopback address no other test uses: a client of its own for the rate limit. */
let lastClient = 10;
const newClient = () => `127.0.0.${++lastClient}`;

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  /** The body as sent (not decoded). */
  body: Buffer;
}

interface Send {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** The client's own address (the TCP peer nginx sees). */
  from: string;
  /** Tags the request, to find it (or not) among those that reached the app. */
  id?: string;
}

/** One request to nginx's TLS server on a connection of its own; the body is not decoded. */
function send(to: TestNginx, s: Send): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { ...s.headers, ...(s.id ? { 'x-test-id': s.id } : {}) };
    if (s.body !== undefined) headers['content-length'] = String(Buffer.byteLength(s.body));
    const req = httpsRequest(
      `${to.url}${s.path}`,
      { method: s.method ?? 'GET', headers, ca: to.ca, agent: false, localAddress: s.from, timeout: 10_000 },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer to ${s.method ?? 'GET'} ${s.path} within 10 s`)));
    // An error after the answer arrived (nginx closing while a refused body is still being sent)
    // does not change the answer: the promise has settled by then.
    req.on('error', reject);
    req.end(s.body);
  });
}

function ask(s: Omit<Send, 'method' | 'path' | 'body'> & { text?: string; body?: string | Buffer }): Promise<Reply> {
  return send(proxy, {
    method: 'POST',
    path: '/api/ask',
    ...s,
    headers: { 'content-type': 'application/json', ...s.headers },
    body: s.body ?? JSON.stringify({ text: s.text ?? 'B.6 là gì?' }),
  });
}

/** Polls `check` every 20 ms until it holds, for `ms` at most; returns whether it held. */
async function waitFor(check: () => boolean, ms = 5000): Promise<boolean> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) return false;
    await new Promise((r) => setTimeout(r, 20));
  }
  return true;
}

const json = (r: Reply) =>
  JSON.parse((r.headers['content-encoding'] === 'gzip' ? gunzipSync(r.body) : r.body).toString('utf8')) as Record<
    string,
    unknown
  >;
const reachedApp = (id: string) => reached.filter((r) => r.headers['x-test-id'] === id);

describe.skipIf(skipNginxTests)('the bot behind nginx (deploy/nginx.conf)', () => {
  beforeAll(async () => {
    app = await startTestServer({ TRUST_PROXY: '127.0.0.1', ASK_RATE_LIMIT_PER_MINUTE: RATE_LIMIT });
    app.app.server.server.on('request', (req) =>
      reached.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers }),
    );
    proxy = await startNginx({ upstreamPort: app.port, clientBodyTimeout: '1s' });
  });
  afterAll(async () => {
    await proxy?.stop();
    await app?.close();
  });

  it('when a question is asked, then the app answers it through nginx with the Answer JSON and its citations', async () => {
    const from = newClient();
    const r = await ask({ from, id: 'answer' });
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toMatch(/^application\/json/u);
    expect(r.headers['content-encoding']).toBeUndefined();
    expect(r.headers['cache-control']).toBe('no-store');
    expect(r.headers['strict-transport-security']).toBe('max-age=63072000');
    // server_tokens off: the software, not its version.
    expect(r.headers['server']).toBe('nginx');
    const { conversationId, ...answer } = json(r);
    expect(conversationId).toMatch(/^[0-9a-f-]{36}$/u);
    expect(answer).toEqual(app.app.deps.engine.ask('B.6 là gì?').answer);
    expect((answer['citations'] as Array<{ id: string }>).map((c) => c.id)).toContain('B.6');

    // What the app was sent: the client's address appended, the scheme, the host, over a kept-alive connection.
    const [seen] = reachedApp('answer');
    expect(seen?.headers['x-forwarded-for']).toBe(from);
    expect(seen?.headers['x-forwarded-proto']).toBe('https');
    expect(seen?.headers.host).toBe('127.0.0.1');
    expect(seen?.headers.connection).toBeUndefined();
  });

  it('when the client accepts gzip, then nginx sends the answer and the web page gzip-coded, decoding to the plain bytes, and asks the app for plain ones', async () => {
    const from = newClient();
    const zipped = await ask({
      from,
      id: 'gzip-ask',
      headers: { 'accept-encoding': 'gzip' },
      text: 'Bộ Công an phải làm gì?',
    });
    expect(zipped.status).toBe(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toMatch(/Accept-Encoding/iu);
    const { conversationId: _z, ...fromZipped } = json(zipped);
    expect(fromZipped).toEqual(app.app.deps.engine.ask('Bộ Công an phải làm gì?').answer);
    expect(zipped.body.length).toBeLessThan(JSON.stringify(fromZipped).length / 2);
    // Compression is nginx's: the app was not offered gzip.
    expect(reachedApp('gzip-ask')[0]?.headers['accept-encoding']).toBeUndefined();
    // Also when the request came through a load balancer or CDN that says so (Via: gzip_proxied).
    const viaProxy = await ask({ from: newClient(), headers: { 'accept-encoding': 'gzip', via: '1.1 load-balancer' } });
    expect(viaProxy.headers['content-encoding']).toBe('gzip');
    expect(json(viaProxy)['citations']).toEqual(app.app.deps.engine.ask('B.6 là gì?').answer.citations);

    const plainPage = await send(proxy, { path: '/', from });
    const zippedPage = await send(proxy, { path: '/', from, headers: { 'accept-encoding': 'gzip' } });
    expect(plainPage.status).toBe(200);
    expect(plainPage.headers['content-encoding']).toBeUndefined();
    expect(zippedPage.status).toBe(200);
    expect(zippedPage.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(zippedPage.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(zippedPage.body).equals(plainPage.body)).toBe(true);
    // The app's own headers pass unchanged.
    expect(zippedPage.headers['content-security-policy']).toBe(plainPage.headers['content-security-policy']);

    // The page's script and style sheet too.
    const html = plainPage.body.toString('utf8');
    for (const path of [
      /src="(\/static\/app\.[0-9a-f]{12}\.js)"/u.exec(html)?.[1],
      /href="(\/static\/app\.[0-9a-f]{12}\.css)"/u.exec(html)?.[1],
    ]) {
      expect(path).toBeDefined();
      const plain = await send(proxy, { path: path!, from });
      const coded = await send(proxy, { path: path!, from, headers: { 'accept-encoding': 'gzip' } });
      expect(coded.headers['content-encoding']).toBe('gzip');
      expect(coded.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(gunzipSync(coded.body).equals(plain.body)).toBe(true);
    }
  });

  it('when a body is over 64 KB, then nginx answers 413 (JSON) without the app seeing it, and a body of exactly 64 KB reaches the app', async () => {
    const limit = ConfigSchema.parse({}).MAX_BODY_BYTES;
    const from = newClient();
    const question = JSON.stringify({ text: 'B.6 là gì?' });
    const atLimit = question + ' '.repeat(limit - Buffer.byteLength(question));

    const over = await ask({ from, id: 'too-large', body: `${atLimit} ` });
    expect(over.status).toBe(413);
    expect(over.headers['content-type']).toBe('application/json');
    expect(json(over)).toEqual({ code: 'PayloadTooLarge', message: `The request body is larger than ${limit} bytes.` });
    expect(reachedApp('too-large')).toHaveLength(0);

    const at = await ask({ from, id: 'at-limit', body: atLimit });
    expect(at.status).toBe(200);
    expect(reachedApp('at-limit')).toHaveLength(1);
  });

  it('when two clients ask, then each has its own allowance: the third question of one gets 429 while the other is still answered', async () => {
    const [a, b] = [newClient(), newClient()];
    for (let i = 0; i < RATE_LIMIT; i++) expect((await ask({ from: a })).status).toBe(200);
    const third = await ask({ from: a });
    expect(third.status).toBe(429);
    expect(Number(third.headers['retry-after'])).toBeGreaterThan(0);
    expect(json(third)).toMatchObject({ code: 'TooManyRequests' });
    expect((await ask({ from: b })).status).toBe(200);
  });

  it('when a client writes an X-Forwarded-For of its own, then it is still limited by its real address', async () => {
    const from = newClient();
    const statuses: number[] = [];
    for (let i = 1; i <= RATE_LIMIT + 1; i++)
      statuses.push((await ask({ from, id: `forged-${i}`, headers: { 'x-forwarded-for': `198.51.100.${i}` } })).status);
    expect(statuses).toEqual([...Array<number>(RATE_LIMIT).fill(200), 429]);
    // nginx appended the real peer; the app, reading from the right, stopped there.
    expect(reachedApp('forged-3')[0]?.headers['x-forwarded-for']).toBe(`198.51.100.3, ${from}`);
  });

  it('when a client sends its headers and stalls in its body, then nginx cuts it off after client_body_timeout, the app never sees it, and others are answered meanwhile', async () => {
    const port = Number(new URL(proxy.url).port);
    const socket = tlsConnect({
      socket: netConnect({ host: '127.0.0.1', port, localAddress: newClient() }),
      host: '127.0.0.1',
      ca: proxy.ca,
    });
    const received: Buffer[] = [];
    socket.on('data', (c: Buffer) => received.push(c));
    const closed = new Promise<number>((resolve) => socket.once('close', () => resolve(Date.now())));
    socket.on('error', () => undefined); // a reset is one way of being cut off
    await new Promise<void>((resolve, reject) => {
      socket.once('secureConnect', resolve);
      socket.once('error', reject);
    });
    const started = Date.now();
    socket.write(
      'POST /api/ask HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\nX-Test-Id: stalled\r\n\r\n{"text":"B.6',
    );
    let cutOff = false;
    void closed.then(() => (cutOff = true));

    // Meanwhile another client is answered at once.
    const other = await ask({ from: newClient(), id: 'meanwhile' });
    expect(other.status).toBe(200);
    expect(cutOff).toBe(false);

    const at = await closed;
    // Cut off by the timeout (1 s here), not at once. nginx closes the connection without an
    // answer (and logs a 408); an answer, should a version send one, would be that 408.
    expect(at - started).toBeGreaterThanOrEqual(900);
    const answer = Buffer.concat(received).toString('latin1');
    if (answer !== '') expect(answer).toMatch(/^HTTP\/1\.1 408 /u);
    expect(await waitFor(() => proxy.accessLog().includes('"POST /api/ask HTTP/1.1" 408 '))).toBe(true);
    expect(reachedApp('stalled')).toHaveLength(0);
    // And the app still answers.
    expect((await send(proxy, { path: '/healthz', from: newClient() })).status).toBe(200);
  });

  it('when /healthz is polled, then it answers 200 through nginx and stays out of the access log', async () => {
    const from = newClient();
    const r = await send(proxy, { path: '/healthz', from });
    expect(r.status).toBe(200);
    expect(json(r)).toMatchObject({ status: 'ok', storeUp: true });
    // The access log is written as each request ends: an ask after it shows the log is up to date.
    const before = proxy.accessLog().length;
    await ask({ from, id: 'after-healthz' });
    expect(await waitFor(() => proxy.accessLog().slice(before).includes('"POST /api/ask HTTP/1.1" 200 '))).toBe(true);
    expect(proxy.accessLog()).not.toContain('/healthz');
  });

  it('when a client comes over plain http, then it is redirected to https with the same path and the app is not asked', async () => {
    const r = await new Promise<Reply>((resolve, reject) => {
      const req = httpRequest(
        `${proxy.httpUrl}/healthz?from=http`,
        { agent: false, headers: { 'x-test-id': 'plain-http' } },
        (res) => {
          res.resume();
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.alloc(0) }));
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(r.status).toBe(301);
    expect(r.headers.location).toBe('https://127.0.0.1/healthz?from=http');
    expect(reachedApp('plain-http')).toHaveLength(0);
  });

  it('when the app is down, then nginx answers 503 (JSON) with Retry-After', async () => {
    // A second nginx from the same file, in front of a port where nothing listens.
    const down = await startNginx({ upstreamPort: await freePort() });
    try {
      const r = await send(down, {
        method: 'POST',
        path: '/api/ask',
        from: newClient(),
        headers: { 'content-type': 'application/json' },
        body: '{"text":"B.6"}',
      });
      expect(r.status).toBe(503);
      expect(r.headers['retry-after']).toBe('5');
      expect(r.headers['content-type']).toBe('application/json');
      expect(json(r)).toMatchObject({ code: 'ServiceUnavailable' });
    } finally {
      await down.stop();
    }
  });

  it("when the file's limits are read, then they agree with the app's: the body limit is MAX_BODY_BYTES, and idle upstream connections are closed by nginx before Node would", () => {
    const site = proxy.site;
    const size = /^\s*client_max_body_size (\d+)k;$/mu.exec(site)?.[1];
    expect(Number(size) * 1024).toBe(ConfigSchema.parse({}).MAX_BODY_BYTES);
    const upstream = /upstream \w+ \{[^}]*\}/u.exec(site)?.[0] ?? '';
    const idle = /keepalive_timeout (\d+)s;/u.exec(upstream)?.[1];
    expect(idle).toBeDefined();
    expect(Number(idle) * 1000).toBeLessThan(app.app.server.server.keepAliveTimeout);
  });

  // Last, so it sees every test's traffic: a broken upstream connection, an answer spilled to a
  // temporary file or a configuration warning shows here even when every answer looked right.
  it('when all of the above has run, then nginx logged no warning and no error but the refused body', () => {
    const problems = proxy
      .errorLog()
      .split('\n')
      .filter((line) => /\[(warn|error|crit|alert|emerg)\]/u.test(line))
      // The 413 test's body, which nginx logs as an error of the client's.
      .filter((line) => !line.includes('client intended to send too large body: 65537 bytes'));
    expect(problems).toEqual([]);
  });
});
