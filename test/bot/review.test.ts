/**
 * The review of unanswered questions (src/bot/review): the listener and its document over a real
 * SQLite file and a real redis-server (recording, masking, grouping, times, bounds, two instances,
 * a store that fails), GET /admin/review on a real restify server, and `npm run review` spawned.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from 'redis';
import restify from 'restify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AnsweredEvent, Channel } from '../../src/bot/answered.js';
import { maskPersonalData } from '../../src/bot/review/mask.js';
import {
  createReview,
  groupKey,
  MAX_EXAMPLE_CHARS,
  REVIEW_KEY,
  unansweredKind,
  type Review,
  type ReviewOptions,
} from '../../src/bot/review/review-store.js';
import { registerReviewRoute, REVIEW_PATH } from '../../src/bot/review/route.js';
import { createRedisStore } from '../../src/bot/state/redis-store.js';
import { createSqliteStore } from '../../src/bot/state/sqlite-store.js';
import { isETagConflict, type StateStore } from '../../src/bot/state/store.js';
import type { Answer } from '../../src/intents/answer.js';
import type { Engine } from '../../src/intents/engine.js';
import { engineFromSeed } from '../../src/seed-file.js';
import { skipOwnRedisTests, skipRedisTests, startOwnRedis, startRedis, type TestRedis } from '../helpers/redis.js';
import { captureLogger } from '../helpers/zalo-stand-in.js';

const root = new URL('../../', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'review-'));
let redis: TestRedis | undefined;
let engine: Engine;
/** Real answers: a decline, a plain search, and answers that are not either. */
let declined: Answer;
let searched: Answer;
beforeAll(async () => {
  if (!skipRedisTests) redis = await startRedis();
  engine = engineFromSeed();
  declined = engine.ask('Giá vàng hôm nay bao nhiêu?').answer;
  searched = engine.ask('thủ tục làm căn cước cho con').answer;
});
afterAll(async () => {
  await redis?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const T0 = Date.UTC(2025, 0, 6, 8, 0, 0);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
let ids = 0;
const fresh = (what: string) => `${what}-${++ids}-${process.pid}`;

const event = (question: string, answer: Answer, channel: Channel = 'api'): AnsweredEvent => ({
  channel,
  question,
  answer,
  ms: 3,
});

interface Kind {
  name: string;
  skip: boolean;
  /** A store on the data named `id`: the same id opens the same data, as a second instance would. */
  open(id: string): Promise<StateStore>;
  /** Everything the store keeps for `id`, as raw bytes or text (to look for unmasked data). */
  raw(id: string): Promise<string>;
}
const kinds: Kind[] = [
  {
    name: 'sqlite',
    skip: false,
    open: async (id) => createSqliteStore({ path: join(dir, `${id}.sqlite`), ttlSeconds: 3600 }),
    // The file and its WAL, as bytes read as text: whatever SQLite wrote anywhere.
    raw: async (id) =>
      ['', '-wal']
        .map((ext) => {
          try {
            return (
              readFileSync(join(dir, `${id}.sqlite${ext}`), 'latin1') +
              readFileSync(join(dir, `${id}.sqlite${ext}`), 'utf8')
            );
          } catch {
            return '';
          }
        })
        .join(''),
  },
  {
    name: 'redis',
    skip: skipRedisTests,
    open: (id) => createRedisStore({ url: redis!.url, ttlSeconds: 3600, prefix: `${id}:`, commandTimeoutMs: 2000 }),
    async raw(id) {
      const c = createClient({ url: redis!.url });
      await c.connect();
      const keys = await c.keys(`${id}:*`);
      const values = await Promise.all(keys.map((k) => c.get(k)));
      await c.close();
      return values.join('\n');
    },
  },
];

/** A review over `store` with a clock the test moves. */
function reviewOn(store: StateStore, options: Partial<ReviewOptions> = {}) {
  const clock = { t: T0 };
  const review = createReview(store, {
    maxGroups: 100,
    maxAgeDays: 90,
    now: () => clock.t,
    flushDelayMs: 60_000, // the tests flush themselves, except where the timer is what is tested
    ...options,
  });
  return { review, clock };
}

for (const kind of kinds) {
  describe.skipIf(kind.skip)(`the review over ${kind.name}`, () => {
    it('when questions are declined or answered by plain search, then they are kept; when answered otherwise, not', async () => {
      const id = fresh('kinds');
      const store = await kind.open(id);
      const { review } = reviewOn(store);
      const asked = [
        'Giá vàng hôm nay bao nhiêu?', // declined (outside the directive)
        'Phụ lục B.99 là gì?', // declined (no such row)
        'thủ tục làm căn cước cho con', // plain search
        'Bộ Công an phải làm gì?', // obligations
        'B.6 là gì?', // item
        'xin chào', // help
        'Tổ công nghệ số cộng đồng được nhắc ở những nhiệm vụ nào?', // search, but understood: "which tasks mention"
      ];
      const answers = asked.map((q) => engine.ask(q).answer);
      expect(answers.map((a) => a.intent)).toEqual([
        'fallback',
        'fallback',
        'search',
        'obligations',
        'item',
        'help',
        'search',
      ]);
      expect(answers.map(unansweredKind)).toEqual([
        'declined',
        'declined',
        'search',
        undefined,
        undefined,
        undefined,
        undefined,
      ]);
      asked.forEach((q, i) => review.listener(event(q, answers[i]!)));
      await review.flush();
      const groups = await review.top(50);
      expect(groups.map((g) => g.example).sort()).toEqual(
        ['Giá vàng hôm nay bao nhiêu?', 'Phụ lục B.99 là gì?', 'thủ tục làm căn cước cho con'].sort(),
      );
      expect(groups.find((g) => g.example.startsWith('thủ tục'))!.intents).toEqual({ search: 1 });
      expect(groups.find((g) => g.example.startsWith('Giá vàng'))!.intents).toEqual({ fallback: 1 });
      await store.close();
    });

    it('when questions hold ID numbers, phone numbers, e-mail and a name, then none of them is stored anywhere, nor logged', async () => {
      const id = fresh('mask');
      const store = await kind.open(id);
      const { logger, text: logs } = captureLogger();
      const { review } = reviewOn(store, { logger });
      const questions = [
        'Tôi là Nguyễn Văn An, CCCD 079123456789, cho hỏi giá vàng?',
        'căn cước 079 123 456 789 của tôi bị sai thì sao',
        'CMND 123456789 còn dùng được không',
        'CMND 123.456.789 còn dùng được không',
        'gọi cho tôi theo số +84 912 345 678 nhé',
        'số của em 0912.345.678 ạ',
        'sđt (+84)987654321, giá vàng',
        'email nguyen.van.an@example.com.vn hỏi lãi suất ngân hàng',
        'em là Trần Thị Bình ở Hà Nội, hỏi về lãi suất',
        'Họ và tên: LÊ VĂN CƯỜNG. Giá xăng hôm nay?',
        'tên tôi là Phạm Minh Đức, mã số BHXH 7912345678',
      ];
      for (const q of questions) review.listener(event(q, declined, 'zalo'));
      await review.flush();

      const personal = [
        '079123456789',
        '079 123 456 789',
        '123456789',
        '123.456.789',
        '912 345 678',
        '912345678',
        '0912.345.678',
        '987654321',
        'nguyen.van.an',
        'example.com',
        'Nguyễn Văn An',
        'Nguyen Van An',
        'Trần Thị Bình',
        'Tran Thi Binh',
        'LÊ VĂN CƯỜNG',
        'Phạm Minh Đức',
        'Pham Minh Duc',
        '7912345678',
      ];
      const stored = JSON.stringify((await store.get(REVIEW_KEY))!.value);
      const raw = await kind.raw(id);
      const listed = JSON.stringify(await review.top(50));
      for (const p of personal) {
        expect(stored, p).not.toContain(p);
        expect(stored.toLowerCase(), p).not.toContain(p.toLowerCase());
        expect(raw, p).not.toContain(p);
        expect(listed, p).not.toContain(p);
      }
      for (const g of await review.top(50)) expect(g.key + g.example).not.toMatch(/\d{7}/u);
      const examples = (await review.top(50)).map((g) => g.example);
      expect(examples).toContain('Tôi là [tên], CCCD [số định danh], cho hỏi giá vàng?');
      expect(examples).toContain('gọi cho tôi theo số [số điện thoại] nhé');
      expect(examples).toContain('email [email] hỏi lãi suất ngân hàng');
      expect(examples).toContain('em là [tên] ở Hà Nội, hỏi về lãi suất');
      expect(examples).toContain('Họ và tên: [tên]. Giá xăng hôm nay?');
      expect(examples).toContain('tên tôi là [tên], mã số BHXH [số định danh]');
      // The two CMND spellings are one question once masked.
      expect((await review.top(50)).find((g) => g.example.startsWith('CMND'))!.count).toBe(2);
      // Nothing was logged, and certainly no question.
      expect(logs()).toBe('');
      await store.close();
    });

    it('when the same question is written differently (greeting, case, marks, punctuation, "Fwd:"), then it is one group with the first text as its example', async () => {
      const store = await kind.open(fresh('group'));
      const { review, clock } = reviewOn(store);
      const spellings = [
        'Cho em hỏi giá vàng hôm nay?',
        'gia vang hom nay',
        'Ad ơi, GIÁ VÀNG   hôm nay ạ!!',
        'Fwd: giá vàng hôm nay',
        'Chào bạn. Giá vàng hôm nay',
      ];
      for (const q of spellings) {
        review.listener(event(q, declined));
        clock.t += 1000;
      }
      review.listener(event('Giá xăng hôm nay?', declined));
      await review.flush();
      const groups = await review.top(50);
      expect(groups).toHaveLength(2);
      expect(groups[0]).toMatchObject({ key: 'gia vang hom nay', example: 'Cho em hỏi giá vàng hôm nay?', count: 5 });
      expect(groups[1]).toMatchObject({ key: 'gia xang hom nay', count: 1 });
      await store.close();
    });

    it('when a question comes again on other channels and later, then its count, first and last seen, channels and answers add up', async () => {
      const store = await kind.open(fresh('times'));
      const { review, clock } = reviewOn(store);
      review.listener(event('Giá vàng hôm nay?', declined, 'api'));
      await review.flush();
      clock.t = T0 + HOUR;
      review.listener(event('giá vàng hôm nay', searched, 'zalo'));
      review.listener(event('Giá vàng hôm nay!', declined, 'teams'));
      await review.flush();
      clock.t = T0 + 2 * HOUR;
      review.listener(event('GIÁ VÀNG HÔM NAY', declined, 'api'));
      review.listener(event('Lãi suất ngân hàng?', declined, 'zalo-bot'));
      await review.flush();
      const groups = await review.top(50);
      expect(groups[0]).toEqual({
        key: 'gia vang hom nay',
        example: 'Giá vàng hôm nay?',
        count: 4,
        firstSeen: new Date(T0).toISOString(),
        lastSeen: new Date(T0 + 2 * HOUR).toISOString(),
        channels: { api: 2, zalo: 1, teams: 1 },
        intents: { fallback: 3, search: 1 },
      });
      expect(groups[1]).toMatchObject({ count: 1, channels: { 'zalo-bot': 1 } });
      // Largest first, then the most recently seen; the limit cuts.
      expect((await review.top(1)).map((g) => g.key)).toEqual(['gia vang hom nay']);
      await store.close();
    });

    it('when more groups than maxGroups are seen, then the least recently seen go, however large', async () => {
      const store = await kind.open(fresh('max-groups'));
      const { review, clock } = reviewOn(store, { maxGroups: 3 });
      for (let i = 0; i < 5; i++) review.listener(event('Giá vàng hôm nay?', declined));
      for (const q of ['Giá xăng?', 'Lãi suất?', 'Thời tiết?']) {
        clock.t += 1000;
        review.listener(event(q, declined));
      }
      await review.flush();
      expect((await review.top(50)).map((g) => g.key).sort()).toEqual(['gia xang', 'lai suat', 'thoi tiet']);
      // Seen again, a group is recent again: now "gia xang" is the oldest.
      clock.t += 1000;
      review.listener(event('Lãi suất?', declined));
      review.listener(event('Thời tiết?', declined));
      clock.t += 1000;
      review.listener(event('Tỷ giá đô la?', declined));
      await review.flush();
      expect((await review.top(50)).map((g) => g.key).sort()).toEqual(['lai suat', 'thoi tiet', 'ty gia do la']);
      await store.close();
    });

    it('when a group has not been seen for maxAgeDays, then it is not listed and the next write drops it', async () => {
      const id = fresh('age');
      const store = await kind.open(id);
      const { review, clock } = reviewOn(store, { maxAgeDays: 90 });
      review.listener(event('Giá vàng hôm nay?', declined));
      clock.t = T0 + 10 * DAY;
      review.listener(event('Giá xăng?', declined));
      await review.flush();
      clock.t = T0 + 90 * DAY; // exactly 90 days: still kept
      expect((await review.top(50)).map((g) => g.key)).toEqual(['gia xang', 'gia vang hom nay']);
      clock.t = T0 + 90 * DAY + 1;
      expect((await review.top(50)).map((g) => g.key)).toEqual(['gia xang']);
      review.listener(event('Lãi suất?', declined));
      await review.flush();
      const stored = (await store.get(REVIEW_KEY))!.value as { groups: Record<string, unknown> };
      expect(Object.keys(stored.groups).sort()).toEqual(['gia xang', 'lai suat']);
      await store.close();
    });

    it('when two instances record at once over one store, then no count is lost (eTag conflicts are retried)', async () => {
      const id = fresh('two');
      const storeA = await kind.open(id);
      const storeB = await kind.open(id);
      // A's first write waits until B has written: a conflict A must read again after.
      let conflicts = 0;
      let gate: (() => Promise<void>) | undefined;
      const gatedA: StateStore = {
        get: (key) => storeA.get(key),
        async set(key, value, expected) {
          const wait = gate;
          gate = undefined;
          await wait?.();
          return storeA.set(key, value, expected).catch((e: unknown) => {
            if (isETagConflict(e)) conflicts++;
            throw e;
          });
        },
        close: () => storeA.close(),
      };
      const a = reviewOn(gatedA, { batchSize: 3 }).review;
      const b = reviewOn(storeB, { batchSize: 3 }).review;
      a.listener(event('Giá vàng hôm nay?', declined, 'api'));
      b.listener(event('Giá vàng hôm nay?', declined, 'zalo'));
      gate = () => b.flush();
      await a.flush();
      expect(conflicts).toBe(1);
      expect((await a.top(1))[0]).toMatchObject({ count: 2, channels: { api: 1, zalo: 1 } });

      // Then many small batches from both at the same time.
      const topics = ['Giá vàng hôm nay?', 'Giá xăng?', 'Lãi suất?'];
      for (let i = 0; i < 60; i++) {
        a.listener(event(topics[i % 3]!, declined, 'api'));
        b.listener(event(topics[i % 3]!, declined, 'teams'));
      }
      await Promise.all([a.flush(), b.flush()]);
      const groups = await b.top(50);
      expect(Object.fromEntries(groups.map((g) => [g.key, g.count]))).toEqual({
        'gia vang hom nay': 42,
        'gia xang': 40,
        'lai suat': 40,
      });
      expect(groups.reduce((n, g) => n + (g.channels.api ?? 0), 0)).toBe(61);
      expect(groups.reduce((n, g) => n + (g.channels.teams ?? 0), 0)).toBe(60);
      await storeA.close();
      await storeB.close();
    });

    it('when nobody flushes, then the queued questions are written within flushDelayMs', async () => {
      const store = await kind.open(fresh('timer'));
      const review = createReview(store, { maxGroups: 100, maxAgeDays: 90, flushDelayMs: 20 });
      review.listener(event('Giá vàng hôm nay?', declined));
      await vi.waitFor(async () => expect((await review.top(1))[0]?.count).toBe(1), { timeout: 5000, interval: 20 });
      await review.close();
      await store.close();
    });
  });
}

describe('the review listener', () => {
  it('when an event is malformed or the review is closed, then the listener neither throws nor records', async () => {
    const store = createSqliteStore({ path: join(dir, `${fresh('malformed')}.sqlite`), ttlSeconds: 3600 });
    const { review } = reviewOn(store);
    expect(() => review.listener({} as AnsweredEvent)).not.toThrow();
    expect(() => review.listener(event(undefined as unknown as string, declined))).not.toThrow();
    expect(() => review.listener(event('   ???  ', declined))).not.toThrow(); // nothing left to group
    await review.close();
    review.listener(event('Giá vàng hôm nay?', declined));
    await review.flush();
    expect(await review.top(50)).toEqual([]);
    expect(await store.get(REVIEW_KEY)).toBeUndefined();
    await store.close();
  });

  it('when a long question is kept, then its example and key are clipped', async () => {
    const store = createSqliteStore({ path: join(dir, `${fresh('long')}.sqlite`), ttlSeconds: 3600 });
    const { review } = reviewOn(store);
    review.listener(event(`Giá vàng ${'rất '.repeat(400)}cao?`, declined));
    await review.flush();
    const [g] = await review.top(1);
    expect(g!.example.length).toBeLessThanOrEqual(MAX_EXAMPLE_CHARS);
    expect(g!.key.length).toBeLessThanOrEqual(200);
    await store.close();
  });

  it('when the masked text is grouped, then the key is what the engine reads', () => {
    expect(groupKey(maskPersonalData('Cho em hỏi: Tôi là Nguyễn Văn A, SĐT 0912345678, đc ko?'))).toBe(
      'toi la ten sdt so dien thoai duoc khong',
    );
    expect(maskPersonalData('tôi là người dân Hà Nội')).toBe('tôi là người dân Hà Nội');
    expect(maskPersonalData('mình là Lan, xin hỏi')).toBe('mình là [tên], xin hỏi');
    expect(maskPersonalData('Xem là Bộ nào chủ trì')).toBe('Xem là Bộ nào chủ trì');
  });

  it('when writing fails once, then the batch is tried again at the next flush; twice, then it is dropped; one warning, no text', async () => {
    const store = createSqliteStore({ path: join(dir, `${fresh('failing')}.sqlite`), ttlSeconds: 3600 });
    let failures = 0;
    const flaky: StateStore = {
      get(key) {
        if (failures === 0) return store.get(key);
        failures -= 1;
        return Promise.reject(new Error('store is down'));
      },
      set: (key, value, expected) => store.set(key, value, expected),
      close: () => store.close(),
    };
    const { logger, lines, text } = captureLogger();
    const { review } = reviewOn(flaky, { logger });

    failures = 1;
    review.listener(event('Tôi là Nguyễn Văn An, giá vàng hôm nay?', declined));
    await review.flush(); // fails: kept for one more try
    await review.flush(); // works
    expect((await review.top(50)).map((g) => g.count)).toEqual([1]);

    failures = 2;
    review.listener(event('Giá xăng hôm nay?', declined));
    await review.flush(); // fails
    await review.flush(); // fails again: dropped
    await review.flush(); // nothing left
    review.listener(event('Lãi suất?', declined));
    await review.flush(); // works
    expect((await review.top(50)).map((g) => g.key).sort()).toEqual(['lai suat', 'toi la ten gia vang hom nay']);

    const logged = lines();
    expect(logged.filter((l) => l['level'] === 40)).toHaveLength(2); // one per outage
    expect(logged.filter((l) => l['level'] === 30).map((l) => l['dropped'])).toEqual([0, 1]);
    expect(logged[0]).toMatchObject({ questions: 1, dropped: 0, error: 'Error: store is down' });
    for (const word of ['Nguyễn', 'vàng', 'xăng', 'gia vang', 'gia xang', 'Lãi']) expect(text()).not.toContain(word);
    await store.close();
  });

  describe.skipIf(skipOwnRedisTests)('over a Redis that is down', () => {
    it('when Redis stops answering, then the listener returns at once, flush and close resolve, and one warning holds no text', async () => {
      const own = await startOwnRedis();
      const store = await createRedisStore({ url: own.url, ttlSeconds: 3600, commandTimeoutMs: 200 });
      const { logger, lines, text } = captureLogger();
      const { review } = reviewOn(store, { logger });
      await own.stop();
      const started = performance.now();
      for (let i = 0; i < 50; i++) review.listener(event(`Tôi là Nguyễn Văn An, giá vàng ${i}?`, declined));
      expect(performance.now() - started).toBeLessThan(200);
      await review.flush();
      await review.close(); // the retry fails too: dropped
      expect(lines().filter((l) => l['level'] === 40)).toHaveLength(1);
      expect(text()).not.toContain('Nguyễn');
      expect(text()).not.toContain('vàng');
      await store.close();
      await own.dispose();
    });
  });
});

/** A restify server with only the review route, on a free port. */
async function routeServer(review: Pick<Review, 'top'>, token: string | undefined) {
  const server = restify.createServer();
  registerReviewRoute(server, review, token);
  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${REVIEW_PATH}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
      }),
  };
}

