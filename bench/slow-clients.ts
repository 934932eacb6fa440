/**
 * Slow clients for the soak: connections that send a request's headers, or its headers and part of
 * its body, then one byte a second and never finish, as a citizen on a failing mobile link (or
 * someone holding connections open on purpose) would. The server should cut each one at its
 * deadline with a 408, or with a 503 when it shuts down, and never answer one with a 5xx.
 */
import net from 'node:net';

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
}

/** Opens a slow connection to `port` every `everyMs`; every third one stalls in its headers. */
export function startSlowClients(port: number, everyMs: number): SlowClients {
  const counts: SlowClientCounts = { started: 0, answered: {}, closedUnanswered: 0, open: 0 };
  const open = () => {
    const n = counts.started++;
    counts.open++;
    const socket = net.connect(port, '127.0.0.1');
    let got = '';
    const trickle = setInterval(() => socket.writable && socket.write('a'), 1000);
    socket.on('data', (d: Buffer) => (got += d.toString('latin1')));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearInterval(trickle);
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
  };
}
