/**
 * The engine's per-conversation context on top of a StateStore, for every channel. A turn reads the
 * stored context, runs, and writes the new context conditional on the eTag it read; when another
 * instance wrote in between, the write is refused and the turn re-runs (after a short random
 * back-off) on what is stored now. Turns of one conversation in this process run one after
 * another, so conflicts come only from other instances. Nothing is kept in memory between turns:
 * the store is the only copy.
 *
 * A failing store (anything but a conflict) does not stop the conversation: a turn whose read
 * fails runs on a new context (and writes nothing: the store is failing, and a second call would
 * only wait out a second timeout); a turn whose write fails is answered anyway. Either way that
 * turn's context is not kept. `health` (store-health.ts) is told of each failure and success.
 */
import type { Answer, Language } from '../../intents/answer.js';
import { emptyContext, readContext, type ConversationContext } from '../../intents/context.js';
import type { AskResult } from '../../intents/engine.js';
import { SerialQueues } from '../serial-queues.js';
import { backOffAfterConflict, isETagConflict, MAX_ATTEMPTS, type StateStore } from './store.js';
import { UNWATCHED_STORE, type StoreHealth } from './store-health.js';

export interface Conversations {
  /**
   * Reads the context under `key` (a new one when none or unreadable), runs `turn` on it, stores the
   * context it returns with the eTag read, and returns its answer. On an eTag conflict (another
   * request or instance wrote in between) it reads again and re-runs the turn, at most MAX_ATTEMPTS
   * times, then rejects with the ETagConflictError. Turns of one key in this process run one after
   * another (a small per-key promise chain), so conflicts come only from other instances.
   * When the store fails (not a conflict): a failed read → the turn runs on a new context; a failed
   * write → the answer is still returned, nothing is kept. `health.failed(e)` / `health.succeeded()`
   * are told. It rejects only when `turn` throws or conflicts persist.
   */
  answer(key: string, turn: (context: ConversationContext) => AskResult): Promise<Answer>;
  /** The language the conversation was last answered in ('vi' until known, or when the store fails). */
  language(key: string): Promise<Language>;
}

export interface ConversationsOptions {
  /** Told of every store failure and success (default: nobody). */
  health?: StoreHealth;
  /** Prefix of the store's keys (default "ctx/"). The value stored is `{ context }`. */
  prefix?: string;
}

export function createConversations(store: StateStore, options: ConversationsOptions = {}): Conversations {
  const prefix = options.prefix ?? 'ctx/';
  const health = options.health ?? UNWATCHED_STORE;
  const queues = new SerialQueues();
  /** The stored context (a new one when none or not valid) and the eTag to write it back with. */
  async function read(key: string): Promise<{ context: ConversationContext; eTag: string | null }> {
    const item = await store.get(key);
    const value = item?.value;
    return {
      context: readContext(
        typeof value === 'object' && value !== null ? (value as { context?: unknown }).context : undefined,
      ),
      eTag: item?.eTag ?? null,
    };
  }

  return {
    answer(key, turn) {
      const k = prefix + key;
      return queues.run(k, async () => {
        for (let attempt = 1; ; attempt++) {
          let start;
          try {
            start = await read(k);
          } catch (e) {
            health.failed(e);
            return turn(emptyContext()).answer;
          }
          const { answer, context } = turn(start.context);
          try {
            await store.set(k, { context }, start.eTag);
            health.succeeded();
            return answer;
          } catch (e) {
            if (!isETagConflict(e)) {
              health.failed(e);
              return answer;
            }
            health.succeeded(); // the store answered
            if (attempt >= MAX_ATTEMPTS) throw e;
          }
          await backOffAfterConflict(attempt);
        }
      });
    },
    language(key) {
      const k = prefix + key;
      return queues.run(k, async () => {
        try {
          const { context } = await read(k);
          health.succeeded();
          return context.language ?? 'vi';
        } catch (e) {
          health.failed(e);
          return 'vi';
        }
      });
    },
  };
}

/**
 * Creates `key` once (create-only write of `value`, default `{ at: <ISO time> }`): true when this
 * call created it, false when it already existed (another instance or a redelivery). Store
 * failures reject.
 */
export async function claimOnce(
  store: StateStore,
  key: string,
  value: unknown = { at: new Date().toISOString() },
): Promise<boolean> {
  try {
    await store.set(key, value, null);
    return true;
  } catch (e) {
    if (isETagConflict(e)) return false;
    throw e;
  }
}
