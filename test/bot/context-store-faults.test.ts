/**
 * The context store under any schedule of store failures (fast-check). A store call can succeed,
 * fail before it changes anything (Redis down, a SQLite lock), or fail after it did (a Redis write
 * applied whose answer timed out). The store underneath is the real memory store; the wrapper only
 * decides, call by call, which of the three happens. (store-outage.test.ts stages the same
 * failures with a real Redis and a real SQLite lock, end to end.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ConversationContext } from '../../src/intents/context.js';
import { createContextStore } from '../../src/bot/state/context-store.js';
import { createMemoryStorage } from '../../src/bot/state/memory-storage.js';
import type { ClosableStorage } from '../../src/bot/state/storage.js';
import { createStoreHealth } from '../../src/bot/state/store-health.js';
import { captureLogger } from '../helpers/zalo-stand-in.js';

type Fault = 'ok' | 'failBefore' | 'failAfter';

/** The memory store, with each write's fate taken from `writes` and each read's from `reads` (then 'ok'). */
function faulty(writes: Fault[], reads: Array<'ok' | 'fail'> = []): { storage: ClosableStorage; inner: ClosableStorage } {
  const inner = createMemoryStorage();
  let w = 0;
  let r = 0;
  const storage: ClosableStorage = {
    ...inner,
    async read(keys) {
      if ((reads[r++] ?? 'ok') === 'fail') throw new Error('store unavailable (read)');
      return inner.read(keys);
    },
    async writeItem(key, value, expected) {
      const fault = writes[w++] ?? 'ok';
      if (fault === 'failBefore') throw new Error('store unavailable (write)');
      const etag = await inner.writeItem(key, value, expected);
      if (fault === 'failAfter') throw new Error('no answer in time (the write was applied)');
      return etag;
    },
  };
  return { storage, inner };
}

/** A turn that counts: its result is the number of turns the conversation has had, this one included. */
const countTurn = (c: ConversationContext) => ({ context: { ...c, turns: c.turns + 1 }, result: c.turns + 1 });

describe('the context store when its store fails', () => {
  it('when writes fail in any pattern, before or after they reach the store, then every turn is answered, each runs on the context of the one before, and the first write that gets through stores them all', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom<Fault>('ok', 'failBefore', 'failAfter'), { maxLength: 30 }), fc.integer({ min: 1, max: 20 }), async (writes, n) => {
        const schedule = [...writes];
        const { storage, inner } = faulty(schedule);
        const health = createStoreHealth({ logger: captureLogger().logger });
        const contexts = createContextStore(storage, { health });
        const results: number[] = [];
        for (let i = 0; i < n; i++) results.push(await contexts.update('k', countTurn));
        expect(results).toEqual(Array.from({ length: n }, (_, i) => i + 1));
        // Reading the conversation (as Teams does for its language) sees the last turn, stored or not.
        expect((await contexts.read('k')).turns).toBe(n);
        // Once the faults are spent, a flush (as at a shutdown) stores the last turn at once...
        schedule.length = 0;
        expect((await contexts.flush()).unsaved).toBe(0);
        expect(((await inner.read(['ctx/k']))['ctx/k'] as { context: ConversationContext }).context.turns).toBe(n);
        // ...and one more turn gets through and stores the whole conversation.
        expect(await contexts.update('k', countTurn)).toBe(n + 1);
        const stored = (await inner.read(['ctx/k']))['ctx/k'] as { context: ConversationContext };
        expect(stored.context.turns).toBe(n + 1);
        expect(health.up).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('when another instance writes the conversation while the writes of this one fail, then no turn of the other instance is overwritten, and no turn appears twice', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom<Fault>('ok', 'failBefore', 'failAfter'), { maxLength: 30 }),
        fc.array(fc.constantFrom<'A' | 'B'>('A', 'B'), { minLength: 1, maxLength: 25 }),
        async (writes, order) => {
          const schedule = [...writes];
          const { storage, inner } = faulty(schedule);
          const quiet = () => createStoreHealth({ logger: captureLogger().logger });
          // A writes through the failing store; B, another instance, through the same store directly.
          const a = createContextStore(storage, { health: quiet() });
          const b = createContextStore(inner, { health: quiet() });
          // Each turn appends its name to the context's history (listIds).
          const named = (name: string) => (c: ConversationContext) => ({ context: { ...c, listIds: [...(c.listIds ?? []), name], turns: c.turns + 1 }, result: name });
          const bTurns: string[] = [];
          for (const [i, who] of order.entries()) {
            const name = `${who}${i}`;
            if (who === 'B') bTurns.push(name);
            expect(await (who === 'A' ? a : b).update('k', named(name))).toBe(name);
          }
          schedule.length = 0;
          // A flush (as at a shutdown) stores only what is A's own: B's writes stand.
          await a.flush();
          const flushed = ((await inner.read(['ctx/k']))['ctx/k'] as { context: ConversationContext } | undefined)?.context.listIds ?? [];
          expect(flushed.filter((h) => h.startsWith('B'))).toEqual(bTurns);
          await a.update('k', named('A-last'));
          const history = ((await inner.read(['ctx/k']))['ctx/k'] as { context: ConversationContext }).context.listIds ?? [];
          expect(history.filter((h) => h.startsWith('B'))).toEqual(bTurns);
          expect(new Set(history).size).toBe(history.length);
          expect(history.at(-1)).toBe('A-last');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('when reads and writes fail in any pattern, then no turn is refused and a turn that finds nothing it can read starts a new conversation', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom<Fault>('ok', 'failBefore', 'failAfter'), { maxLength: 30 }),
        fc.array(fc.constantFrom<'ok' | 'fail'>('ok', 'fail'), { maxLength: 30 }),
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 0, max: 3 }),
        async (writes, reads, n, keptContexts) => {
          const { storage } = faulty(writes, reads);
          // keptContexts 0 makes every turn read the store, so read failures are met often.
          const contexts = createContextStore(storage, { keptContexts, health: createStoreHealth({ logger: captureLogger().logger }) });
          for (let i = 0; i < n; i++) {
            const result = await contexts.update('k', countTurn);
            expect(result).toBeGreaterThanOrEqual(1);
            expect(result).toBeLessThanOrEqual(i + 1);
          }
          const read = await contexts.read('k');
          expect(read.turns).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 200 },
    );
  });
});
