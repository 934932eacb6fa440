/**
 * Responses gzip-coded on the wire, end to end: a real server on an ephemeral port, read with
 * node:http (which, unlike fetch, leaves the coded bytes as they came) and decoded with gunzip.
 */
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ ASK_RATE_LIMIT_PER_MINUTE: 0 });
});
afterAll(async () => s.close());

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The bytes received, as they came. */
  bytes: Buffer;
  /** The body once decoded (gunzipped when the response says gzip). */
  text: string;
}

function send(method: 'GET' | 'POST', path: string, body: unknown, acceptEncoding?: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (acceptEncoding !== undefined) headers['accept-encoding'] = acceptEncoding;
    const req = request(`${s.url}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const bytes = Buffer.concat(chunks);
        const decoded = res.headers['content-encoding'] === 'gzip' ? gunzipSync(bytes) : bytes;
        resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes, text: decoded.toString('utf8') });
      });
    });
    req.on('error', reject);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

const ask = (text: string, conversationId: string, acceptEncoding?: string) => send('POST', '/api/ask', { text, conversationId }, acceptEncoding);

describe('gzip on the wire', () => {
  it('when an answer is asked for again by a client that accepts gzip, then it comes gzip-coded, announced with its coded length, and decodes to the same JSON', async () => {
    const question = 'Bộ Tư pháp phải làm gì?';
    const first = await ask(question, 'gzip-test-0001', 'gzip, deflate, br, zstd');
    expect(first.status).toBe(200);
    // The first time the answer goes as it is: compressing a body sent once is not worth it.
    expect(first.headers['content-encoding']).toBeUndefined();
    expect(first.headers['vary']).toBe('Accept-Encoding');
    const second = await ask(question, 'gzip-test-0002', 'gzip, deflate, br, zstd');
    expect(second.status).toBe(200);
    expect(second.headers['content-encoding']).toBe('gzip');
    expect(second.headers['vary']).toBe('Accept-Encoding');
    expect(Number(second.headers['content-length'])).toBe(second.bytes.length);
    expect(second.bytes.length).toBeLessThan(first.bytes.length / 3);
    const a = JSON.parse(first.text) as Record<string, unknown>;
    const b = JSON.parse(second.text) as Record<string, unknown>;
    expect(b['conversationId']).toBe('gzip-test-0002');
    expect({ ...b, conversationId: 'gzip-test-0001' }).toEqual(a);
    expect(second.text).toBe(JSON.stringify({ ...s.app.deps.engine.ask(question).answer, conversationId: 'gzip-test-0002' }));
  });

  it('when the client does not accept gzip (no header, identity, gzip;q=0), then the answer is never coded', async () => {
    const question = 'Bộ Ngoại giao phải làm gì?';
    await ask(question, 'identity-test-0', 'gzip');
    for (const header of [undefined, 'identity', 'gzip;q=0, br']) {
      const r = await ask(question, 'identity-test-1', header);
      expect(r.headers['content-encoding']).toBeUndefined();
      expect(r.headers['vary']).toBe('Accept-Encoding');
      expect(Number(r.headers['content-length'])).toBe(r.bytes.length);
      expect((JSON.parse(r.text) as { heading: string }).heading).toMatch(/^Bộ Ngoại giao/u);
    }
  });

  it('when a Teams card is sent again, then the expectReplies body is gzip-coded around it and decodes to the same activities', async () => {
    const activity = (id: string) => ({ type: 'message', id, channelId: 'msteams', serviceUrl: 'https://smba.trafficmanager.net/teams/', from: { id: 'u-gz' }, recipient: { id: 'bot' }, conversation: { id: `conv-${id}` }, text: 'Bộ Y tế phải làm gì?', deliveryMode: 'expectReplies' });
    const first = await send('POST', '/api/messages', activity('gz-a'), 'gzip');
    const second = await send('POST', '/api/messages', activity('gz-b'), 'gzip');
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(second.headers['content-encoding']).toBe('gzip');
    expect(Number(second.headers['content-length'])).toBe(second.bytes.length);
    type Body = { activities: Array<{ type: string; attachments?: Array<{ content: unknown }> }> };
    const cardsOf = (r: Raw) => (JSON.parse(r.text) as Body).activities.flatMap((x) => x.attachments ?? []).map((x) => x.content);
    expect(cardsOf(second)).toEqual(cardsOf(first));
    expect(cardsOf(second).length).toBeGreaterThan(0);
  });

  it('when the page and its script are fetched again, then they come gzip-coded and decode to the same bytes', async () => {
    const page = await send('GET', '/', undefined, 'gzip');
    const script = /src="(\/static\/app\.[0-9a-f]{12}\.js)"/u.exec(page.text)![1]!;
    const once = await send('GET', script, undefined, 'gzip');
    const again = await send('GET', script, undefined, 'gzip');
    expect(again.headers['content-encoding']).toBe('gzip');
    expect(again.headers['cache-control']).toBe(once.headers['cache-control']);
    expect(again.text).toBe(once.text);
    expect((await send('GET', '/', undefined, 'gzip')).text).toBe(page.text);
  });

  it('when fetch (which asks for gzip and decodes it) is the client, then a coded answer reads like any other', async () => {
    const post = () => fetch(`${s.url}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'Bộ Nội vụ có nhiệm vụ gì?' }) });
    const a = await post();
    const b = await post();
    expect(b.headers.get('content-encoding')).toBe('gzip');
    const [ja, jb] = [(await a.json()) as { heading: string; citations: unknown[] }, (await b.json()) as { heading: string; citations: unknown[] }];
    expect(jb.heading).toBe(ja.heading);
    expect(jb.citations).toEqual(ja.citations);
  });
});
