/**
 * Keeps track of work that outlives its HTTP request (a Zalo reply is computed and sent after the
 * webhook's 200), so that graceful shutdown can wait for it.
 */

/** A set of running tasks that can be drained. */
export class InFlight {
  private readonly pending = new Set<Promise<void>>();

  /**
   * Runs `task` and remembers it until it settles. Never rejects: a task's failure is handed to
   * `onError` (the task is expected to log its own errors).
   */
  run(task: () => Promise<void>, onError: (error: unknown) => void = () => undefined): Promise<void> {
    const p: Promise<void> = Promise.resolve()
      .then(task)
      .catch(onError)
      .finally(() => this.pending.delete(p));
    this.pending.add(p);
    return p;
  }

  /** Tasks not yet settled. */
  get size(): number {
    return this.pending.size;
  }

  /**
   * Resolves true once every task (including ones started while draining) has settled, or false
   * when `timeoutMs` passes first.
   */
  async drain(timeoutMs: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), Math.max(0, timeoutMs));
      timer.unref?.();
    });
    const settled = (async (): Promise<true> => {
      while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
      return true;
    })();
    try {
      return await Promise.race([settled, timedOut]);
    } finally {
      clearTimeout(timer);
    }
  }
}
