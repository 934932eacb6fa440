/**
 * STATE_STORE=memory (tests only): items in a Map, as JSON, with the same eTag rules as the
 * durable stores — '*' or no eTag overwrites, MUST_BE_NEW creates only, any other eTag must be
 * the stored one (an absent item matches none). Nothing survives the process.
 */
import type { StoreItems } from 'botbuilder';
import { ETagConflictError, MUST_BE_NEW, newETag, splitChange, type ClosableStorage, type WrittenETags } from './storage.js';

export function createMemoryStorage(): ClosableStorage {
  const items = new Map<string, { json: string; etag: string }>();

  /** Checks every key first, then writes them all: a change set is all or nothing. */
  function writeNow(changes: StoreItems): WrittenETags {
    const planned = Object.entries(changes).map(([key, change]) => {
      const { expected, value } = splitChange(change);
      const current = items.get(key);
      const ok = expected === undefined || (expected === MUST_BE_NEW ? current === undefined : current?.etag === expected);
      if (!ok) throw new ETagConflictError(key);
      return [key, { json: JSON.stringify(value), etag: newETag() }] as const;
    });
    const tags: WrittenETags = {};
    for (const [key, item] of planned) {
      items.set(key, item);
      tags[key] = item.etag;
    }
    return tags;
  }

  return {
    async read(keys) {
      const out: StoreItems = {};
      for (const key of keys) {
        const item = items.get(key);
        if (item) out[key] = { ...(JSON.parse(item.json) as object), eTag: item.etag };
      }
      return out;
    },
    async write(changes) {
      writeNow(changes);
    },
    async writeWithETags(changes) {
      return writeNow(changes);
    },
    async delete(keys) {
      for (const key of keys) items.delete(key);
    },
    async close() {},
  };
}
