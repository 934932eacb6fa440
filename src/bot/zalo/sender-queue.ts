/**
 * Runs the turns of one Zalo user one after another, so a quick follow-up is answered after (and
 * with the context of) the message before it, and split replies never interleave. Different users
 * run concurrently. Memory: one entry per user with a turn under way.
 */
export class SerialQueues {
  private readonly tails = new Map<string, Promise<void>>();

  /** Runs `task` after every earlier task queued under `key`; rejects as `task` does. */
  run(key: string, task: () => Promise<void>): Promise<void> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(task);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** Users with a turn queued or running. */
  get size(): number {
    return this.tails.size;
  }
}
