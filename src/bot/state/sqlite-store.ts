/**
 * STATE_STORE=sqlite (the default): items in one table of an embedded SQLite file (WAL mode), so
 * conversations survive a restart, and several processes on one machine may share the file. Each
 * call is one statement, committed before it resolves; a conditional write is a single statement
 * whose WHERE checks the eTag, so two writers cannot both win. Rows older than the TTL are neither
 * returned nor kept (purged on open and every `purgeEveryMs`). The table is the one the previous
 * store used (`state`: key, value JSON, etag, updated_at in ms), so existing files are read as is.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { ETagConflictError, newETag, type StateStore } from './store.js';

export interface SqliteStoreOptions {
  /** The database file (its folder is created), or ':memory:'. */
  path: string;
  /** Rows expire this long after their last write. */
  ttlSeconds: number;
  /** The clock, in ms (default Date.now). */
  now?: () => number;
  /**
   * How long a write waits for another connection's write lock before it rejects (SQLITE_BUSY);
   * default 100 ms. SQLite waits by sleeping in the calling thread, which here is the event loop's,
   * so every request of the server waits with it: keep it short. Another bot process holds the lock
   * for well under a millisecond per write; only a stuck writer (a `sqlite3` shell left in a
   * transaction) holds it longer, and then failing fast is what we want.
   */
  busyTimeoutMs?: number;
  /** How often expired rows are deleted (default 10 minutes). */
  purgeEveryMs?: number;
}

/** Opens (or creates) the file and returns the store. Failures other than conflicts reject as SQLite raised them. */
export function createSqliteStore(options: SqliteStoreOptions): StateStore {
  const now = options.now ?? Date.now;
  const ttlMs = options.ttlSeconds * 1000;
  if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
  const db = new Database(options.path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL'); // WAL: a commit survives a crash of the process, not of the machine
  db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 100))}`);
  db.exec(
    'CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value TEXT NOT NULL, etag TEXT NOT NULL, updated_at INTEGER NOT NULL)',
  );

  // `since`: rows written at or before it have expired.
  const select = db.prepare<[string, number], { value: string; etag: string }>(
    'SELECT value, etag FROM state WHERE key = ? AND updated_at > ?',
  );
  const upsert =
    'INSERT INTO state (key, value, etag, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, etag = excluded.etag, updated_at = excluded.updated_at';
  const overwrite = db.prepare<[string, string, string, number]>(upsert);
  // Create-only: inserts, or replaces an expired row; a live row stays and nothing changes.
  const create = db.prepare<[string, string, string, number, number]>(`${upsert} WHERE state.updated_at <= ?`);
  const update = db.prepare<[string, string, number, string, string, number]>(
    'UPDATE state SET value = ?, etag = ?, updated_at = ? WHERE key = ? AND etag = ? AND updated_at > ?',
  );
  const purge = db.prepare<[number]>('DELETE FROM state WHERE updated_at <= ?');

  const purgeExpired = () => purge.run(now() - ttlMs);
  purgeExpired();
  const timer = setInterval(() => {
    try {
      purgeExpired();
    } catch {
      // Locked or failing: expired rows are never read anyway, and the next purge deletes them.
    }
  }, options.purgeEveryMs ?? 600_000);
  timer.unref();

  return {
    async get(key) {
      const row = select.get(key, now() - ttlMs);
      return row && { value: JSON.parse(row.value) as unknown, eTag: row.etag };
    },
    async set(key, value, expected) {
      const eTag = newETag();
      const json = JSON.stringify(value);
      const t = now();
      const changed =
        expected === undefined
          ? overwrite.run(key, json, eTag, t)
          : expected === null
            ? create.run(key, json, eTag, t, t - ttlMs)
            : update.run(json, eTag, t, key, expected, t - ttlMs);
      if (changed.changes === 0) throw new ETagConflictError(key);
      return eTag;
    },
    async close() {
      if (!db.open) return;
      clearInterval(timer);
      try {
        db.pragma('wal_checkpoint(TRUNCATE)'); // leaves one file behind, not a -wal beside it
      } finally {
        db.close();
      }
    },
  };
}
