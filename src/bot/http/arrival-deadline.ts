/**
 * Deadlines for request bodies that are still arriving.
 *
 * Node's own limit is `requestTimeout`, five minutes, checked every 30 s: one client that sends
 * its body a byte at a time holds a request that long, and during a graceful shutdown such a
 * request counted as unfinished work, so the process waited out SHUTDOWN_TIMEOUT_MS and exited 1.
 * Here the body reader starts a clock for each body when the route begins to read it and stops it
 * when the body has arrived (or was refused). A body still arriving after `timeoutMs` is cut: the
 * reader answers 408 and closes the connection. Once a shutdown begins, a body gets `graceMs` from
 * the start of its request; one still arriving then is cut with a 503 asking the client to send it
 * again. A request whose body has arrived is never cut: the time its answer takes does not count.
 *
 * Bodies are kept in the order they started, so a check looks only at the ones that are late,
 * plus one.
 */

/** Why a body was cut: it took longer than its deadline, or the server is shutting down. */
export type CutReason = 'late' | 'shutdown';

/** A body being waited for (returned by `start`, handed back to `done`). */
export interface Arrival {
  /** When the body began to be read, on the deadlines' clock. */
  readonly since: number;
  /** Answers the request and stops reading it; called at most once, and never after `done`. */
  readonly cut: (reason: CutReason) => void;
}

export interface ArrivalDeadlines {
  /** The time a body has to arrive, in milliseconds. */
  readonly timeoutMs: number;
  /** Starts the clock for one body; `cut` is called if it is still arriving at its deadline. */
  start(cut: (reason: CutReason) => void): Arrival;
  /** Stops the clock for a body that arrived or was answered otherwise (a second call is harmless). */
  done(arrival: Arrival): void;
  /** Bodies being waited for right now. */
  readonly waiting: number;
  /**
   * For a shutdown: from now on a body has `graceMs` from its start (never more than before), and
   * the ones cut are cut with reason "shutdown": those already past it at once, the others at a
   * check, which now runs at least every quarter of `graceMs`.
   */
  stopWaiting(graceMs: number): void;
  /** Stops the checks (the timer); bodies still arriving are no longer cut. */
  close(): void;
}

export interface ArrivalDeadlineOptions {
  /** A body must arrive within this many milliseconds of the start of its reading. */
  timeoutMs: number;
  /**
   * How often late bodies are looked for, in milliseconds. Default: a quarter of `timeoutMs`, at
   * most 1000, so a late body is cut between its deadline and a second after it.
   */
  checkEveryMs?: number;
  /** The clock, in milliseconds. Default `performance.now` (it never jumps when the wall clock is set). */
  now?: () => number;
}

/** A deadline in words for messages: "15 seconds", "1 second", "0.3 seconds". */
export function secondsInWords(ms: number): string {
  const seconds = ms / 1000;
  return `${seconds} ${seconds === 1 ? 'second' : 'seconds'}`;
}

/** The longest wait between two checks, in milliseconds. */
const MAX_CHECK_EVERY_MS = 1000;

/** Deadlines for arriving bodies, checked on a timer that does not keep the process alive. */
export function createArrivalDeadlines(options: ArrivalDeadlineOptions): ArrivalDeadlines {
  const now = options.now ?? (() => performance.now());
  const arriving = new Set<Arrival>();
  let limitMs = options.timeoutMs;
  let reason: CutReason = 'late';

  const check = () => {
    const t = now();
    for (const arrival of arriving) {
      // Later ones started later: none of them is late yet either.
      if (t - arrival.since < limitMs) break;
      arriving.delete(arrival);
      arrival.cut(reason);
    }
  };
  const every = (ms: number) => {
    const timer = setInterval(check, Math.max(1, Math.round(ms)));
    timer.unref();
    return timer;
  };
  const checkEveryMs = options.checkEveryMs ?? Math.min(MAX_CHECK_EVERY_MS, options.timeoutMs / 4);
  let timer: ReturnType<typeof setInterval> | undefined = every(checkEveryMs);

  return {
    timeoutMs: options.timeoutMs,
    start(cut) {
      const arrival: Arrival = { since: now(), cut };
      arriving.add(arrival);
      return arrival;
    },
    done(arrival) {
      arriving.delete(arrival);
    },
    get waiting() {
      return arriving.size;
    },
    stopWaiting(graceMs) {
      if (timer === undefined) return;
      limitMs = Math.min(limitMs, graceMs);
      reason = 'shutdown';
      clearInterval(timer);
      timer = every(Math.min(checkEveryMs, graceMs / 4));
      check();
    },
    close() {
      clearInterval(timer);
      timer = undefined;
    },
  };
}
