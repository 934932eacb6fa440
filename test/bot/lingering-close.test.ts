/**
 * Closing a connection whose client is still sending: the client gets to read the answer, and the
 * connection ends without a reset. Real sockets: the bot's server on an ephemeral port, and a bare
 * net server for the linger's own timing.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endLingering, LINGER_MS } from '../../src/bot/http/lingering-close.js';
import { tooLargeMessage } from '../../src/bot/http/body-reader.js';
import { rawClient } from '../helpers/raw-client.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ ASK_RATE_LIMIT_PER_MINUTE: 0 });
});
afterAll(async () => s.close());

describe('when clients are still uploading as the server refuses them', () => {
  it('when twenty clients push 100 KB bodies as fast as they can, then every one reads its 413 and none sees a reset or a broken pipe', async () => {
    // Closed at once, about one such client in two saw EPIPE or ECONNRESET, and one in twenty never
    // read its 413 (rawClient rejects on either).
    const head = 'POST /api/ask HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"text":"';
    const clients = Array.from({ length: 20 }, () => rawClient(s.port, head, { trickle: 'a', chunk: 1000, everyMs: 1 }));
    const answers = await Promise.all(clients);
    for (const a of answers) {
      expect(a.status).toBe(413);
      expect(a.body).toEqual({ code: 'PayloadTooLarge', message: tooLargeMessage(64 * 1024) });
      expect(a.headers['connection']).toBe('close');
    }
    // And the server's side goes as soon as each client has ended its own, not at the linger's end.
    const ended = Date.now();
    const open = () => new Promise<number>((r) => s.app.server.server.getConnections((_e, n) => r(n)));
    while ((await open()) > 0 && Date.now() - ended < 5000) await new Promise((r) => setTimeout(r, 20));
    expect(await open()).toBe(0);
    expect(Date.now() - ended).toBeLessThan(LINGER_MS / 2);
    const health = await fetch(`${s.url}/healthz`);
    expect(health.status).toBe(200);
  });
});

/** A bare TCP server whose connections are ended with endLingering as soon as they open. */
async function lingeringServer(lingerMs: number): Promise<{ port: number; closedAfterMs: Promise<number>; close(): void }> {
  let closed!: (ms: number) => void;
  const closedAfterMs = new Promise<number>((r) => (closed = r));
  const server = net.createServer({ allowHalfOpen: true }, (socket) => {
    const started = Date.now();
    socket.once('close', () => closed(Date.now() - started));
    endLingering(socket, Buffer.from('bye'), lingerMs);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { port: (server.address() as net.AddressInfo).port, closedAfterMs, close: () => server.close() };
}

describe('endLingering on its own', () => {
  it('when the client ends its side on the server\'s end, then the connection closes at once, not at the linger\'s end', async () => {
    const srv = await lingeringServer(5000);
    try {
      let got = '';
      const client = net.connect(srv.port, '127.0.0.1');
      client.on('data', (d: Buffer) => (got += d.toString()));
      const writer = setInterval(() => client.writable && client.write('x'), 5);
      await new Promise((r) => client.once('close', r));
      clearInterval(writer);
      expect(got).toBe('bye');
      expect(await srv.closedAfterMs).toBeLessThan(1000);
    } finally {
      srv.close();
    }
  });

  it('when the client never ends its side and keeps sending, then the server reads on and closes after the linger', async () => {
    const srv = await lingeringServer(300);
    try {
      let got = '';
      const client = net.connect({ port: srv.port, host: '127.0.0.1', allowHalfOpen: true });
      client.on('data', (d: Buffer) => (got += d.toString()));
      client.on('error', () => undefined);
      const writer = setInterval(() => client.writable && client.write('x'), 5);
      const ms = await srv.closedAfterMs;
      clearInterval(writer);
      client.destroy();
      expect(got).toBe('bye');
      expect(ms).toBeGreaterThanOrEqual(290);
      expect(ms).toBeLessThan(1500);
    } finally {
      srv.close();
    }
  });
});
