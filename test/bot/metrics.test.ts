/**
 * GET /metrics over real HTTP: real traffic on every kind of route (answered, declined, 400, 404,
 * a Teams turn), then a scrape in the Prometheus text format, parsed and checked; the admin token
 * guard; and a state-store outage (a redis-server of the test's own, stopped) counted.
 */
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMetrics } from '../../src/bot/metrics.js';
import { createStoreHealth } from '../../src/bot/state/store-health.js';
import { skipOwnRedisTests, startOwnRedis, type OwnRedis } from '../helpers/redis.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

const TOKEN = 'metrics-test-admin-token-0123456789';

/** One sample of the text format: `name{label="value",…} value`. */
interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

function parse(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/u.exec(line);
    if (!m) throw new Error(`not a sample line: ${line}`);
    const labels: Record<string, string> = {};
    for (const [, k, v] of (m[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/gu)) labels[k!] = v!;
    samples.push({ name: m[1]!, labels, value: Number(m[3]) });
  }
  return samples;
}

/** The sum of the samples named `name` whose labels include `labels` (undefined when there is none). */
function value(samples: Sample[], name: string, labels: Record<string, string> = {}): number | undefined {
  const hits = samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v));
  return hits.length === 0 ? undefined : hits.reduce((sum, s) => sum + s.value, 0);
}

/** GET /metrics with `Authorization: Bearer <token>`; null: without Authorization. */
async function scrape(url: string, token: string | null = TOKEN): Promise<Response> {
  return fetch(`${url}/metrics`, token === null ? {} : { headers: { authorization: `Bearer ${token}` } });
}

async function ask(url: string, text: string): Promise<{ status: number; intent: unknown }> {
  const r = await fetch(`${url}/api/ask`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text }),
  });
  return { status: r.status, intent: ((await r.json()) as { intent?: unknown }).intent };
}

