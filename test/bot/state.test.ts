/**
 * The state stores against the real things: a SQLite file on disk and a redis-server. Same
 * contract for both: eTags are checked, concurrent updates of one conversation lose nothing,
 * old conversations expire, and SQLite survives a restart. Teams conversations (their contexts and
 * welcomes) are checked on each store with two instances.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { createContextStore } from '../../src/bot/state/context-store.js';
import { createMemoryStorage } from '../../src/bot/state/memory-storage.js';
import { createRedisStorage } from '../../src/bot/state/redis-storage.js';
import { createSqliteStorage } from '../../src/bot/state/sqlite-storage.js';
import { MUST_BE_NEW, type ClosableStorage } from '../../src/bot/state/storage.js';
import { createTeamsConversations } from '../../src/bot/teams/state.js';
import { engineFromSeed } from '../../src/seed-file.js';
import { skipRedisTests, startRedis, type TestRedis } from '../helpers/redis.js';

const dir = mkdtempSync(join(tmpdir(), 'state-'));
let redis: TestRedis | undefined;
beforeAll(async () => {
  if (!skipRedisTests) redis = await startRedis();
});
afterAll(async () => redis?.stop());

/** [name, open a store (the same `id` opens the same data, as a second instance would), skip]. */
const stores: Array<[string, (id?: string) => Promise<ClosableStorage>, boolean]> = [
  ['sqlite', async (id = String(Math.random())) => createSqliteStorage({ path: join(dir, `s-${id}.sqlite`), ttlSeconds: 3600 }), false],
  ['redis', async (id = String(Math.random())) => createRedisStorage({ url: redis!.url, ttlSeconds: 3600, prefix: `t${id}:` }), skipRedisTests],
];

for (const [name, make, skip] of [['memory', async () => createMemoryStorage(), false] as const, ...stores]) {
  describe.skipIf(skip)(`the ${name} store`, () => {
    it('when an item is written and read back, then it comes with an eTag, and a stale eTag is refused', async () => {
      const s = await make();
      await s.write({ k: { n: 1 } });
      const first = (await s.read(['k']))['k'] as { n: number; eTag: string };
      expect(first.n).toBe(1);
      expect(typeof first.eTag).toBe('string');
      await s.write({ k: { n: 2, eTag: first.eTag } });
      await expect(s.write({ k: { n: 3, eTag: first.eTag } })).rejects.toThrow();
      expect(((await s.read(['k']))['k'] as { n: number }).n).toBe(2);
      await s.delete(['k']);
      expect(await s.read(['k'])).toEqual({});
      await s.close();
    });

    it('when an item is written with writeItem, then the eTag returned is the one read back and the one a next write must carry; a stale or absent one is refused', async () => {
      const s = await make();
      const first = await s.writeItem('a', { n: 1 }, MUST_BE_NEW);
      expect(((await s.read(['a']))['a'] as { eTag: string }).eTag).toBe(first);
      await expect(s.writeItem('a', { n: 9 }, MUST_BE_NEW)).rejects.toThrow(/eTag conflict/u);
      const next = await s.writeItem('a', { n: 2 }, first);
      expect(next).not.toBe(first);
      await expect(s.writeItem('a', { n: 3 }, first)).rejects.toThrow(/eTag conflict/u);
      await expect(s.writeItem('nothing-here', { n: 1 }, next)).rejects.toThrow(/eTag conflict/u);
      expect(await s.read(['a'])).toEqual({ a: { n: 2, eTag: next } });
      const forced = await s.writeItem('a', { n: 4 }, undefined);
      expect(await s.read(['a'])).toEqual({ a: { n: 4, eTag: forced } });
      await s.close();
    });

    it('when 20 turns of one conversation run at once, then every one of them is counted', async () => {
      const s = await make();
      const contexts = createContextStore(s);
      await Promise.all(Array.from({ length: 20 }, () => contexts.update('conv', (c) => ({ context: { ...c, turns: c.turns + 1 }, result: null }))));
      const stored = (await s.read(['ctx/conv']))['ctx/conv'] as { context: { turns: number } };
      expect(stored.context.turns).toBe(20);
      await s.close();
    });

  });
}