describe('GET /admin/review', () => {
  const TOKEN = 'an-admin-token-of-32-characters!';
  const auth = { authorization: `Bearer ${TOKEN}` };

  it('when ADMIN_TOKEN is set, then it answers 401 without the token or with a wrong one, and the groups as JSON with it', async () => {
    const store = createSqliteStore({ path: join(dir, `${fresh('route')}.sqlite`), ttlSeconds: 3600 });
    const { review, clock } = reviewOn(store);
    for (const q of ['Giá vàng hôm nay?', 'gia vang hom nay', 'Tôi là Nguyễn Văn An, hỏi lãi suất?']) {
      review.listener(event(q, declined, 'zalo'));
      clock.t += 1000;
    }
    await review.flush();
    const s = await routeServer(review, TOKEN);
    try {
      const none = await fetch(s.url);
      expect(none.status).toBe(401);
      expect(none.headers.get('www-authenticate')).toBe('Bearer');
      expect((await fetch(s.url, { headers: { authorization: 'Bearer wrong-token-wrong-token' } })).status).toBe(401);

      const ok = await fetch(s.url, { headers: auth });
      expect(ok.status).toBe(200);
      expect(ok.headers.get('content-type')).toMatch(/application\/json/u);
      expect(ok.headers.get('cache-control')).toBe('no-store');
      const body = (await ok.json()) as { groups: Array<Record<string, unknown>> };
      expect(body.groups).toEqual([
        {
          key: 'gia vang hom nay',
          example: 'Giá vàng hôm nay?',
          count: 2,
          firstSeen: new Date(T0).toISOString(),
          lastSeen: new Date(T0 + 1000).toISOString(),
          channels: { zalo: 2 },
          intents: { fallback: 2 },
        },
        expect.objectContaining({ example: 'Tôi là [tên], hỏi lãi suất?', count: 1 }),
      ]);
      const one = (await (await fetch(`${s.url}?limit=1`, { headers: auth })).json()) as { groups: unknown[] };
      expect(one.groups).toHaveLength(1);
      for (const bad of ['0', '-1', 'abc', '1001', '2.5'])
        expect((await fetch(`${s.url}?limit=${bad}`, { headers: auth })).status, bad).toBe(400);
    } finally {
      await s.close();
      await store.close();
    }
  });

  it('when ADMIN_TOKEN is not set, then the route answers 404, even with a token', async () => {
    const store = createSqliteStore({ path: join(dir, `${fresh('route-off')}.sqlite`), ttlSeconds: 3600 });
    const s = await routeServer(reviewOn(store).review, undefined);
    try {
      expect((await fetch(s.url)).status).toBe(404);
      expect((await fetch(s.url, { headers: auth })).status).toBe(404);
    } finally {
      await s.close();
      await store.close();
    }
  });

  it('when the store cannot be read, then it answers 503 without details', async () => {
    const s = await routeServer({ top: () => Promise.reject(new Error('SQLITE_BUSY: database is locked')) }, TOKEN);
    try {
      const r = await fetch(s.url, { headers: auth });
      expect(r.status).toBe(503);
      expect(await r.text()).not.toContain('SQLITE');
    } finally {
      await s.close();
    }
  });
});

