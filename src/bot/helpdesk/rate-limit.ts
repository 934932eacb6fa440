/**
 * A per-client token bucket: each client may make `perMinute` requests in a burst, and earns them
 * back at `perMinute` a minute. Memory is bounded: buckets that have refilled are forgotten, and
 * past `maxClients` the least recently seen client is dropped. The clock is injectable for tests.
 */

/** What the limiter decided for one request. */
export interface RateLimitDecision {
  allowed: boolean;
  /** Whole seconds until the next request would be allowed (0 when allowed). */
  retryAfterSeconds: number;
}

/** Options of {@link TokenBucketLimiter}. */
export interface RateLimiterOptions {
  /** Requests allowed per minute per client; must be at least 1. */
  perMinute: number;
  /** Milliseconds since an epoch; default Date.now. */
  now?: () => number;
  /** Most clients remembered at once (default 10 000). */
  maxClients?: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

const MINUTE_MS = 60_000;

/** Token-bucket rate limiter keyed by client (e.g. its address). */
export class TokenBucketLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly capacity: number;
  private readonly perMs: number;
  private readonly now: () => number;
  private readonly maxClients: number;
  private lastSweep: number;

  constructor(options: RateLimiterOptions) {
    if (!Number.isInteger(options.perMinute) || options.perMinute < 1)
      throw new RangeError('perMinute must be a positive integer');
    this.capacity = options.perMinute;
    this.perMs = options.perMinute / MINUTE_MS;
    this.now = options.now ?? Date.now;
    this.maxClients = Math.max(1, options.maxClients ?? 10_000);
    this.lastSweep = this.now();
  }

  /** Takes one request's token for `key`. */
  take(key: string): RateLimitDecision {
    const now = this.now();
    this.sweep(now);
    const previous = this.buckets.get(key);
    const tokens = previous ? this.level(previous, now) : this.capacity;
    // Re-insert so that Map order is least-recently-seen first.
    this.buckets.delete(key);
    if (tokens >= 1) {
      this.buckets.set(key, { tokens: tokens - 1, at: now });
      this.evictOverflow();
      return { allowed: true, retryAfterSeconds: 0 };
    }
    this.buckets.set(key, { tokens, at: now });
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / this.perMs / 1000)) };
  }

  /** Clients currently remembered. */
  get size(): number {
    return this.buckets.size;
  }

  private level(b: Bucket, now: number): number {
    return Math.min(this.capacity, b.tokens + Math.max(0, now - b.at) * this.perMs);
  }

  /** At most once a minute, forgets clients whose bucket is full again (idle clients). */
  private sweep(now: number): void {
    if (now - this.lastSweep < MINUTE_MS) return;
    this.lastSweep = now;
    for (const [key, b] of this.buckets) if (this.level(b, now) >= this.capacity) this.buckets.delete(key);
  }

  private evictOverflow(): void {
    while (this.buckets.size > this.maxClients) {
      const oldest = this.buckets.keys().next();
      if (oldest.done) return;
      this.buckets.delete(oldest.value);
    }
  }
}
