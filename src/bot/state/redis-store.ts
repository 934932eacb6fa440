/**
 * STATE_STORE=redis: items in Redis, shared by several instances behind a load balancer. Each item
 * is one string key, `prefix + key`, holding `{"value":…,"etag":…}` (the previous store's format,
 * so existing data is read as is); a write is one Lua script that compares the stored eTag and SETs
 * the new item with its TTL (EX) atomically, so two instances cannot both win.
 *
 * Start-up rejects when Redis cannot be reached after `connectAttempts` tries. Once connected, a
 * lost connection is retried forever with back-off, and calls made meanwhile reject at once (no
 * offline queue). A call Redis does not answer within `commandTimeoutMs` rejects too; a write that
 * timed out may still be applied when Redis resumes (the next write's eTag check then sees it).
 */
import type { Logger } from 'pino';
import { createClient, defineScript } from 'redis';
import { ETagConflictError, newETag, type StateStore, type StoredItem } from './store.js';

export interface RedisStoreOptions {
  url: string;
  /** Items expire this long after their last write (Redis's own EX). */
  ttlSeconds: number;
  /** How long a call may wait for Redis's answer before it rejects (default 2000 ms). */
  commandTimeoutMs?: number;
  /** Connection problems are logged here, once per outage (never the URL: it may hold a password). */
  logger?: Logger;
  /** Key prefix (default "c05:state:"). */
  prefix?: string;
  /** Connection attempts before start-up gives up (default 5, about 1.5 s when refused). */
  connectAttempts?: number;
}

/**
 * KEYS[1] the item; ARGV[1] 'any' (overwrite), 'new' (create-only) or 'match' (ARGV[2] must be
 * the stored eTag); ARGV[3] the new item's JSON; ARGV[4] the TTL in seconds. 1 = written, 0 = conflict.
 * A value that is not an item of ours counts as absent.
 */
const SET_IF = defineScript({
  NUMBER_OF_KEYS: 1,
  SCRIPT: `
local raw = redis.call('GET', KEYS[1])
local current = nil
if raw then
  local ok, item = pcall(cjson.decode, raw)
  if ok and type(item) == 'table' and type(item['etag']) == 'string' then current = item['etag'] end
end
if (ARGV[1] == 'new' and current) or (ARGV[1] == 'match' and current ~= ARGV[2]) then return 0 end
redis.call('SET', KEYS[1], ARGV[3], 'EX', ARGV[4])
return 1`,
  parseCommand(parser, key: string, mode: string, expected: string, item: string, ttl: string) {
    parser.pushKey(key);
    parser.push(mode, expected, item, ttl);
  },
  transformReply: (reply: unknown): number => Number(reply),
});

/** The item stored as `raw`; undefined when there is none, or it is not an item of ours (absent, as for the script). */
function parseItem(raw: string | null): StoredItem | undefined {
  try {
    const item = raw === null ? undefined : (JSON.parse(raw) as { value?: unknown; etag?: unknown });
    return typeof item?.etag === 'string' ? { value: item.value, eTag: item.etag } : undefined;
  } catch {
    return undefined;
  }
}

/** Connects to Redis and returns the store; rejects when Redis cannot be reached. */
export async function createRedisStore(options: RedisStoreOptions): Promise<StateStore> {
  const prefix = options.prefix ?? 'c05:state:';
  const ms = options.commandTimeoutMs ?? 2000;
  const attempts = options.connectAttempts ?? 5;
  const log = options.logger;
  let everReady = false;
  let down = false;
  const client = createClient({
    url: options.url,
    disableOfflineQueue: true,
    scripts: { setIf: SET_IF },
    socket: {
      connectTimeout: 5000,
      reconnectStrategy: (retries, cause) =>
        !everReady && retries >= attempts
          ? new Error(`Redis is not reachable: ${cause.message}`)
          : Math.min(100 * (retries + 1), 2000),
    },
  });
  client.on('error', (e: Error) => {
    if (!everReady || down) return; // start-up failures reject connect(); one line per outage
    down = true;
    log?.error({ err: { type: e.name, message: e.message } }, 'redis: connection lost; retrying');
  });
  client.on('ready', () => {
    if (down) log?.info('redis: connection back');
    everReady = true;
    down = false;
  });
  await client.connect();

  /** Calls under way; each settles within `ms`. */
  const calls = new Set<Promise<unknown>>();
  /**
   * `command`, or a rejection once `ms` have passed. node-redis's own `timeout` command option
   * stops counting once the command is written to the socket (@redis/client's commands-queue.js),
   * so it cannot catch a Redis that stops answering on an open connection (paused, overloaded, cut off).
   */
  function timed<T>(command: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>(
      (_, reject) => (timer = setTimeout(() => reject(new Error(`Redis did not answer within ${ms} ms`)), ms)),
    );
    const call = Promise.race([command, late]).finally(() => clearTimeout(timer));
    const done = () => void calls.delete(call);
    calls.add(call);
    call.then(done, done);
    return call;
  }

  return {
    async get(key) {
      return parseItem(await timed(client.get(prefix + key)));
    },
    async set(key, value, expected) {
      const eTag = newETag();
      const mode = expected === undefined ? 'any' : expected === null ? 'new' : 'match';
      const item = JSON.stringify({ value, etag: eTag });
      const written = await timed(client.setIf(prefix + key, mode, expected ?? '', item, String(options.ttlSeconds)));
      if (written !== 1) throw new ETagConflictError(key);
      return eTag;
    },
    async close() {
      // Once every call is answered or timed out (within `ms`), nothing here waits for Redis any
      // more: the connection is dropped, with any answers a Redis that stopped answering still owes.
      await Promise.allSettled(calls);
      if (client.isOpen) client.destroy();
    },
  };
}
