/**
 * STATE_STORE=redis: conversation state in Redis, for several instances behind a load balancer
 * (any instance continues any conversation). Each item is one string key holding
 * `{"value":…,"etag":…}`; a write runs a small Lua script that compares the eTag and sets the new
 * item with its TTL (SET … EX) in one atomic step, so two instances cannot both win.
 *
 * Start-up fails (rejects) when Redis cannot be reached after a few attempts; once connected, a
 * lost connection is retried forever with back-off, and commands issued meanwhile fail at once
 * (no offline queue). A command Redis does not answer within `commandTimeoutMs` fails too: a
 * Redis that stops answering without closing the connection (paused, overloaded, a network
 * partition) would otherwise hold every turn waiting on it. (node-redis's own command timeout
 * stops counting once the command is written to the socket, so it does not cover that case.) The
 * context store goes on without a failed call (context-store.ts); a write that times out may still
 * be applied when Redis resumes, which the next write's eTag check then finds.
 */
import type { StoreItems } from 'botbuilder';
import type { Logger } from 'pino';
import { createClient } from 'redis';
import { ETagConflictError, MUST_BE_NEW, newETag, splitChange, type ClosableStorage } from './storage.js';

export interface RedisStorageOptions {
  url: string;
  ttlSeconds: number;
  /** Key prefix (default "c05:state:"). */
  prefix?: string;
  /** Connection problems are logged here (without the URL, which may hold a password). */
  logger?: Logger;
  /** Connection attempts before start-up gives up (default 5, about 1.5 s). */
  connectAttempts?: number;
  /** How long a command may wait for Redis's answer before it fails (default 2000 ms). */
  commandTimeoutMs?: number;
}

/** A command Redis did not answer in time. */
export class RedisTimeoutError extends Error {
  constructor(ms: number) {
    super(`Redis did not answer within ${ms} ms`);
    this.name = 'RedisTimeoutError';
  }
}

/**
 * Commands given up on (timed out) and not answered since. `timed` races a command against the
 * timeout; the command itself goes on, and `unanswered` counts it until Redis answers it.
 */
function createCommandTimer(ms: number): { timed<T>(p: Promise<T>): Promise<T>; readonly unanswered: number } {
  let unanswered = 0;
  return {
    get unanswered() {
      return unanswered;
    },
    timed<T>(p: Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        let gaveUp = false;
        const timer = setTimeout(() => {
          gaveUp = true;
          unanswered += 1;
          reject(new RedisTimeoutError(ms));
        }, ms);
        /** Whether the caller still waits for the answer that just came (else it is counted off). */
        const stillWaiting = (): boolean => {
          if (gaveUp) {
            unanswered -= 1;
            return false;
          }
          clearTimeout(timer);
          return true;
        };
        p.then(
          (v) => {
            if (stillWaiting()) resolve(v);
          },
          (e: unknown) => {
            if (stillWaiting()) reject(e);
          },
        );
      });
    },
  };
}

/**
 * KEYS[1] the item's key; ARGV[1] expected eTag ('' = overwrite, '!new' = must not exist),
 * ARGV[2] the item's JSON, ARGV[3] TTL in seconds. Returns 1 when written, 0 on a conflict.
 */
const CONDITIONAL_SET = `
local current = redis.call('GET', KEYS[1])
if ARGV[1] == '${MUST_BE_NEW}' then
  if current then return 0 end
elseif ARGV[1] ~= '' then
  if not current then return 0 end
  local ok, item = pcall(cjson.decode, current)
  if not ok or type(item) ~= 'table' or item['etag'] ~= ARGV[1] then return 0 end
end
redis.call('SET', KEYS[1], ARGV[2], 'EX', tonumber(ARGV[3]))
return 1`;

/** A stored item, or undefined when the value is not one of ours (it is then treated as absent). */
function parseItem(raw: string): { value: object; etag: string } | undefined {
  try {
    const item = JSON.parse(raw) as { value?: unknown; etag?: unknown };
    return typeof item.etag === 'string' && typeof item.value === 'object' && item.value !== null ? { value: item.value, etag: item.etag } : undefined;
  } catch {
    return undefined;
  }
}

/** Connects to Redis and returns the store; rejects when Redis cannot be reached. */
export async function createRedisStorage(options: RedisStorageOptions): Promise<ClosableStorage> {
  const prefix = options.prefix ?? 'c05:state:';
  const attempts = options.connectAttempts ?? 5;
  const timeoutMs = options.commandTimeoutMs ?? 2000;
  const commands = createCommandTimer(timeoutMs);
  const log = options.logger;
  let everReady = false;
  let down = false;
  const client = createClient({
    url: options.url,
    disableOfflineQueue: true,
    socket: {
      connectTimeout: 5000,
      reconnectStrategy: (retries, cause) => (!everReady && retries >= attempts ? new Error(`Redis is not reachable: ${cause.message}`) : Math.min(100 + retries * 100, 2000)),
    },
  });
  client.on('error', (err: Error) => {
    if (!everReady || down) return; // start-up failures reject connect(); one line per outage
    down = true;
    log?.error({ err: { type: err.name, message: err.message } }, 'redis: connection lost; retrying');
  });
  client.on('ready', () => {
    if (down) log?.info('redis: connection back');
    everReady = true;
    down = false;
  });
  await client.connect();

  const keyOf = (k: string) => `${prefix}${k}`;
  /** One key, compared and set atomically by the script; resolves with its new eTag. */
  async function writeItem(key: string, value: object, expected: string | undefined): Promise<string> {
    const etag = newETag();
    const item = JSON.stringify({ value, etag });
    const ok = await commands.timed(client.eval(CONDITIONAL_SET, { keys: [keyOf(key)], arguments: [expected ?? '', item, String(options.ttlSeconds)] }));
    if (Number(ok) !== 1) throw new ETagConflictError(key);
    return etag;
  }
  /** Each key in turn. */
  async function writeEach(changes: StoreItems): Promise<void> {
    for (const [key, change] of Object.entries(changes)) {
      const { expected, value } = splitChange(change);
      await writeItem(key, value, expected);
    }
  }
  return {
    async read(keys) {
      const out: StoreItems = {};
      if (keys.length === 0) return out;
      const values = await commands.timed(client.mGet(keys.map(keyOf)));
      keys.forEach((key, i) => {
        const raw = values[i];
        const item = typeof raw === 'string' ? parseItem(raw) : undefined;
        if (!item) return;
        // The value was parsed just now, so it is this read's own: the eTag goes onto it. (A copy
        // spread from it with the eTag added, `{ ...value, eTag }`, would get a hidden class of its
        // own in V8 11 on every read: see http/send-parts.ts.)
        const value = item.value as Record<string, unknown>;
        value['eTag'] = item.etag;
        out[key] = value;
      });
      return out;
    },
    write: writeEach,
    writeItem,
    async delete(keys) {
      if (keys.length > 0) await commands.timed(client.del(keys.map(keyOf)));
    },
    async close() {
      if (!client.isOpen) return;
      // close() waits for every command sent to be answered. Commands that timed out were given
      // up on (their turns were answered without them), and a Redis that stopped answering may
      // never answer them: then the connection is dropped instead. Otherwise close() is still
      // bounded by the timeout, so a shutdown never waits on Redis for long.
      if (commands.unanswered > 0) client.destroy();
      else await commands.timed(client.close()).catch(() => undefined);
    },
  };
}
