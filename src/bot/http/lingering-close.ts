/**
 * Closing a connection whose client may still be sending — a body refused for its size (413), cut
 * for its deadline (408) or at a shutdown (503), or a request Node's parser refused — the way HTTP
 * servers do (nginx's `lingering_close`; RFC 9112 §9.6): once the response is out, the server
 * ends its side of the connection and goes on reading, and dropping, whatever still arrives, until
 * the client ends its own side or `lingerMs` pass; only then is the socket closed.
 *
 * Closed at once, the socket makes the kernel answer the client's next bytes with a reset, and a
 * client that had not read the response yet loses it: here, of 60 clients uploading 100 KB at
 * about 1 MB/s, 4 never saw their 413 (and 28 got EPIPE), and a test's client trickling its body
 * through a shutdown once got ECONNRESET instead of its 503.
 */
import type { Duplex } from 'node:stream';

/** How long a connection closed this way goes on reading what its client still sends, at most. */
export const LINGER_MS = 2000;

/**
 * Ends `socket` after `last` (if given) and closes it once the client has ended its side too, or
 * after `lingerMs`; what arrives meanwhile is read and dropped.
 */
export function endLingering(socket: Duplex, last?: Uint8Array, lingerMs = LINGER_MS): void {
  if (socket.destroyed) return;
  const timer = setTimeout(() => socket.destroy(), lingerMs);
  timer.unref();
  socket.once('close', () => clearTimeout(timer));
  // The client's own end closes the connection (a socket with allowHalfOpen, as Node's HTTP
  // server's are, would otherwise wait for the timer).
  socket.once('end', () => socket.destroy());
  socket.on('error', () => socket.destroy());
  if (last) socket.end(last);
  else socket.end();
  socket.resume();
}

/**
 * Makes the response now being sent on `socket` (with `Connection: close`) end the connection
 * with endLingering instead of closing it at once. Node closes a connection after its last
 * response by calling the socket's `destroySoon()` (node:_http_server); this replaces that method
 * on this one socket.
 */
export function lingerAfterResponse(socket: Duplex, lingerMs = LINGER_MS): void {
  (socket as Duplex & { destroySoon?: () => void }).destroySoon = () => endLingering(socket, undefined, lingerMs);
}
