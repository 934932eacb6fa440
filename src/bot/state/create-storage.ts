/** The conversation store the settings ask for. */
import type { Config } from '../config.js';
import { createMemoryStorage } from './memory-storage.js';
import { createRedisStorage } from './redis-storage.js';
import { createSqliteStorage } from './sqlite-storage.js';
import type { ClosableStorage } from './storage.js';

export async function createStorage(config: Config): Promise<ClosableStorage> {
  switch (config.STATE_STORE) {
    case 'memory':
      return createMemoryStorage();
    case 'redis':
      return createRedisStorage({ url: config.REDIS_URL!, ttlSeconds: config.STATE_TTL_SECONDS });
    case 'sqlite':
      return createSqliteStorage({ path: config.STATE_SQLITE_PATH, ttlSeconds: config.STATE_TTL_SECONDS });
  }
}
