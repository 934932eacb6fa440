/**
 * Starts a server as a child process on a free loopback port and tells when it is ready, how
 * long that took, and its resident memory (from /proc).
 *
 * The child's stdout and stderr go to a log file, as a deployed server's go to its log collector:
 * the benchmark process runs autocannon, and if it also had to read every log line through a pipe,
 * the server's logging would be charged to the load generator and slow the measurement itself.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export interface RunningServer {
  child: ChildProcess;
  url: string;
  startMs: number;
  /** Where the child's stdout and stderr go. */
  logFile: string;
  rssMb(): number;
  stop(): Promise<number | null>;
}

export function rssMbOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/u.exec(status)?.[1] ?? 0);
  return Math.round((kb / 1024) * 10) / 10;
}

/** A process's CPU time (user + system) in ms so far, from /proc/<pid>/stat (clock ticks of 10 ms). */
export function cpuMsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

/**
 * Servers (with all their threads) on CPU 0 and this process, the load generator, on CPU 1, so
 * autocannon never runs on a server's core (taskset).
 */
export function pinServersAndLoad(servers: readonly RunningServer[]): void {
  for (const s of servers) execFileSync('taskset', ['-a', '-p', '-c', '0', String(s.child.pid)]);
  execFileSync('taskset', ['-a', '-p', '-c', '1', String(process.pid)]);
}

/** A loopback port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Runs `node args…` with PORT set to a free port and waits until `readyPath` answers below 500
 * (GET /healthz, or a POST of `{}` for another path).
 */
export async function startServer(args: string[], env: Record<string, string>, readyPath = '/healthz'): Promise<RunningServer> {
  const port = await freePort();
  const logFile = join(mkdtempSync(join(tmpdir(), 'bench-log-')), 'server.log');
  const fd = openSync(logFile, 'a');
  const t0 = performance.now();
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env, PORT: String(port) }, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  let exited: number | null | undefined;
  // A script that fails or is stopped half-way must not leave its server running: it goes with it.
  const orphanGuard = () => child.kill('SIGKILL');
  process.once('exit', orphanGuard);
  child.once('exit', (code) => {
    exited = code;
    process.removeListener('exit', orphanGuard);
  });
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (exited !== undefined) throw new Error(`server exited early (${exited}): ${readFileSync(logFile, 'utf8').slice(-2000)}`);
    if (performance.now() - t0 > 60_000) throw new Error(`server not ready after 60 s: ${readFileSync(logFile, 'utf8').slice(-2000)}`);
    try {
      const get = readyPath === '/healthz';
      const r = await fetch(`${url}${readyPath}`, { method: get ? 'GET' : 'POST', headers: { 'content-type': 'application/json' }, body: get ? undefined : '{}' });
      if (r.status < 500) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  return {
    child,
    url,
    startMs: Math.round(performance.now() - t0),
    logFile,
    rssMb: () => rssMbOf(child.pid!),
    stop: () =>
      new Promise((res) => {
        if (exited !== undefined) return res(exited);
        child.once('exit', (code) => res(code));
        child.kill('SIGTERM');
      }),
  };
}
