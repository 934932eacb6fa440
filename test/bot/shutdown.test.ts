/**
 * Graceful shutdown of the real process: SIGTERM stops it with exit code 0 within 10 s, and
 * conversation state written just before is there after a restart on the same SQLite file.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;

function startMain(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: root, env: { ...process.env, ...env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info' }, stdio: ['ignore', 'pipe', 'pipe'] });
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
  return { child, ready, exited, output: () => out };
}

describe('graceful shutdown', () => {
  it('when SIGTERM arrives, then the server exits 0 within 10 s and the conversation survives a restart', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'shutdown-')), 'state.sqlite');
    const env = { STATE_STORE: 'sqlite', STATE_SQLITE_PATH: path };
    const first = startMain(env);
    const url = await first.ready;
    const ask = (text: string, conversationId: string) =>
      fetch(`${url}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text, conversationId }) }).then((r) => r.json() as Promise<{ intent: string; citations: Array<{ id: string }> }>);
    expect((await ask('Bộ Tài chính phải làm gì trong tháng 3/2023?', 'conv-restart-1')).intent).toBe('obligations');
    const started = Date.now();
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);

    const second = startMain(env);
    const url2 = await second.ready;
    const follow = await fetch(`${url2}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'Còn Bộ Nội vụ thì sao?', conversationId: 'conv-restart-1' }) }).then((r) => r.json() as Promise<{ citations: Array<{ id: string }>; heading: string }>);
    // The window "tháng 3/2023" was remembered across the restart: B.21 (March) yes, B.20 (June) no.
    const ids = follow.citations.map((c) => c.id);
    expect(ids).toContain('B.21');
    expect(ids).not.toContain('B.20');
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
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
