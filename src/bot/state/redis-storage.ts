/**
 * STATE_STORE=redis: conversation state in Redis, for several instances behind a load balancer
 * (any instance continues any conversation). Each item is one key holding {value, etag}; a write
 * runs a small Lua script that compares the eTag and sets the new item with its TTL atomically.
 */
import type { StoreItems } from 'botbuilder';
import { createClient } from 'redis';
import { ETagConflictError, newETag, splitChange, type ClosableStorage } from './storage.js';

export interface RedisStorageOptions {
  url: string;
  ttlSeconds: number;
  /** Key prefix (default "c05:state:"). */
  prefix?: string;
}

/** KEYS[1] item key; ARGV: expected eTag ('' = any, '!new' = must not exist), item JSON, ttl seconds. Returns 1 or 0. */
const CONDITIONAL_SET = `
local current = redis.call('GET', KEYS[1])
if ARGV[1] == '!new' then
  if current then return 0 end
elseif ARGV[1] ~= '' then
  if not current then return 0 end
  local ok, item = pcall(cjson.decode, current)
  if not ok or item['etag'] ~= ARGV[1] then return 0 end
end
redis.call('SET', KEYS[1], ARGV[2], 'EX', tonumber(ARGV[3]))
return 1`;

export async function createRedisStorage(options: RedisStorageOptions): Promise<ClosableStorage> {
  const prefix = options.prefix ?? 'c05:state:';
  const client = createClient({ url: options.url, socket: { reconnectStrategy: (retries) => Math.min(retries * 100, 2000) } });
  client.on('error', () => {
    // Reconnection is automatic; a failed command rejects and the turn reports it.
  });
  await client.connect();
  const keyOf = (k: string) => `${prefix}${k}`;
  return {
    async read(keys) {
      const out: StoreItems = {};
      if (keys.length === 0) return out;
      const values = await client.mGet(keys.map(keyOf));
      keys.forEach((key, i) => {
        const raw = values[i];
        if (typeof raw !== 'string') return;
        const item = JSON.parse(raw) as { value: object; etag: string };
        out[key] = { ...item.value, eTag: item.etag };
      });
      return out;
    },
    async write(changes) {
      for (const [key, change] of Object.entries(changes)) {
        const { expected, value } = splitChange(change);
        const item = JSON.stringify({ value, etag: newETag() });
        const ok = await client.eval(CONDITIONAL_SET, { keys: [keyOf(key)], arguments: [expected ?? '', item, String(options.ttlSeconds)] });
        if (Number(ok) !== 1) throw new ETagConflictError(key);
      }
    },
    async delete(keys) {
      if (keys.length > 0) await client.del(keys.map(keyOf));
    },
    async close() {
      if (client.isOpen) await client.quit();
    },
  };
}
