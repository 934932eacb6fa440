/** STATE_STORE=memory (tests): items in a Map, as JSON, so a caller never shares a stored value. */
import { ETagConflictError, newETag, type StateStore } from './store.js';

export interface MemoryStoreOptions {
  /** Items expire this long after their last write (default: never). */
  ttlSeconds?: number;
  /** The clock, in ms (default Date.now). */
  now?: () => number;
}

/** A StateStore in this process's memory; nothing survives the process. */
export function createMemoryStore(options: MemoryStoreOptions = {}): StateStore {
  const now = options.now ?? Date.now;
  const ttlMs = (options.ttlSeconds ?? Infinity) * 1000;
  const items = new Map<string, { json: string; eTag: string; writtenAt: number }>();
  const live = (key: string) => {
    const item = items.get(key);
    if (item !== undefined && now() - item.writtenAt >= ttlMs) items.delete(key);
    return items.get(key);
  };
  return {
    async get(key) {
      const item = live(key);
      return item && { value: JSON.parse(item.json) as unknown, eTag: item.eTag };
    },
    async set(key, value, expected) {
      const current = live(key);
      // null (create-only) matches only an absent item, an eTag only an item that has it.
      if (expected !== undefined && current?.eTag !== (expected ?? undefined)) throw new ETagConflictError(key);
      const eTag = newETag();
      items.set(key, { json: JSON.stringify(value), eTag, writtenAt: now() });
      return eTag;
    },
    close: () => Promise.resolve(),
  };
}
