/** The token-bucket limiter behind POST /api/ask, on a fake clock. */
import { describe, expect, it } from 'vitest';
import { TokenBucketLimiter } from '../../src/bot/helpdesk/rate-limit.js';

function clock(start = 1_000_000) {
  let t = start;
  return {
    now: () => t,
    advance: (ms: number) => {
      t += ms;
    },
  };
}

describe('TokenBucketLimiter', () => {
  it('when a client makes its allowance in a burst, then the next request is refused with a retry time', () => {
    const c = clock();
    const limiter = new TokenBucketLimiter({ perMinute: 3, now: c.now });
    expect([1, 2, 3].map(() => limiter.take('a').allowed)).toEqual([true, true, true]);
    const refused = limiter.take('a');
    expect(refused.allowed).toBe(false);
    expect(refused.retryAfterSeconds).toBe(20); // one token every 60/3 s
  });

  it('when time passes, then tokens come back at the per-minute rate', () => {
    const c = clock();
    const limiter = new TokenBucketLimiter({ perMinute: 3, now: c.now });
    for (let i = 0; i < 3; i++) limiter.take('a');
    c.advance(19_000);
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    c.advance(1_000);
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
  });

  it('when one client is over its limit, then other clients are not affected', () => {
    const c = clock();
    const limiter = new TokenBucketLimiter({ perMinute: 1, now: c.now });
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
    expect(limiter.take('b').allowed).toBe(true);
  });

  it('when clients go idle for a minute, then they are forgotten', () => {
    const c = clock();
    const limiter = new TokenBucketLimiter({ perMinute: 60, now: c.now });
    for (let i = 0; i < 100; i++) limiter.take(`client-${i}`);
    expect(limiter.size).toBe(100);
    c.advance(61_000);
    limiter.take('late');
    expect(limiter.size).toBe(1);
  });

  it('when more clients arrive than it may remember, then the least recently seen are dropped', () => {
    const c = clock();
    const limiter = new TokenBucketLimiter({ perMinute: 5, now: c.now, maxClients: 10 });
    for (let i = 0; i < 50; i++) limiter.take(`client-${i}`);
    expect(limiter.size).toBe(10);
  });

  it('when the allowance is not a positive integer, then the limiter refuses to be built', () => {
    expect(() => new TokenBucketLimiter({ perMinute: 0 })).toThrow(RangeError);
  });
});
