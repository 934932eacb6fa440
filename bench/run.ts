/**
 * `npm run bench` (after `npm run build`): what users feel, and the guards on it (./targets.ts).
 *
 *   - the engine in-process: each question's answer time over 3000 varied questions (./engine.ts);
 *   - the server started as `npm start` starts it (./start-command.ts): time to /healthz ready,
 *     and its RSS at ready and after the load;
 *   - p50/p99 answer latency and requests/s of POST /api/ask and POST /api/messages (Teams,
 *     expectReplies) at 32 concurrent conversations, and of a bare restify JSON route, the floor
 *     (./floor-server.ts), as a ratio to which the routes' requests/s are judged. A conversation is
 *     one autocannon connection with its own conversation id, asking its next question as soon as
 *     the last is answered (./load.ts);
 *   - failed requests: non-2xx answers, socket errors, timeouts.
 * The floor and the two routes are loaded in turn, round after round (every other round in reverse
 * order), so that the machine's drift (20–30 % from one 10 s run to the next on a shared 2-core
 * machine) hits all three alike; a route's ratio is the mean of its rounds' ratios to the floor.
 *
 * Prints a table on stderr and one JSON line with every figure on stdout; exits 1 when a guard is
 * missed. All traffic goes to 127.0.0.1.
 */
import { mkdtempSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/seed-file.js';
import { benchEngine, round } from './engine.js';
import { runLoad, type LoadFigures } from './load.js';
import { benchQuestions, conversationBodies } from './questions.js';
import { startServer } from './server-process.js';
import { serverNodeArgs } from './start-command.js';
import { judge } from './targets.js';

/** Seconds of load per route and round: env BENCH_SECONDS, default 10. */
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 10);
/** Rounds of floor, /api/ask and /api/messages: env BENCH_ROUNDS, default 3. */
const ROUNDS = Math.max(1, Number(process.env['BENCH_ROUNDS'] ?? 3));
/** Concurrent conversations (autocannon connections), as the issue sets them. */
const CONVERSATIONS = 32;

const ROUTES = ['floor', 'ask', 'messages'] as const;
type Route = (typeof ROUTES)[number];
const LABELS: Record<Route, string> = {
  floor: 'floor (bare restify JSON)',
  ask: 'POST /api/ask',
  messages: 'POST /api/messages',
};
const log = (s: string) => process.stderr.write(`${s}\n`);
const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
/** A table line: the first cell padded to 28 characters, the others right-aligned in 10 each. */
const row = ([first, ...rest]: Array<string | number>, note = '') =>
  `${String(first).padEnd(28)}${rest.map((c) => String(c).padStart(10)).join('')}${note}`;

