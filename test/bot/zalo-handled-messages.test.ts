/** Redelivered Zalo events: handled ids claimed once in the shared store, and in process while it fails. */
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/bot/state/memory-store.js';
import type { StateStore } from '../../src/bot/state/store.js';
import { createStoreHealth } from '../../src/bot/state/store-health.js';
import { HandledMessages, handledKey } from '../../src/bot/zalo/handled-messages.js';
import { captureLogger } from '../helpers/zalo-stand-in.js';

const health = () => createStoreHealth({ logger: captureLogger().logger });

describe('HandledMessages', () => {
  it('when a message id is claimed twice, then only the first claim wins', async () => {
    const h = new HandledMessages(createMemoryStore(), health());
    expect(await h.claim('96d3cdf3af150460909')).toBe(true);
    expect(await h.claim('96d3cdf3af150460909')).toBe(false);
    expect(await h.claim('other')).toBe(true);
  });

  it('when two instances share the store, then the second one sees the id as handled', async () => {
    const store = createMemoryStore();
    const [a, b] = [new HandledMessages(store, health()), new HandledMessages(store, health())];
    expect(await a.claim('m1')).toBe(true);
    expect(await b.claim('m1')).toBe(false);
    expect(await store.get(handledKey('m1'))).toBeDefined();
  });

  it('when ten redeliveries of one id reach two instances at once, then exactly one is handled', async () => {
    const store = createMemoryStore();
    const [a, b] = [new HandledMessages(store, health()), new HandledMessages(store, health())];
    const claims = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).claim('m-burst')));
    expect(claims.filter(Boolean)).toHaveLength(1);
  });

  it('when the store has forgotten the id (its time to live passed), then the id may be handled again', async () => {
    let now = 1_000_000;
    const store = createMemoryStore({ ttlSeconds: 60, now: () => now });
    expect(await new HandledMessages(store, health()).claim('m1')).toBe(true);
    now += 61_000;
    expect(await new HandledMessages(store, health()).claim('m1')).toBe(true);
  });

  it('when the shared store fails, then the message is still handled once by this process and the outage is logged once', async () => {
    const broken: StateStore = {
      get: () => Promise.reject(new Error('connection refused')),
      set: () => Promise.reject(new Error('connection refused')),
      close: () => Promise.resolve(),
    };
    const log = captureLogger();
    const storeHealth = createStoreHealth({ logger: log.logger });
    const h = new HandledMessages(broken, storeHealth);
    expect(await h.claim('m1')).toBe(true);
    expect(await h.claim('m1')).toBe(false);
    expect(await h.claim('m2')).toBe(true);
    expect(storeHealth.up).toBe(false);
    expect(log.text().match(/state store unavailable/gu)).toHaveLength(1);
  });

  it('when an id is not a plain token, then its key is a hash', () => {
    expect(handledKey('abc_123-x')).toBe('zalo-msg:abc_123-x');
    expect(handledKey('a b/c')).toMatch(/^zalo-msg:h-[0-9a-f]{32}$/u);
  });
});
