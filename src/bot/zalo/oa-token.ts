/**
 * The Zalo OA access token, kept alive. An OA access token lives about 25 hours; the refresh token
 * that renews it is single-use and lives about 3 months (oa-oauth.ts). Two ways to run:
 *
 * - Refreshing (ZALO_OA_REFRESH_TOKEN and ZALO_APP_SECRET_KEY set): the current pair lives in the
 *   state store under `zalo-oa:token`, so a restart keeps the newest pair and instances sharing
 *   Redis share it. It is seeded from the settings only when the store has none, or when the
 *   settings hold a refresh token the store was never seeded with (an operator re-authorised the
 *   OA); `seededFrom` keeps a short SHA-256 fingerprint of each settings refresh token seeded,
 *   never the token. Every replacement is a write conditional on the eTag read. The access token
 *   is refreshed when it is within ZALO_TOKEN_REFRESH_AHEAD_SECONDS of expiry (by a timer, and
 *   before a send), when its expiry is unknown (a pair seeded from the settings), and once when
 *   the OA API refuses it (-216 / -220 / -124) unless another instance already replaced it.
 *   Single flight: one refresh promise per process, and across instances a lock item
 *   (`zalo-oa:refresh-lock`, `{owner, until}`, created create-only, taken over with its eTag once
 *   expired, released after); an instance that finds the lock held waits for the pair to change.
 *   Zalo refusing the refresh token makes it dead: one error line (Zalo's code and name, never a
 *   token), status 'degraded', and that token is never sent again; the current access token is
 *   used until it expires. A new refresh token in the store (another instance re-seeded) or in the
 *   settings (after a restart) ends that. A transient failure (Zalo unreachable, 5xx, the store
 *   failing) is retried after `retryAfterMs`; meanwhile the current token is used while it lasts.
 *   The refresh token is only ever spent while holding the lock, so never without a working store.
 * - Static (only ZALO_OA_ACCESS_TOKEN): that token is used as it is; once the OA API refuses it the
 *   channel is 'degraded' until a send with it succeeds again.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { safeError } from '../helpdesk/safe-error.js';
import { isETagConflict, type StateStore, type StoredItem } from '../state/store.js';
import { UNWATCHED_STORE, type StoreHealth } from '../state/store-health.js';
import { refreshOaTokens } from './oa-oauth.js';

/** The store key of the current pair. */
export const TOKEN_KEY = 'zalo-oa:token';
/** The store key of the cross-instance refresh lock. */
export const LOCK_KEY = 'zalo-oa:refresh-lock';

/** The pair as stored. */
export interface StoredTokenPair {
  /** null: seeded with a refresh token only. */
  accessToken: string | null;
  refreshToken: string;
  /** ms since the epoch; null = unknown (seeded from the settings), so a refresh is due. */
  expiresAt: number | null;
  /** ms since the epoch of the last write. */
  updatedAt: number;
  /** Fingerprints (tokenFingerprint) of every settings refresh token this chain was seeded from, oldest first. */
  seededFrom: string[];
}

/** The cross-instance lock as stored. */
interface StoredLock {
  owner: string;
  /** ms since the epoch; the lock is free from then on. */
  until: number;
}

/** Why there is no token to send with. */
export type TokenProblem =
  /** Zalo refused the refresh token: the OA must be re-authorised. */
  | 'refresh-token-refused'
  /** The access token has expired and could not be refreshed yet. */
  | 'access-token-expired'
  /** The OA API refused the access token and it could not be replaced. */
  | 'access-token-rejected'
  /** Seeded with a refresh token only, and the first refresh has not succeeded yet. */
  | 'no-access-token';

/** A token to send with, or why there is none. */
export type TokenLease = { ok: true; token: string } | { ok: false; problem: TokenProblem };

