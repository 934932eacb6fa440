/**
 * The state stores (src/bot/state/store.ts) against the real things: one contract run over memory,
 * a SQLite file and a redis-server; then what only SQLite (restart, purge, a held lock) or Redis
 * (TTL, unreachable, unanswering) does; then the conversations on top (conversations.ts), with two
 * instances on each store.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createClient } from 'redis';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { claimOnce, createConversations } from '../../src/bot/state/conversations.js';
import { createMemoryStore } from '../../src/bot/state/memory-store.js';
import { openStore } from '../../src/bot/state/open-store.js';
import { createRedisStore } from '../../src/bot/state/redis-store.js';
import { createSqliteStore } from '../../src/bot/state/sqlite-store.js';
import { createStoreHealth } from '../../src/bot/state/store-health.js';
import { ETagConflictError, isETagConflict, MAX_ATTEMPTS, type StateStore } from '../../src/bot/state/store.js';
import type { Answer } from '../../src/intents/answer.js';
import type { ConversationContext } from '../../src/intents/context.js';
import type { Engine } from '../../src/intents/engine.js';
import { engineFromSeed } from '../../src/seed-file.js';
import { skipRedisTests, startRedis, type TestRedis } from '../helpers/redis.js';
import { captureLogger } from '../helpers/zalo-stand-in.js';

const dir = mkdtempSync(join(tmpdir(), 'state-store-'));
let redis: TestRedis | undefined;
let engine: Engine;
/** A real answer, for turns that only count. */
let sample: Answer;
beforeAll(async () => {
  if (!skipRedisTests) redis = await startRedis();
  engine = engineFromSeed();
  sample = engine.ask('B.6 là gì?').answer;
});
afterAll(async () => {
  await redis?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** The clock of the memory and SQLite stores (Redis keeps its own). */
let clock = 1_700_000_000_000;
const now = () => clock;
let ids = 0;
/** A name no other test uses: its own file, Redis prefix or memory store. */
const fresh = (what: string) => `${what}-${++ids}-${process.pid}`;
/** A raw Redis client of the test's own. */
async function rawRedis() {
  const c = createClient({ url: redis!.url });
  await c.connect();
  return c;
}

interface Kind {
  name: string;
  skip: boolean;
  /** A store on the data named `id`: the same id opens the same data, as a second instance would. */
  open(id: string, ttlSeconds?: number): Promise<StateStore>;
  /** Makes the item under `key` of data `id` `ms` older, as that much time passing would. */
  age(id: string, key: string, ms: number): Promise<void>;
}
const memories = new Map<string, StateStore>();
const kinds: Kind[] = [
  {
    name: 'memory',
    skip: false,
    open: async (id, ttlSeconds = 3600) =>
      memories.get(id) ?? memories.set(id, createMemoryStore({ ttlSeconds, now })).get(id)!,
    age: async (_id, _key, ms) => void (clock += ms),
  },
  {
    name: 'sqlite',
    skip: false,
    open: async (id, ttlSeconds = 3600) => createSqliteStore({ path: join(dir, `${id}.sqlite`), ttlSeconds, now }),
    age: async (_id, _key, ms) => void (clock += ms),
  },
  {
    name: 'redis',
    skip: skipRedisTests,
    open: (id, ttlSeconds = 3600) =>
      createRedisStore({ url: redis!.url, ttlSeconds, prefix: `${id}:`, commandTimeoutMs: 2000 }),
    async age(id, key, ms) {
      const c = await rawRedis();
      const left = await c.pTTL(`${id}:${key}`);
      await c.pExpire(`${id}:${key}`, Math.max(0, left - ms)); // 0 deletes it at once
      await c.close();
    },
  },
];

for (const kind of kinds) {
  describe.skipIf(kind.skip)(`the ${kind.name} store`, () => {
    it('when nothing was written under a key, then get returns undefined', async () => {
      const s = await kind.open(fresh('absent'));
      expect(await s.get('nothing')).toBeUndefined();
      await s.close();
    });

    it('when an item is written, then get returns its value and the eTag the write returned, and each write gives a new eTag', async () => {
      const s = await kind.open(fresh('round-trip'));
      const value = { context: { v: 1, turns: 2, itemId: 'B.6', listIds: ['B.6', 'B.7'] }, note: 'Bộ Tư pháp' };
      const first = await s.set('k', value, null);
      expect(await s.get('k')).toEqual({ value, eTag: first });
      const second = await s.set('k', { n: 2 }, first);
      expect(second).not.toBe(first);
      expect(await s.get('k')).toEqual({ value: { n: 2 }, eTag: second });
      await s.close();
    });

    it('when a write carries an eTag that is no longer the stored one, then it is refused with an ETagConflictError and nothing changes', async () => {
      const s = await kind.open(fresh('stale'));
      const first = await s.set('k', { n: 1 }, undefined);
      const second = await s.set('k', { n: 2 }, first);
      const refused = await s.set('k', { n: 3 }, first).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(ETagConflictError);
      expect(isETagConflict(refused)).toBe(true);
      expect((refused as ETagConflictError).key).toBe('k');
      expect((refused as Error).name).toBe('ETagConflictError');
      expect(await s.get('k')).toEqual({ value: { n: 2 }, eTag: second });
      // An eTag where nothing is stored is stale too.
      await expect(s.set('none', { n: 1 }, second)).rejects.toThrow(ETagConflictError);
      expect(await s.get('none')).toBeUndefined();
      await s.close();
    });

    it('when a create-only write (null) finds an item, then it is refused and the item stays', async () => {
      const s = await kind.open(fresh('create-only'));
      const eTag = await s.set('k', 'first', null);
      await expect(s.set('k', 'second', null)).rejects.toThrow(ETagConflictError);
      expect(await s.get('k')).toEqual({ value: 'first', eTag });
      await s.close();
    });

    it('when a write expects nothing (undefined), then it overwrites whatever is stored, or creates the item', async () => {
      const s = await kind.open(fresh('overwrite'));
      await s.set('k', 1, null);
      const eTag = await s.set('k', 2, undefined);
      expect(await s.get('k')).toEqual({ value: 2, eTag });
      const created = await s.set('new', [1, 2], undefined);
      expect(await s.get('new')).toEqual({ value: [1, 2], eTag: created });
      await s.close();
    });

    it('when an item is not written for the TTL, then it is gone, its old eTag is stale and a create-only write may take the key; each write starts the TTL again', async () => {
      const id = fresh('ttl');
      const s = await kind.open(id, 60);
      const first = await s.set('k', 1, null);
      await kind.age(id, 'k', 50_000);
      const second = await s.set('k', 2, first);
      await kind.age(id, 'k', 50_000); // 100 s after the first write, 50 s after the last
      expect(await s.get('k')).toEqual({ value: 2, eTag: second });
      await kind.age(id, 'k', 10_000);
      expect(await s.get('k')).toBeUndefined();
      await expect(s.set('k', 3, second)).rejects.toThrow(ETagConflictError);
      const third = await s.set('k', 3, null);
      expect(await s.get('k')).toEqual({ value: 3, eTag: third });
      await s.close();
    });

    it('when a caller changes a value it wrote or read, then the stored value does not change', async () => {
      const s = await kind.open(fresh('copies'));
      const written = { list: [1, 2] };
      await s.set('k', written, null);
      written.list.push(3);
      const read = (await s.get('k'))!.value as { list: number[] };
      expect(read.list).toEqual([1, 2]);
      read.list.push(4);
      expect(((await s.get('k'))!.value as { list: number[] }).list).toEqual([1, 2]);
      await s.close();
    });
  });
}

describe('the sqlite store', () => {
  const rowsIn = (path: string) => {
    const db = new Database(path, { readonly: true });
    const keys = db.prepare('SELECT key FROM state ORDER BY key').pluck().all() as string[];
    db.close();
    return keys;
  };
  afterEach(() => void vi.useRealTimers());

  it('when the process restarts (the store is closed and opened again), then the conversation is still there', async () => {
    const path = join(dir, 'restart.sqlite');
    const before = createSqliteStore({ path, ttlSeconds: 3600 });
    await createConversations(before).answer('c1', (c) => ({
      answer: sample,
      context: { ...c, itemId: 'B.6', turns: c.turns + 1 },
    }));
    await before.close();
    const after = createSqliteStore({ path, ttlSeconds: 3600 });
    const seen: ConversationContext[] = [];
    await createConversations(after).answer(
      'c1',
      (c) => (seen.push(c), { answer: sample, context: { ...c, turns: c.turns + 1 } }),
    );
    expect(seen).toEqual([{ v: 1, itemId: 'B.6', turns: 1 }]);
    await after.close();
  });

  it('when the store opens, and then every purge interval, then rows older than the TTL are deleted from the file', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const path = join(dir, 'purge.sqlite');
    const a = createSqliteStore({ path, ttlSeconds: 60, now });
    await a.set('old', 1, null);
    clock += 30_000;
    await a.set('young', 2, null);
    await a.close();
    clock += 40_000; // old: 70 s, young: 40 s
    const b = createSqliteStore({ path, ttlSeconds: 60, now, purgeEveryMs: 1000 });
    expect(rowsIn(path)).toEqual(['young']);
    clock += 30_000;
    expect(rowsIn(path)).toEqual(['young']); // expired, not purged yet (and not returned)
    expect(await b.get('young')).toBeUndefined();
    vi.advanceTimersByTime(1000);
    expect(rowsIn(path)).toEqual([]);
    await b.close();
  });

  it('when another connection holds the write lock, then a write rejects after about the busy timeout instead of blocking for seconds, reads still answer, and once the lock is gone writes succeed', async () => {
    const path = join(dir, 'locked.sqlite');
    const s = createSqliteStore({ path, ttlSeconds: 3600, busyTimeoutMs: 100 });
    const eTag = await s.set('k', 1, null);
    const other = new Database(path);
    try {
      other.exec('BEGIN IMMEDIATE');
      const started = performance.now();
      const refused = await s.set('k', 2, eTag).catch((e: unknown) => e);
      expect(performance.now() - started).toBeLessThan(2000); // generous: not a speed figure
      expect(refused).toMatchObject({ code: 'SQLITE_BUSY' });
      expect(isETagConflict(refused)).toBe(false);
      expect(await s.get('k')).toEqual({ value: 1, eTag });
      other.exec('COMMIT');
      await expect(s.set('k', 2, eTag)).resolves.toEqual(expect.any(String));
    } finally {
      other.close();
      await s.close();
    }
  });
});

describe('the redis store without a server', () => {
  it('when Redis cannot be reached at start-up, then opening the store rejects within seconds instead of waiting forever', async () => {
    const started = performance.now();
    const settings = {
      STATE_STORE: 'redis',
      STATE_SQLITE_PATH: '',
      REDIS_URL: 'redis://127.0.0.1:1',
      STATE_TTL_SECONDS: 60,
      REDIS_COMMAND_TIMEOUT_MS: 200,
    } as const;
    await expect(openStore(settings)).rejects.toThrow(/Redis is not reachable/u);
    expect(performance.now() - started).toBeLessThan(5000);
  }, 10_000);
});

describe.skipIf(skipRedisTests)('the redis store', () => {
  it('when an item is written, then Redis holds it with the TTL, renewed by each write', async () => {
    const prefix = fresh('redis-ttl');
    const s = await createRedisStore({ url: redis!.url, ttlSeconds: 120, prefix: `${prefix}:` });
    const c = await rawRedis();
    try {
      const eTag = await s.set('x', { a: 1 }, null);
      expect(await c.pTTL(`${prefix}:x`)).toBeGreaterThan(110_000);
      expect(await c.pTTL(`${prefix}:x`)).toBeLessThanOrEqual(120_000);
      await c.pExpire(`${prefix}:x`, 5000);
      await s.set('x', { a: 2 }, eTag);
      expect(await c.pTTL(`${prefix}:x`)).toBeGreaterThan(110_000);
    } finally {
      await c.close();
      await s.close();
    }
  });

  it("when a key holds an item in the previous store's format, then it is read and written as one; a value that is not an item counts as absent", async () => {
    const prefix = fresh('redis-format');
    const s = await createRedisStore({ url: redis!.url, ttlSeconds: 60, prefix: `${prefix}:` });
    const c = await rawRedis();
    try {
      await c.set(`${prefix}:old`, JSON.stringify({ value: { context: { v: 1, turns: 3 } }, etag: 'old-etag' }));
      expect(await s.get('old')).toEqual({ value: { context: { v: 1, turns: 3 } }, eTag: 'old-etag' });
      await expect(s.set('old', 1, null)).rejects.toThrow(ETagConflictError);
      await s.set('old', 2, 'old-etag');
      await c.set(`${prefix}:junk`, 'not an item');
      expect(await s.get('junk')).toBeUndefined();
      const eTag = await s.set('junk', 'mine', null);
      expect(await s.get('junk')).toEqual({ value: 'mine', eTag });
    } finally {
      await c.close();
      await s.close();
    }
  });

  it('when Redis stops answering on an open connection, then a call rejects within about the command timeout, close() does not wait for it, and a new store works once Redis answers again', async () => {
    const prefix = fresh('redis-paused');
    const s = await openStore({
      STATE_STORE: 'redis',
      STATE_SQLITE_PATH: '',
      REDIS_URL: redis!.url,
      STATE_TTL_SECONDS: 60,
      REDIS_COMMAND_TIMEOUT_MS: 200,
    });
    const c = await rawRedis();
    try {
      await c.sendCommand(['CLIENT', 'PAUSE', '3000', 'ALL']);
      const started = performance.now();
      await expect(s.get(`${prefix}:k`)).rejects.toThrow(/did not answer within 200 ms/u);
      expect(performance.now() - started).toBeLessThan(1500);
      const closing = performance.now();
      await s.close(); // the unanswered GET is still pending
      expect(performance.now() - closing).toBeLessThan(1500);
    } finally {
      await c.sendCommand(['CLIENT', 'UNPAUSE']);
      await c.close();
    }
    const again = await openStore({
      STATE_STORE: 'redis',
      STATE_SQLITE_PATH: '',
      REDIS_URL: redis!.url,
      STATE_TTL_SECONDS: 60,
      REDIS_COMMAND_TIMEOUT_MS: 200,
    });
    expect(await again.get(`${prefix}:k`)).toBeUndefined();
    await again.close();
  }, 10_000);
});

/** A turn that counts: the answer is a real one, the context's turns go up by one. */
const count = (c: ConversationContext) => ({ answer: sample, context: { ...c, turns: c.turns + 1 } });
const storedTurns = async (s: StateStore, key: string) =>
  ((await s.get(`ctx/${key}`))?.value as { context: { turns: number } } | undefined)?.context.turns;

for (const kind of kinds) {
  describe.skipIf(kind.skip)(`conversations on the ${kind.name} store, two instances`, () => {
    it('when 20 turns of one conversation run at once on two instances, then all 20 are counted', async () => {
      const id = fresh('twenty');
      const [s1, s2] = [await kind.open(id), await kind.open(id)];
      const [a, b] = [createConversations(s1), createConversations(s2)];
      await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).answer('shared', count)));
      expect(await storedTurns(s1, 'shared')).toBe(20);
      await s1.close();
      await s2.close();
    });

    it("when one instance answers in English, then the other knows the conversation's language", async () => {
      const id = fresh('language');
      const [s1, s2] = [await kind.open(id), await kind.open(id)];
      const [a, b] = [createConversations(s1), createConversations(s2)];
      expect(await b.language('c')).toBe('vi');
      const answer = await a.answer('c', (ctx) =>
        engine.ask('Which ministry leads the electronic birth certificate?', ctx),
      );
      expect(answer.language).toBe('en');
      expect(await b.language('c')).toBe('en');
      await s1.close();
      await s2.close();
    });

    it('when two instances claim a key (10 calls at once), then exactly one call gets true', async () => {
      const id = fresh('claim');
      const [s1, s2] = [await kind.open(id), await kind.open(id)];
      const claims = await Promise.all(Array.from({ length: 10 }, (_, i) => claimOnce(i % 2 ? s1 : s2, 'welcomed/c1')));
      expect(claims.filter(Boolean)).toHaveLength(1);
      expect(await claimOnce(s2, 'welcomed/c2', { welcomedAt: 'now' })).toBe(true);
      expect((await s1.get('welcomed/c2'))?.value).toEqual({ welcomedAt: 'now' });
      await s1.close();
      await s2.close();
    });
  });
}

