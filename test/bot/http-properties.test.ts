/**
 * Abuse over HTTP: any string or byte sequence sent to any route gets a 2xx with a schema-valid
 * answer or a 4xx — never a 5xx, a hang, or a citation of a record that does not exist. Below
 * HTTP too: any bytes on a bare connection get answers below 500, their 4xx in JSON.
 */
import { createHash } from 'node:crypto';
import { connect } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnswerSchema } from '../../src/intents/answer.js';
import { loadKnowledgeFromSeed } from '../../src/seed-file.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

const kb = loadKnowledgeFromSeed();
const exists = (id: string) => kb.exists(id) || ['META', 'PREAMBLE', 'RECIPIENTS'].includes(id);
let s: TestServer;
const ZALO = {
  ZALO_APP_ID: 'app-1',
  ZALO_OA_SECRET_KEY: 'secret-1',
  ZALO_OA_ACCESS_TOKEN: 'token-1',
  ZALO_API_BASE_URL: 'http://127.0.0.1:9',
};
beforeAll(async () => {
  s = await startTestServer({ ASK_RATE_LIMIT_PER_MINUTE: 0, ...ZALO });
});
afterAll(async () => s.close());

const nasty = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.constantFrom(
    '\uD800',
    '\u202Eabc\u202C',
    '😀'.repeat(50),
    '<script>alert(1)</script>',
    '{{7*7}}',
    '${process.exit()}',
    '\u0000\u0001\u0007',
    'x'.repeat(100_000),
    'Bộ Y tế tháng 13',
    'B.999',
  ),
);

