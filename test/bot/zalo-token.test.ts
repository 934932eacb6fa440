/**
 * The OA token lifecycle: the access token refreshed ahead of expiry and once after -216, the
 * single-use refresh token replaced atomically in the state store (memory, SQLite, real Redis),
 * a dead refresh token reported (log, /healthz) without losing messages silently, one refresh for
 * two instances, a restart keeping the newest pair, and an operator's new pair taking over. Zalo
 * (its OA API and its OAuth v4 token endpoint) is played by the local stand-in; clocks are fake.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from 'redis';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Config } from '../../src/bot/config.js';
import { createMemoryStore } from '../../src/bot/state/memory-store.js';
import type { StateStore } from '../../src/bot/state/store.js';
import { readExpiresIn } from '../../src/bot/zalo/oa-oauth.js';
import {
  createOaTokenKeeper,
  LOCK_KEY,
  readTokenPair,
  TOKEN_KEY,
  tokenFingerprint,
  type OaTokenKeeperOptions,
  type StoredTokenPair,
} from '../../src/bot/zalo/oa-token.js';
import { skipRedisTests, startRedis, type TestRedis } from '../helpers/redis.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import {
  captureLogger,
  startZaloStandIn,
  zaloTextEvent,
  type SignedEvent,
  type ZaloStandIn,
} from '../helpers/zalo-stand-in.js';

const APP_ID = '360846524940903967';
const OA_SECRET = 'test-oa-secret-key';
const APP_SECRET = 'test-app-secret-key';
const HOUR = 3600_000;
/** Zalo's `expires_in` in the stand-in's answers: "90000" seconds, 25 hours. */
const LIFETIME = 90_000 * 1000;
const AHEAD = 3600 * 1000;

/** Fresh settings tokens per test, so that no two tests (or runs on a shared Redis) share a chain. */
function settingsPair(): { accessToken: string; refreshToken: string } {
  const r = randomBytes(6).toString('hex');
  return { accessToken: `settings-access-${r}`, refreshToken: `settings-refresh-${r}` };
}

/** A clock the test moves. */
function fakeClock(start = Date.UTC(2026, 2, 1, 8)): { now: () => number; set(t: number): void } {
  let t = start;
  return { now: () => t, set: (v) => void (t = v) };
}

async function storedPair(store: StateStore): Promise<StoredTokenPair | undefined> {
  return readTokenPair((await store.get(TOKEN_KEY))?.value);
}

/** Every token and secret a log must never hold. */
function secretsOf(zalo: ZaloStandIn, settings: { accessToken: string; refreshToken: string }): string[] {
  const issued = zalo.tokens();
  return [
    settings.accessToken,
    settings.refreshToken,
    issued.refreshToken,
    ...(issued.accessToken ? [issued.accessToken] : []),
    APP_SECRET,
    OA_SECRET,
  ];
}

