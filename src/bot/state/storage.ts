/**
 * The one store interface: botbuilder's `Storage` (read / write / delete, eTag checked), plus
 * `close()` for graceful shutdown and `writeItem()`. A write whose eTag is neither '*' nor the
 * stored one fails with an `ETagConflictError`, like botbuilder's MemoryStorage.
 */
import type { Storage, StoreItems } from 'botbuilder';

export interface ClosableStorage extends Storage {
  /**
   * Writes one item, `value` under `key`, if what is stored there still has the eTag `expected`
   * (MUST_BE_NEW: if nothing is stored; undefined: whatever is stored), and resolves with the eTag
   * it has now: a caller that keeps what it wrote can write that key again without reading it back
   * first. Else rejects with an ETagConflictError, having changed nothing.
   *
   * The same as `write({ [key]: { ...value, eTag: expected } })`, without the change set: such an
   * object has a property named after the conversation, so V8 gives each conversation's a hidden
   * class of its own, and every turn paid for building it and for taking it apart again
   * (`Object.entries`, an object rest); the context store's turns, `npm run bench:ab` with
   * TOGETHER=1: /api/ask 1.039, 8 of 8 rounds.
   */
  writeItem(key: string, value: object, expected: string | undefined): Promise<string>;
  /**
   * Commits now the writes queued for the store's next group commit, rather than at the end of
   * the event-loop round: for a caller that has just queued a batch of writes from that end of
   * round itself (the context store's turns), whose commit would otherwise wait a whole round.
   * Stores that do not group their writes do not have it.
   */
  commitQueued?(): void;
  /** Flushes and releases the store. */
  close(): Promise<void>;
}

export class ETagConflictError extends Error {
  constructor(readonly key: string) {
    super(`eTag conflict on "${key}": the item changed since it was read`);
    this.name = 'ETagConflictError';
  }
}

export function isETagConflict(e: unknown): boolean {
  return e instanceof ETagConflictError || (e instanceof Error && /etag conflict/iu.test(e.message));
}

/**
 * The eTag a write passes when it read nothing: the item must still not exist. (botbuilder's
 * MemoryStorage also honours it: with no stored item it writes, with one the eTags differ.)
 */
export const MUST_BE_NEW = '!new';

/**
 * The eTag an incoming change expects ('*' or absent = overwrite, MUST_BE_NEW = create only), and
 * the value to store.
 */
export function splitChange(item: StoreItems[string]): { expected: string | undefined; value: Record<string, unknown> } {
  const { eTag, ...rest } = (item ?? {}) as { eTag?: unknown } & Record<string, unknown>;
  return { expected: typeof eTag === 'string' && eTag !== '*' && eTag !== '' ? eTag : undefined, value: rest };
}

/** This process's eTag prefix: the start time, the pid and a random part, so no two processes share one. */
const ETAG_PREFIX = `${Date.now().toString(36)}-${process.pid.toString(36)}-${Math.random().toString(36).slice(2, 8)}-`;
let counter = 0;
/** A fresh eTag: unique within and across processes (a prefix per process, then a counter). */
export function newETag(): string {
  counter++;
  return `${ETAG_PREFIX}${counter.toString(36)}`;
}
