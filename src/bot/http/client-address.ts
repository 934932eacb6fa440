/**
 * The address a request came from, for per-client rate limits.
 *
 * By default that is the TCP peer: forwarding headers are ignored, because any client can write
 * them. Behind a reverse proxy or load balancer every request would then share the proxy's address
 * (and one busy help desk would exhaust everyone's allowance), so TRUST_PROXY names the proxies
 * whose `X-Forwarded-For` is believed, as addresses or CIDR ranges. The client is then found the
 * way Express's "trust proxy" list finds it: starting from the peer, while the address at hand is
 * a trusted proxy, step to the entry that proxy appended (X-Forwarded-For read right to left); the
 * first address that is not a trusted proxy is the client. A forged entry written by the client
 * itself lies further left than that and is never reached.
 */
import { BlockList, isIP } from 'node:net';
import type { Request } from 'restify';

/** Answers for an address, whether it is one of the trusted proxies. */
export type TrustedProxies = (address: string) => boolean;

/** No proxy trusted: the TCP peer is the client. */
export const TRUST_NO_PROXY: TrustedProxies = () => false;

/** IPv4-mapped IPv6 (`::ffff:10.0.0.1`) shown as IPv4. */
function plain(address: string): string {
  return address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
}

/**
 * Reads a TRUST_PROXY value: addresses and CIDR ranges separated by commas or spaces, IPv4 or IPv6
 * ("10.0.0.0/8, 127.0.0.1, ::1"). Returns the entries that are neither, to report them.
 */
export function parseTrustedProxies(
  value: string,
): { ok: true; trusted: TrustedProxies } | { ok: false; invalid: string[] } {
  const list = new BlockList();
  const invalid: string[] = [];
  for (const entry of value.split(/[\s,]+/u).filter((e) => e !== '')) {
    const [address = '', bits, ...extra] = entry.split('/');
    const family = isIP(address);
    const prefix = bits === undefined ? undefined : Number(bits);
    const max = family === 4 ? 32 : 128;
    if (
      family === 0 ||
      extra.length > 0 ||
      (prefix !== undefined && !(Number.isInteger(prefix) && prefix >= 0 && prefix <= max))
    ) {
      invalid.push(entry);
      continue;
    }
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, prefix, type);
  }
  if (invalid.length > 0) return { ok: false, invalid };
  return {
    ok: true,
    trusted: (address) => {
      const family = isIP(address);
      return family !== 0 && list.check(address, family === 4 ? 'ipv4' : 'ipv6');
    },
  };
}

/**
 * The client's address: the TCP peer, or — when the peer is a trusted proxy — the first untrusted
 * address of X-Forwarded-For read from the right (the leftmost one if every hop is trusted).
 * An entry that is not an IP address ends the walk at the hop that wrote it.
 */
export function clientAddress(req: Request, trusted: TrustedProxies = TRUST_NO_PROXY): string {
  let address = plain(req.socket?.remoteAddress ?? 'unknown');
  if (!trusted(address)) return address;
  const header = req.headers['x-forwarded-for'];
  const hops = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((h) => h.trim())
    .filter((h) => h !== '');
  for (let i = hops.length - 1; i >= 0 && trusted(address); i--) {
    const hop = plain(hops[i]!);
    if (isIP(hop) === 0) break;
    address = hop;
  }
  return address;
}