/** The OA channel's token as the OA client uses it. */
export interface OaTokens {
  /** Whether the token can be refreshed (else it is used as configured). */
  readonly refreshes: boolean;
  /** A token to send with (refreshed first when due), or why there is none. Never rejects. */
  accessToken(): Promise<TokenLease>;
  /**
   * The OA API refused `badToken` as invalid or expired: a replacement to retry the send with once
   * (another instance's newer token, or a fresh refresh), or why there is none. Never rejects.
   */
  refreshAfterRejection(badToken: string): Promise<TokenLease>;
  /** The OA API refused `token` again, after a refresh: nothing more is tried for this send. */
  rejected(token: string): void;
  /** A send with `token` succeeded. */
  accepted(token: string): void;
  /** 'degraded' when replies cannot be sent (dead refresh token, expired or refused access token). */
  status(): 'ok' | 'degraded';
  /**
   * Starts the background refresh: a check now and then one before each expiry, each run through
   * `run` (so that shutdown can wait for a refresh under way). Static tokens do nothing.
   */
  start(run?: (task: () => Promise<void>) => void): void;
  /** Stops the background refresh. */
  stop(): void;
}

/** A short, one-way fingerprint of a token (the first 16 hex digits of its SHA-256). */
export function tokenFingerprint(token: string): string {
  return createHash('sha256').update(token).digest('hex').slice(0, 16);
}

const isString = (v: unknown): v is string => typeof v === 'string' && v !== '';
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The stored pair, or undefined when there is none or it is not one of ours. */
export function readTokenPair(value: unknown): StoredTokenPair | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (!isString(v['refreshToken'])) return undefined;
  if (v['accessToken'] !== null && !isString(v['accessToken'])) return undefined;
  if (v['expiresAt'] !== null && !isNumber(v['expiresAt'])) return undefined;
  const seededFrom = Array.isArray(v['seededFrom']) ? v['seededFrom'].filter(isString) : [];
  return {
    accessToken: v['accessToken'],
    refreshToken: v['refreshToken'],
    expiresAt: v['expiresAt'],
    updatedAt: isNumber(v['updatedAt']) ? v['updatedAt'] : 0,
    seededFrom,
  };
}

function readLock(value: unknown): StoredLock | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  return isString(v['owner']) && isNumber(v['until']) ? { owner: v['owner'], until: v['until'] } : undefined;
}

/** Settings fingerprints kept in `seededFrom` at most. */
const SEEDS_KEPT = 20;
/** Refresh tokens this process spent, remembered to recognise a pair that never reached the store. */
const SPENT_KEPT = 8;

/** Options of {@link createOaTokenKeeper}. */
export interface OaTokenKeeperOptions {
  store: StateStore;
  logger: Logger;
  /** Told of store failures and successes, as the turns do (default: nobody). */
  storeHealth?: StoreHealth;
  appId: string;
  /** The Zalo app's secret key, for the token endpoint. */
  appSecretKey: string;
  /** e.g. https://oauth.zaloapp.com */
  oauthBaseUrl: string;
  /** The settings' pair (ZALO_OA_ACCESS_TOKEN may be absent). */
  settings: { accessToken?: string | undefined; refreshToken: string };
  /** Refresh this long before the access token expires. */
  refreshAheadSeconds: number;
  /** The store's TTL (STATE_TTL_SECONDS): the pair is rewritten before half of it has passed. */
  storeTtlSeconds?: number;
  now?: () => number;
  fetch?: typeof globalThis.fetch;
  /** Timeout of the token endpoint call (default 10 s). */
  timeoutMs?: number;
  /** How long the lock is held at most (default 30 s: the call's timeout and the writes fit well within). */
  lockMs?: number;
  /** Between looks at the store while another instance refreshes (default 100 ms). */
  pollMs?: number;
  /** After a transient failure, no refresh is tried for this long (default 30 s). */
  retryAfterMs?: number;
}

/** Remembers the newest few items of a set, in order. */
function remember(set: Set<string>, item: string, max: number): void {
  set.delete(item);
  set.add(item);
  if (set.size > max) set.delete(set.values().next().value!);
}

