/**
 * The one state-store interface, over memory (tests), SQLite (default) and Redis (several
 * instances): get an item with its eTag, set it if the eTag is still the one read. Nothing is kept
 * in memory between calls and nothing is written later: a call that resolved is stored, one that
 * rejected is not (except a Redis write whose answer timed out, which may still have been applied).
 */
import { randomUUID } from 'node:crypto';

/** An item as stored: its value (JSON-serialisable) and the eTag that changes on every write. */
export interface StoredItem {
  readonly value: unknown;
  readonly eTag: string;
}

export interface StateStore {
  /** The item under `key`, or undefined when there is none (or it expired). */
  get(key: string): Promise<StoredItem | undefined>;
  /**
   * Writes `value` under `key` if the stored item's eTag is still `expected`: an eTag read before,
   * `null` = only if nothing is stored (create-only), `undefined` = whatever is stored (overwrite).
   * Resolves with the new eTag; rejects with ETagConflictError (nothing changed) when the item
   * changed since. Items expire `ttlSeconds` after their last write.
   */
  set(key: string, value: unknown, expected: string | null | undefined): Promise<string>;
  /** Releases the store (pending writes are done first). */
  close(): Promise<void>;
}

/** A conditional write refused: the item under `key` changed since its eTag was read. */
export class ETagConflictError extends Error {
  constructor(readonly key: string) {
    super(`eTag conflict on "${key}": the item changed since it was read`);
    this.name = 'ETagConflictError';
  }
}

export function isETagConflict(e: unknown): e is ETagConflictError {
  return e instanceof ETagConflictError;
}

/** A fresh eTag, unique across writes and processes (a random UUID). */
export function newETag(): string {
  return randomUUID();
}

/** Tries of a read-modify-write (the first and the re-runs after eTag conflicts) before giving up. */
export const MAX_ATTEMPTS = 8;

/**
 * Waits a few random milliseconds, more after each conflict, before a read-modify-write is tried
 * again: without it, two instances writing one item can keep slipping in between each other's
 * read and write in lockstep (seen with 20 turns on two Redis connections).
 */
export function backOffAfterConflict(attempt: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * attempt));
}
