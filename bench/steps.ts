/**
 * `npm run bench:steps`: what each of POST /api/ask's steps adds to a request under load.
 *
 * Starts the bot's server with five extra routes (bench/steps-server.ts), each doing one step more
 * than the one before — the floor's handler, then the body check, the engine, the question's count, the
 * answer's body — followed by /api/ask itself (which adds the state store), and loads them in turn
 * with autocannon, round after round. Per route it reports the median requests/s and the server's
 * median CPU time per request (from /proc), and what each step added to the one before.
 *
 * CPU per request is the figure to read: the routes share one process, one load and one moment, so
 * the differences between steps are the steps' own cost under load, which on these machines is 3–5
 * times their cost in a quiet process. Throughput ratios move by 20–30 % from run to run here.
 *
 * The server runs with V8's --trace-gc-nvp, so the report also gives, per step, the time its young-
 * generation collections (scavenges) and full collections paused the server, per request.
 *
 * TOGETHER=1 measures each step against the bare floor process instead (bench/floor-server.ts,
 * as `npm run bench` loads it): in each round every step's route is loaded at the same time as the
 * floor, 16 connections each, both servers pinned on CPU 0, so whatever the machine does to one it
 * does to the other, and the step's requests/s over the floor's in that round is the ratio
 * `npm run bench` reports, without the drift between one 10 s run and the next. Loaded one after
 * the other, a route's requests/s moves by 20–30 % from round to round here, more than most steps
 * cost; loaded together, a step's ratio moves by 2–5 %.
 *
 * Settings (environment): ROUNDS (5), SECS (4) seconds per route and round at 32 connections;
 * PIN (1): the server on CPU 0 and autocannon on CPU 1 (taskset), 0: the OS schedules;
 * TOGETHER (0): 1 loads each step with the bare floor at the same time (always pinned);
 * ACCEPT_ENCODING: sent with every request, default a browser's (as the web page's requests).
 * A table on stderr; the last line of stdout is one JSON object with every figure.
 */