describe('conversations', () => {
  /** A memory store whose writes first let `before(key)` run (another writer slipping in). */
  function slippedInto(inner: StateStore, before: () => Promise<unknown>): StateStore {
    return { ...inner, set: async (key, value, expected) => (await before(), inner.set(key, value, expected)) };
  }
  /** A memory store that fails (reads, writes or both) while told to. */
  function failing(inner: StateStore) {
    const fails = { get: false, set: false };
    const store: StateStore = {
      ...inner,
      get: (key) => (fails.get ? Promise.reject(new Error('store down')) : inner.get(key)),
      set: (key, value, expected) =>
        fails.set ? Promise.reject(new Error('store down')) : inner.set(key, value, expected),
    };
    return { store, fails };
  }

  it('when another writer slips in between the read and the write, then the turn re-runs on the fresh context', async () => {
    const inner = createMemoryStore();
    let slipped = false;
    const store = slippedInto(inner, async () => {
      if (!slipped) await inner.set('ctx/k', { context: { v: 1, turns: 10 } }, undefined);
      slipped = true;
    });
    const seen: number[] = [];
    const answer = await createConversations(store).answer('k', (c) => (seen.push(c.turns), count(c)));
    expect(answer).toBe(sample);
    expect(seen).toEqual([0, 10]);
    expect(await storedTurns(inner, 'k')).toBe(11);
  });

  it('when every attempt conflicts, then the turn rejects with the ETagConflictError after MAX_ATTEMPTS runs', async () => {
    const inner = createMemoryStore();
    const store = slippedInto(inner, () => inner.set('ctx/k', { context: { v: 1, turns: 99 } }, undefined));
    let runs = 0;
    await expect(createConversations(store).answer('k', (c) => (runs++, count(c)))).rejects.toThrow(ETagConflictError);
    expect(runs).toBe(MAX_ATTEMPTS);
  });

  it('when the stored context is not a valid one, then the turn runs on a new context and its context replaces it', async () => {
    const store = createMemoryStore();
    await store.set('ctx/bad', { context: { v: 99, turns: 'many' } }, null);
    await store.set('ctx/worse', 'not an object', null);
    const seen: ConversationContext[] = [];
    const conversations = createConversations(store);
    await conversations.answer('bad', (c) => (seen.push(c), count(c)));
    await conversations.answer('worse', (c) => (seen.push(c), count(c)));
    expect(seen).toEqual([
      { v: 1, turns: 0 },
      { v: 1, turns: 0 },
    ]);
    expect(await storedTurns(store, 'bad')).toBe(1);
    expect(await storedTurns(store, 'worse')).toBe(1);
  });

  it('when a turn throws, then nothing is written, and the next turn of that conversation still runs', async () => {
    const store = createMemoryStore();
    const conversations = createConversations(store);
    const failed = conversations.answer('t', () => {
      throw new Error('handler bug');
    });
    const next = conversations.answer('t', count);
    await expect(failed).rejects.toThrow('handler bug');
    expect(await next).toBe(sample);
    expect(await storedTurns(store, 't')).toBe(1);
  });

  it('when the store cannot be read, then the turn runs on a new context and is answered, the store is reported down (logged once), and a later success reports it up', async () => {
    const inner = createMemoryStore();
    await inner.set('ctx/k', { context: { v: 1, turns: 5 } }, null);
    const { store, fails } = failing(inner);
    const log = captureLogger();
    const health = createStoreHealth({ logger: log.logger });
    const conversations = createConversations(store, { health });
    fails.get = fails.set = true;
    const seen: number[] = [];
    expect(await conversations.answer('k', (c) => (seen.push(c.turns), count(c)))).toBe(sample);
    expect(await conversations.language('k')).toBe('vi');
    expect(seen).toEqual([0]);
    expect(health.up).toBe(false);
    expect(log.text().match(/state store unavailable/gu)).toHaveLength(1);
    fails.get = fails.set = false;
    await conversations.answer('k', (c) => (seen.push(c.turns), count(c)));
    expect(seen).toEqual([0, 5]); // the failed turn's context was not kept
    expect(health.up).toBe(true);
    expect(log.text()).toContain('state store back');
  });

  it('when the store cannot be written, then the answer is still returned and the stored context is unchanged', async () => {
    const inner = createMemoryStore();
    const { store, fails } = failing(inner);
    const health = createStoreHealth({ logger: captureLogger().logger });
    fails.set = true;
    expect(await createConversations(store, { health }).answer('k', count)).toBe(sample);
    expect(health.up).toBe(false);
    expect(await inner.get('ctx/k')).toBeUndefined();
  });

  it('when claimOnce meets a failing store, then it rejects rather than guess', async () => {
    const { store, fails } = failing(createMemoryStore());
    fails.set = true;
    await expect(claimOnce(store, 'welcomed/x')).rejects.toThrow('store down');
  });
});
