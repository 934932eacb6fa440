/**
 * The engine's per-conversation context on top of a store, for the channels that are not Teams
 * (Zalo, /api/ask, the web page). An update runs the turn on the conversation's context and writes
 * the new one with the eTag it started from; on a conflict (another instance or request wrote in
 * between) it reads the stored context again and re-runs the turn, so concurrent turns of one
 * conversation never lose a write. Within one process, turns of the same key also wait for each
 * other, which removes most conflicts before they happen.
 *
 * The context a turn wrote is kept in memory with the eTag the store gave it, so the next turn of
 * that conversation starts from it without reading the store. That is exact, not a guess: the
 * write is conditional on the eTag, so if anything changed the stored item since (another
 * instance, an expiry), the write is refused and the turn re-runs on what the store now holds.
 */
import { readContext, type ConversationContext } from '../../intents/context.js';
import { isETagConflict, MUST_BE_NEW, type ClosableStorage } from './storage.js';

export interface ContextStore {
  /**
   * Reads the context stored under `key` (a new one if none), calls `turn` with it, and stores
   * the context `turn` returns, retrying on eTag conflicts. Returns what `turn` returned.
   */
  update<T>(key: string, turn: (context: ConversationContext) => { context: ConversationContext; result: T }): Promise<T>;
}

export interface ContextStoreOptions {
  /** Prefix of the store's keys (default "ctx/"). */
  prefix?: string;
  /**
   * Contexts kept in memory with their eTags, least recently written dropped first (default
   * 10 000, a few hundred bytes each). 0 reads the store on every turn.
   */
  keptContexts?: number;
}

/** Tries per update before an eTag conflict is given up on (each waits a few random ms more). */
export const MAX_ATTEMPTS = 8;

/** A context as this process last wrote it, and the eTag the store gave it. */
interface Kept {
  context: ConversationContext;
  eTag: string;
}

/**
 * A ContextStore over `storage`. Items are kept under `prefix + key` as `{ context }` with the
 * store's eTag. An update whose turn throws writes nothing; the next update of the key still runs.
 */
export function createContextStore(storage: ClosableStorage, options: ContextStoreOptions = {}): ContextStore {
  const prefix = options.prefix ?? 'ctx/';
  const maxKept = options.keptContexts ?? 10_000;
  const queues = new Map<string, Promise<unknown>>();
  const kept = new Map<string, Kept>();

  const keep = (key: string, entry: Kept) => {
    if (maxKept <= 0) return;
    kept.delete(key);
    kept.set(key, entry);
    if (kept.size > maxKept) kept.delete(kept.keys().next().value as string);
  };

  /** The context to start from: the one kept in memory, else the stored one. */
  async function load(key: string): Promise<Kept> {
    const known = kept.get(key);
    if (known) return known;
    const stored = (await storage.read([key]))[key] as ({ context?: unknown; eTag?: string } | undefined);
    return { context: readContext(stored?.context), eTag: stored?.eTag ?? MUST_BE_NEW };
  }

  async function attempt<T>(key: string, turn: (c: ConversationContext) => { context: ConversationContext; result: T }): Promise<T> {
    for (let i = 1; ; i++) {
      const start = await load(key);
      const { context, result } = turn(start.context);
      try {
        const tags = await storage.writeWithETags({ [key]: { context, eTag: start.eTag } });
        const eTag = tags[key];
        if (eTag !== undefined) keep(key, { context, eTag });
        return result;
      } catch (e) {
        // Whatever memory held of this key is not what the store holds: read it next time.
        kept.delete(key);
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
