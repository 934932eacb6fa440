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
 *
 * When the store fails (anything but an eTag conflict: Redis down or timing out, a SQLite write
 * refused), the turn is not lost: its result is returned as if the write had succeeded, and its
 * context is kept in memory with the eTag the turn started from, so the conversation goes on in
 * this process and the next write that gets through stores it. That write is still conditional on
 * the old eTag, so it cannot overwrite what another instance wrote meanwhile. A failed write may
 * nevertheless have reached the store (a Redis write applied whose answer timed out), which also
 * makes the next write conflict; so the contexts of the failed writes are remembered (as JSON,
 * `unsaved`), and after a conflict, if the store holds one of them, the turn's context, which
 * descends from it, is written over it (`rebase`), rather than the turn re-running on an older
 * context and losing the turns answered since. Anything else in the store is another writer's, and
 * the turn re-runs on it, as on any conflict. A conversation whose context cannot be read (not
 * kept here, and the store down) starts afresh, as a new one would. Each failure and the next
 * success are reported to `health` (store-health.ts), which logs the outage once.
 * `test/bot/context-store-faults.test.ts` checks all this against any pattern of failures.
 */
import { emptyContext, readContext, type ConversationContext } from '../../intents/context.js';
import { createConversationQueue } from './conversation-queue.js';
import { isETagConflict, MUST_BE_NEW, type ClosableStorage } from './storage.js';
import { UNWATCHED_STORE, type StoreHealth } from './store-health.js';

export interface ContextStore {
  /**
   * Reads the context stored under `key` (a new one if none), calls `turn` with it, and stores
   * the context `turn` returns, retrying on eTag conflicts. Returns what `turn` returned. The turn
   * runs at the end of the current event-loop round, with the other turns started during it.
   * Rejects when `turn` throws (nothing is stored) or the eTag keeps conflicting; a store that
   * fails does not make it reject (see the top of this file).
   */
  update<T>(key: string, turn: (context: ConversationContext) => { context: ConversationContext; result: T }): Promise<T>;
  /**
   * The context stored under `key` (a new one if none), read from the store and not changed: for a
   * turn that only needs to know something about the conversation, such as the language it was
   * last answered in. While the store fails, the context kept in memory (or a new one).
   */
  read(key: string): Promise<ConversationContext>;
  /**
   * Tries once more to store every context kept in memory that is not stored yet (its writes
   * failed), each in its conversation's turn: for the shutdown, once the last turns are answered.
   * Resolves with how many were stored now and how many could not be (the store still failing,
   * or another instance having written the conversation since, whose context then stands).
   */
  flush(): Promise<{ stored: number; unsaved: number }>;
}

export interface ContextStoreOptions {
  /** Prefix of the store's keys (default "ctx/"). */
  prefix?: string;
  /**
   * Contexts kept in memory with their eTags, least recently written dropped first (default
   * 10 000, a few hundred bytes each). 0 reads the store on every turn.
   */
  keptContexts?: number;
  /** Told of every store failure and of each success (default: nobody; see store-health.ts). */
  health?: StoreHealth;
}

/** Tries per update before an eTag conflict is given up on (each waits a few random ms more). */
export const MAX_ATTEMPTS = 8;

/** A context as this process last wrote it, and the eTag the store gave it. */
interface Kept {
  context: ConversationContext;
  eTag: string;
  /**
   * Set while `context` is not known to be stored: the JSON of each context a failed write carried,
   * oldest first (any of them may have reached the store), or empty when none was written (the
   * store could not be read). Undefined once a write is known to have been stored.
   */
  unsaved: string[] | undefined;
}

/** Failed writes remembered per conversation at most; an older one found in the store counts as another writer's. */
const MAX_UNSAVED = 64;

/**
 * Where the stored `value` is among the contexts of a conversation's failed writes (`unsaved`, as
 * JSON): the index of the latest such write that reached the store after all, or -1 when the store
 * holds none of them (nothing, or another writer's context).
 */
function foundAmong(unsaved: readonly string[], value: unknown): number {
  return value === undefined ? -1 : unsaved.lastIndexOf(JSON.stringify(value));
}

/** Waits a few random milliseconds more for each try, before a conflicting turn tries again. */
const backOff = (tries: number): Promise<void> => new Promise<void>((r) => setTimeout(r, Math.random() * 5 * tries));

/** A turn: the new context and what to return, from the context it starts from. */
type Turn<T> = (context: ConversationContext) => { context: ConversationContext; result: T };

/**
 * A ContextStore over `storage`. Items are kept under `prefix + key` as `{ context }` with the
 * store's eTag. An update whose turn throws writes nothing; the next update of the key still runs.
 */
