/**
 * Which address a request is counted under (rate limits): the TCP peer, or behind trusted proxies
 * the first untrusted hop of X-Forwarded-For read from the right; and the TRUST_PROXY setting.
 */
import type { Request } from 'restify';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/bot/config.js';
import { clientAddress, parseTrustedProxies } from '../../src/bot/http/client-address.js';

/** The two things clientAddress reads of a request: its socket's peer and its headers. */
const request = (peer: string, forwardedFor?: string) =>
  ({
    socket: { remoteAddress: peer },
    headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
  }) as unknown as Request;

const trust = (value: string) => {
  const parsed = parseTrustedProxies(value);
  if (!parsed.ok) throw new Error(parsed.invalid.join());
  return parsed.trusted;
};

describe('clientAddress', () => {
  it('when no proxy is trusted, then the peer is the client whatever X-Forwarded-For says', () => {
    expect(clientAddress(request('198.51.100.1', '203.0.113.9'))).toBe('198.51.100.1');
    expect(clientAddress(request('::ffff:198.51.100.1'))).toBe('198.51.100.1');
  });

  it('when the peer is a trusted proxy, then the client is the hop it appended', () => {
    expect(clientAddress(request('10.0.0.5', '203.0.113.9'), trust('10.0.0.0/8'))).toBe('203.0.113.9');
  });

  it('when the client forged entries of its own, then they lie left of the trusted hops and are not reached', () => {
    expect(clientAddress(request('10.0.0.5', '1.2.3.4, 203.0.113.9'), trust('10.0.0.0/8'))).toBe('203.0.113.9');
  });

  it('when a request passed two trusted proxies, then the walk goes past both', () => {
    expect(clientAddress(request('127.0.0.1', '203.0.113.9, 10.1.2.3'), trust('127.0.0.1, 10.0.0.0/8'))).toBe(
      '203.0.113.9',
    );
  });

  it('when the peer is not a trusted proxy, then its X-Forwarded-For is ignored', () => {
    expect(clientAddress(request('198.51.100.1', '203.0.113.9'), trust('10.0.0.0/8'))).toBe('198.51.100.1');
  });

  it('when a hop is not an address, then the walk stops at the proxy that wrote it', () => {
    expect(clientAddress(request('10.0.0.5', 'unknown'), trust('10.0.0.0/8'))).toBe('10.0.0.5');
    expect(clientAddress(request('10.0.0.5', ''), trust('10.0.0.0/8'))).toBe('10.0.0.5');
  });

  it('when addresses are IPv6, then ranges and IPv4-mapped forms work too', () => {
    expect(clientAddress(request('::1', '2001:db8::7'), trust('::1'))).toBe('2001:db8::7');
    expect(clientAddress(request('fd00::2', '::ffff:203.0.113.9'), trust('fd00::/8'))).toBe('203.0.113.9');
  });
});

describe('the TRUST_PROXY setting', () => {
  it('when it holds something that is not an address or a range, then the server refuses to start, naming it', () => {
    const r = loadConfig({ TRUST_PROXY: '10.0.0.0/8, proxy.local, 10.0.0.1/40' });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors.join('\n')).toMatch(/TRUST_PROXY: .*proxy\.local, 10\.0\.0\.1\/40/u);
  });

  it('when it is empty or a list of addresses and ranges, then it is accepted', () => {
    expect(loadConfig({}).ok).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '127.0.0.1 ::1,10.0.0.0/8' }).ok).toBe(true);
  });
});
