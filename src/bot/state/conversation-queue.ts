/**
 * Turns of one conversation run one after another within this process, so two quick messages do
 * not both read the same conversation state and race to write it. Different conversations run in
 * parallel. (Across instances the store's eTag check catches the rare remaining race.) Used by the
 * context store (context-store.ts) around each update and read, for every channel.
 */
export interface ConversationQueue {
  run<T>(key: string, turn: () => Promise<T>): Promise<T>;
  /** Conversations with a turn in progress or waiting (for tests and metrics). */
  readonly size: number;
}

export function createConversationQueue(): ConversationQueue {
  /** Per conversation, the tail of its queue: settles (never rejects) once its last turn is done. */
  const tails = new Map<string, Promise<void>>();
  /** Starts a turn now; a turn that throws at once fails like one that rejects. */
  const start = <T>(turn: () => Promise<T>): Promise<T> => {
    try {
      return turn();
    } catch (e) {
      return Promise.reject(e);
    }
  };
  return {
    run(key, turn) {
      // A conversation with nothing in progress (the common case) starts its turn at once, without
      // a hop through a resolved promise; otherwise the turn waits for the tail.
      const previous = tails.get(key);
      const result = previous === undefined ? start(turn) : previous.then(turn);
      const release = (): void => {
        if (tails.get(key) === tail) tails.delete(key);
      };
      const tail: Promise<void> = result.then(release, release);
      tails.set(key, tail);
      return result;
    },
    get size() {
      return tails.size;
    },
  };
}
