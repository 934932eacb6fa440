/**
 * `npm run bench:ab -- <route>`: one route of two builds of the server, A and B, under the same
 * load, alternated round by round with the floor, to tell whether a change helps. On these shared
 * 2-core machines one route moves by 20–30 % from one 10 s run to the next, so a single before /
 * after pair says little; alternating A, B and the floor many times, and comparing medians and
 * per-round pairs, does.
 *
 *   A=/path/to/other/checkout npm run bench:ab -- api/ask      (B defaults to this checkout)
 *
 * Each checkout must be built (`npm run build`). Settings (environment):
 *   A, B                  the two checkouts (B: this one)
 *   ROUTE (or argv[2])    api/ask (default) or api/messages
 *   ROUNDS (7), SECS (4)  rounds, and seconds per route and round (32 connections)
 *   PIN (1)               1: the servers on CPU 0 and autocannon on CPU 1 (taskset), so the load
 *                         generator never runs on the server's core; 0: the OS schedules as in
 *                         `npm run bench`. Pinned runs vary less but also pin the servers' helper
 *                         threads (GC, libuv) to one core.
 *   STORE_A, STORE_B      STATE_STORE of each (sqlite); LOG_LEVEL_A, LOG_LEVEL_B (info)
 *   TOGETHER (0)          1: each round loads A and B at the same time (16 connections each), both
 *                         on CPU 0 when pinned, so whatever the machine does to one it does to the
 *                         other, and B/A of the round's requests/s is the inverse ratio of their
 *                         CPU per request; the floor is left out. Finer than alternating rounds on
 *                         this noisy machine (see the README).
 *   NODE_FLAGS_A, NODE_FLAGS_B  node flags added to npm start's for each (none), e.g. to try a
 *                         V8 flag with A = B = this checkout
 *   ACCEPT_ENCODING       sent with every request (floor included); default: a browser's for
 *                         api/ask, none for api/messages (as `npm run bench`); "" sends none
 *   ACCEPT_ENCODING_A, ACCEPT_ENCODING_B  what A's or B's requests carry instead, e.g. to see
 *                         what gzip costs the server with A = B = this checkout
 * Prints, per server: requests/s of each round, the median, server CPU µs per request (from
 * /proc), and the median's ratio to the floor's median.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/seed-file.js';
import { median } from './engine.js';
import { runLoad } from './load.js';
import { benchQuestions, BROWSER_ACCEPT_ENCODING, loadBodies } from './questions.js';
import { cpuMsOf, pinServersAndLoad, startServer, type RunningServer } from './server-process.js';
import { serverNodeArgs } from './start-command.js';

const env = process.env;
const route = process.argv[2] ?? env['ROUTE'] ?? 'api/ask';
if (route !== 'api/ask' && route !== 'api/messages') throw new Error(`route must be api/ask or api/messages, not ${route}`);
const roots = { A: env['A'], B: env['B'] ?? PROJECT_ROOT };
if (!roots.A) throw new Error('set A to the other checkout (built with npm run build)');
const rounds = Number(env['ROUNDS'] ?? 7);
const seconds = Number(env['SECS'] ?? 4);
const pin = env['PIN'] !== '0';
const acceptEncoding = env['ACCEPT_ENCODING'] ?? (route === 'api/ask' ? BROWSER_ACCEPT_ENCODING : '');
const headersFor = (value: string): Record<string, string> => (value === '' ? {} : { 'accept-encoding': value });
const headers = headersFor(acceptEncoding);
/** What A's and B's requests carry: ACCEPT_ENCODING_A / ACCEPT_ENCODING_B, else the common one. */
const encodingOf = { A: env['ACCEPT_ENCODING_A'] ?? acceptEncoding, B: env['ACCEPT_ENCODING_B'] ?? acceptEncoding };
const headersOf = { A: headersFor(encodingOf.A), B: headersFor(encodingOf.B) };
const together = env['TOGETHER'] === '1';

/** A checkout's server, started with npm start's node flags, its SQLite file in a fresh folder. */
function start(root: string, name: 'A' | 'B'): Promise<RunningServer> {
  const flags = [...serverNodeArgs().slice(0, -1), ...(env[`NODE_FLAGS_${name}`] ?? '').split(' ').filter((f) => f !== '')];
  return startServer([...flags, join(root, 'dist/src/main.js')], {
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: env[`LOG_LEVEL_${name}`] ?? 'info',
    STATE_STORE: env[`STORE_${name}`] ?? 'sqlite',
    STATE_SQLITE_PATH: join(mkdtempSync(join(tmpdir(), 'bench-ab-')), 'state.sqlite'),
    ASK_RATE_LIMIT_PER_MINUTE: '0',
  });
}


