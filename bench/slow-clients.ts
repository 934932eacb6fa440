/**
 * Slow clients for the soak: connections that send a request's headers, or its headers and part of
 * its body, then one byte a second and never finish, as a citizen on a failing mobile link (or
 * someone holding connections open on purpose) would. The server should cut each one at its
 * deadline with a 408, or with a 503 when it shuts down, and never answer one with a 5xx.
 */
import net from 'node:net';
import { Worker } from 'node:worker_threads';

/** How the slow connections ended. */
export interface SlowClientCounts {
  started: number;
  /** Answered with this status, by status. */
  answered: Record<string, number>;
  /** Closed by the server without an answer (only expected at shutdown, for headers still arriving). */
  closedUnanswered: number;
  /** Still open when counted. */
  open: number;
}

export interface SlowClients {
  /** Stops opening new ones (those open stay open until the server ends them). */
  stopOpening(): void;
  counts(): SlowClientCounts;
  /** Resolves once every slow connection has closed, or after `ms`. Then stops the trickle. */
  allClosed(ms: number): Promise<void>;
}

/**
 * Opens a slow connection to `port` every `everyMs`; every third one stalls in its headers. One
 * timer sends the next byte on all of them, so that thousands of them do not flood this process
 * (which also runs the load) with timers.
 */
export function startSlowClients(port: number, everyMs: number): SlowClients {
  const counts: SlowClientCounts = { started: 0, answered: {}, closedUnanswered: 0, open: 0 };
  const sockets = new Set<net.Socket>();
  const trickle = setInterval(() => {
    for (const socket of sockets) if (socket.writable) socket.write('a');
  }, 1000);
  const open = () => {
    const n = counts.started++;
    counts.open++;
    const socket = net.connect(port, '127.0.0.1');
    sockets.add(socket);
    let got = '';
    socket.on('data', (d: Buffer) => (got += d.toString('latin1')));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      sockets.delete(socket);
      counts.open--;
      const status = /^HTTP\/1\.1 (\d{3}) /u.exec(got)?.[1];
      if (status === undefined) counts.closedUnanswered++;
      else counts.answered[status] = (counts.answered[status] ?? 0) + 1;
    });
    socket.write(n % 3 === 2 ? 'POST /api/ask HTTP/1.1\r\nHost: soak\r\nX-Slow: ' : 'POST /api/ask HTTP/1.1\r\nHost: soak\r\nContent-Type: application/json\r\nContent-Length: 4000\r\n\r\n{"text":"');
  };
  const timer = setInterval(open, everyMs);
  return {
    stopOpening: () => clearInterval(timer),
    counts: () => ({ ...counts, answered: { ...counts.answered } }),
    async allClosed(ms) {
      const until = Date.now() + ms;
      while (counts.open > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
      clearInterval(trickle);
    },
  };
}

/**
 * The same clients on a worker thread (./slow-clients-worker.ts, entered through its .mjs), so that opening and feeding
 * thousands of them does not compete with the load generator for this thread: run beside
 * autocannon in one thread, a slow client every few milliseconds fell seconds behind its own
 * schedule, and the counts measured this process rather than the server.
 */
export function startSlowClientsThread(port: number, everyMs: number): SlowClients {
  const worker = new Worker(new URL('./slow-clients-worker.mjs', import.meta.url), { workerData: { port, everyMs } });
  let latest: SlowClientCounts = { started: 0, answered: {}, closedUnanswered: 0, open: 0 };
  let final: (() => void) | undefined;
  worker.on('message', (counts: SlowClientCounts & { final?: boolean }) => {
    const { final: isFinal, ...rest } = counts;
    latest = rest;
    if (isFinal) final?.();
  });
  return {
    stopOpening: () => worker.postMessage('stop'),
    counts: () => ({ ...latest, answered: { ...latest.answered } }),
    async allClosed(ms) {
      await new Promise<void>((resolve) => {
        final = resolve;
        setTimeout(resolve, ms + 1000).unref();
        worker.postMessage('close');
      });
      await worker.terminate();
    },
  };
}