/** The same data opened twice, as two instances behind a load balancer open it: durable stores only. */
for (const [name, make, skip] of stores) {
  describe.skipIf(skip)(`two instances on the ${name} store`, () => {
    it('when two instances (two connections) update one conversation at once, then no write is lost', async () => {
      const id = `two-${Math.random()}`;
      const s1 = await make(id);
      const s2 = await make(id);
      const [a, b] = [createContextStore(s1), createContextStore(s2)];
      await Promise.all(Array.from({ length: 30 }, (_, i) => (i % 2 ? a : b).update('shared', (c) => ({ context: { ...c, turns: c.turns + 1 }, result: null }))));
      expect(((await s1.read(['ctx/shared']))['ctx/shared'] as { context: { turns: number } }).context.turns).toBe(30);
      await s1.close();
      await s2.close();
    });

    it('when an instance keeps a conversation in memory and the other instance continues it, then the first one re-runs its next turn on what the other wrote', async () => {
      const id = `kept-${Math.random()}`;
      const [s1, s2] = [await make(id), await make(id)];
      const [a, b] = [createContextStore(s1), createContextStore(s2)];
      const seen: number[] = [];
      const step = (c: { v: 1; turns: number }) => (seen.push(c.turns), { context: { ...c, turns: c.turns + 1 }, result: null });
      await a.update('moved', step); // a keeps turns=1
      await b.update('moved', step); // b reads turns=1 from the store, writes turns=2
      await a.update('moved', step); // a's kept context is stale: its write is refused, the turn re-runs on turns=2
      expect(seen).toEqual([0, 1, 1, 2]);
      expect(((await s2.read(['ctx/moved']))['ctx/moved'] as { context: { turns: number } }).context.turns).toBe(3);
      await s1.close();
      await s2.close();
    });
  });
  describe.skipIf(skip)(`Teams conversations on the ${name} store, two instances`, () => {
    /** A turn of botbuilder's own TestAdapter in conversation `id`. */
    const turnIn = (id: string) => new TurnContext(new TestAdapter(), { type: 'conversationUpdate', channelId: 'msteams', conversation: { id }, from: { id: 'u' }, recipient: { id: 'b' } } as Activity);

    it('when both instances are asked to welcome the same conversation, then exactly one of them may', async () => {
      const id = `welcome-${Math.random()}`;
      const [s1, s2] = [await make(id), await make(id)];
      const [a, b] = [createTeamsConversations(createContextStore(s1), s1), createTeamsConversations(createContextStore(s2), s2)];
      const firsts = await Promise.all([a.markWelcomed(turnIn('c1')), b.markWelcomed(turnIn('c1')), a.markWelcomed(turnIn('c1'))]);
      expect(firsts.filter(Boolean)).toHaveLength(1);
      // Another conversation is welcomed on its own.
      expect(await b.markWelcomed(turnIn('c2'))).toBe(true);
      await s1.close();
      await s2.close();
    });

    it('when one instance answers a turn, then the other knows the language it was answered in', async () => {
      const id = `lang-${Math.random()}`;
      const [s1, s2] = [await make(id), await make(id)];
      const [a, b] = [createTeamsConversations(createContextStore(s1), s1), createTeamsConversations(createContextStore(s2), s2)];
      const engine = engineFromSeed();
      expect(await b.language(turnIn('c'))).toBe('vi');
      const answer = await a.answer(turnIn('c'), (ctx) => engine.ask('Which ministry leads the electronic birth certificate?', ctx));
      expect(answer.language).toBe('en');
      expect(await b.language(turnIn('c'))).toBe('en');
      await s1.close();
      await s2.close();
    });
  });
}