async function main(): Promise<void> {
  log('engine: 3000 questions in-process…');
  const engine = benchEngine(3000);

  const nodeArgs = serverNodeArgs();
  const server = await startServer(nodeArgs, {
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    STATE_STORE: 'sqlite',
    STATE_SQLITE_PATH: join(mkdtempSync(join(tmpdir(), 'bench-')), 'state.sqlite'),
    ASK_RATE_LIMIT_PER_MINUTE: '0',
  });
  const rssReadyMb = server.rssMb();
  const floor = await startServer(['--import', 'tsx', join(PROJECT_ROOT, 'bench/floor-server.ts')], {});

  const bodies = conversationBodies(benchQuestions(400), CONVERSATIONS);
  const load: Record<Route, { url: string; bodies: string[][] }> = {
    floor: { url: `${floor.url}/floor`, bodies: bodies.ask },
    ask: { url: `${server.url}/api/ask`, bodies: bodies.ask },
    messages: { url: `${server.url}/api/messages`, bodies: bodies.messages },
  };
  log(`load: ${CONVERSATIONS} conversations, ${ROUNDS} rounds of ${SECONDS} s per route (after 2 s of warm-up each)…`);
  for (const r of ROUTES) await runLoad(load[r].url, load[r].bodies, 2);
  const runs: Record<Route, LoadFigures[]> = { floor: [], ask: [], messages: [] };
  for (let i = 0; i < ROUNDS; i++) {
    const order = i % 2 === 0 ? ROUTES : [...ROUTES].reverse();
    for (const r of order) runs[r].push(await runLoad(load[r].url, load[r].bodies, SECONDS));
  }
  const rssAfterMb = server.rssMb();
  await floor.stop();
  const shutdownExitCode = await server.stop();

  const route = (r: Route) => {
    const ratios = runs[r].map((f, i) => f.requestsPerSec / runs.floor[i]!.requestsPerSec);
    return {
      requestsPerSec: Math.round(mean(runs[r].map((f) => f.requestsPerSec))),
      ratioToFloor: round(mean(ratios), 3),
      ratiosPerRound: ratios.map((x) => round(x, 3)),
      p50Ms: round(mean(runs[r].map((f) => f.p50Ms)), 2),
      p99Ms: round(mean(runs[r].map((f) => f.p99Ms)), 2),
      p99MsPerRound: runs[r].map((f) => f.p99Ms),
      requests: runs[r].reduce((s, f) => s + f.requests, 0),
      failed: runs[r].reduce((s, f) => s + f.failed, 0),
    };
  };
  const http = { floor: route('floor'), ask: route('ask'), messages: route('messages') };
  const memory = { rssReadyMb, rssAfterMb, growthMb: rssAfterMb - rssReadyMb };
  const verdicts = judge({
    askRatio: http.ask.ratioToFloor,
    messagesRatio: http.messages.ratioToFloor,
    askP99Ms: http.ask.p99Ms,
    messagesP99Ms: http.messages.p99Ms,
    rssGrowthMb: memory.growthMb,
    failedRequests: http.ask.failed + http.messages.failed,
  });
  const met = verdicts.every((v) => v.met);
  const command = `node ${nodeArgs.join(' ').replace(`${PROJECT_ROOT}/`, '')}`;

  log('');
  log(
    `engine         ${engine.questions} questions in-process: p50 ${engine.p50Ms} ms, p99 ${engine.p99Ms} ms, mean ${engine.meanMs} ms`,
  );
  log(`               max ${engine.maxMs} ms; knowledge loaded in ${engine.loadMs} ms`);
  log(`start→ready    ${server.startToReadyMs} ms (${command}, SQLite store)`);
  log(`memory (RSS)   ${rssReadyMb} MB at ready, ${rssAfterMb} MB after the load (+${memory.growthMb} MB)`);
  log(`shutdown       exit ${shutdownExitCode} on SIGTERM`);
  log('');
  log(`${CONVERSATIONS} conversations, ${ROUNDS} rounds of ${SECONDS} s; means of the rounds`);
  log(row(['route', 'req/s', '÷ floor', 'p50 ms', 'p99 ms', 'failed'], '  ÷ floor per round'));
  for (const r of ROUTES) {
    const f = http[r];
    const perRound = r === 'floor' ? '' : `  ${f.ratiosPerRound.map((x) => x.toFixed(2)).join(', ')}`;
    log(
      row(
        [LABELS[r], f.requestsPerSec, f.ratioToFloor.toFixed(2), f.p50Ms.toFixed(1), f.p99Ms.toFixed(1), f.failed],
        perRound,
      ),
    );
  }
  log('');
  log(row(['guard', 'figure', 'threshold', 'verdict']));
  for (const v of verdicts) log(row([v.name, round(v.figure, 3), v.threshold, v.met ? 'met' : 'MISSED']));
  log(met ? 'verdict: every guard met' : `verdict: ${verdicts.filter((v) => !v.met).length} guard(s) missed`);

  const report = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    command,
    seconds: SECONDS,
    rounds: ROUNDS,
    conversations: CONVERSATIONS,
    engine,
    startToReadyMs: server.startToReadyMs,
    memory,
    http,
    shutdownExitCode,
    verdicts,
    met,
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
  if (!met) process.exitCode = 1;
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