describe('the token keeper over a store', () => {
  let zalo: ZaloStandIn;
  let settings: { accessToken: string; refreshToken: string };
  let clock: ReturnType<typeof fakeClock>;

  beforeEach(async () => {
    settings = settingsPair();
    clock = fakeClock();
    zalo = await startZaloStandIn({ oauth: { appId: APP_ID, appSecretKey: APP_SECRET, ...settings } });
  });
  afterEach(async () => {
    await zalo.close();
  });

  function keeper(store: StateStore, more: Partial<OaTokenKeeperOptions> = {}) {
    const log = captureLogger();
    const tokens = createOaTokenKeeper({
      store,
      logger: log.logger,
      appId: APP_ID,
      appSecretKey: APP_SECRET,
      oauthBaseUrl: zalo.url,
      settings,
      refreshAheadSeconds: AHEAD / 1000,
      now: clock.now,
      pollMs: 10,
      ...more,
    });
    return { tokens, log };
  }

  it('when the store has no pair, then the settings pair is stored and, its expiry being unknown, refreshed once; the new pair replaces it', async () => {
    const store = createMemoryStore();
    const { tokens, log } = keeper(store);
    const lease = await tokens.accessToken();
    expect(zalo.refreshCalls).toEqual([{ refreshToken: settings.refreshToken, ok: true }]);
    const issued = zalo.tokens();
    expect(lease).toEqual({ ok: true, token: issued.accessToken });
    expect(await storedPair(store)).toEqual({
      accessToken: issued.accessToken,
      refreshToken: issued.refreshToken,
      expiresAt: clock.now() + LIFETIME,
      updatedAt: clock.now(),
      seededFrom: [tokenFingerprint(settings.refreshToken)],
    });
    expect(tokens.status()).toBe('ok');
    for (const secret of secretsOf(zalo, settings)) expect(log.text()).not.toContain(secret);
  });

  it('when the access token is outside the refresh-ahead window, then it is used as it is; inside it, it is refreshed first', async () => {
    const store = createMemoryStore();
    const { tokens } = keeper(store);
    await tokens.accessToken();
    const first = zalo.tokens().accessToken;
    const expiresAt = clock.now() + LIFETIME;
    clock.set(expiresAt - AHEAD - 1000);
    expect(await tokens.accessToken()).toEqual({ ok: true, token: first });
    expect(zalo.refreshCalls).toHaveLength(1);
    clock.set(expiresAt - AHEAD + 1000);
    const lease = await tokens.accessToken();
    expect(zalo.refreshCalls).toHaveLength(2);
    expect(lease).toEqual({ ok: true, token: zalo.tokens().accessToken });
    expect(zalo.tokens().accessToken).not.toBe(first);
    expect((await storedPair(store))?.expiresAt).toBe(clock.now() + LIFETIME);
  });

  it('when many sends ask for a due token at once, then one refresh is made and all get its token', async () => {
    const store = createMemoryStore();
    const { tokens } = keeper(store);
    zalo.refreshDelay(100);
    const leases = await Promise.all(Array.from({ length: 5 }, () => tokens.accessToken()));
    expect(zalo.refreshCalls).toHaveLength(1);
    expect(new Set(leases.map((l) => (l.ok ? l.token : l.problem)))).toEqual(new Set([zalo.tokens().accessToken]));
  });

  it('when two keepers share a store and both find the token due at once, then only one spends the refresh token and both use its pair', async () => {
    const store = createMemoryStore();
    const a = keeper(store);
    const b = keeper(store);
    zalo.refreshDelay(150);
    const [la, lb] = await Promise.all([a.tokens.accessToken(), b.tokens.accessToken()]);
    expect(zalo.refreshCalls).toEqual([{ refreshToken: settings.refreshToken, ok: true }]);
    expect(la).toEqual({ ok: true, token: zalo.tokens().accessToken });
    expect(lb).toEqual(la);
    // The lock was released: a later refresh by the other keeper goes ahead at once.
    clock.set(clock.now() + LIFETIME);
    zalo.refreshDelay(0);
    expect(await b.tokens.accessToken()).toEqual({ ok: true, token: zalo.tokens().accessToken });
    expect(zalo.refreshCalls).toHaveLength(2);
  });

  it('when the refresh lock is held by an instance that died, then the others wait, and take it over once it has expired', async () => {
    const memory = createMemoryStore();
    await memory.set(LOCK_KEY, { owner: 'a-dead-instance', until: clock.now() + 30_000 }, null);
    let lockReads = 0;
    let thirdRead = () => undefined as void;
    const polledThrice = new Promise<void>((resolve) => (thirdRead = resolve));
    const store: StateStore = {
      ...memory,
      get: (key) => {
        if (key === LOCK_KEY && ++lockReads === 3) thirdRead();
        return memory.get(key);
      },
    };
    const { tokens } = keeper(store, { lockMs: 30_000, pollMs: 20 });
    const pending = tokens.accessToken();
    // It looks at the lock again and again while it is held, and no refresh goes out.
    await polledThrice;
    expect(zalo.refreshCalls).toHaveLength(0);
    clock.set(clock.now() + 30_001);
    expect(await pending).toEqual({ ok: true, token: zalo.tokens().accessToken });
    expect(zalo.refreshCalls).toHaveLength(1);
  });

  it('when Zalo cannot be reached for the refresh, then the refresh token is not given up: the current token is used while it lasts, and the refresh is tried again later', async () => {
    const store = createMemoryStore();
    const { tokens, log } = keeper(store, { retryAfterMs: 30_000 });
    await tokens.accessToken();
    const current = zalo.tokens();
    zalo.refreshReply({ httpStatus: 503 });
    clock.set(clock.now() + LIFETIME - AHEAD + 1000);
    expect(await tokens.accessToken()).toEqual({ ok: true, token: current.accessToken });
    expect(tokens.status()).toBe('ok');
    expect(log.text()).toContain('Zalo OA token refresh failed for now');
    // Within retryAfterMs no new call; after it, one.
    await tokens.accessToken();
    expect(zalo.refreshCalls).toHaveLength(2);
    zalo.refreshReply(undefined);
    clock.set(clock.now() + 30_000);
    expect(await tokens.accessToken()).toEqual({ ok: true, token: zalo.tokens().accessToken });
    expect(zalo.refreshCalls.map((c) => c.ok)).toEqual([true, false, true]);
    expect(zalo.refreshCalls[2]?.refreshToken).toBe(current.refreshToken);
  });

  it('when the refresh token is dead while the access token still lasts, then replies go on with it, the channel is degraded at once, and the dead token is never sent again', async () => {
    const store = createMemoryStore();
    const { tokens, log } = keeper(store);
    await tokens.accessToken();
    const current = zalo.tokens();
    zalo.killRefreshToken();
    clock.set(clock.now() + LIFETIME - AHEAD + 1000);
    expect(await tokens.accessToken()).toEqual({ ok: true, token: current.accessToken });
    expect(tokens.status()).toBe('degraded');
    const dead = log.lines().filter((l) => String(l['msg']).includes('refresh token refused'));
    expect(dead).toHaveLength(1);
    expect(dead[0]).toMatchObject({ level: 50, zaloError: -14014, zaloErrorName: 'Invalid refresh token' });
    clock.set(clock.now() + AHEAD);
    expect(await tokens.accessToken()).toEqual({ ok: false, problem: 'refresh-token-refused' });
    expect(await tokens.refreshAfterRejection(current.accessToken!)).toEqual({
      ok: false,
      problem: 'refresh-token-refused',
    });
    expect(zalo.refreshCalls).toHaveLength(2);
    expect(log.lines().filter((l) => String(l['msg']).includes('refresh token refused'))).toHaveLength(1);
    for (const secret of secretsOf(zalo, settings)) expect(log.text()).not.toContain(secret);
  });

  it('when the OA API refuses a token another instance has already replaced, then the stored one is used without a refresh', async () => {
    const store = createMemoryStore();
    const a = keeper(store);
    const b = keeper(store);
    await a.tokens.accessToken();
    const old = zalo.tokens().accessToken!;
    expect(await b.tokens.accessToken()).toEqual({ ok: true, token: old });
    clock.set(clock.now() + LIFETIME - AHEAD + 1000);
    await a.tokens.accessToken(); // a refreshes; b still holds `old` from its last send
    expect(zalo.refreshCalls).toHaveLength(2);
    expect(await b.tokens.refreshAfterRejection(old)).toEqual({ ok: true, token: zalo.tokens().accessToken });
    expect(zalo.refreshCalls).toHaveLength(2);
  });

  it('when the refreshed pair cannot be written, then it is kept in memory and written once the store answers', async () => {
    const memory = createMemoryStore();
    let failWrites = false;
    const store: StateStore = {
      ...memory,
      set: (key, value, expected) =>
        failWrites && key === TOKEN_KEY ? Promise.reject(new Error('disk full')) : memory.set(key, value, expected),
    };
    const { tokens, log } = keeper(store);
    await tokens.accessToken();
    clock.set(clock.now() + LIFETIME - AHEAD + 1000);
    failWrites = true;
    const lease = await tokens.accessToken();
    const issued = zalo.tokens();
    expect(lease).toEqual({ ok: true, token: issued.accessToken });
    expect(log.text()).toContain('refreshed but not stored');
    expect((await storedPair(memory))?.refreshToken).not.toBe(issued.refreshToken);
    failWrites = false;
    expect(await tokens.accessToken()).toEqual({ ok: true, token: issued.accessToken });
    expect((await storedPair(memory))?.refreshToken).toBe(issued.refreshToken);
    expect(zalo.refreshCalls).toHaveLength(2);
  });

  it('when the settings hold a new refresh token, then it replaces the stored pair once; an instance still on the old settings does not put the old pair back', async () => {
    const store = createMemoryStore();
    await keeper(store).tokens.accessToken();
    const oldSettings = settings;
    settings = zalo.authorise(); // the operator re-authorised the OA and set the new pair
    const renewed = keeper(store);
    expect(await renewed.tokens.accessToken()).toEqual({ ok: true, token: zalo.tokens().accessToken });
    expect(zalo.refreshCalls.at(-1)).toEqual({ refreshToken: settings.refreshToken, ok: true });
    expect(renewed.log.text()).toContain('replaced by the one in the settings');
    const stored = await storedPair(store);
    expect(stored?.seededFrom).toEqual([
      tokenFingerprint(oldSettings.refreshToken),
      tokenFingerprint(settings.refreshToken),
    ]);
    settings = oldSettings; // a rolling deploy: an instance with the old settings
    const old = keeper(store);
    expect(await old.tokens.accessToken()).toEqual({ ok: true, token: zalo.tokens().accessToken });
    expect(await storedPair(store)).toEqual(stored);
  });

  it('when `expires_in` comes as a string, a number or not at all, then it is read as seconds (25 hours when missing)', () => {
    expect(readExpiresIn('90000')).toBe(90_000);
    expect(readExpiresIn(86_400)).toBe(86_400);
    expect(readExpiresIn(undefined)).toBe(90_000);
    expect(readExpiresIn('soon')).toBe(90_000);
  });
});