describe('GET /metrics after real traffic', () => {
  let s: TestServer;
  let samples: Sample[];
  let text: string;
  const questions = ['Bộ Y tế phải làm gì?', 'B.6 là gì?', 'Giá vàng hôm nay bao nhiêu?', 'Ai chủ trì nhiệm vụ B.10?'];

  beforeAll(async () => {
    s = await startTestServer({ ADMIN_TOKEN: TOKEN, ASK_RATE_LIMIT_PER_MINUTE: 0 });
    const asked = await Promise.all(questions.slice(0, 3).map((q) => ask(s.url, q)));
    expect(asked).toEqual([
      { status: 200, intent: 'obligations' },
      { status: 200, intent: 'item' },
      { status: 200, intent: 'fallback' },
    ]);
    const bad = await fetch(`${s.url}/api/ask`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(bad.status).toBe(400);
    expect((await fetch(`${s.url}/nope/0912345678`)).status).toBe(404);
    const teams = await fetch(`${s.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        id: 'act-metrics-1',
        channelId: 'msteams',
        serviceUrl: 'https://smba.trafficmanager.net/teams/',
        from: { id: 'user-1', name: 'Cán bộ' },
        recipient: { id: 'bot-1', name: 'Trợ lý Chỉ thị 05' },
        conversation: { id: 'conv-metrics' },
        deliveryMode: 'expectReplies',
        text: questions[3],
      }),
    });
    expect(teams.status).toBe(200);
    await teams.text();

    const r = await scrape(s.url);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    expect(r.headers.get('cache-control')).toBe('no-store');
    text = await r.text();
    samples = parse(text);
  });
  afterAll(async () => s?.close());

  it('when requests were answered, then http_requests_total counts them by route pattern, method and status, with unknown paths as "unmatched"', () => {
    expect(value(samples, 'http_requests_total', { route: '/api/ask', method: 'POST', status: '200' })).toBe(3);
    expect(value(samples, 'http_requests_total', { route: '/api/ask', method: 'POST', status: '400' })).toBe(1);
    expect(value(samples, 'http_requests_total', { route: 'unmatched', method: 'GET', status: '404' })).toBe(1);
    expect(value(samples, 'http_requests_total', { route: '/api/messages', method: 'POST', status: '200' })).toBe(1);
    const routes = new Set(samples.filter((x) => x.name === 'http_requests_total').map((x) => x.labels['route']));
    expect([...routes].sort()).toEqual(['/api/ask', '/api/messages', 'unmatched']);
  });

  it('when questions were answered on /api/ask and Teams, then answers_total counts them by channel and intent, and the latency histogram counts each once', () => {
    expect(value(samples, 'answers_total', { channel: 'api', intent: 'obligations' })).toBe(1);
    expect(value(samples, 'answers_total', { channel: 'api', intent: 'item' })).toBe(1);
    expect(value(samples, 'answers_total', { channel: 'api', intent: 'fallback' })).toBe(1);
    expect(value(samples, 'answers_total', { channel: 'api' })).toBe(3);
    expect(value(samples, 'answers_total', { channel: 'teams', intent: 'lead' })).toBe(1);
    expect(value(samples, 'answers_total', { channel: 'teams' })).toBe(1);
    expect(value(samples, 'answer_duration_seconds_count', { channel: 'api' })).toBe(3);
    expect(value(samples, 'answer_duration_seconds_count', { channel: 'teams' })).toBe(1);
    expect(value(samples, 'answer_duration_seconds_bucket', { channel: 'api', le: '+Inf' })).toBe(3);
    expect(value(samples, 'answer_duration_seconds_sum', { channel: 'api' })).toBeGreaterThan(0);
    expect(value(samples, 'answer_duration_seconds_bucket', { channel: 'api', le: '0.001' })).toBeDefined();
  });

  it('when a question was declined, then answers_declined_total counts it on its channel, and the other channels show 0', () => {
    expect(value(samples, 'answers_declined_total', { channel: 'api' })).toBe(1);
    expect(value(samples, 'answers_declined_total', { channel: 'teams' })).toBe(0);
    expect(value(samples, 'answers_declined_total', { channel: 'zalo' })).toBe(0);
    expect(value(samples, 'answers_declined_total', { channel: 'zalo-bot' })).toBe(0);
  });

  it('when the store answers and Zalo is not configured, then state_store_up is 1, no store error is counted, and both Zalo channels are "off"', () => {
    expect(value(samples, 'state_store_up')).toBe(1);
    expect(value(samples, 'state_store_errors_total')).toBe(0);
    for (const channel of ['oa', 'bot']) {
      expect(value(samples, 'zalo_channel_state', { channel, state: 'off' })).toBe(1);
      expect(value(samples, 'zalo_channel_state', { channel, state: 'ok' })).toBe(0);
      expect(value(samples, 'zalo_channel_state', { channel, state: 'degraded' })).toBe(0);
    }
  });

  it("when scraped, then the process's own metrics (CPU, memory, event-loop lag) are there", () => {
    expect(value(samples, 'process_cpu_seconds_total')).toBeGreaterThan(0);
    expect(value(samples, 'process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(value(samples, 'nodejs_eventloop_lag_seconds')).toBeDefined();
    expect(value(samples, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
  });

  it('when scraped, then no question, path or personal data appears in the output', () => {
    for (const q of questions) expect(text).not.toContain(q);
    expect(text).not.toContain('0912345678');
    expect(text).not.toContain('nope');
    expect(text).not.toContain('conv-metrics');
  });

  it('when scraped again, then the earlier scrape is counted under route "/metrics"', async () => {
    const again = parse(await (await scrape(s.url)).text());
    expect(value(again, 'http_requests_total', { route: '/metrics', method: 'GET', status: '200' })).toBeGreaterThan(0);
  });

  it('when the token is missing or wrong, then /metrics answers 401 with WWW-Authenticate: Bearer and no metrics', async () => {
    for (const token of [null, 'not-the-admin-token-at-all']) {
      const r = await scrape(s.url, token);
      expect(r.status).toBe(401);
      expect(r.headers.get('www-authenticate')).toBe('Bearer');
      expect(await r.text()).not.toContain('http_requests_total');
    }
  });
});

describe('GET /metrics without ADMIN_TOKEN', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(async () => s?.close());

  it('when ADMIN_TOKEN is not set, then /metrics answers 404, with or without a token', async () => {
    for (const token of [null, TOKEN]) {
      const r = await scrape(s.url, token);
      expect(r.status).toBe(404);
      expect(await r.text()).not.toContain('http_requests_total');
    }
  });
});

describe('state_store_errors_total', () => {
  it('when the store health records failed calls, then each one is counted, also while the store is already down', async () => {
    const metrics = createMetrics();
    const health = createStoreHealth({ logger: pino({ level: 'silent' }), onFailure: metrics.storeFailed });
    health.failed(new Error('down'));
    health.failed(new Error('still down'));
    health.succeeded();
    health.failed(new Error('down again'));
    expect(value(parse(await metrics.registry.metrics()), 'state_store_errors_total')).toBe(3);
  });
});

describe.skipIf(skipOwnRedisTests)('GET /metrics when the state store (Redis) fails', () => {
  let redis: OwnRedis;
  let s: TestServer;
  beforeAll(async () => {
    redis = await startOwnRedis();
    s = await startTestServer({
      STATE_STORE: 'redis',
      REDIS_URL: redis.url,
      REDIS_COMMAND_TIMEOUT_MS: 300,
      ASK_RATE_LIMIT_PER_MINUTE: 0,
      ADMIN_TOKEN: TOKEN,
    });
  });
  afterAll(async () => {
    await redis?.start();
    await s?.close();
    await redis?.dispose();
  });

  it('when Redis stops, then the failed store calls are counted in state_store_errors_total and state_store_up is 0', async () => {
    expect(await ask(s.url, 'B.6 là gì?')).toEqual({ status: 200, intent: 'item' });
    const before = parse(await (await scrape(s.url)).text());
    expect(value(before, 'state_store_up')).toBe(1);
    expect(value(before, 'state_store_errors_total')).toBe(0);

    await redis.stop();
    expect(await ask(s.url, 'B.8 là gì?')).toEqual({ status: 200, intent: 'item' });
    const during = parse(await (await scrape(s.url)).text());
    expect(value(during, 'state_store_up')).toBe(0);
    expect(value(during, 'state_store_errors_total')).toBeGreaterThanOrEqual(1);
    expect(value(during, 'answers_total', { channel: 'api', intent: 'item' })).toBe(2);
  });
});
