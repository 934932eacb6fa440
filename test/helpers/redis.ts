/**
 * A real Redis for the storage tests: REDIS_URL when set (CI's .ci/run starts one), otherwise a
 * redis-server started here on a free port in a temporary folder and stopped afterwards. Without
 * either, the tests fail in CI (CI=true) and are skipped locally with a message saying so.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const redisServerAvailable = spawnSync('redis-server', ['--version']).status === 0;
export const skipRedisTests = process.env['REDIS_URL'] === undefined && !redisServerAvailable && process.env['CI'] !== 'true';
if (skipRedisTests) console.warn('[redis] SKIPPED: no REDIS_URL and no redis-server on PATH (apt-get install -y redis-server). In CI these tests fail instead.');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export interface TestRedis {
  url: string;
  stop(): Promise<void>;
}

export async function startRedis(): Promise<TestRedis> {
  if (process.env['REDIS_URL']) return { url: process.env['REDIS_URL'], stop: async () => {} };
  if (!redisServerAvailable) throw new Error('Redis is required: set REDIS_URL or install redis-server (apt-get install -y redis-server).');
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'redis-'));
  const child: ChildProcess = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], { stdio: 'ignore' });
  const url = `redis://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (spawnSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8' }).stdout.trim() === 'PONG') break;
    await new Promise((r) => setTimeout(r, 50));
  }
  return { url, stop: async () => void child.kill('SIGTERM') };
}
