/** The conversation store the settings ask for (STATE_STORE). */
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { createMemoryStorage } from './memory-storage.js';
import { createRedisStorage } from './redis-storage.js';
import { createSqliteStorage } from './sqlite-storage.js';
import type { ClosableStorage } from './storage.js';

/**
 * Opens the store: sqlite (file at STATE_SQLITE_PATH, its folder created), redis (REDIS_URL; rejects
 * when unreachable) or memory (tests). Items expire after STATE_TTL_SECONDS.
 */
export async function createStorage(config: Config, logger?: Logger): Promise<ClosableStorage> {
  switch (config.STATE_STORE) {
    case 'memory':
      return createMemoryStorage();
    case 'redis':
      if (config.REDIS_URL === undefined) throw new Error('REDIS_URL is required when STATE_STORE=redis');
      return createRedisStorage({ url: config.REDIS_URL, ttlSeconds: config.STATE_TTL_SECONDS, commandTimeoutMs: config.REDIS_COMMAND_TIMEOUT_MS, ...(logger ? { logger: logger.child({ component: 'redis' }) } : {}) });
    case 'sqlite':
      return createSqliteStorage({ path: config.STATE_SQLITE_PATH, ttlSeconds: config.STATE_TTL_SECONDS });
  }
}