/** Settings for a server whose OA token refreshes against the stand-in. */
function refreshingSettings(
  zalo: ZaloStandIn,
  settings: { accessToken?: string; refreshToken: string },
): Partial<Config> {
  return {
    ZALO_APP_ID: APP_ID,
    ZALO_OA_SECRET_KEY: OA_SECRET,
    ZALO_OA_ACCESS_TOKEN: settings.accessToken,
    ZALO_OA_REFRESH_TOKEN: settings.refreshToken,
    ZALO_APP_SECRET_KEY: APP_SECRET,
    ZALO_API_BASE_URL: zalo.url,
    ZALO_OAUTH_BASE_URL: zalo.url,
  };
}

let counter = 0;
/** A signed text event from a fresh sender, timed by `now`, and its message id. */
function textEvent(now: number, text = 'B.6 là gì?'): SignedEvent & { msgId: string } {
  counter += 1;
  const msgId = `tok-${Date.now()}-${counter}`;
  const event = zaloTextEvent({
    appId: APP_ID,
    secret: OA_SECRET,
    senderId: `24684588352919${String(8000 + counter)}`,
    msgId,
    text,
    timestamp: now,
  });
  return { ...event, msgId };
}

async function post(s: TestServer, e: SignedEvent): Promise<number> {
  return (await fetch(`${s.url}/zalo/webhook`, { method: 'POST', headers: e.headers, body: e.body })).status;
}