/** Runs `src/review-cli.ts` with `args` and settings `env` (on top of PATH and HOME only). */
function runCli(args: string[], env: Record<string, string>) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/review-cli.ts', ...args], {
      cwd: root,
      env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.once('error', reject);
    child.once('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('npm run review', () => {
  let path: string;
  beforeAll(async () => {
    path = join(dir, `${fresh('cli')}.sqlite`);
    const store = createSqliteStore({ path, ttlSeconds: 3600 });
    const review = createReview(store, { maxGroups: 100, maxAgeDays: 90 });
    for (const q of ['Cho em hỏi giá vàng hôm nay?', 'gia vang hom nay', 'Giá vàng hôm nay ạ']) {
      review.listener(event(q, declined, 'zalo'));
    }
    review.listener(event('thủ tục làm căn cước cho con', searched, 'api'));
    review.listener(event('Tôi là Nguyễn Văn An, số 0912345678, hỏi lãi suất', declined, 'teams'));
    await review.close();
    await store.close();
  });

  it('when asked for JSON, then it prints the groups, largest first, masked', async () => {
    const r = await runCli(['--json'], { STATE_STORE: 'sqlite', STATE_SQLITE_PATH: path });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const body = JSON.parse(r.stdout) as { groups: Array<{ key: string; count: number; example: string }> };
    expect(body.groups).toHaveLength(3);
    expect(body.groups[0]).toMatchObject({
      key: 'gia vang hom nay',
      count: 3,
      example: 'Cho em hỏi giá vàng hôm nay?',
    });
    expect(r.stdout).not.toContain('Nguyễn');
    expect(r.stdout).not.toContain('0912345678');
    const one = await runCli(['--json', '--limit', '1'], { STATE_STORE: 'sqlite', STATE_SQLITE_PATH: path });
    expect((JSON.parse(one.stdout) as { groups: unknown[] }).groups).toHaveLength(1);
  });

  it('when asked without --json, then it prints a table: count, last seen, answer, channels, example', async () => {
    const r = await runCli([], { STATE_STORE: 'sqlite', STATE_SQLITE_PATH: path });
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`Unanswered questions (sqlite ${path}): 3 of 3 groups, largest first.`);
    expect(lines[1]).toMatch(/^COUNT {2}LAST SEEN \(UTC\)\s+ANSWER\s+CHANNELS\s+EXAMPLE$/u);
    expect(lines[2]).toMatch(
      /^ {4}3 {2}\d{4}-\d\d-\d\d \d\d:\d\d\s+declined 3\s+zalo 3\s+Cho em hỏi giá vàng hôm nay\?$/u,
    );
    expect(r.stdout).toContain('search 1');
    expect(r.stdout).toContain('Tôi là [tên], số [số điện thoại], hỏi lãi suất');
    expect(lines).toHaveLength(5);
  });

  it('when the store cannot be opened or the arguments are wrong, then it says so and exits non-zero', async () => {
    const missing = await runCli([], { STATE_STORE: 'sqlite', STATE_SQLITE_PATH: join(dir, 'nope', 'state.sqlite') });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('Cannot open the state store: there is no file at');
    expect(missing.stdout).toBe('');

    const down = await runCli(['--json'], { STATE_STORE: 'redis', REDIS_URL: 'redis://127.0.0.1:1' });
    expect(down.status).toBe(1);
    expect(down.stderr).toMatch(/^Cannot open the state store \(redis\): /u);

    const memory = await runCli([], { STATE_STORE: 'memory' });
    expect(memory.status).toBe(1);
    expect(memory.stderr).toContain('GET /admin/review');

    const usage = await runCli(['--limit', 'x'], { STATE_STORE: 'sqlite', STATE_SQLITE_PATH: path });
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('Usage: npm run --silent review');
  });
});
