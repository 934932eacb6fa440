/**
 * A real Redis for tests.
 *
 * - REDIS_URL set (CI's .ci/run starts one): that server is used and left running.
 * - Otherwise, if `redis-server` is on PATH: `startRedis()` starts one on a free loopback port
 *   (`--save '' --appendonly no`, temporary folder) and `stop()` ends it and removes the folder.
 * - Neither: in CI (CI=true) `startRedis()` throws, so the tests fail loudly; locally
 *   `skipRedisTests` is true and suites use `describe.skipIf(skipRedisTests)` (a message says why).
 *
 *   const redis = await startRedis();   // in beforeAll
 *   … createRedisStorage({ url: redis.url, … }) …
 *   await redis.stop();                 // in afterAll
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** true when `redis-server` runs on this machine. */
export const redisServerAvailable = spawnSync('redis-server', ['--version']).status === 0;

/** true only locally, when there is neither REDIS_URL nor redis-server; never in CI. */
export const skipRedisTests = !process.env['REDIS_URL'] && !redisServerAvailable && process.env['CI'] !== 'true';
if (skipRedisTests) console.warn('[redis] SKIPPED: no REDIS_URL and no redis-server on PATH (apt-get install -y redis-server). In CI (CI=true) these tests fail instead.');

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

/** A Redis the tests may use; `stop()` is safe to call more than once. */
export interface TestRedis {
  /** redis://127.0.0.1:<port> */
  url: string;
  stop(): Promise<void>;
}

/** Uses REDIS_URL or starts a private redis-server; throws when neither is possible. */
export async function startRedis(): Promise<TestRedis> {
  const given = process.env['REDIS_URL'];
  if (given) return { url: given, stop: async () => {} };
  if (!redisServerAvailable) throw new Error('Redis is required for these tests: set REDIS_URL or install redis-server (apt-get install -y redis-server).');
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'c05-redis-'));
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  };
  for (let i = 0; i < 100; i++) {
    if (spawnSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8' }).stdout?.trim() === 'PONG') return { url: `redis://127.0.0.1:${port}`, stop };
    await new Promise((r) => setTimeout(r, 50));
  }
  await stop();
  throw new Error(`redis-server did not answer PING on port ${port} within 5 s`);
}
