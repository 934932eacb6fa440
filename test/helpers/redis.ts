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
if (skipRedisTests)
  console.warn(
    '[redis] SKIPPED: no REDIS_URL and no redis-server on PATH (apt-get install -y redis-server). In CI (CI=true) these tests fail instead.',
  );

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
  if (given) return { url: given, stop: () => Promise.resolve() };
  if (!redisServerAvailable)
    throw new Error(
      'Redis is required for these tests: set REDIS_URL or install redis-server (apt-get install -y redis-server).',
    );
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'c05-redis-'));
  const server = await spawnRedis(port, dir, false);
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** One redis-server process on `port`, answering PING. */
interface RedisProcess {
  pid: number;
  /** Ends the process (SIGTERM: with persistence on, Redis writes its data first) and waits for it. */
  stop(): Promise<void>;
}

async function spawnRedis(port: number, dir: string, persistent: boolean): Promise<RedisProcess> {
  // Persistent: every write is appended and fsynced, so a restart on the same folder has them all.
  const persistence = persistent ? ['--appendonly', 'yes', '--appendfsync', 'always'] : ['--appendonly', 'no'];
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', ...persistence, '--dir', dir],
    { stdio: 'ignore' },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGCONT'); // a paused server could not act on SIGTERM
      child.kill('SIGTERM');
    }
    await exited;
  };
  for (let i = 0; i < 100; i++) {
    if (spawnSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8' }).stdout?.trim() === 'PONG')
      return { pid: child.pid!, stop };
    await new Promise((r) => setTimeout(r, 50));
  }
  await stop();
  throw new Error(`redis-server did not answer PING on port ${port} within 5 s`);
}

/** true when an outage can be staged: a redis-server of the test's own can be started. */
export const skipOwnRedisTests = !redisServerAvailable && process.env['CI'] !== 'true';
if (skipOwnRedisTests)
  console.warn(
    '[redis] store-outage tests SKIPPED: no redis-server on PATH (apt-get install -y redis-server). In CI (CI=true) they fail instead.',
  );

/**
 * A redis-server of the test's own (never REDIS_URL's, which other tests share), with persistence
 * on, that the test can take down and bring back on the same port: to stage an outage.
 */
export interface OwnRedis {
  url: string;
  /** Freezes the server (SIGSTOP): the connection stays open and nothing is answered. */
  pause(): void;
  /** Lets a paused server go on (SIGCONT). */
  resume(): void;
  /** Stops the server; its data stays in its folder. */
  stop(): Promise<void>;
  /** Starts it again on the same port and folder, with the data it had. */
  start(): Promise<void>;
  /** Stops it and removes its folder. */
  dispose(): Promise<void>;
}

export async function startOwnRedis(): Promise<OwnRedis> {
  if (!redisServerAvailable)
    throw new Error(
      'These tests start a redis-server of their own: install redis-server (apt-get install -y redis-server).',
    );
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'c05-own-redis-'));
  let current: RedisProcess | undefined = await spawnRedis(port, dir, true);
  return {
    url: `redis://127.0.0.1:${port}`,
    pause: () => void (current && process.kill(current.pid, 'SIGSTOP')),
    resume: () => void (current && process.kill(current.pid, 'SIGCONT')),
    stop: async () => {
      await current?.stop();
      current = undefined;
    },
    start: async () => {
      current ??= await spawnRedis(port, dir, true);
    },
    dispose: async () => {
      await current?.stop();
      current = undefined;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
