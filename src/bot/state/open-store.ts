/** The state store the settings ask for (STATE_STORE). */
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { createMemoryStore } from './memory-store.js';
import { createRedisStore } from './redis-store.js';
import { createSqliteStore } from './sqlite-store.js';
import type { StateStore } from './store.js';

export type StoreSettings = Pick<
  Config,
  'STATE_STORE' | 'STATE_SQLITE_PATH' | 'REDIS_URL' | 'STATE_TTL_SECONDS' | 'REDIS_COMMAND_TIMEOUT_MS'
>;

/**
 * Opens the store: sqlite (the file at STATE_SQLITE_PATH, its folder created), redis (REDIS_URL,
 * commands timing out after REDIS_COMMAND_TIMEOUT_MS; rejects when unreachable) or memory (tests).
 * Items expire STATE_TTL_SECONDS after their last write.
 */
export async function openStore(settings: StoreSettings, logger?: Logger): Promise<StateStore> {
  const ttlSeconds = settings.STATE_TTL_SECONDS;
  switch (settings.STATE_STORE) {
    case 'memory':
      return createMemoryStore({ ttlSeconds });
    case 'sqlite':
      return createSqliteStore({ path: settings.STATE_SQLITE_PATH, ttlSeconds });
    case 'redis':
      if (settings.REDIS_URL === undefined) throw new Error('REDIS_URL is required when STATE_STORE=redis');
      return createRedisStore({
        url: settings.REDIS_URL,
        ttlSeconds,
        commandTimeoutMs: settings.REDIS_COMMAND_TIMEOUT_MS,
        ...(logger ? { logger: logger.child({ component: 'redis' }) } : {}),
      });
  }
}
