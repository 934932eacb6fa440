/**
 * STATE_STORE=sqlite (the default): conversation state in an embedded SQLite file, survives a
 * restart. better-sqlite3 13 (Node-API 10: Node 22.14 or later). One row per key with its eTag; a conditional
 * write is one UPDATE … WHERE etag = ?, so two writers cannot both win. Items older than the TTL
 * are neither returned nor kept.
 *
 * Writes are group-committed: the writes that arrive while the event loop is busy with one round
 * of requests are committed together in one transaction (each inside its own savepoint, so one
 * write's eTag conflict does not undo the others), and each `write()` resolves only after the
 * transaction holding it committed. A commit costs about 0.1 ms whatever it holds, so under load
 * this divides the store's cost per turn by the batch size; a lone write waits one loop turn.
 *
 * Reads are served from the rows this connection last read, kept in memory, as long as no other
 * connection has committed since (SQLite's `PRAGMA data_version` changes exactly then): a second
 * process on the same file, or a second store in this one, makes the next read forget them all
 * and go to the file. Each read still returns a fresh copy (parsed from the row's JSON), as
 * botbuilder's callers change what they read. A row this connection writes is forgotten, not
 * kept: its writer already holds what it wrote (the context store keeps each conversation's
 * context), so keeping its JSON here too only doubled what every turn left for the garbage
 * collector to copy (`npm run bench:ab`, TOGETHER=1: /api/ask 1.01 to 1.04 without it).
 *
 * SQLite waits for a lock another connection holds by sleeping in the calling thread, which here
 * is the event loop's: every request waits with it. So it waits `busyTimeoutMs` (100 ms; a group
 * commit holds the lock for well under a millisecond, so another bot process on the file never
 * needs that long), and when a commit fails (a lock held longer, as by a transaction left open in
 * a `sqlite3` shell, a full disk, an I/O error) the writes of the next `retryAfterFailureMs` (1 s)
 * fail at once without touching the file. The context store goes on without them and stores the
 * contexts with the first write that gets through (context-store.ts). Before, a held lock stopped
 * the whole server for five seconds per commit.
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
  /** Rows kept in memory for reads (default 10 000); 0 reads every row from the file. */
  cachedRows?: number;
  /** How long a statement waits for another connection's lock, blocking the thread (default 100 ms). */
  busyTimeoutMs?: number;
  /** After a commit fails, writes fail at once for this long without trying the file (default 1000 ms). */
  retryAfterFailureMs?: number;
}

/** A row as stored. */
interface Row {
  value: string;
  etag: string;
  updatedAt: number;
}