async function main(): Promise<void> {
  const servers = { A: await start(roots.A!, 'A'), B: await start(roots.B, 'B') };
  const floor = await startServer(['--import', 'tsx', join(PROJECT_ROOT, 'bench/floor-server.ts')], { PORT: '0' }, '/floor');
  if (pin) pinServersAndLoad([servers.A, servers.B, floor]);
  const questions = benchQuestions(400);
  const { ask: askBodies, activities: activityBodies } = loadBodies(questions);
  const bodies = route === 'api/messages' ? activityBodies : askBodies;
  for (const name of ['A', 'B'] as const) await runLoad({ route: 'warm', url: `${servers[name].url}/${route}`, bodies, headers: headersOf[name], connections: 8, durationSec: 2 });
  await runLoad({ route: 'warm', url: `${floor.url}/floor`, bodies: askBodies, headers, connections: 8, durationSec: 2 });

  if (together) {
    await runTogether(servers, bodies);
    for (const s of [servers.A, servers.B, floor]) await s.stop();
    return;
  }
  const figures: Record<'floor' | 'A' | 'B', { rps: number[]; cpuUs: number[] }> = { floor: { rps: [], cpuUs: [] }, A: { rps: [], cpuUs: [] }, B: { rps: [], cpuUs: [] } };
  for (let r = 0; r < rounds; r++) {
    // The floor first, then A and B in turns, so neither always follows the other.
    const order: Array<'floor' | 'A' | 'B'> = r % 2 === 0 ? ['floor', 'A', 'B'] : ['floor', 'B', 'A'];
    for (const name of order) {
      const server = name === 'floor' ? floor : servers[name];
      const url = name === 'floor' ? `${floor.url}/floor` : `${server.url}/${route}`;
      const before = cpuMsOf(server.child.pid!);
      const f = await runLoad({ route: name, url, bodies: name === 'floor' ? askBodies : bodies, headers: name === 'floor' ? headers : headersOf[name], durationSec: seconds });
      if (f.errors > 0 || f.non2xx > 0) process.stderr.write(`${name}: ${f.errors} errors, ${f.non2xx} non-2xx in round ${r + 1}\n`);
      figures[name].rps.push(Math.round(f.requestsPerSec));
      figures[name].cpuUs.push(Math.round(((cpuMsOf(server.child.pid!) - before) * 1000) / Math.max(1, f.requests)));
    }
  }
  for (const s of [servers.A, servers.B, floor]) await s.stop();

  const floorMedian = median(figures.floor.rps);
  process.stdout.write(`${route}, ${rounds} rounds of ${seconds} s, ${pin ? 'pinned (servers CPU 0, autocannon CPU 1)' : 'not pinned'}, ${encodingLabel()}; A = ${roots.A}, B = ${roots.B}\n`);
  for (const name of ['floor', 'A', 'B'] as const) {
    const f = figures[name];
    const ratio = name === 'floor' ? '' : `  ratio ${(median(f.rps) / floorMedian).toFixed(2)}`;
    process.stdout.write(`${name.padEnd(5)}  req/s ${f.rps.join(' ')}  median ${median(f.rps)}  cpu µs/req ${f.cpuUs.join(' ')}  median ${median(f.cpuUs)}${ratio}\n`);
  }
  const better = figures.B.rps.filter((b, i) => b > figures.A.rps[i]!).length;
  process.stdout.write(`B faster than A in ${better} of ${rounds} rounds\n`);
}

/** TOGETHER=1: A and B under load at the same time, round after round; prints B/A per round. */
async function runTogether(servers: { A: RunningServer; B: RunningServer }, bodies: string[]): Promise<void> {
  const figures = { A: { rps: [] as number[], cpuUs: [] as number[] }, B: { rps: [] as number[], cpuUs: [] as number[] } };
  const ratios: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const before = { A: cpuMsOf(servers.A.child.pid!), B: cpuMsOf(servers.B.child.pid!) };
    // Which load starts first alternates, in case starting first is an advantage.
    const order = r % 2 === 0 ? (['A', 'B'] as const) : (['B', 'A'] as const);
    const runs = await Promise.all(order.map((name) => runLoad({ route: name, url: `${servers[name].url}/${route}`, bodies, headers: headersOf[name], connections: 16, durationSec: seconds })));
    const [a, b] = r % 2 === 0 ? runs : [runs[1], runs[0]];
    for (const [name, f] of [['A', a!], ['B', b!]] as const) {
      if (f.errors > 0 || f.non2xx > 0) process.stderr.write(`${name}: ${f.errors} errors, ${f.non2xx} non-2xx in round ${r + 1}\n`);
      figures[name].rps.push(Math.round(f.requestsPerSec));
      figures[name].cpuUs.push(Math.round(((cpuMsOf(servers[name].child.pid!) - before[name]) * 1000) / Math.max(1, f.requests)));
    }
    ratios.push(b!.requestsPerSec / Math.max(1, a!.requestsPerSec));
  }
  process.stdout.write(`${route}, ${rounds} rounds of ${seconds} s, A and B loaded together (16 connections each), ${pin ? 'pinned (both servers CPU 0, autocannon CPU 1)' : 'not pinned'}, ${encodingLabel()}; A = ${roots.A}, B = ${roots.B}\n`);
  for (const name of ['A', 'B'] as const) {
    const f = figures[name];
    process.stdout.write(`${name.padEnd(5)}  req/s ${f.rps.join(' ')}  median ${median(f.rps)}  cpu µs/req ${f.cpuUs.join(' ')}  median ${median(f.cpuUs)}\n`);
  }
  process.stdout.write(`B/A req/s per round ${ratios.map((x) => x.toFixed(3)).join(' ')}  median ${median(ratios).toFixed(3)}; B faster in ${ratios.filter((x) => x > 1).length} of ${rounds}\n`);
}

/** The Accept-Encoding sent, for the report's first line. */
function encodingLabel(): string {
  const show = (v: string) => v || 'none';
  return encodingOf.A === encodingOf.B ? `Accept-Encoding: ${show(encodingOf.A)}` : `Accept-Encoding: A ${show(encodingOf.A)}, B ${show(encodingOf.B)}`;
}

main().catch((e: unknown) => {
  process.stderr.write(`bench:ab failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
