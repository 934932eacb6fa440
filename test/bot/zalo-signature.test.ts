/** Zalo webhook signatures: SHA-256 of app id + raw body + timestamp + OA secret key. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { constantTimeEqual } from '../../src/bot/http/constant-time.js';
import { verifyZaloRequest, zaloMac, zaloSignatureHeader } from '../../src/bot/zalo/signature.js';

const appId = '1234567890';
const secret = 'oa-secret';
const now = 1_700_000_000_000;

function body(timestamp: string | number, extra = ''): Buffer {
  const ts = typeof timestamp === 'string' ? `"${timestamp}"` : String(timestamp);
  return Buffer.from(`{"app_id":"${appId}","event_name":"user_send_text","timestamp":${ts}${extra}}`, 'utf8');
}

function check(raw: Buffer, header: string | undefined, at = now) {
  return verifyZaloRequest({ rawBody: raw, header, appId, oaSecretKey: secret, now: at, windowSeconds: 300 });
}

describe('Zalo signature', () => {
  it('when the MAC is computed, then it is the plain SHA-256 of the four parts in order', () => {
    const raw = body(String(now));
    const expected = createHash('sha256')
      .update(`${appId}${raw.toString('utf8')}${now}${secret}`)
      .digest('hex');
    expect(zaloMac(appId, raw, String(now), secret)).toBe(expected);
  });

  it('when the signature matches and the event is fresh, then the request is accepted with its body', () => {
    const raw = body(String(now));
    const r = check(raw, zaloSignatureHeader(appId, raw, String(now), secret));
    expect(r).toEqual({ ok: true, body: { app_id: appId, event_name: 'user_send_text', timestamp: String(now) } });
  });

  it('when the timestamp is a JSON number, then its digits are what is hashed', () => {
    const raw = body(now);
    expect(check(raw, zaloSignatureHeader(appId, raw, String(now), secret)).ok).toBe(true);
  });

  it('when the header is upper-case hex or has spaces, then it still matches', () => {
    const raw = body(String(now));
    const header = ` mac=${zaloMac(appId, raw, String(now), secret).toUpperCase()} `;
    expect(check(raw, header).ok).toBe(true);
  });

  it('when the body differs by one byte of whitespace from what was signed, then it is refused', () => {
    const raw = body(String(now));
    const header = zaloSignatureHeader(appId, raw, String(now), secret);
    const reformatted = Buffer.from(JSON.stringify(JSON.parse(raw.toString()), null, 1));
    expect(check(reformatted, header)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it.each([
    [undefined, 'missing-signature'],
    ['', 'missing-signature'],
    ['sha256=abc', 'missing-signature'],
    ['mac=', 'bad-signature'],
    ['mac=00', 'bad-signature'],
  ])('when the header is %j, then the request is refused (%s)', (header, reason) => {
    expect(check(body(String(now)), header)).toEqual({ ok: false, reason });
  });

  it('when the signature was made with another secret, then it is refused', () => {
    const raw = body(String(now));
    expect(check(raw, zaloSignatureHeader(appId, raw, String(now), 'other')).ok).toBe(false);
  });

  it('when the event is older or newer than the window, then a genuine signature is still refused', () => {
    const old = String(now - 301_000);
    const raw = body(old);
    expect(check(raw, zaloSignatureHeader(appId, raw, old, secret))).toEqual({ ok: false, reason: 'stale-timestamp' });
    const future = String(now + 301_000);
    const raw2 = body(future);
    expect(check(raw2, zaloSignatureHeader(appId, raw2, future, secret))).toEqual({
      ok: false,
      reason: 'stale-timestamp',
    });
    const edge = String(now - 299_000);
    const raw3 = body(edge);
    expect(check(raw3, zaloSignatureHeader(appId, raw3, edge, secret)).ok).toBe(true);
  });

  it('when the body is not JSON or has no timestamp, then it is refused', () => {
    expect(check(Buffer.from('nope'), 'mac=00')).toEqual({ ok: false, reason: 'unreadable-body' });
    expect(check(Buffer.from('{"event_name":"x"}'), 'mac=00')).toEqual({ ok: false, reason: 'missing-timestamp' });
    expect(check(Buffer.from('{"timestamp":"12a"}'), 'mac=00')).toEqual({ ok: false, reason: 'missing-timestamp' });
  });

  it('when two strings are compared, then equal ones match and any difference does not', () => {
    expect(constantTimeEqual('abc', 'abc')).toBe(true);
    expect(constantTimeEqual('abc', 'abd')).toBe(false);
    expect(constantTimeEqual('abc', 'abcd')).toBe(false);
  });
});