describe('the memory store (tests only)', () => {
  it('when a stale eTag is written, then it is refused like the durable stores', async () => {
    const s = createMemoryStorage();
    await s.write({ k: { n: 1 } });
    const { eTag } = (await s.read(['k']))['k'] as { eTag: string };
    await s.write({ k: { n: 2, eTag } });
    await expect(s.write({ k: { n: 3, eTag } })).rejects.toThrow();
  });
});

describe('the context store', () => {
  const turnsPlusOne = (c: { turns: number }) => ({ context: { v: 1 as const, turns: c.turns + 1 }, result: c.turns });

  it('when another writer slips in between the read and the write, then the turn is re-run on the fresh context', async () => {
    const path = join(dir, 'slip.sqlite');
    const [mine, other] = [createSqliteStorage({ path, ttlSeconds: 3600 }), createSqliteStorage({ path, ttlSeconds: 3600 })];
    let runs = 0;
    const seen = await createContextStore(mine).update('k', (c) => {
      runs++;
      // On the first run, another instance writes turns=10; its commit is queued before this turn's own.
      if (runs === 1) void other.write({ 'ctx/k': { context: { v: 1, turns: 10 }, eTag: '*' } });
      return turnsPlusOne(c);
    });
    expect(runs).toBe(2);
    expect(seen).toBe(10);
    expect(((await mine.read(['ctx/k']))['ctx/k'] as { context: { turns: number } }).context.turns).toBe(11);
    await mine.close();
    await other.close();
  });

  it('when every attempt conflicts, then the update gives up after a bounded number of tries with the eTag error', async () => {
    const path = join(dir, 'always.sqlite');
    const [mine, other] = [createSqliteStorage({ path, ttlSeconds: 3600 }), createSqliteStorage({ path, ttlSeconds: 3600 })];
    let runs = 0;
    const update = createContextStore(mine).update('k', (c) => {
      runs++;
      void other.write({ 'ctx/k': { context: { v: 1, turns: runs }, eTag: '*' } });
      return turnsPlusOne(c);
    });
    await expect(update).rejects.toThrow(/eTag conflict/u);
    expect(runs).toBeGreaterThan(1);
    expect(runs).toBeLessThanOrEqual(10);
    await mine.close();
    await other.close();
  });

  it('when the stored context is not a valid one, then the turn starts from a new context', async () => {
    const s = createMemoryStorage();
    await s.write({ 'ctx/bad': { context: { v: 99, turns: 'many' } } });
    const seen: unknown[] = [];
    await createContextStore(s).update('bad', (c) => (seen.push(c), turnsPlusOne(c)));
    expect(seen).toEqual([{ v: 1, turns: 0 }]);
  });

  it('when a conversation goes on in this process, then its next turns start from the context kept in memory, without reading the store', async () => {
    const memory = createMemoryStorage();
    let reads = 0;
    const counted: ClosableStorage = { ...memory, read: async (keys) => (reads++, memory.read(keys)) };
    const contexts = createContextStore(counted);
    for (let i = 0; i < 5; i++) expect(await contexts.update('kept', turnsPlusOne)).toBe(i);
    expect(reads).toBe(1);
    // With nothing kept, every turn reads.
    const reading = createContextStore(counted, { keptContexts: 0 });
    for (let i = 0; i < 3; i++) await reading.update('kept', turnsPlusOne);
    expect(reads).toBe(4);
    expect(((await memory.read(['ctx/kept']))['ctx/kept'] as { context: { turns: number } }).context.turns).toBe(8);
  });

  it('when a kept conversation has expired in the store, then its next turn starts a new context', async () => {
    let now = 1_000_000;
    const s = createSqliteStorage({ path: join(dir, 'kept-ttl.sqlite'), ttlSeconds: 60, now: () => now });
    const contexts = createContextStore(s);
    await contexts.update('idle', turnsPlusOne);
    expect(await contexts.update('idle', turnsPlusOne)).toBe(1);
    now += 61_000;
    expect(await contexts.update('idle', turnsPlusOne)).toBe(0);
    await s.close();
  });

  it('when a context is read, then it is the one the last update stored, on this instance or another, even one that read it before; reading writes nothing', async () => {
    const path = join(dir, 'read.sqlite');
    const [s1, s2] = [createSqliteStorage({ path, ttlSeconds: 3600 }), createSqliteStorage({ path, ttlSeconds: 3600 })];
    const [a, b] = [createContextStore(s1), createContextStore(s2)];
    expect(await a.read('r')).toEqual({ v: 1, turns: 0 });
    expect(await b.read('r')).toEqual({ v: 1, turns: 0 });
    expect(await s1.read(['ctx/r'])).toEqual({});
    await a.update('r', turnsPlusOne);
    expect((await a.read('r')).turns).toBe(1);
    expect((await b.read('r')).turns).toBe(1);
    // What b read is kept with its eTag: b's next turn continues from it.
    expect(await b.update('r', turnsPlusOne)).toBe(1);
    expect((await s1.read(['ctx/r']))['ctx/r']).toMatchObject({ context: { turns: 2 } });
    await s1.close();
    await s2.close();
  });

  it('when a turn throws, then nothing is written and the next turn of that conversation still runs', async () => {
    const s = createMemoryStorage();
    const contexts = createContextStore(s);
    await expect(contexts.update('t', () => { throw new Error('handler bug'); })).rejects.toThrow('handler bug');
    expect(await s.read(['ctx/t'])).toEqual({});
    expect(await contexts.update('t', turnsPlusOne)).toBe(0);
  });

  it('when turns of several conversations start in one event-loop round, then they run together at its end and their writes are committed at once', async () => {
    const sqlite = createSqliteStorage({ path: join(dir, 'round.sqlite'), ttlSeconds: 3600 });
    let commitsAsked = 0;
    // The real store, counting the context store's requests to commit what it queued.
    const counted: ClosableStorage = {
      ...sqlite,
      commitQueued() {
        commitsAsked++;
        sqlite.commitQueued!();
      },
    };
    const contexts = createContextStore(counted);
    // A first turn each, so the next ones start from the contexts kept in memory.
    await Promise.all(['a', 'b', 'c'].map((k) => contexts.update(k, turnsPlusOne)));
    const ran: string[] = [];
    commitsAsked = 0;
    const results = ['a', 'b', 'c'].map((k) =>
      contexts.update(k, (c) => {
        ran.push(k);
        return turnsPlusOne(c);
      }),
    );
    // Not run yet: the turns wait for the end of the round, then run in the order they started.
    expect(ran).toEqual([]);
    expect(await Promise.all(results)).toEqual([1, 1, 1]);
    expect(ran).toEqual(['a', 'b', 'c']);
    expect(commitsAsked).toBe(1);
    await sqlite.close();
  });
});

