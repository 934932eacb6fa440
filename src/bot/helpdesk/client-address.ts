/**
 * The address a request came from, for per-client rate limits: the TCP peer. Forwarding headers
 * (X-Forwarded-For) are ignored because any client can forge them; behind a reverse proxy every
 * request then shares the proxy's address (see the report: a TRUST_PROXY setting would fix that).
 */
import type { Request } from 'restify';

/** The peer address, IPv4-mapped IPv6 shown as IPv4. */
export function clientAddress(req: Request): string {
  const a = req.socket?.remoteAddress ?? 'unknown';
  return a.startsWith('::ffff:') ? a.slice(7) : a;
}