/** The refreshing token keeper (see the file's comment). */
export function createOaTokenKeeper(o: OaTokenKeeperOptions): OaTokens {
  const now = o.now ?? Date.now;
  const store = o.store;
  const log = o.logger;
  const health = o.storeHealth ?? UNWATCHED_STORE;
  const aheadMs = o.refreshAheadSeconds * 1000;
  const lockMs = o.lockMs ?? 30_000;
  const pollMs = o.pollMs ?? 100;
  const retryAfterMs = o.retryAfterMs ?? 30_000;
  const ttlMs = (o.storeTtlSeconds ?? Infinity) * 1000;
  const settingsFp = tokenFingerprint(o.settings.refreshToken);
  const owner = randomUUID();

  const seed = (previous: StoredTokenPair | undefined): StoredTokenPair => ({
    accessToken: o.settings.accessToken ?? null,
    refreshToken: o.settings.refreshToken,
    expiresAt: null,
    updatedAt: now(),
    seededFrom: [...(previous?.seededFrom ?? []), settingsFp].slice(-SEEDS_KEPT),
  });

  /** The last pair known (the store's, or the settings' until the store has answered). */
  let current: StoredTokenPair = seed(undefined);
  /** Fingerprint of the refresh token Zalo refused; undefined while refreshing works. */
  let deadFp: string | undefined;
  /** The access token the OA API last refused. */
  let rejectedToken: string | undefined;
  /** When a refresh last failed for a passing reason (no new try before retryAfterMs). */
  let lastFailureAt: number | undefined;
  const spent = new Set<string>();
  let flight: Promise<StoredTokenPair> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let run: (task: () => Promise<void>) => void = (task) => void task();

  const usable = (p: StoredTokenPair): p is StoredTokenPair & { accessToken: string } =>
    p.accessToken !== null && p.accessToken !== rejectedToken && (p.expiresAt === null || p.expiresAt > now());
  const due = (p: StoredTokenPair): boolean =>
    p.accessToken === null || p.accessToken === rejectedToken || p.expiresAt === null || p.expiresAt - aheadMs <= now();
  const isDead = (p: StoredTokenPair): boolean => deadFp !== undefined && tokenFingerprint(p.refreshToken) === deadFp;
  const backingOff = (): boolean => lastFailureAt !== undefined && now() - lastFailureAt < retryAfterMs;

  function lease(p: StoredTokenPair): TokenLease {
    if (usable(p)) return { ok: true, token: p.accessToken };
    if (isDead(p)) return { ok: false, problem: 'refresh-token-refused' };
    if (p.accessToken === null) return { ok: false, problem: 'no-access-token' };
    if (p.accessToken === rejectedToken) return { ok: false, problem: 'access-token-rejected' };
    return { ok: false, problem: 'access-token-expired' };
  }

  /** Adopts `p` as the current pair; a new refresh token ends the dead state. */
  function adopt(p: StoredTokenPair): StoredTokenPair {
    if (deadFp !== undefined && tokenFingerprint(p.refreshToken) !== deadFp) {
      deadFp = undefined;
      log.info('Zalo OA has a new refresh token (the OA was re-authorised); the token is refreshed again');
    }
    current = p;
    return p;
  }

  /**
   * Reads the pair and its eTag, seeding it from the settings when there is none (or the settings
   * hold a new refresh token), and restoring this process's newer pair when a write of it failed.
   * Rejects when the store fails.
   */
  async function loadStrict(): Promise<{ pair: StoredTokenPair; eTag: string }> {
    for (let attempt = 1; ; attempt++) {
      const item = await store.get(TOKEN_KEY);
      const stored = readTokenPair(item?.value);
      try {
        if (!stored?.seededFrom.includes(settingsFp)) {
          const seeded = seed(stored);
          const eTag = await store.set(TOKEN_KEY, seeded, item?.eTag ?? null);
          log.info(
            stored === undefined
              ? 'Zalo OA token pair stored from the settings'
              : 'Zalo OA token pair replaced by the one in the settings (ZALO_OA_REFRESH_TOKEN changed: the OA was re-authorised)',
          );
          return { pair: adopt(seeded), eTag };
        }
        if (spent.has(tokenFingerprint(stored.refreshToken)) && current.refreshToken !== stored.refreshToken) {
          // This process refreshed, and its write did not make it: the stored refresh token is spent.
          const eTag = await store.set(TOKEN_KEY, current, item!.eTag);
          log.info('Zalo OA token pair stored (its earlier write had failed)');
          return { pair: current, eTag };
        }
        return { pair: adopt(stored), eTag: item!.eTag };
      } catch (e) {
        if (!isETagConflict(e) || attempt >= 3) throw e;
        // Another instance wrote in between: read what it wrote.
      }
    }
  }

  /** The current pair: the store's, or (while the store fails) the last one known. */
  async function load(): Promise<StoredTokenPair> {
    try {
      const { pair } = await loadStrict();
      health.succeeded();
      return pair;
    } catch (e) {
      health.failed(e);
      return current;
    }
  }

  /** Takes the lock: true when this process holds it now. Rejects when the store fails. */
  async function lock(): Promise<StoredItem | undefined> {
    const item = await store.get(LOCK_KEY);
    const held = readLock(item?.value);
    if (item !== undefined && held !== undefined && held.until > now() && held.owner !== owner) return undefined;
    try {
      const eTag = await store.set(LOCK_KEY, { owner, until: now() + lockMs }, item?.eTag ?? null);
      return { value: null, eTag };
    } catch (e) {
      if (isETagConflict(e)) return undefined;
      throw e;
    }
  }

  async function unlock(held: StoredItem): Promise<void> {
    try {
      await store.set(LOCK_KEY, { owner, until: 0 }, held.eTag);
    } catch {
      // Taken over (it had expired) or the store fails: it expires by itself.
    }
  }

  /** Writes the refreshed pair over whatever is stored (it is the newest: Zalo just issued it). */
  async function save(pair: StoredTokenPair, eTag: string): Promise<void> {
    let expected: string | null = eTag;
    for (let attempt = 1; ; attempt++) {
      try {
        await store.set(TOKEN_KEY, pair, expected);
        return;
      } catch (e) {
        if (!isETagConflict(e) || attempt >= 3) {
          health.failed(e);
          log.error(
            { error: safeError(e) },
            'Zalo OA token pair refreshed but not stored (state store failing); kept in memory and stored once the store answers',
          );
          return;
        }
        expected = (await store.get(TOKEN_KEY))?.eTag ?? null;
      }
    }
  }

  /** Under the lock: refreshes if still due, with the stored refresh token. */
  async function refreshLocked(): Promise<StoredTokenPair> {
    const { pair, eTag } = await loadStrict();
    if (!due(pair) || isDead(pair)) return pair;
    const outcome = await refreshOaTokens({
      baseUrl: o.oauthBaseUrl,
      appId: o.appId,
      appSecretKey: o.appSecretKey,
      refreshToken: pair.refreshToken,
      ...(o.timeoutMs !== undefined ? { timeoutMs: o.timeoutMs } : {}),
      ...(o.fetch ? { fetch: o.fetch } : {}),
    });
    if (outcome.kind === 'ok') {
      const t = now();
      const next: StoredTokenPair = {
        accessToken: outcome.tokens.accessToken,
        refreshToken: outcome.tokens.refreshToken,
        expiresAt: t + outcome.tokens.expiresInSeconds * 1000,
        updatedAt: t,
        seededFrom: pair.seededFrom,
      };
      remember(spent, tokenFingerprint(pair.refreshToken), SPENT_KEPT);
      current = next;
      lastFailureAt = undefined;
      await save(next, eTag);
      log.info({ expiresInSeconds: outcome.tokens.expiresInSeconds }, 'Zalo OA access token refreshed');
      return next;
    }
    if (outcome.kind === 'transient') {
      lastFailureAt = now();
      log.warn(
        { status: outcome.status, detail: outcome.detail, accessTokenUsable: usable(pair) },
        'Zalo OA token refresh failed for now; the current access token is used while it lasts, and the refresh is tried again',
      );
      return pair;
    }
    // Refused. Another writer may have rotated the token without our lock (e.g. the lock had
    // expired): then the pair it stored is the live one.
    const again = await loadStrict().catch(() => undefined);
    if (again !== undefined && again.pair.refreshToken !== pair.refreshToken) return again.pair;
    deadFp = tokenFingerprint(pair.refreshToken);
    log.error(
      { zaloError: outcome.errorCode, zaloErrorName: outcome.errorName, accessTokenUsable: usable(pair) },
      'Zalo OA refresh token refused (expired, revoked or already used): replies stop once the access token expires. Re-authorise the OA and set ZALO_OA_REFRESH_TOKEN (and ZALO_OA_ACCESS_TOKEN)',
    );
    return pair;
  }

  /** One refresh across instances: takes the lock, or waits for the instance holding it. Never rejects. */
  async function refreshAcrossInstances(): Promise<StoredTokenPair> {
    try {
      const polls = Math.ceil(lockMs / pollMs);
      for (let i = 0; i <= polls; i++) {
        if (i > 0) await new Promise((resolve) => setTimeout(resolve, pollMs));
        const { pair } = await loadStrict();
        if (!due(pair) || isDead(pair)) return pair;
        const held = await lock();
        if (held === undefined) continue; // another instance is refreshing: wait for its pair
        try {
          return await refreshLocked();
        } finally {
          await unlock(held);
        }
      }
      lastFailureAt = now();
      log.warn('Zalo OA token: another instance has held the refresh lock too long; the refresh is tried again later');
    } catch (e) {
      lastFailureAt = now();
      health.failed(e);
      log.warn(
        { error: safeError(e) },
        'Zalo OA token not refreshed: the state store failed (the refresh token is only spent when the new pair can be stored)',
      );
    }
    return current;
  }

  /** The single refresh of this process (callers at the same time share it). */
  function refresh(): Promise<StoredTokenPair> {
    flight ??= refreshAcrossInstances().finally(() => {
      flight = undefined;
    });
    return flight;
  }

  /** Refreshes when due; rewrites the pair before the store's TTL could drop it; schedules the next check. */
  async function check(): Promise<void> {
    try {
      let pair = await load();
      if (due(pair) && !isDead(pair) && !backingOff()) pair = await refresh();
      else if (now() - pair.updatedAt > ttlMs / 2) {
        try {
          const { pair: p, eTag } = await loadStrict();
          await store.set(TOKEN_KEY, { ...p, updatedAt: now() }, eTag);
        } catch {
          // A conflict means it was just written; a failing store is reported by the turns.
        }
      }
    } finally {
      schedule();
    }
  }

  function schedule(): void {
    if (timer) clearTimeout(timer);
    if (stopped) return;
    const next = due(current) || current.expiresAt === null ? retryAfterMs : current.expiresAt - aheadMs - now();
    const delay = Math.min(Math.max(next, 5_000), 6 * 3600_000, Math.max(ttlMs / 4, 5_000));
    timer = setTimeout(() => run(check), delay);
    timer.unref();
  }

  return {
    refreshes: true,
    async accessToken() {
      let pair = await load();
      if (due(pair) && !isDead(pair) && !backingOff()) pair = await refresh();
      return lease(pair);
    },
    async refreshAfterRejection(badToken) {
      rejectedToken = badToken;
      let pair = await load();
      if (usable(pair) || isDead(pair) || backingOff()) return lease(pair); // usable: another instance refreshed
      pair = await refresh();
      return lease(pair);
    },
    rejected(token) {
      rejectedToken = token;
    },
    accepted(token) {
      if (rejectedToken === token) rejectedToken = undefined;
    },
    status() {
      return deadFp === undefined && usable(current) ? 'ok' : 'degraded';
    },
    start(runner) {
      if (runner) run = runner;
      stopped = false;
      run(check);
    },
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}

/** A token used as configured (no refresh token): 'degraded' once refused, until it works again. */
export function createStaticOaToken(token: string, logger: Logger): OaTokens {
  let refused = false;
  return {
    refreshes: false,
    accessToken: () => Promise.resolve({ ok: true, token }),
    refreshAfterRejection() {
      if (!refused)
        logger.error(
          'Zalo OA access token refused, and it cannot be refreshed (no ZALO_OA_REFRESH_TOKEN and ZALO_APP_SECRET_KEY): set a new token',
        );
      refused = true;
      return Promise.resolve({ ok: false, problem: 'access-token-rejected' });
    },
    rejected() {
      refused = true;
    },
    accepted() {
      refused = false;
    },
    status: () => (refused ? 'degraded' : 'ok'),
    start: () => undefined,
    stop: () => undefined,
  };
}
