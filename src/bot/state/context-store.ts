/**
 * The engine's per-conversation context on top of a Storage, for the channels that are not Teams
 * (Zalo, /api/ask, the web page). An update reads, runs the turn, and writes with the eTag it read;
 * on a conflict (another instance or request wrote in between) it reads again and re-runs the turn,
 * so concurrent turns of one conversation never lose a write. Within one process, turns of the
 * same key also wait for each other, which removes most conflicts before they happen.
 */
import type { Storage } from 'botbuilder';
import { readContext, type ConversationContext } from '../../intents/context.js';
import { isETagConflict, MUST_BE_NEW } from './storage.js';

export interface ContextStore {
  /**
   * Reads the context stored under `key` (a new one if none), calls `turn` with it, and stores
   * the context `turn` returns, retrying on eTag conflicts. Returns what `turn` returned.
   */
  update<T>(key: string, turn: (context: ConversationContext) => { context: ConversationContext; result: T }): Promise<T>;
}

/** Tries per update before an eTag conflict is given up on (each waits a few random ms more). */
export const MAX_ATTEMPTS = 8;

/**
 * A ContextStore over `storage`. Items are kept under `prefix + key` as `{ context }` with the
 * store's eTag. An update whose turn throws writes nothing; the next update of the key still runs.
 */
export function createContextStore(storage: Storage, prefix = 'ctx/'): ContextStore {
  const queues = new Map<string, Promise<unknown>>();

  async function attempt<T>(key: string, turn: (c: ConversationContext) => { context: ConversationContext; result: T }): Promise<T> {
    for (let i = 1; ; i++) {
      const stored = (await storage.read([key]))[key] as ({ context?: unknown; eTag?: string } | undefined);
      const { context, result } = turn(readContext(stored?.context));
      try {
        await storage.write({ [key]: { context, eTag: stored?.eTag ?? MUST_BE_NEW } });
        return result;
      } catch (e) {
        if (!isETagConflict(e) || i >= MAX_ATTEMPTS) throw e;
        await new Promise((r) => setTimeout(r, Math.random() * 5 * i));
      }
    }
  }

  return {
    update(key, turn) {
      const k = prefix + key;
      const previous = queues.get(k) ?? Promise.resolve();
      const run = previous.catch(() => undefined).then(() => attempt(k, turn));
      const tail = run.catch(() => undefined);
      queues.set(k, tail);
      void tail.then(() => {
        if (queues.get(k) === tail) queues.delete(k);
      });
      return run;
    },
  };
}
