/** Redelivered Zalo events: handled ids remembered in process and in the shared Storage. */
import { MemoryStorage, type Storage, type StoreItems } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { createStoreHealth } from '../../src/bot/state/store-health.js';
import { HandledMessages, handledKey } from '../../src/bot/zalo/handled-messages.js';
import { captureLogger } from '../helpers/zalo-stand-in.js';

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => { t += ms; } };
}

describe('HandledMessages', () => {
  it('when a message id is claimed twice, then only the first claim wins', async () => {
    const h = new HandledMessages({ storage: new MemoryStorage(), health: createStoreHealth({ logger: captureLogger().logger }) });
    expect(await h.claim('96d3cdf3af150460909')).toBe(true);
    expect(await h.claim('96d3cdf3af150460909')).toBe(false);
    expect(await h.claim('other')).toBe(true);
  });

  it('when two instances share the storage, then the second one sees the id as handled', async () => {
    const storage = new MemoryStorage();
    const a = new HandledMessages({ storage, health: createStoreHealth({ logger: captureLogger().logger }) });
    const b = new HandledMessages({ storage, health: createStoreHealth({ logger: captureLogger().logger }) });
    expect(await a.claim('m1')).toBe(true);
    expect(await b.claim('m1')).toBe(false);
    expect(Object.keys(await storage.read([handledKey('m1')]))).toEqual(['zalo-msg:m1']);
  });

  it('when the time to live has passed, then the id may be handled again', async () => {
    const c = clock();
    const storage = new MemoryStorage();
    const a = new HandledMessages({ storage, health: createStoreHealth({ logger: captureLogger().logger }), ttlMs: 1000, now: c.now });
    expect(await a.claim('m1')).toBe(true);
    c.advance(1001);
    expect(await a.claim('m1')).toBe(true);
  });

  it('when more ids arrive than the process keeps, then memory stays bounded and the storage still dedupes', async () => {
    const storage = new MemoryStorage();
    const h = new HandledMessages({ storage, health: createStoreHealth({ logger: captureLogger().logger }), localMax: 5 });
    for (let i = 0; i < 20; i++) await h.claim(`m${i}`);
    expect((h as unknown as { local: Map<string, number> }).local.size).toBe(5);
    expect(await h.claim('m0')).toBe(false);
  });

  it('when the shared storage fails, then the message is still handled and the outage is logged once', async () => {
    const broken: Storage = {
      read: async (): Promise<StoreItems> => { throw new Error('connection refused'); },
      write: async () => { throw new Error('connection refused'); },
      delete: async () => {},
    };
    const log = captureLogger();
    const health = createStoreHealth({ logger: log.logger });
    const h = new HandledMessages({ storage: broken, health });
    expect(await h.claim('m1')).toBe(true);
    expect(await h.claim('m1')).toBe(false);
    expect(await h.claim('m2')).toBe(true);
    expect(health.up).toBe(false);
    expect(log.text().match(/state store unavailable/gu)).toHaveLength(1);
  });

  it('when an id is not a plain token, then its key is a hash', () => {
    expect(handledKey('abc_123-x')).toBe('zalo-msg:abc_123-x');
    expect(handledKey('a b/c')).toMatch(/^zalo-msg:h-[0-9a-f]{32}$/u);
  });
});