export function createSqliteStorage(options: SqliteStorageOptions): ClosableStorage {
  const now = options.now ?? Date.now;
  if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
  const db = new Database(options.path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 100))}`);
  db.exec('CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value TEXT NOT NULL, etag TEXT NOT NULL, updated_at INTEGER NOT NULL)');
  const ttlMs = options.ttlSeconds * 1000;
  const select = db.prepare<[string, number], { value: string; etag: string; updatedAt: number }>('SELECT value, etag, updated_at AS updatedAt FROM state WHERE key = ? AND updated_at >= ?');
  const selectAny = db.prepare<[string], number>('SELECT 1 FROM state WHERE key = ?').pluck();
  const dataVersion = db.prepare('PRAGMA data_version').pluck();
  const insertOrReplace = db.prepare('INSERT OR REPLACE INTO state (key, value, etag, updated_at) VALUES (?, ?, ?, ?)');
  const updateIf = db.prepare('UPDATE state SET value = ?, etag = ?, updated_at = ? WHERE key = ? AND etag = ? AND updated_at >= ?');
  const remove = db.prepare('DELETE FROM state WHERE key = ?');
  const removeExpired = db.prepare('DELETE FROM state WHERE key = ? AND updated_at < ?');
  const insertNew = db.prepare('INSERT OR IGNORE INTO state (key, value, etag, updated_at) VALUES (?, ?, ?, ?)');
  const purge = db.prepare('DELETE FROM state WHERE updated_at < ?');
  purge.run(now() - ttlMs);
  const timer = setInterval(() => {
    try {
      purge.run(now() - ttlMs);
    } catch {
      // The file is locked or failing: expired rows are never read anyway; the next purge deletes them.
    }
  }, options.purgeEveryMs ?? 600_000);
  timer.unref();

  // Rows as this connection last read them (insertion order = least recently read first).
  const maxCached = options.cachedRows ?? 10_000;
  // A key known to have no row maps to null (teams-ai reads a user-state key that is never written).
  const rows = new Map<string, Row | null>();
  let version = dataVersion.get();
  const remember = (key: string, row: Row | null) => {
    if (maxCached <= 0) return;
    rows.delete(key);
    rows.set(key, row);
    if (rows.size > maxCached) rows.delete(rows.keys().next().value as string);
  };
  /** Forgets the rows kept in memory if another connection committed since the last look. */
  const forgetIfOthersWrote = () => {
    const v = dataVersion.get();
    if (v !== version) {
      rows.clear();
      version = v;
    }
  };
  /** The row of `key` if it is not older than `since`: from memory, else from the file. */
  const rowOf = (key: string, since: number): Row | undefined => {
    const kept = rows.get(key);
    if (kept === null) return undefined;
    if (kept !== undefined) return kept.updatedAt >= since ? kept : undefined;
    const row = select.get(key, since);
    // An expired row is not remembered as absent: the purge has not deleted it yet.
    if (row !== undefined) remember(key, row);
    else if (selectAny.get(key) === undefined) remember(key, null);
    return row;
  };

  /**
   * Stores `value` under `key` if the stored eTag is `expected` (see ClosableStorage.writeItem);
   * returns the new eTag. Throws an ETagConflictError, having changed nothing, when it is not.
   */
  const storeItem = (key: string, value: object, expected: string | undefined): string => {
    const etag = newETag();
    const json = JSON.stringify(value);
    const t = now();
    if (expected === undefined) insertOrReplace.run(key, json, etag, t);
    else if (expected === MUST_BE_NEW) {
      removeExpired.run(key, t - ttlMs);
      if (insertNew.run(key, json, etag, t).changes === 0) throw new ETagConflictError(key);
    } else if (updateIf.run(json, etag, t, key, expected, t - ttlMs).changes === 0) throw new ETagConflictError(key);
    return etag;
  };
  /** Stores one change set; returns the keys stored. Throws as storeItem does. */
  const storeChanges = (changes: StoreItems): string[] => {
    const stored: string[] = [];
    for (const [key, item] of Object.entries(changes)) {
      const { expected, value } = splitChange(item);
      storeItem(key, value, expected);
      stored.push(key);
    }
    return stored;
  };
  // A change set of several keys must be all or nothing: nested in the batch's transaction,
  // better-sqlite3 runs it inside a savepoint, rolled back if a later key conflicts. A single key
  // needs none: a conflicting write changes nothing (removing an expired row on the way is harmless).
  const storeAllOrNothing = db.transaction(storeChanges);
  const storeSet = (changes: StoreItems): string[] => (Object.keys(changes).length > 1 ? storeAllOrNothing(changes) : storeChanges(changes));

  /**
   * A write waiting for the next group commit: one item (`writeItem`: key, value, expected) or a
   * change set (`write`: changes). Both kinds have every field, so the code reading them sees one
   * shape.
   */
  interface Pending {
    key: string;
    value: object | undefined;
    expected: string | undefined;
    changes: StoreItems | undefined;
    resolve: (etag: string | undefined) => void;
    reject: (e: unknown) => void;
  }
  let pending: Pending[] = [];
  /** What a write came to: an item's new eTag, the keys of a change set, or why it failed. */
  type Outcome = string | string[] | Error;
  /** Commits every pending write in one transaction; settles each write's promise afterwards. */
  const commitAll = db.transaction((batch: Pending[]): Outcome[] => {
    // A write that fails leaves nothing behind (see storeSet), so the batch goes on without it.
    return batch.map((w) => {
      try {
        return w.changes === undefined ? storeItem(w.key, w.value!, w.expected) : storeSet(w.changes);
      } catch (e) {
        return e instanceof Error ? e : new Error(String(e));
      }
    });
  });
  const retryAfterFailureMs = options.retryAfterFailureMs ?? 1000;
  /** When (performance.now()) the last commit failed, and why. */
  let lastFailure: { at: number; message: string } | undefined;
  function flush(): void {
    const batch = pending;
    pending = [];
    if (batch.length === 0) return;
    if (lastFailure !== undefined) {
      const since = performance.now() - lastFailure.at;
      if (since < retryAfterFailureMs) {
        const e = new Error(`the SQLite store's last commit failed (${lastFailure.message}); writes are tried again in ${Math.ceil(retryAfterFailureMs - since)} ms`);
        for (const w of batch) w.reject(e);
        return;
      }
    }
    let outcomes: Outcome[];
    try {
      outcomes = commitAll(batch);
      lastFailure = undefined;
    } catch (e) {
      // Nothing of the batch is on disk; what memory holds of its keys may be stale.
      lastFailure = { at: performance.now(), message: e instanceof Error ? e.message : String(e) };
      rows.clear();
      for (const w of batch) w.reject(e);
      return;
    }
    for (let i = 0; i < batch.length; i++) {
      const w = batch[i]!;
      const outcome = outcomes[i]!;
      if (outcome instanceof Error) w.reject(outcome);
      else if (typeof outcome === 'string') {
        rows.delete(w.key);
        w.resolve(outcome);
      } else {
        for (const key of outcome) rows.delete(key);
        w.resolve(undefined);
      }
    }
  }

  let closed = false;
  /** Queues a write for the next group commit. */
  const enqueue = (key: string, value: object | undefined, expected: string | undefined, changes: StoreItems | undefined): Promise<string | undefined> => {
    if (closed) return Promise.reject(new Error('the SQLite store is closed'));
    return new Promise<string | undefined>((resolve, reject) => {
      if (pending.length === 0) setImmediate(flush);
      pending.push({ key, value, expected, changes, resolve, reject });
    });
  };
  return {
    async read(keys) {
      const out: StoreItems = {};
      const since = now() - ttlMs;
      if (keys.length > 0) forgetIfOthersWrote();
      for (const key of keys) {
        const row = rowOf(key, since);
        if (row === undefined) continue;
        // A fresh object on every read (botbuilder's callers change what they read); stored
        // values never hold an eTag (splitChange takes it out), so it is added, not replaced.
        const item = JSON.parse(row.value) as Record<string, unknown>;
        item['eTag'] = row.etag;
        out[key] = item;
      }
      return out;
    },
    async write(changes) {
      await enqueue('', undefined, undefined, changes);
    },
    writeItem(key, value, expected) {
      // An item's write resolves with its eTag (a change set's, with nothing).
      return enqueue(key, value, expected, undefined) as Promise<string>;
    },
    commitQueued: flush,
    async delete(keys) {
      for (const key of keys) {
        remove.run(key);
        remember(key, null);
      }
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
