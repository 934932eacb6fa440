/** Background replies: tracked for shutdown, and run in order per Zalo user. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { InFlight } from '../../src/bot/helpdesk/in-flight.js';
import { SerialQueues } from '../../src/bot/serial-queues.js';

// The tasks wait on timers, and the tests move the clock (fake timers): no test waits in real time.
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('InFlight', () => {
  it('when tasks are running, then drain waits for all of them (also ones started meanwhile)', async () => {
    const f = new InFlight();
    const done: string[] = [];
    void f.run(async () => {
      await sleep(30);
      done.push('a');
      void f.run(async () => {
        await sleep(20);
        done.push('c');
      });
    });
    void f.run(async () => {
      await sleep(10);
      done.push('b');
    });
    expect(f.size).toBe(2);
    const drained = f.drain(2000);
    await vi.advanceTimersByTimeAsync(50);
    expect(await drained).toBe(true);
    expect(done.sort()).toEqual(['a', 'b', 'c']);
    expect(f.size).toBe(0);
  });

  it('when a task outlives the timeout, then drain resolves false', async () => {
    const f = new InFlight();
    void f.run(() => sleep(500));
    const drained = f.drain(20);
    await vi.advanceTimersByTimeAsync(20);
    expect(await drained).toBe(false);
    expect(f.size).toBe(1);
    await vi.advanceTimersByTimeAsync(480);
    expect(f.size).toBe(0);
  });

  it('when a task fails, then the error goes to onError and the tracker forgets the task', async () => {
    const f = new InFlight();
    const errors: unknown[] = [];
    await f.run(
      async () => {
        throw new Error('boom');
      },
      (e) => errors.push(e),
    );
    expect(errors).toHaveLength(1);
    expect(f.size).toBe(0);
  });

  it('when nothing is running, then drain resolves true at once', async () => {
    expect(await new InFlight().drain(0)).toBe(true);
  });
});

describe('SerialQueues', () => {
  it('when one user sends two messages, then the second turn starts after the first ended', async () => {
    const q = new SerialQueues();
    const events: string[] = [];
    const first = q.run('u1', async () => {
      events.push('1 start');
      await sleep(30);
      events.push('1 end');
    });
    const second = q.run('u1', async () => {
      events.push('2 start');
      events.push('2 end');
    });
    await vi.advanceTimersByTimeAsync(30);
    await Promise.all([first, second]);
    expect(events).toEqual(['1 start', '1 end', '2 start', '2 end']);
    await vi.waitFor(() => expect(q.size).toBe(0));
  });

  it('when two users write at once, then their turns run concurrently', async () => {
    const q = new SerialQueues();
    const events: string[] = [];
    const both = Promise.all([
      q.run('u1', async () => {
        events.push('u1 start');
        await sleep(30);
        events.push('u1 end');
      }),
      q.run('u2', async () => {
        events.push('u2 start');
        await sleep(5);
        events.push('u2 end');
      }),
    ]);
    await vi.advanceTimersByTimeAsync(30);
    await both;
    expect(events.indexOf('u2 end')).toBeLessThan(events.indexOf('u1 end'));
  });

  it('when a turn fails, then the next turn of that user still runs', async () => {
    const q = new SerialQueues();
    await expect(
      q.run('u1', async () => {
        throw new Error('x');
      }),
    ).rejects.toThrow('x');
    let ran = false;
    await q.run('u1', async () => {
      ran = true;
    });
    expect(ran).toBe(true);
  });
});
