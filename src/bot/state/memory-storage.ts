/**
 * STATE_STORE=memory (tests only): items in a Map, as JSON, with the same eTag rules as the
 * durable stores — '*' or no eTag overwrites, MUST_BE_NEW creates only, any other eTag must be
 * the stored one (an absent item matches none). Nothing survives the process.
 */
import type { StoreItems } from 'botbuilder';
import { ETagConflictError, MUST_BE_NEW, newETag, splitChange, type ClosableStorage } from './storage.js';

export function createMemoryStorage(): ClosableStorage {
  const items = new Map<string, { json: string; etag: string }>();

  /** Whether what is stored under `key` has the eTag `expected` (see ClosableStorage.writeItem). */
  const matches = (key: string, expected: string | undefined): boolean => {
    if (expected === undefined) return true;
    const current = items.get(key);
    return expected === MUST_BE_NEW ? current === undefined : current?.etag === expected;
  };
  const store = (key: string, value: object): string => {
    const etag = newETag();
    items.set(key, { json: JSON.stringify(value), etag });
    return etag;
  };

  return {
    async read(keys) {
      const out: StoreItems = {};
      for (const key of keys) {
        const item = items.get(key);
        if (!item) continue;
        const value = JSON.parse(item.json) as Record<string, unknown>;
        value['eTag'] = item.etag;
        out[key] = value;
      }
      return out;
    },
    async write(changes) {
      // Every key is checked first, then all are written: a change set is all or nothing.
      const split = Object.entries(changes).map(([key, change]) => ({ key, ...splitChange(change) }));
      for (const c of split) if (!matches(c.key, c.expected)) throw new ETagConflictError(c.key);
      for (const c of split) store(c.key, c.value);
    },
    async writeItem(key, value, expected) {
      if (!matches(key, expected)) throw new ETagConflictError(key);
      return store(key, value);
    },
    async delete(keys) {
      for (const key of keys) items.delete(key);
    },
    async close() {},
  };
}
