/**
 * Remembers which Zalo messages were already handled, so a redelivered event (Zalo resends when
 * it did not see a quick 200) is acknowledged but not answered twice.
 *
 * Two layers: an in-process map (catches simultaneous redeliveries to this instance at once) and
 * the shared Storage under `zalo-msg:<id>` (so instances behind a load balancer agree). Entries
 * carry their own expiry and are ignored after `ttlMs`; the shared store's own TTL
 * (STATE_TTL_SECONDS) removes them eventually. A check-then-write on the shared store can still
 * let two instances both answer a redelivery that reaches them in the same few milliseconds; Zalo
 * spaces its retries by tens of seconds, so this is accepted rather than adding a lock.
 */
import { createHash } from 'node:crypto';
import type { Storage } from 'botbuilder';
import type { StoreHealth } from '../state/store-health.js';

/** Options of {@link HandledMessages}. */
export interface HandledMessagesOptions {
  storage: Storage;
  /** Told when the shared store fails (the claim then stands on this process's memory) or answers. */
  health: StoreHealth;
  /** How long a handled id is remembered; default 24 h (Zalo retries for less than that). */
  ttlMs?: number;
  /** Ids kept in process memory at most; default 10 000. */
  localMax?: number;
  now?: () => number;
}

/** The storage key for a message id (hashed when it is not a plain token). */
export function handledKey(msgId: string): string {
  return /^[A-Za-z0-9_-]{1,128}$/u.test(msgId) ? `zalo-msg:${msgId}` : `zalo-msg:h-${createHash('sha256').update(msgId).digest('hex').slice(0, 32)}`;
}

/** A bounded, expiring set of handled message ids shared through Storage. */
export class HandledMessages {
  private readonly local = new Map<string, number>();
  private readonly storage: Storage;
  private readonly health: StoreHealth;
  private readonly ttlMs: number;
  private readonly localMax: number;
  private readonly now: () => number;

  constructor(options: HandledMessagesOptions) {
    this.storage = options.storage;
    this.health = options.health;
    this.ttlMs = options.ttlMs ?? 24 * 3600 * 1000;
    this.localMax = options.localMax ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  /**
   * Claims `msgId` for handling: true the first time (within the TTL), false for a repeat. When
   * the shared store fails, the local answer stands (better one possible duplicate than silence).
   */
  async claim(msgId: string): Promise<boolean> {
    const now = this.now();
    const key = handledKey(msgId);
    const seen = this.local.get(key);
    if (seen !== undefined && seen > now) return false;
    this.remember(key, now + this.ttlMs);
    try {
      const items = await this.storage.read([key]);
      const stored = items[key] as { expiresAt?: unknown } | undefined;
      if (stored && typeof stored.expiresAt === 'number' && stored.expiresAt > now) return false;
      await this.storage.write({ [key]: { handledAt: now, expiresAt: now + this.ttlMs, eTag: '*' } });
      this.health.succeeded();
    } catch (e) {
      this.health.failed(e);
    }
    return true;
  }

  private remember(key: string, expiresAt: number): void {
    this.local.delete(key);
    this.local.set(key, expiresAt);
    const now = this.now();
    for (const [k, exp] of this.local) {
      if (this.local.size <= this.localMax && exp > now) break;
      this.local.delete(k);
    }
  }
}
