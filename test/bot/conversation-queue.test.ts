/**
 * The per-conversation queue of the context store (around each update and read): turns of one key in
 * arrival order, other keys in parallel, failures contained.
 */
import { describe, expect, it } from 'vitest';
import { createConversationQueue } from '../../src/bot/state/conversation-queue.js';

describe('createConversationQueue', () => {
  it('when turns of one conversation overlap, then they run in arrival order; other conversations do not wait', async () => {
    const queue = createConversationQueue();
    const log: string[] = [];
    const slow = (name: string, ms: number) => async () => {
      log.push(`${name}:start`);
      await new Promise((r) => setTimeout(r, ms));
      log.push(`${name}:end`);
      return name;
    };
    const results = await Promise.all([queue.run('a', slow('a1', 30)), queue.run('a', slow('a2', 1)), queue.run('b', slow('b1', 1))]);
    expect(results).toEqual(['a1', 'a2', 'b1']);
    expect(log.indexOf('a2:start')).toBeGreaterThan(log.indexOf('a1:end'));
    expect(log.indexOf('b1:end')).toBeLessThan(log.indexOf('a1:end'));
    expect(queue.size).toBe(0);
  });
  it('when a turn fails, then the next turn of that conversation still runs', async () => {
    const queue = createConversationQueue();
    await expect(queue.run('a', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(queue.run('a', async () => 'next')).resolves.toBe('next');
    // A turn that throws before returning its promise fails the same way, and is not left queued.
    await expect(
      queue.run('a', () => {
        throw new Error('at once');
      }),
    ).rejects.toThrow('at once');
    await expect(queue.run('a', async () => 'after')).resolves.toBe('after');
    expect(queue.size).toBe(0);
  });
});
