/**
 * The requests the server is handling, so a graceful shutdown can wait for them. restify counts
 * them itself (`server.inflightRequests()`): a request counts from its arrival until its response
 * is finished (or its connection closed) and its handlers are done, when restify emits `after`.
 * Reading that count adds nothing to a request's work; a counter of our own (a `pre` handler with
 * two response listeners) did the same work a second time on every request.
 */
import type { Server } from 'restify';

/** Requests currently being handled. */
export interface InFlightRequests {
  readonly count: number;
  /** Resolves once no request is in flight (at once when none is). */
  idle(): Promise<void>;
}

/** The server's in-flight requests, from restify's own count. */
export function trackInFlightRequests(server: Server): InFlightRequests {
  let waiters: Array<() => void> = [];
  // Only while someone waits: `after` is emitted once the count was decremented.
  const onAfter = () => {
    if (server.inflightRequests() !== 0) return;
    server.removeListener('after', onAfter);
    const woken = waiters;
    waiters = [];
    for (const wake of woken) wake();
  };
  return {
    get count() {
      return server.inflightRequests();
    },
    idle() {
      if (server.inflightRequests() === 0) return Promise.resolve();
      return new Promise<void>((resolve) => {
        if (waiters.length === 0) server.on('after', onAfter);
        waiters.push(resolve);
      });
    },
  };
}
