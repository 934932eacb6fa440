/**
 * Remembers which Zalo messages were already handled, so a redelivered event (Zalo resends when
 * it did not see a quick 200) is acknowledged but not answered twice: the first claim of a message
 * id creates `zalo-msg:<id>` in the state store (create-only, so instances sharing Redis agree).
 * While the store fails, this process's own recent ids decide: one possible duplicate across
 * instances is better than silence.
 */
import { createHash } from 'node:crypto';
import { claimOnce } from '../state/conversations.js';
import type { StateStore } from '../state/store.js';
import type { StoreHealth } from '../state/store-health.js';

/** Ids this process remembers for when the store fails (the oldest are forgotten first). */
const LOCAL_MAX = 10_000;

/** The OA channel's key prefix; the Bot Platform channel uses its own (zalo-bot/webhook-route.ts). */
export const OA_HANDLED_PREFIX = 'zalo-msg';

/** The store key for a message id (hashed when it is not a plain token). */
export function handledKey(msgId: string, prefix: string = OA_HANDLED_PREFIX): string {
  return /^[A-Za-z0-9_-]{1,128}$/u.test(msgId)
    ? `${prefix}:${msgId}`
    : `${prefix}:h-${createHash('sha256').update(msgId).digest('hex').slice(0, 32)}`;
}

/** Message ids handled, in the store and (for outages) in this process. */
export class HandledMessages {
  private readonly local = new Set<string>();

  constructor(
    private readonly store: StateStore,
    private readonly health: StoreHealth,
    /** Keeps one channel's ids apart from another's in the shared store. */
    private readonly prefix: string = OA_HANDLED_PREFIX,
  ) {}

  /** Claims `msgId` for handling: true the first time, false for a repeat. */
  async claim(msgId: string): Promise<boolean> {
    const key = handledKey(msgId, this.prefix);
    const seenHere = this.local.has(key);
    this.local.add(key);
    if (this.local.size > LOCAL_MAX) this.local.delete(this.local.values().next().value!);
    try {
      const first = await claimOnce(this.store, key, { handledAt: new Date().toISOString() });
      this.health.succeeded();
      return first;
    } catch (e) {
      this.health.failed(e);
      return !seenHere;
    }
  }
}
