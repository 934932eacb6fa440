/**
 * A client on a bare TCP connection, for what fetch cannot do: send a request slowly, or stop in the
 * middle of it, and see the server's answer as it arrives.
 *
 *   const r = await rawClient(port, 'POST /api/ask HTTP/1.1\r\n…\r\n\r\n{"text":"', { trickle: 'a', everyMs: 100 });
 *   expect(r.status).toBe(408);
 */
import net from 'node:net';

/** What a raw client saw: the response's status, headers and JSON body, and when the connection closed. */
export interface RawExchange {
  status: number;
  headers: Record<string, string>;
  body: unknown;
  closedAfterMs: number;
}

/**
 * Opens a TCP connection, writes `first`, then one more byte of `trickle` every `everyMs` (or, with
 * `chunk`, `trickle` repeated that many times) until the server closes the connection (or
 * `giveUpMs` pass). Rejects on a socket error, such as a reset.
 */
export function rawClient(port: number, first: string, options: { trickle?: string; chunk?: number; everyMs?: number; giveUpMs?: number } = {}): Promise<RawExchange> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = net.connect(port, '127.0.0.1');
    let got = '';
    let next = 0;
    const piece = () => (options.chunk === undefined ? options.trickle!.charAt(next++ % options.trickle!.length) : options.trickle!.repeat(options.chunk));
    const timer = options.trickle === undefined ? undefined : setInterval(() => socket.writable && socket.write(piece()), options.everyMs ?? 100);
    const giveUp = setTimeout(() => socket.destroy(new Error(`no answer within ${options.giveUpMs ?? 5000} ms`)), options.giveUpMs ?? 5000);
    socket.on('data', (d: Buffer) => (got += d.toString('utf8')));
    socket.on('error', (e) => {
      clearInterval(timer);
      clearTimeout(giveUp);
      reject(e);
    });
    socket.on('close', (hadError) => {
      clearInterval(timer);
      clearTimeout(giveUp);
      if (hadError) return;
      const [head = '', body = ''] = got.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: body ? (JSON.parse(body) as unknown) : undefined, closedAfterMs: Date.now() - started });
    });
    socket.write(first);
  });
}
