/**
 * Graceful shutdown of the real process: SIGTERM stops it with exit code 0 within 10 s, and
 * conversation state written just before is there after a restart on the same SQLite file; a
 * client still sending its body does not hold the shutdown past its timeout (in production the
 * reverse proxy buffers bodies, so none arrives slowly). Then the shutdown sequence in-process:
 * exit codes, repeated signals, the hard timer.
 */
import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { connect } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { createLogger } from '../../src/bot/logger.js';
import { HARD_EXIT_GRACE_MS, installGracefulShutdown } from '../../src/bot/shutdown.js';

const root = new URL('../..', import.meta.url).pathname;

function startMain(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const ready = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      out += String(d);
      const m = /"url":"(http:\/\/[^"]+)"/u.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  /** Resolves once the output holds `text` (rejects if the process exits first). */
  const printed = (text: string) =>
    new Promise<void>((resolve, reject) => {
      const check = () => out.includes(text) && (child.stdout.off('data', check), resolve());
      child.stdout.on('data', check);
      child.once('exit', () => reject(new Error(`exited before printing ${text}`)));
      check();
    });
  return { child, ready, exited, printed, output: () => out };
}

describe('graceful shutdown', () => {
  it('when SIGTERM arrives, then the server exits 0 within 10 s and the conversation survives a restart', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'shutdown-')), 'state.sqlite');
    const env = { STATE_STORE: 'sqlite', STATE_SQLITE_PATH: path };
    const first = startMain(env);
    const url = await first.ready;
    const ask = (text: string, conversationId: string) =>
      fetch(`${url}/api/ask`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text, conversationId }),
      }).then((r) => r.json() as Promise<{ intent: string; citations: Array<{ id: string }> }>);
    expect((await ask('Bộ Tài chính phải làm gì trong tháng 3/2023?', 'conv-restart-1')).intent).toBe('obligations');
    const started = Date.now();
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);

    // Without BOT_ID: one loud warning, once.
    expect(first.output().match(/BOT_ID is not set/gu)).toHaveLength(1);

    // At LOG_LEVEL=warn the "listening" line with the URL is still written.
    const second = startMain({ ...env, LOG_LEVEL: 'warn' });
    const url2 = await second.ready;
    const follow = await fetch(`${url2}/api/ask`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'Còn Bộ Nội vụ thì sao?', conversationId: 'conv-restart-1' }),
    }).then((r) => r.json() as Promise<{ citations: Array<{ id: string }>; heading: string }>);
    // The window "tháng 3/2023" was remembered across the restart: B.21 (March) yes, B.20 (June) no.
    const ids = follow.citations.map((c) => c.id);
    expect(ids).toContain('B.21');
    expect(ids).not.toContain('B.20');
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  });

  it('when a client is still sending its body at SIGTERM, then the server still exits within its shutdown timeout', async () => {
    const p = startMain({ STATE_STORE: 'memory', SHUTDOWN_TIMEOUT_MS: '1000' });
    const { port } = new URL(await p.ready);
    const slow = connect(Number(port), '127.0.0.1');
    slow.on('error', () => undefined);
    await new Promise<void>((resolve) =>
      slow.write(
        'POST /api/ask HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{"text":"',
        () => resolve(),
      ),
    );
    const trickle = setInterval(() => slow.writable && slow.write('a'), 100);
    const started = Date.now();
    p.child.kill('SIGTERM');
    // 1 when the request had reached the server (it did not finish), 0 when not yet: either way,
    // the shutdown is not held up by the client.
    expect([0, 1]).toContain(await p.exited);
    expect(Date.now() - started).toBeLessThan(4000);
    clearInterval(trickle);
    slow.destroy();
  });

  it('when a quiet server logs a line, then the line reaches stdout within seconds, not only at exit', async () => {
    const p = startMain({ STATE_STORE: 'memory', LOG_LEVEL: 'debug' });
    const url = await p.ready;
    try {
      await fetch(`${url}/api/ask`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: 'B.6 là gì?' }),
      });
      // Lines are written as they are logged (pino's own destination), not batched until exit.
      await p.printed('question answered');
    } finally {
      p.child.kill('SIGTERM');
      await p.exited;
    }
  });

  it('when NODE_ENV=production and BOT_ID is missing, then the server refuses to start with a clear message', async () => {
    const p = startMain({ NODE_ENV: 'production', STATE_STORE: 'memory' });
    p.ready.catch(() => undefined);
    let err = '';
    p.child.stderr.on('data', (d: Buffer) => (err += String(d)));
    expect(await p.exited).toBe(1);
    expect(err).toMatch(/BOT_ID: required when NODE_ENV=production/u);
  });
});

describe('when the state store cannot be opened', () => {
  it('when STATE_STORE=redis and Redis is unreachable, then the server exits 1 within seconds saying so', async () => {
    const p = startMain({ STATE_STORE: 'redis', REDIS_URL: 'redis://127.0.0.1:1' });
    p.ready.catch(() => undefined);
    let err = '';
    p.child.stderr.on('data', (d: Buffer) => (err += String(d)));
    const started = Date.now();
    expect(await p.exited).toBe(1);
    // Most of this is the process loading; the store itself gives up after ~1.5 s (see state.test.ts).
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(err).toMatch(/failed to start: Redis is not reachable/u);
  });
});

describe('the shutdown sequence (in-process)', () => {
  function setup(stop: (ms: number) => Promise<boolean>, timeoutMs = 200) {
    const emitter = new EventEmitter();
    const codes: number[] = [];
    let stops = 0;
    const lines: string[] = [];
    const logger = createLogger({
      destination: new Writable({
        write(c, _e, cb) {
          lines.push(String(c));
          cb();
        },
      }),
    });
    const { shutdown } = installGracefulShutdown({
      stop: (ms) => (stops++, stop(ms)),
      logger,
      timeoutMs,
      exit: (c) => void codes.push(c),
      emitter,
    });
    return { emitter, codes, shutdown, stops: () => stops, logs: () => lines.join('') };
  }

  it('when SIGTERM arrives and everything finishes, then it exits 0 once, even if the signal repeats', async () => {
    const t = setup(async () => true);
    t.emitter.emit('SIGTERM');
    t.emitter.emit('SIGINT');
    expect(await t.shutdown('test')).toBe(0);
    expect(t.codes).toEqual([0]);
    expect(t.stops()).toBe(1);
    expect(t.logs()).toContain('"reason":"SIGTERM"');
  });

  it('when stopping reports unfinished work or fails, then it exits 1', async () => {
    expect(await setup(async () => false).shutdown('SIGTERM')).toBe(1);
    expect(await setup(async () => Promise.reject(new Error('store gone'))).shutdown('SIGTERM')).toBe(1);
  });

  it('when stopping hangs, then the hard timer exits 1 shortly after the timeout', async () => {
    vi.useFakeTimers();
    try {
      const t = setup(() => new Promise<boolean>(() => undefined), 100);
      void t.shutdown('SIGTERM');
      await vi.advanceTimersByTimeAsync(100 + HARD_EXIT_GRACE_MS - 1);
      expect(t.codes).toEqual([]);
      await vi.advanceTimersByTimeAsync(1);
      expect(t.codes).toEqual([1]);
      expect(t.logs()).toContain('shutdown took too long');
    } finally {
      vi.useRealTimers();
    }
  });
});
