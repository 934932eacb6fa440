/**
 * STATE_STORE=sqlite (the default): conversation state in an embedded SQLite file, survives a
 * restart. better-sqlite3 12 (13 needs Node 22). One row per key with its eTag; a conditional
 * write is one UPDATE … WHERE etag = ?, so two writers cannot both win. Items older than the TTL
 * are neither returned nor kept.
 *
 * Writes are group-committed: the writes that arrive while the event loop is busy with one round
 * of requests are committed together in one transaction (each inside its own savepoint, so one
 * write's eTag conflict does not undo the others), and each `write()` resolves only after the
 * transaction holding it committed. A commit costs about 0.1 ms whatever it holds, so under load
 * this divides the store's cost per turn by the batch size; a lone write waits one loop turn.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { StoreItems } from 'botbuilder';
import { ETagConflictError, MUST_BE_NEW, newETag, splitChange, type ClosableStorage } from './storage.js';

export interface SqliteStorageOptions {
  path: string;
  ttlSeconds: number;
  now?: () => number;
  /** How often expired rows are purged (default 10 minutes). */
  purgeEveryMs?: number;
}

export function createSqliteStorage(options: SqliteStorageOptions): ClosableStorage {
  const now = options.now ?? Date.now;
  if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
  const db = new Database(options.path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.exec('CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value TEXT NOT NULL, etag TEXT NOT NULL, updated_at INTEGER NOT NULL)');
  const ttlMs = options.ttlSeconds * 1000;
  const select = db.prepare<[string, number], { value: string; etag: string }>('SELECT value, etag FROM state WHERE key = ? AND updated_at >= ?');
  const insertOrReplace = db.prepare('INSERT OR REPLACE INTO state (key, value, etag, updated_at) VALUES (?, ?, ?, ?)');
  const updateIf = db.prepare('UPDATE state SET value = ?, etag = ?, updated_at = ? WHERE key = ? AND etag = ? AND updated_at >= ?');
  const remove = db.prepare('DELETE FROM state WHERE key = ?');
  const removeExpired = db.prepare('DELETE FROM state WHERE key = ? AND updated_at < ?');
  const insertNew = db.prepare('INSERT OR IGNORE INTO state (key, value, etag, updated_at) VALUES (?, ?, ?, ?)');
  const purge = db.prepare('DELETE FROM state WHERE updated_at < ?');
  purge.run(now() - ttlMs);
  const timer = setInterval(() => purge.run(now() - ttlMs), options.purgeEveryMs ?? 600_000);
  timer.unref();

  const writeOne = db.transaction((changes: StoreItems) => {
    for (const [key, item] of Object.entries(changes)) {
      const { expected, value } = splitChange(item);
      const etag = newETag();
      const json = JSON.stringify(value);
      const t = now();
      if (expected === undefined) insertOrReplace.run(key, json, etag, t);
      else if (expected === MUST_BE_NEW) {
        removeExpired.run(key, t - ttlMs);
        if (insertNew.run(key, json, etag, t).changes === 0) throw new ETagConflictError(key);
      } else if (updateIf.run(json, etag, t, key, expected, t - ttlMs).changes === 0) throw new ETagConflictError(key);
    }
  });

  /** Writes waiting for the next group commit. */
  let pending: Array<{ changes: StoreItems; resolve: () => void; reject: (e: unknown) => void }> = [];
  /** Commits every pending write in one transaction; settles each write's promise afterwards. */
  const commitAll = db.transaction((batch: typeof pending) => {
    // writeOne is itself a transaction: nested, better-sqlite3 runs it as a savepoint, so a
    // conflict rolls back that write alone and the batch goes on.
    return batch.map((w) => {
      try {
        writeOne(w.changes);
        return undefined;
      } catch (e) {
        return e;
      }
    });
  });
  function flush(): void {
    const batch = pending;
    pending = [];
    if (batch.length === 0) return;
    let outcomes: unknown[];
    try {
      outcomes = commitAll(batch);
    } catch (e) {
      for (const w of batch) w.reject(e);
      return;
    }
    batch.forEach((w, i) => (outcomes[i] === undefined ? w.resolve() : w.reject(outcomes[i])));
  }

  let closed = false;
  return {
    async read(keys) {
      const out: StoreItems = {};
      const since = now() - ttlMs;
      for (const key of keys) {
        const row = select.get(key, since);
        if (row) out[key] = { ...(JSON.parse(row.value) as object), eTag: row.etag };
      }
      return out;
    },
    write(changes) {
      if (closed) return Promise.reject(new Error('the SQLite store is closed'));
      return new Promise<void>((resolve, reject) => {
        if (pending.length === 0) setImmediate(flush);
        pending.push({ changes, resolve, reject });
      });
    },
    async delete(keys) {
      for (const key of keys) remove.run(key);
    },
    async close() {
      if (closed) return;
      closed = true;
      clearInterval(timer);
      flush();
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
    },
  };
}