async function zaloHealth(s: TestServer): Promise<unknown> {
  return ((await (await fetch(`${s.url}/healthz`)).json()) as { zalo: { oa: string } }).zalo.oa;
}

/** Starts a server and waits for its first token check (a pair from the settings is refreshed at once). */
async function startServer(
  zalo: ZaloStandIn,
  settings: { accessToken?: string; refreshToken: string },
  clock: { now: () => number },
  more: Partial<Config> = {},
): Promise<TestServer> {
  const s = await startTestServer(
    { ...refreshingSettings(zalo, settings), ...more },
    { helpdesk: { zalo: { now: clock.now, tokenTimings: { pollMs: 20 } } } },
  );
  await s.app.helpdesk.drain(10_000);
  return s;
}

describe('the OA channel with a refresh token', () => {
  let zalo: ZaloStandIn;
  let settings: { accessToken: string; refreshToken: string };
  let clock: ReturnType<typeof fakeClock>;
  const servers: TestServer[] = [];

  beforeEach(async () => {
    settings = settingsPair();
    clock = fakeClock();
    zalo = await startZaloStandIn({ oauth: { appId: APP_ID, appSecretKey: APP_SECRET, ...settings } });
  });
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
    await zalo.close();
  });
  async function server(more: Partial<Config> = {}, pair: { accessToken?: string; refreshToken: string } = settings) {
    const s = await startServer(zalo, pair, clock, more);
    servers.push(s);
    return s;
  }

  it('when the access token is about to expire, then it is refreshed before the reply is sent, and the new pair is in the store', async () => {
    const s = await server();
    expect(zalo.refreshCalls).toHaveLength(1); // the settings' token has no known expiry
    expect(s.logs()).toContain('the OA access token is refreshed ahead of expiry');
    const first = await storedPair(s.app.deps.store);
    clock.set(first!.expiresAt! - AHEAD + 60_000);
    expect(await post(s, textEvent(clock.now()))).toBe(200);
    const [sent] = await zalo.waitFor(1);
    await s.app.helpdesk.drain(10_000);
    expect(zalo.refreshCalls).toEqual([
      { refreshToken: settings.refreshToken, ok: true },
      { refreshToken: first!.refreshToken, ok: true },
    ]);
    const issued = zalo.tokens();
    expect(sent!.accessToken).toBe(issued.accessToken);
    expect(zalo.rejected).toHaveLength(0);
    expect(await storedPair(s.app.deps.store)).toMatchObject({
      accessToken: issued.accessToken,
      refreshToken: issued.refreshToken,
      expiresAt: clock.now() + LIFETIME,
    });
    expect(await zaloHealth(s)).toBe('ok');
    for (const secret of secretsOf(zalo, settings)) expect(s.logs()).not.toContain(secret);
  });

  it('when the OA API refuses the access token with -216, then it is refreshed once and the send retried and delivered', async () => {
    const s = await server();
    zalo.expireAccessToken();
    expect(await post(s, textEvent(clock.now()))).toBe(200);
    await zalo.waitFor(1);
    await s.app.helpdesk.drain(10_000);
    expect(zalo.rejected).toHaveLength(1);
    expect(zalo.refreshCalls).toHaveLength(2);
    expect(zalo.sent.map((m) => m.accessToken)).toEqual([zalo.tokens().accessToken]);
    expect(s.logs()).toContain('"zaloError":-216');
    expect(s.logs()).toContain('Zalo message answered');
    expect(s.logs()).not.toContain('not answered');
    expect(await zaloHealth(s)).toBe('ok');
  });

  it('when the refresh token is dead, then one error line says so without a token, /healthz reports Zalo degraded, and each message not answered is logged with its id while the webhook still answers 200', async () => {
    zalo.killRefreshToken();
    zalo.expireAccessToken();
    const s = await server();
    expect(await zaloHealth(s)).toBe('degraded');
    const first = textEvent(clock.now());
    const second = textEvent(clock.now());
    expect(await post(s, first)).toBe(200);
    expect(await post(s, second)).toBe(200);
    await s.app.helpdesk.drain(10_000);
    const lines = s
      .logs()
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const dead = lines.filter((l) => String(l['msg']).includes('refresh token refused'));
    expect(dead).toHaveLength(1);
    expect(dead[0]).toMatchObject({ level: 50, zaloError: -14014 });
    const notAnswered = lines.filter((l) => l['msg'] === 'Zalo message not answered: the reply could not be sent');
    expect(notAnswered.map((l) => [l['level'], l['msgId'], l['reason']])).toEqual(
      expect.arrayContaining([
        [50, first.msgId, 'refresh-token-refused'],
        [50, second.msgId, 'refresh-token-refused'],
      ]),
    );
    expect(notAnswered).toHaveLength(2);
    expect(zalo.refreshCalls).toEqual([{ refreshToken: settings.refreshToken, ok: false }]);
    expect(zalo.sent).toHaveLength(0);
    for (const secret of secretsOf(zalo, settings)) expect(s.logs()).not.toContain(secret);
    expect(s.logs()).not.toContain('B.6 là gì');
    expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
  });

  it('when the server restarts on the same SQLite file with the same settings, then it keeps the newest pair and spends no token', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zalo-token-'));
    try {
      const file = { STATE_STORE: 'sqlite' as const, STATE_SQLITE_PATH: join(dir, 'state.sqlite') };
      const a = await startServer(zalo, settings, clock, file);
      await a.close();
      const pair = zalo.tokens(); // the settings' pair is spent now: the stand-in refuses both of its tokens
      expect(zalo.refreshCalls).toHaveLength(1);
      const b = await server(file);
      expect(await zaloHealth(b)).toBe('ok');
      expect(await post(b, textEvent(clock.now()))).toBe(200);
      const [sent] = await zalo.waitFor(1);
      expect(sent!.accessToken).toBe(pair.accessToken);
      expect(zalo.refreshCalls).toHaveLength(1);
      expect(zalo.rejected).toHaveLength(0);
    } finally {
      await Promise.all(servers.splice(0).map((s) => s.close()));
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('when an operator sets a newly authorised pair in the settings, then after the restart it replaces the stored one and replies go out again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zalo-token-'));
    try {
      const file = { STATE_STORE: 'sqlite' as const, STATE_SQLITE_PATH: join(dir, 'state.sqlite') };
      const a = await startServer(zalo, settings, clock, file);
      zalo.killRefreshToken();
      zalo.expireAccessToken();
      clock.set(clock.now() + LIFETIME);
      expect(await post(a, textEvent(clock.now()))).toBe(200);
      await a.app.helpdesk.drain(10_000);
      expect(await zaloHealth(a)).toBe('degraded');
      await a.close();
      const renewed = zalo.authorise();
      const b = await server(file, renewed);
      expect(b.logs()).toContain('replaced by the one in the settings');
      expect(await zaloHealth(b)).toBe('ok');
      expect(await post(b, textEvent(clock.now()))).toBe(200);
      const [sent] = await zalo.waitFor(1);
      expect(sent!.accessToken).toBe(zalo.tokens().accessToken);
      expect(zalo.refreshCalls.at(-1)).toEqual({ refreshToken: renewed.refreshToken, ok: true });
      expect((await storedPair(b.app.deps.store))?.refreshToken).toBe(zalo.tokens().refreshToken);
    } finally {
      await Promise.all(servers.splice(0).map((s) => s.close()));
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('when the settings hold only a refresh token, then the channel is on and the first access token is fetched at start', async () => {
    const s = await server({ ZALO_OA_ACCESS_TOKEN: undefined }, { refreshToken: settings.refreshToken });
    expect(zalo.refreshCalls).toEqual([{ refreshToken: settings.refreshToken, ok: true }]);
    expect(await zaloHealth(s)).toBe('ok');
    expect(await post(s, textEvent(clock.now()))).toBe(200);
    const [sent] = await zalo.waitFor(1);
    expect(sent!.accessToken).toBe(zalo.tokens().accessToken);
  });
});

