/**
 * Counts the requests the server is handling, so a graceful shutdown can wait for them. A request
 * counts from the first `pre` handler until its response finished or its connection closed.
 */
import type { Server } from 'restify';

/** Requests currently being handled. */
export interface InFlightRequests {
  readonly count: number;
  /** Resolves once no request is in flight (at once when none is). */
  idle(): Promise<void>;
}

/** Installs the counter as the server's first `pre` handler. */
export function trackInFlightRequests(server: Server): InFlightRequests {
  let count = 0;
  let waiters: Array<() => void> = [];
  server.pre((_req, res, next) => {
    count++;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      count--;
      if (count === 0) {
        const woken = waiters;
        waiters = [];
        for (const wake of woken) wake();
      }
    };
    res.once('finish', finish);
    res.once('close', finish);
    next();
  });
  return {
    get count() {
      return count;
    },
    idle: () => (count === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve))),
  };
}