export function createContextStore(storage: ClosableStorage, options: ContextStoreOptions = {}): ContextStore {
  const prefix = options.prefix ?? 'ctx/';
  const maxKept = options.keptContexts ?? 10_000;
  const health = options.health ?? UNWATCHED_STORE;
  // Turns of one key run one after the other.
  const queue = createConversationQueue();
  const kept = new Map<string, Kept>();

  const keep = (key: string, entry: Kept) => {
    if (maxKept <= 0) return;
    kept.delete(key);
    kept.set(key, entry);
    if (kept.size > maxKept) kept.delete(kept.keys().next().value as string);
  };

  /** What the store holds under `key` as a starting point; an unreadable context starts afresh. */
  const readStart = (key: string): Promise<Kept> => readStored(key).then((stored) => startFrom(stored.value, stored.eTag));

  /** The context item under `key` as stored (its context not yet validated), and its eTag. */
  const readStored = (key: string): Promise<{ value: unknown; eTag: string }> =>
    storage.read([key]).then((items) => {
      const stored = items[key] as { context?: unknown; eTag?: string } | undefined;
      return { value: stored?.context, eTag: stored?.eTag ?? MUST_BE_NEW };
    });
  const startFrom = (value: unknown, eTag: string): Kept => ({ context: readContext(value), eTag, unsaved: undefined });

  /**
   * The store failed to take a turn's `context`: the turn stands, and its context waits in memory
   * for the next write, conditional on the eTag the turn started from, remembered among the
   * conversation's failed writes (see the top).
   */
  const keepUnsaved = (key: string, context: ConversationContext, start: Kept, e: unknown): void => {
    health.failed(e);
    keep(key, { context, eTag: start.eTag, unsaved: [...(start.unsaved ?? []), JSON.stringify(context)].slice(-MAX_UNSAVED) });
  };

  // Turns started during one event-loop round run together at its end, one after the other, and
  // the writes they queue are committed at once. A turn run as soon as its request was parsed
  // found the engine's code and data pushed out of the CPU's caches by the HTTP work of the
  // requests in between; run back to back, the turns of a round share them (`npm run bench:ab`
  // with TOGETHER=1: +7 % requests/s on /api/ask). Replies wait for the group commit at the end of
  // the round anyway, so no turn is answered later for it.
  let round: Array<() => void> = [];
  const runRound = (): void => {
    const due = round;
    round = [];
    for (const start of due) start();
    storage.commitQueued?.();
  };
  /** Starts `first` (a turn's first try) at the end of this event-loop round. */
  function atRoundEnd<T>(first: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (round.length === 0) setImmediate(runRound);
      round.push(() => {
        try {
          first().then(resolve, reject);
        } catch (e) {
          reject(e);
        }
      });
    });
  }

  /**
   * One try of a turn: from the context kept in memory (no read: the common case, so it takes no
   * promise of its own), else the stored one; then the conditional write. A conflict re-runs it.
   * Written with `.then` rather than `async`/`await`: under load each extra promise hop is paid on
   * every turn (eight hops had cost `/api/ask` about 20 µs of CPU per request in `npm run bench:ab`).
   */
  function attempt<T>(key: string, turn: Turn<T>, tries: number): Promise<T> {
    // May throw at once (a turn or a store that throws): atRoundEnd, or the retry's .then, turns
    // that into this update's rejection.
    const known = kept.get(key);
    if (known !== undefined) return runAndWrite(key, turn, known, tries);
    return readStart(key).then(
      (start) => runAndWrite(key, turn, start, tries),
      (e: unknown) => runUnread(key, turn, e),
    );
  }

  /**
   * The store could not be read and nothing is kept for `key`: the turn runs on a new context, as
   * a new conversation's would, and its context is kept as one not yet stored (MUST_BE_NEW), so
   * that a later write over an existing conversation conflicts and re-runs on the stored one.
   */
  function runUnread<T>(key: string, turn: Turn<T>, e: unknown): T {
    health.failed(e);
    const { context, result } = turn(emptyContext());
    keep(key, { context, eTag: MUST_BE_NEW, unsaved: [] });
    return result;
  }

  /**
   * One more try to store a kept context that is not stored yet: written conditional on its eTag,
   * or over one of its own failed writes found in the store. Anything else in the store is another
   * writer's, and stands. Resolves true when the context is stored now.
   */
  function storeKept(key: string): Promise<boolean> {
    const mine = kept.get(key);
    if (mine?.unsaved === undefined) return Promise.resolve(true);
    const { context, unsaved } = mine;
    const put = (eTag: string): Promise<boolean> =>
      storage.writeItem(key, { context }, eTag).then((newETag) => {
        health.succeeded();
        keep(key, { context, eTag: newETag, unsaved: undefined });
        return true;
      });
    const gaveUp = (e: unknown): false => {
      if (!isETagConflict(e)) health.failed(e);
      return false;
    };
    return put(mine.eTag).catch((e: unknown) => {
      if (!isETagConflict(e)) return gaveUp(e);
      health.succeeded();
      return readStored(key).then((stored) => {
        if (foundAmong(unsaved, stored.value) >= 0) return put(stored.eTag);
        kept.delete(key); // another writer's context stands; the next turn starts from it
        return false;
      }, gaveUp).catch(gaveUp);
    });
  }

  /** Runs the turn on `start` and writes its context, conditional on `start`'s eTag. May throw. */
  function runAndWrite<T>(key: string, turn: Turn<T>, start: Kept, tries: number): Promise<T> {
    const { context, result } = turn(start.context);
    return write(key, turn, context, result, start, tries);
  }

  /** Writes a turn's `context` conditional on `start`'s eTag; resolves with the turn's `result`. */
  function write<T>(key: string, turn: Turn<T>, context: ConversationContext, result: T, start: Kept, tries: number): Promise<T> {
    return storage.writeItem(key, { context }, start.eTag).then(
      (eTag) => {
        health.succeeded();
        keep(key, { context, eTag, unsaved: undefined });
        return result;
      },
      (e: unknown) => {
        if (!isETagConflict(e)) {
          // The store failed, not the eTag.
          keepUnsaved(key, context, start, e);
          return result;
        }
        // The store answered (with a conflict). Whatever memory held of this key is not what the
        // store holds: read it next time.
        health.succeeded();
        kept.delete(key);
        if (tries >= MAX_ATTEMPTS) throw e;
        if (start.unsaved !== undefined) return rebase(key, turn, context, result, start, tries);
        return backOff(tries).then(() => attempt(key, turn, tries + 1));
      },
    );
  }

  /**
   * After a conflict, when writes of this conversation had failed (`start.unsaved`): if the store
   * holds one of their contexts, that write reached it after all, and `context`, built on the
   * latest of them, is written over it; the contexts after the one found are still unsaved. If the
   * store holds anything else, the turn re-runs on it, as on any conflict.
   */
  function rebase<T>(key: string, turn: Turn<T>, context: ConversationContext, result: T, start: Kept, tries: number): Promise<T> {
    const unsaved = start.unsaved!;
    return readStored(key).then(
      (stored) => {
        const at = foundAmong(unsaved, stored.value);
        if (at < 0) return runAndWrite(key, turn, startFrom(stored.value, stored.eTag), tries + 1);
        const rest = unsaved.slice(at + 1);
        return write(key, turn, context, result, { context: start.context, eTag: stored.eTag, unsaved: rest.length > 0 ? rest : undefined }, tries + 1);
      },
      (e: unknown) => {
        // The store failed again: as for a failed write.
        keepUnsaved(key, context, start, e);
        return result;
      },
    );
  }

  /**
   * The context stored under `key`, read from the store: what this process keeps may be stale
   * (another instance may have written since), and unlike a write a read has no eTag check to
   * catch that. What is read is kept, with its eTag, for the key's next turn.
   */
  function stored(key: string): Promise<ConversationContext> {
    return readStored(key).then(
      (stored) => {
        health.succeeded();
        // Turns this process answered while writes failed are newer than the store, unless
        // another writer has written since: the store then holds neither the eTag they started
        // from nor one of their contexts.
        const mine = kept.get(key);
        if (mine?.unsaved !== undefined && (stored.eTag === mine.eTag || foundAmong(mine.unsaved, stored.value) >= 0)) return mine.context;
        const start = startFrom(stored.value, stored.eTag);
        keep(key, start);
        return start.context;
      },
      (e: unknown) => {
        health.failed(e);
        return kept.get(key)?.context ?? emptyContext();
      },
    );
  }

  return {
    update(key, turn) {
      const k = prefix + key;
      return queue.run(k, () => atRoundEnd(() => attempt(k, turn, 1)));
    },
    read(key) {
      const k = prefix + key;
      // In the key's queue, so a read never keeps an older context than a write that finished.
      return queue.run(k, () => stored(k));
    },
    async flush() {
      const keys = [...kept].filter(([, entry]) => entry.unsaved !== undefined).map(([key]) => key);
      const outcomes = await Promise.all(keys.map((k) => queue.run(k, () => storeKept(k))));
      const stored = outcomes.filter(Boolean).length;
      return { stored, unsaved: outcomes.length - stored };
    },
  };
}