async function post(path: string, body: Uint8Array | string, type = 'application/json') {
  const ac = new AbortController();
  const timer = setTimeout(() => ac.abort(), 10_000);
  try {
    return await fetch(`${s.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': type },
      body: typeof body === 'string' ? body : Buffer.from(body),
      signal: ac.signal,
    });
  } finally {
    clearTimeout(timer);
  }
}

function checkAnswer(json: unknown) {
  const parsed = AnswerSchema.safeParse(json);
  expect(parsed.success).toBe(true);
  for (const c of (json as { citations: Array<{ id: string }> }).citations) expect(exists(c.id), c.id).toBe(true);
}

describe('any input over HTTP', () => {
  it('when /api/ask gets any question text, then it answers 200 with a valid Answer citing only real records', async () => {
    await fc.assert(
      fc.asyncProperty(nasty, async (text) => {
        const r = await post('/api/ask', JSON.stringify({ text }));
        if (r.status === 200) checkAnswer(await r.json());
        else expect([400, 413]).toContain(r.status);
      }),
      { numRuns: 60 },
    );
  });

  it('when any route gets arbitrary bytes, then it answers below 500', async () => {
    const routes = ['/api/ask', '/api/messages', '/zalo/webhook', '/api/source/B.6', '/'];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        fc.uint8Array({ maxLength: 2000 }),
        fc.constantFrom('application/json', 'text/plain', 'application/octet-stream', ''),
        async (route, bytes, type) => {
          const r = await post(route, bytes, type);
          expect(r.status, `${route} ${type}`).toBeLessThan(500);
          await r.arrayBuffer();
        },
      ),
      { numRuns: 80 },
    );
  });

  it('when /api/messages gets activities with arbitrary text, then it answers 200 with cards or 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(nasty, fc.string({ maxLength: 20 }), async (text, conv) => {
        const r = await post(
          '/api/messages',
          JSON.stringify({
            type: 'message',
            id: 'p',
            channelId: 'msteams',
            serviceUrl: 'https://smba.trafficmanager.net/teams/',
            from: { id: 'u' },
            recipient: { id: 'b' },
            conversation: { id: `p-${conv}` },
            text,
            deliveryMode: 'expectReplies',
          }),
        );
        expect(r.status).toBeLessThan(500);
        await r.arrayBuffer();
      }),
      { numRuns: 40 },
    );
  });

  it('when a signed Zalo event carries arbitrary text, then the webhook answers 200 at once', async () => {
    await fc.assert(
      fc.asyncProperty(nasty, async (text) => {
        const timestamp = String(Date.now());
        const body = JSON.stringify({
          app_id: 'app-1',
          event_name: 'user_send_text',
          timestamp,
          sender: { id: 'u-prop' },
          recipient: { id: 'oa' },
          message: { msg_id: `m-${Math.random()}`, text },
        });
        const mac = createHash('sha256').update(`app-1${body}${timestamp}secret-1`).digest('hex');
        const r = await fetch(`${s.url}/zalo/webhook`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-zevent-signature': `mac=${mac}` },
          body,
        });
        expect([200, 413]).toContain(r.status);
        await r.arrayBuffer();
      }),
      { numRuns: 30 },
    );
  });

  it('when a connection carries arbitrary bytes, HTTP or not, then every answer is below 500, every 4xx a route gave says why in JSON, and nothing hangs', async () => {
    const heads = [
      'GET / ',
      'GET /healthz ',
      'POST /api/ask ',
      'POST /api/messages ',
      'POST /zalo/webhook ',
      'GET /api/source/B.6 ',
    ];
    const connectionBytes = fc.oneof(
      fc.uint8Array({ maxLength: 2000 }).map((b) => Buffer.from(b)),
      // A request line the parser accepts, then anything: headers, bodies, lengths that lie.
      fc
        .tuple(fc.constantFrom(...heads), fc.string({ unit: 'binary', maxLength: 600 }))
        .map(([head, rest]) => Buffer.from(`${head}HTTP/1.1\r\n${rest}`, 'utf8')),
      // Well-formed requests with any extra headers and any question.
      fc
        .tuple(
          fc.constantFrom(...heads),
          fc.array(fc.tuple(fc.stringMatching(/^X-[A-Za-z-]{1,20}$/u), fc.string({ maxLength: 60 })), { maxLength: 6 }),
          fc.string({ maxLength: 300 }),
        )
        .map(([head, headers, text]) => {
          const body = head.startsWith('POST') ? JSON.stringify({ text }) : '';
          const extra = headers.map(([k, v]) => `${k}: ${v}\r\n`).join('');
          return Buffer.from(
            `${head}HTTP/1.1\r\nHost: p\r\n${extra}Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
            'utf8',
          );
        }),
    );
    const seen = { ok: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(connectionBytes, async (bytes) => {
        // The client sends its bytes and says it is done (half-close); the server answers and closes.
        const reply = await new Promise<string>((resolve, reject) => {
          const socket = connect(s.port, '127.0.0.1');
          let got = '';
          const hang = setTimeout(() => (socket.destroy(), reject(new Error('no end within 5 s'))), 5000);
          socket.on('data', (d: Buffer) => (got += d.toString('latin1')));
          socket.on('error', () => undefined);
          socket.on('close', () => (clearTimeout(hang), resolve(got)));
          socket.end(bytes);
        });
        for (const m of reply.matchAll(/HTTP\/1\.1 (\d{3}) [^\r]*\r\n((?:[^\r]+\r\n)*)\r\n/gu)) {
          const status = Number(m[1]);
          expect(status, reply.slice(0, 200)).toBeLessThan(500);
          // Node's own parser refuses bytes that are not HTTP with a bare 400 and no body (what
          // reached restify is answered in JSON).
          const headers = m[2]!.toLowerCase();
          if (status >= 400 && headers.includes('content-length: ') && !headers.includes('content-length: 0')) {
            expect(headers, reply.slice(0, 200)).toContain('content-type: application/json');
          }
          seen[status >= 400 ? 'refused' : 'ok']++;
        }
      }),
      { numRuns: 80 },
    );
    // The bytes reached both the parser's refusals and the routes.
    expect(seen.refused).toBeGreaterThan(10);
    expect(seen.ok).toBeGreaterThan(5);
  });

  it('when all that is over, then the server is still healthy', async () => {
    expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
  });
});
