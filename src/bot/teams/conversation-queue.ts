/**
 * Turns of one conversation run one after another within this process, so two quick messages do
 * not both read the same conversation state and race to write it. Different conversations run in
 * parallel. (Across instances the store's eTag check catches the rare remaining race.)
 */
export interface ConversationQueue {
  run<T>(key: string, turn: () => Promise<T>): Promise<T>;
  /** Conversations with a turn in progress or waiting (for tests and metrics). */
  readonly size: number;
}

export function createConversationQueue(): ConversationQueue {
  const tails = new Map<string, Promise<unknown>>();
  return {
    run(key, turn) {
      const previous = tails.get(key) ?? Promise.resolve();
      const result = previous.then(turn, turn);
      const tail = result.catch(() => undefined);
      tails.set(key, tail);
      void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key);
      });
      return result;
    },
    get size() {
      return tails.size;
    },
  };
}