describe('the sqlite store over time', () => {
  it('when the process restarts, then the conversation is still there', async () => {
    const path = join(dir, 'restart.sqlite');
    const a = createSqliteStorage({ path, ttlSeconds: 3600 });
    await createContextStore(a).update('c1', (c) => ({ context: { ...c, itemId: 'B.6', turns: 1 }, result: null }));
    await a.close();
    const b = createSqliteStorage({ path, ttlSeconds: 3600 });
    const stored = (await b.read(['ctx/c1']))['ctx/c1'] as { context: { itemId: string } };
    expect(stored.context.itemId).toBe('B.6');
    await b.close();
  });

  it('when writes arrive in the same moment, then they are committed together and a conflict fails only its own write', async () => {
    const path = join(dir, 'group.sqlite');
    const s = createSqliteStorage({ path, ttlSeconds: 3600 });
    await s.write({ held: { n: 0 } });
    const { eTag } = (await s.read(['held']))['held'] as { eTag: string };
    // Three writes in one tick: the first changes `held`, the second still carries the old eTag
    // (a lost race), the third is unrelated. Only the second may fail.
    const outcomes = await Promise.allSettled([
      s.write({ held: { n: 1, eTag } }),
      s.write({ held: { n: 2, eTag } }),
      s.write({ other: { n: 3 } }),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(String((outcomes[1] as PromiseRejectedResult).reason)).toMatch(/eTag conflict/u);
    // What was acknowledged is on disk, read by another connection.
    const db = new Database(path, { readonly: true });
    const rows = db.prepare('SELECT key, value FROM state ORDER BY key').all() as Array<{ key: string; value: string }>;
    db.close();
    expect(rows.map((r) => [r.key, JSON.parse(r.value) as unknown])).toEqual([['held', { n: 1 }], ['other', { n: 3 }]]);
    await s.close();
  });

  it('when another connection changes a row this store has read, then the next read returns the new row, not the one kept in memory', async () => {
    const path = join(dir, 'read-cache.sqlite');
    const mine = createSqliteStorage({ path, ttlSeconds: 3600 });
    await mine.write({ k: { n: 1 } });
    expect(((await mine.read(['k']))['k'] as { n: number }).n).toBe(1); // now kept in memory
    // A plain SQLite connection, as another process would have.
    const other = new Database(path);
    other.prepare("UPDATE state SET value = '{\"n\":2}', etag = 'theirs' WHERE key = 'k'").run();
    other.close();
    expect((await mine.read(['k']))['k']).toEqual({ n: 2, eTag: 'theirs' });
    // And a write with the eTag read before that change is refused.
    await expect(mine.write({ k: { n: 3, eTag: 'not-theirs' } })).rejects.toThrow(/eTag conflict/u);
    // A key known to be absent is found once another connection adds it; a deleted one is gone.
    expect(await mine.read(['new'])).toEqual({});
    const third = new Database(path);
    third.prepare("INSERT INTO state (key, value, etag, updated_at) VALUES ('new', '{\"n\":1}', 'e1', ?)").run(Date.now());
    third.close();
    expect((await mine.read(['new']))['new']).toEqual({ n: 1, eTag: 'e1' });
    await mine.delete(['new']);
    expect(await mine.read(['new'])).toEqual({});
    await mine.close();
  });

  it('when a row read from memory is changed by the caller, then the stored row is not', async () => {
    const s = createSqliteStorage({ path: join(dir, 'copy.sqlite'), ttlSeconds: 3600 });
    await s.write({ k: { list: [1, 2] } });
    const first = (await s.read(['k']))['k'] as { list: number[] };
    first.list.push(3);
    expect(((await s.read(['k']))['k'] as { list: number[] }).list).toEqual([1, 2]);
    await s.close();
  });

  it('when one key of a change set conflicts, then none of that set is written, and a set committed beside it is', async () => {
    const s = createSqliteStorage({ path: join(dir, 'all-or-nothing.sqlite'), ttlSeconds: 3600 });
    await s.write({ a: { n: 0 }, b: { n: 0 } });
    const outcomes = await Promise.allSettled([s.write({ a: { n: 1 }, b: { n: 1, eTag: 'stale' } }), s.write({ c: { n: 1 } })]);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'fulfilled']);
    const read = await s.read(['a', 'b', 'c']);
    expect([read['a'], read['b'], read['c']].map((x) => (x as { n: number }).n)).toEqual([0, 0, 1]);
    await s.close();
  });

  it('when queued writes are committed on request, then another connection sees them at once, before the end of the round', async () => {
    const path = join(dir, 'commit-queued.sqlite');
    const s = createSqliteStorage({ path, ttlSeconds: 3600 });
    const written = s.writeItem('now', { n: 1 }, undefined);
    s.commitQueued!();
    const db = new Database(path, { readonly: true });
    const row = db.prepare('SELECT value FROM state WHERE key = ?').pluck().get('now') as string | undefined;
    db.close();
    expect(row).toBe('{"n":1}');
    const eTag = await written;
    expect(((await s.read(['now']))['now'] as { eTag: string }).eTag).toBe(eTag);
    await s.close();
  });

  it('when the store is closed with a write still waiting for its commit, then the write is committed first', async () => {
    const path = join(dir, 'close-flush.sqlite');
    const s = createSqliteStorage({ path, ttlSeconds: 3600 });
    const written = s.write({ late: { n: 7 } });
    await s.close();
    await expect(written).resolves.toBeUndefined();
    const again = createSqliteStorage({ path, ttlSeconds: 3600 });
    expect(((await again.read(['late']))['late'] as { n: number }).n).toBe(7);
    await expect(again.close().then(() => again.write({ x: { n: 1 } }))).rejects.toThrow(/closed/u);
  });

  it('when a conversation is older than the TTL, then it is forgotten', async () => {
    let now = 1_000_000;
    const s = createSqliteStorage({ path: join(dir, 'ttl.sqlite'), ttlSeconds: 60, now: () => now });
    await s.write({ old: { x: 1 } });
    now += 61_000;
    expect(await s.read(['old'])).toEqual({});
    // A create-only write is not blocked by the expired row.
    await s.write({ old: { x: 2, eTag: '!new' } });
    expect(((await s.read(['old']))['old'] as { x: number }).x).toBe(2);
    await s.close();
  });
});