describe.skipIf(skipRedisTests)('two instances sharing Redis', () => {
  let redis: TestRedis;
  let zalo: ZaloStandIn;
  let settings: { accessToken: string; refreshToken: string };
  const servers: TestServer[] = [];

  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await redis.stop();
  });
  beforeEach(async () => {
    // Another run on a shared Redis may have left a pair or a lock behind.
    const c = createClient({ url: redis.url });
    await c.connect();
    await c.del(['c05:state:' + TOKEN_KEY, 'c05:state:' + LOCK_KEY]);
    c.destroy();
    settings = settingsPair();
    zalo = await startZaloStandIn({ oauth: { appId: APP_ID, appSecretKey: APP_SECRET, ...settings } });
  });
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
    await zalo.close();
  });

  it('when both start at once and later both receive a message after the token expired, then each time exactly one refresh reaches Zalo and both replies are delivered', async () => {
    const clock = fakeClock();
    zalo.refreshDelay(200); // a refresh long enough for the other instance to find it under way
    const shared = { STATE_STORE: 'redis' as const, REDIS_URL: redis.url };
    servers.push(
      ...(await Promise.all([startServer(zalo, settings, clock, shared), startServer(zalo, settings, clock, shared)])),
    );
    const [a, b] = servers as [TestServer, TestServer];
    expect(zalo.refreshCalls).toEqual([{ refreshToken: settings.refreshToken, ok: true }]);

    clock.set(clock.now() + LIFETIME + HOUR);
    const statuses = await Promise.all([post(a, textEvent(clock.now())), post(b, textEvent(clock.now()))]);
    expect(statuses).toEqual([200, 200]);
    const sent = await zalo.waitFor(2, 10_000);
    await Promise.all([a.app.helpdesk.drain(10_000), b.app.helpdesk.drain(10_000)]);
    expect(zalo.refreshCalls).toHaveLength(2);
    expect(zalo.refreshCalls.every((c) => c.ok)).toBe(true);
    expect(sent.map((m) => m.accessToken)).toEqual([zalo.tokens().accessToken, zalo.tokens().accessToken]);
    expect(zalo.rejected).toHaveLength(0);
    expect(await storedPair(a.app.deps.store)).toMatchObject({ refreshToken: zalo.tokens().refreshToken });
    expect([await zaloHealth(a), await zaloHealth(b)]).toEqual(['ok', 'ok']);
  });
});