import { closeSync, mkdtempSync, openSync, readSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/seed-file.js';
import { median, round } from './engine.js';
import { runLoad } from './load.js';
import { benchQuestions, BROWSER_ACCEPT_ENCODING, loadBodies } from './questions.js';
import { cpuMsOf, pinServersAndLoad, startServer, type RunningServer } from './server-process.js';

const env = process.env;
const rounds = Math.max(1, Number(env['ROUNDS'] ?? 5));
const seconds = Number(env['SECS'] ?? 4);
const together = env['TOGETHER'] === '1';
const pin = together || env['PIN'] !== '0';
const acceptEncoding = env['ACCEPT_ENCODING'] ?? BROWSER_ACCEPT_ENCODING;
const headers: Record<string, string> = acceptEncoding === '' ? {} : { 'accept-encoding': acceptEncoding };
const log = (s: string) => process.stderr.write(`${s}\n`);

/** The routes in order of the steps they add (names and paths as in steps-server.ts). */
const ROUTES = [
  { step: 'floor', adds: "the floor's handler, in the bot's server", path: '/bench/steps/floor' },
  { step: 'checked', adds: 'async handler, body checked (zod), 2-byte body via sendParts', path: '/bench/steps/checked' },
  { step: 'answered', adds: "the engine's answer", path: '/bench/steps/answered' },
  { step: 'logged', adds: 'the question counted (its log line at debug)', path: '/bench/steps/logged' },
  { step: 'sent', adds: "the answer's body instead of 2 bytes", path: '/bench/steps/sent' },
  { step: '/api/ask', adds: 'the state store (SQLite): the route itself', path: '/api/ask' },
] as const;

/** The bytes a file gained since `from` (the server's log grows while a route is loaded). */
function readFrom(path: string, from: number): string {
  const size = statSync(path).size;
  const buf = Buffer.alloc(size - from);
  const fd = openSync(path, 'r');
  readSync(fd, buf, 0, buf.length, from);
  closeSync(fd);
  return buf.toString('utf8');
}

/** Milliseconds of GC pause in --trace-gc-nvp lines: scavenges (gc=s) and the rest (mark-compact). */
function gcPauseMs(log: string): { scavengeMs: number; fullMs: number } {
  let scavengeMs = 0;
  let fullMs = 0;
  for (const line of log.split('\n')) {
    const kind = / gc=(\w+)/u.exec(line)?.[1];
    const pause = Number(/ pause=([\d.]+)/u.exec(line)?.[1]);
    if (kind === undefined || !Number.isFinite(pause)) continue;
    if (kind === 's') scavengeMs += pause;
    else fullMs += pause;
  }
  return { scavengeMs, fullMs };
}

async function main(): Promise<void> {
  const server = await startServer(['--max-old-space-size=384', '--trace-gc-nvp', '--import', 'tsx', join(PROJECT_ROOT, 'bench/steps-server.ts')], {
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    STATE_STORE: 'sqlite',
    STATE_SQLITE_PATH: join(mkdtempSync(join(tmpdir(), 'bench-steps-')), 'state.sqlite'),
    ASK_RATE_LIMIT_PER_MINUTE: '0',
  });
  const { ask: bodies } = loadBodies(benchQuestions(400));
  if (together) return runTogether(server, bodies);
  if (pin) pinServersAndLoad([server]);
  log(`bench:steps: ${ROUTES.length} routes, ${rounds} rounds of ${seconds} s, 32 connections, ${pin ? 'pinned' : 'not pinned'}…`);
  for (const r of ROUTES) await runLoad({ route: 'warm', url: `${server.url}${r.path}`, bodies, headers, connections: 8, durationSec: 2 });

  const figures = ROUTES.map(() => ({ rps: [] as number[], cpuUs: [] as number[], gcUs: [] as number[] }));
  for (let n = 0; n < rounds; n++) {
    // Every other round runs the routes backwards, so no step always follows the same one.
    const order = ROUTES.map((_r, i) => i);
    if (n % 2 === 1) order.reverse();
    for (const i of order) {
      const before = cpuMsOf(server.child.pid!);
      const logAt = statSync(server.logFile).size;
      const f = await runLoad({ route: ROUTES[i]!.step, url: `${server.url}${ROUTES[i]!.path}`, bodies, headers, durationSec: seconds });
      if (f.errors > 0 || f.non2xx > 0) log(`${ROUTES[i]!.step}: ${f.errors} errors, ${f.non2xx} non-2xx in round ${n + 1}`);
      figures[i]!.rps.push(Math.round(f.requestsPerSec));
      figures[i]!.cpuUs.push(Math.round(((cpuMsOf(server.child.pid!) - before) * 1000) / Math.max(1, f.requests)));
      const gc = gcPauseMs(readFrom(server.logFile, logAt));
      figures[i]!.gcUs.push(round(((gc.scavengeMs + gc.fullMs) * 1000) / Math.max(1, f.requests), 1));
    }
  }
  const exitCode = await server.stop();

  const floorRps = median(figures[0]!.rps);
  const steps = ROUTES.map((r, i) => {
    const cpuUs = median(figures[i]!.cpuUs);
    return {
      step: r.step,
      adds: r.adds,
      requestsPerSec: median(figures[i]!.rps),
      ratioToFloorStep: round(median(figures[i]!.rps) / floorRps, 2),
      cpuUsPerRequest: cpuUs,
      addedCpuUs: i === 0 ? 0 : cpuUs - median(figures[i - 1]!.cpuUs),
      gcPauseUsPerRequest: median(figures[i]!.gcUs),
      cpuUsPerRound: figures[i]!.cpuUs,
    };
  });
  log('step        req/s  ratio  CPU µs/req  added  GC µs/req  what the step adds');
  for (const s of steps) {
    log(`${s.step.padEnd(9)}  ${String(s.requestsPerSec).padStart(6)}  ${s.ratioToFloorStep.toFixed(2).padStart(5)}  ${String(s.cpuUsPerRequest).padStart(10)}  ${(s.addedCpuUs >= 0 ? `+${s.addedCpuUs}` : String(s.addedCpuUs)).padStart(5)}  ${s.gcPauseUsPerRequest.toFixed(1).padStart(9)}  ${s.adds}`);
  }
  log(`CPU µs per request in each round: ${steps.map((s) => `${s.step} ${s.cpuUsPerRound.join('/')}`).join('; ')}`);
  process.stdout.write(`${JSON.stringify({ rounds, seconds, connections: 32, pinned: pin, acceptEncoding: acceptEncoding || null, steps, shutdownExitCode: exitCode, node: process.version })}\n`);
}

/**
 * TOGETHER=1: each step's route and the bare floor under load at the same time, round after round;
 * per step, its requests/s as a share of the floor's in the same round (the median over rounds),
 * and what the step took off the share of the step before.
 */
async function runTogether(server: RunningServer, bodies: string[]): Promise<void> {
  const floor = await startServer(['--import', 'tsx', join(PROJECT_ROOT, 'bench/floor-server.ts')], { PORT: '0' }, '/floor');
  pinServersAndLoad([server, floor]);
  const floorUrl = `${floor.url}/floor`;
  log(`bench:steps: ${ROUTES.length} routes, each loaded with the bare floor at the same time (16 connections each, both servers pinned on CPU 0), ${rounds} rounds of ${seconds} s…`);
  for (const r of ROUTES) await runLoad({ route: 'warm', url: `${server.url}${r.path}`, bodies, headers, connections: 8, durationSec: 2 });
  await runLoad({ route: 'warm', url: floorUrl, bodies, headers, connections: 8, durationSec: 2 });

  const figures = ROUTES.map(() => ({ ratios: [] as number[], cpuUs: [] as number[], floorCpuUs: [] as number[] }));
  for (let n = 0; n < rounds; n++) {
    const order = ROUTES.map((_r, i) => i);
    if (n % 2 === 1) order.reverse();
    for (const i of order) {
      const route = ROUTES[i]!;
      const before = { step: cpuMsOf(server.child.pid!), floor: cpuMsOf(floor.child.pid!) };
      const [step, bare] = await Promise.all([
        runLoad({ route: route.step, url: `${server.url}${route.path}`, bodies, headers, connections: 16, durationSec: seconds }),
        runLoad({ route: 'floor', url: floorUrl, bodies, headers, connections: 16, durationSec: seconds }),
      ]);
      for (const [name, f] of [[route.step, step], ['floor', bare]] as const) {
        if (f.errors > 0 || f.non2xx > 0) log(`${name}: ${f.errors} errors, ${f.non2xx} non-2xx in round ${n + 1}`);
      }
      figures[i]!.ratios.push(step.requestsPerSec / Math.max(1, bare.requestsPerSec));
      figures[i]!.cpuUs.push(Math.round(((cpuMsOf(server.child.pid!) - before.step) * 1000) / Math.max(1, step.requests)));
      figures[i]!.floorCpuUs.push(Math.round(((cpuMsOf(floor.child.pid!) - before.floor) * 1000) / Math.max(1, bare.requests)));
    }
  }
  const exitCode = await server.stop();
  await floor.stop();

  const steps = ROUTES.map((r, i) => {
    const ratio = round(median(figures[i]!.ratios), 3);
    return {
      step: r.step,
      adds: r.adds,
      ratioToFloor: ratio,
      ratioChange: i === 0 ? round(ratio - 1, 3) : round(ratio - median(figures[i - 1]!.ratios), 3),
      ratioPerRound: figures[i]!.ratios.map((x) => round(x, 3)),
      cpuUsPerRequest: median(figures[i]!.cpuUs),
      floorCpuUsPerRequest: median(figures[i]!.floorCpuUs),
    };
  });
  log('step       of floor  change  CPU µs/req (floor)   per round                            what the step adds');
  for (const s of steps) {
    const change = s.ratioChange >= 0 ? `+${s.ratioChange.toFixed(3)}` : s.ratioChange.toFixed(3);
    log(`${s.step.padEnd(9)}  ${s.ratioToFloor.toFixed(3).padStart(8)}  ${change.padStart(6)}  ${`${s.cpuUsPerRequest} (${s.floorCpuUsPerRequest})`.padStart(19)}  ${s.ratioPerRound.map((x) => x.toFixed(3)).join(' ').padEnd(36)} ${s.adds}`);
  }
  log('The first step\'s change is against the bare floor itself (1.000).');
  process.stdout.write(`${JSON.stringify({ rounds, seconds, connections: 16, together: true, pinned: true, acceptEncoding: acceptEncoding || null, steps, shutdownExitCode: exitCode, node: process.version })}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench:steps failed: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