describe('the redis store without a server', () => {
  it('when Redis cannot be reached at start-up, then opening the store fails within seconds instead of waiting forever', async () => {
    const started = Date.now();
    await expect(createRedisStorage({ url: 'redis://127.0.0.1:1', ttlSeconds: 60, connectAttempts: 2 })).rejects.toThrow(/Redis is not reachable/u);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe('the sqlite purge', () => {
  const rowsIn = (path: string) => {
    const db = new Database(path, { readonly: true });
    const n = (db.prepare('SELECT COUNT(*) AS n FROM state').get() as { n: number }).n;
    db.close();
    return n;
  };

  it('when the store opens, then rows older than the TTL are deleted from the file', async () => {
    const path = join(dir, 'purge-start.sqlite');
    let now = 5_000_000;
    const a = createSqliteStorage({ path, ttlSeconds: 60, now: () => now });
    await a.write({ old: { x: 1 }, fresh: { x: 2 } });
    await a.close();
    now += 61_000;
    const b = createSqliteStorage({ path, ttlSeconds: 60, now: () => now });
    expect(rowsIn(path)).toBe(0);
    await b.close();
  });

  it('when the purge interval passes, then expired rows are deleted while the store runs', async () => {
    const path = join(dir, 'purge-timer.sqlite');
    let now = 5_000_000;
    const s = createSqliteStorage({ path, ttlSeconds: 60, now: () => now, purgeEveryMs: 20 });
    await s.write({ a: { x: 1 } });
    expect(rowsIn(path)).toBe(1);
    now += 61_000;
    await new Promise((r) => setTimeout(r, 80));
    expect(rowsIn(path)).toBe(0);
    await s.close();
  });
});

describe.skipIf(skipRedisTests)('the redis store over time', () => {
  it('when an item is written, then Redis holds it with the TTL', async () => {
    const s = await createRedisStorage({ url: redis!.url, ttlSeconds: 120, prefix: 'ttl:' });
    await s.write({ x: { a: 1 } });
    const { createClient } = await import('redis');
    const c = createClient({ url: redis!.url });
    await c.connect();
    const ttl = await c.ttl('ttl:x');
    expect(ttl).toBeGreaterThan(100);
    expect(ttl).toBeLessThanOrEqual(120);
    await c.quit();
    await s.close();
  });
});
