/**
 * GET /readyz (src/bot/http/readiness.ts) on a minimal restify server of the test's own, over real
 * stores: the memory store; a real SQLite file, then the same store closed; a real redis-server of
 * the test's own, stopped (connection refused), paused (nothing answered) and brought back; and a
 * store whose reads never settle. Every answer must come within the bound (1 s by default), say
 * only what failed (never why), and never be cached.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { DestinationStream } from 'pino';
import restify from 'restify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_READINESS_TIMEOUT_MS,
  READINESS_PROBE_KEY,
  registerReadiness,
  type ReadinessDeps,
} from '../../src/bot/http/readiness.js';
import { createLogger } from '../../src/bot/logger.js';
import { createMemoryStore } from '../../src/bot/state/memory-store.js';
import { createRedisStore } from '../../src/bot/state/redis-store.js';
import { createSqliteStore } from '../../src/bot/state/sqlite-store.js';
import type { StateStore } from '../../src/bot/state/store.js';
import { skipOwnRedisTests, startOwnRedis, type OwnRedis } from '../helpers/redis.js';

interface Probe {
  status: number;
  body: unknown;
  cacheControl: string | null;
  ms: number;
}

interface Served {
  probe(): Promise<Probe>;
  close(): Promise<void>;
}

/** A restify server with only GET /readyz, on a free loopback port. */
async function serve(deps: ReadinessDeps): Promise<Served> {
  const server = restify.createServer({ name: '', handleUncaughtExceptions: false });
  registerReadiness(server, deps);
  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', resolve);
  });
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/readyz`;
  return {
    async probe() {
      const started = performance.now();
      const r = await fetch(url);
      return {
        status: r.status,
        body: (await r.json()) as unknown,
        cacheControl: r.headers.get('cache-control'),
        ms: performance.now() - started,
      };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
      }),
  };
}

/** Probes until the answer is `status`, every 100 ms, for at most `withinMs`; the last answer. */
async function until(s: Served, status: number, withinMs: number): Promise<Probe> {
  const deadline = performance.now() + withinMs;
  for (;;) {
    const p = await s.probe();
    if (p.status === status || performance.now() > deadline) return p;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A logger whose JSON lines the test reads. */
function capturedLogger() {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, cb) {
      lines.push(String(chunk));
      cb();
    },
  });
  const logger = createLogger({ level: 'info', destination: sink as unknown as DestinationStream });
  return { logger, lines: (text: string) => lines.filter((l) => l.includes(text)) };
}

const READY = { status: 'ready' };

describe('GET /readyz', () => {
  it('when the store is the memory store, then it is 200 ready, not cacheable, and reads only the probe key', async () => {
    const store = createMemoryStore();
    const keys: string[] = [];
    const s = await serve({ store: { ...store, get: (key) => (keys.push(key), store.get(key)) } });
    try {
      const p = await s.probe();
      expect(p).toMatchObject({ status: 200, body: READY, cacheControl: 'no-store' });
      expect(keys).toEqual([READINESS_PROBE_KEY]);
    } finally {
      await s.close();
    }
  });

  it('when the SQLite store is open, then 200; once it is closed, then 503 with store "error" and no internals', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'c05-readyz-'));
    const store = createSqliteStore({ path: join(dir, 'state.sqlite'), ttlSeconds: 60 });
    const s = await serve({ store });
    try {
      expect(await s.probe()).toMatchObject({ status: 200, body: READY });
      await store.close();
      const p = await s.probe();
      expect(p).toMatchObject({ status: 503, cacheControl: 'no-store' });
      expect(p.body).toEqual({ status: 'unavailable', store: 'error' });
      expect(p.ms).toBeLessThan(DEFAULT_READINESS_TIMEOUT_MS);
    } finally {
      await s.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('when the store throws at once instead of rejecting, then 503 with store "error"', async () => {
    const store: StateStore = {
      ...createMemoryStore(),
      get: () => {
        throw new Error('synchronous failure');
      },
    };
    const s = await serve({ store });
    try {
      expect(await s.probe()).toMatchObject({ status: 503, body: { status: 'unavailable', store: 'error' } });
    } finally {
      await s.close();
    }
  });

  it('when the store never answers, then every probe is 503 "timeout" within about 1 s, and concurrent probes share one read', async () => {
    let reads = 0;
    const store: StateStore = {
      ...createMemoryStore(),
      get: () => {
        reads++;
        return new Promise(() => undefined);
      },
    };
    const s = await serve({ store });
    try {
      const probes = await Promise.all([s.probe(), s.probe(), s.probe()]);
      for (const p of probes) {
        expect(p).toMatchObject({ status: 503, cacheControl: 'no-store' });
        expect(p.body).toEqual({ status: 'unavailable', store: 'timeout' });
        expect(p.ms).toBeGreaterThanOrEqual(DEFAULT_READINESS_TIMEOUT_MS - 50);
        expect(p.ms).toBeLessThan(DEFAULT_READINESS_TIMEOUT_MS + 500);
      }
      // The first read still hangs: a later probe waits on it too, instead of piling up another.
      expect((await s.probe()).status).toBe(503);
      expect(reads).toBe(1);
    } finally {
      await s.close();
    }
  });

  it('when a bound is given, then a store slower than it is 503 after that bound', async () => {
    const store: StateStore = { ...createMemoryStore(), get: () => new Promise(() => undefined) };
    const s = await serve({ store, timeoutMs: 200 });
    try {
      const p = await s.probe();
      expect(p.status).toBe(503);
      expect(p.ms).toBeGreaterThanOrEqual(150);
      expect(p.ms).toBeLessThan(700);
    } finally {
      await s.close();
    }
  });
});

describe.skipIf(skipOwnRedisTests)('GET /readyz over a real Redis', () => {
  let redis: OwnRedis;
  let store: StateStore;
  let s: Served;
  let log: ReturnType<typeof capturedLogger>;

  beforeAll(async () => {
    redis = await startOwnRedis();
    // Redis's own command timeout is longer than the probe's bound: the bound is what answers.
    store = await createRedisStore({ url: redis.url, ttlSeconds: 60, commandTimeoutMs: 5000 });
    log = capturedLogger();
    s = await serve({ store, logger: log.logger });
  });
  afterAll(async () => {
    redis?.resume();
    await s?.close();
    await store?.close();
    await redis?.dispose();
  });

  it('when Redis is stopped, then 503 within the bound and one warning; once it is back, then 200 again and one line saying so', async () => {
    expect(await s.probe()).toMatchObject({ status: 200, body: READY });
    await redis.stop();
    // Refused at once (the client has seen the connection close), or, for a read sent in the
    // instant before, answered by the bound.
    for (let i = 0; i < 3; i++) {
      const p = await s.probe();
      expect(p.status).toBe(503);
      expect(p.body).toEqual({ status: 'unavailable', store: expect.stringMatching(/^(?:error|timeout)$/u) });
      expect(p.ms).toBeLessThan(DEFAULT_READINESS_TIMEOUT_MS + 500);
    }
    expect(log.lines('readiness: the state store does not answer')).toHaveLength(1);
    expect(log.lines(redis.url.replace('redis://', ''))).toEqual([]);

    await redis.start();
    // node-redis reconnects with a back-off of at most 2 s.
    expect(await until(s, 200, 10_000)).toMatchObject({ status: 200, body: READY });
    expect(log.lines('readiness: the state store answers again')).toHaveLength(1);
  });

  it('when Redis is paused (the connection is open and nothing answers), then 503 "timeout" within the bound; resumed, then 200', async () => {
    expect((await s.probe()).status).toBe(200);
    redis.pause();
    const p = await s.probe();
    expect(p.body).toEqual({ status: 'unavailable', store: 'timeout' });
    expect(p.ms).toBeLessThan(DEFAULT_READINESS_TIMEOUT_MS + 500);
    redis.resume();
    expect(await until(s, 200, 10_000)).toMatchObject({ status: 200, body: READY });
  });
});
