/**
 * Starts a server as a child process on a free loopback port and tells when it is ready (GET
 * /healthz answers 2xx), how long that took, and its resident memory (from /proc).
 *
 * The child's stdout and stderr go to a log file, as a deployed server's go to its log collector,
 * so that reading them is not charged to the load generator.
 */
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export interface RunningServer {
  url: string;
  /** From spawning the process to /healthz answering 2xx. */
  startToReadyMs: number;
  /** Resident memory now, in MB. */
  rssMb(): number;
  /** SIGTERM; resolves to the exit code. */
  stop(): Promise<number | null>;
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

/** Runs `node args…` with `env` and PORT set to a free port, and waits until it is ready (60 s at most). */
export async function startServer(args: string[], env: Record<string, string>): Promise<RunningServer> {
  const port = await freePort();
  const logFile = join(mkdtempSync(join(tmpdir(), 'bench-log-')), 'server.log');
  const fd = openSync(logFile, 'a');
  const t0 = performance.now();
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', fd, fd],
  });
  closeSync(fd);
  let exited: number | null | undefined;
  // A bench that fails half-way must not leave its server running.
  const orphanGuard = () => child.kill('SIGKILL');
  process.once('exit', orphanGuard);
  child.once('exit', (code) => {
    exited = code;
    process.removeListener('exit', orphanGuard);
  });
  const url = `http://127.0.0.1:${port}`;
  const tail = () => readFileSync(logFile, 'utf8').slice(-2000);
  for (;;) {
    if (exited !== undefined) throw new Error(`server exited early (${exited}): ${tail()}`);
    if (performance.now() - t0 > 60_000) throw new Error(`server not ready after 60 s: ${tail()}`);
    const ready = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    await new Promise((r) => setTimeout(r, 10));
  }
  return {
    url,
    startToReadyMs: Math.round(performance.now() - t0),
    rssMb: () =>
      Math.round(Number(/VmRSS:\s+(\d+)/u.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024),
    stop: () =>
      new Promise((res) => {
        if (exited !== undefined) return res(exited);
        child.once('exit', (code) => res(code));
        child.kill('SIGTERM');
      }),
  };
}
