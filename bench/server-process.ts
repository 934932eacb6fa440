/**
 * Starts a server as a child process on a free loopback port and tells when it is ready, how
 * long that took, and its resident memory (from /proc).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

export interface RunningServer {
  child: ChildProcess;
  url: string;
  startMs: number;
  rssMb(): number;
  stop(): Promise<number | null>;
}

export function rssMbOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/u.exec(status)?.[1] ?? 0);
  return Math.round((kb / 1024) * 10) / 10;
}

/** Runs `node args…` and waits for a "listening" line carrying the port or URL. */
export function startServer(args: string[], env: Record<string, string>, readyPath = '/healthz'): Promise<RunningServer> {
  const t0 = performance.now();
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let found = false;
  return new Promise((resolve, reject) => {
    const onData = async (d: Buffer) => {
      // Keep reading after start-up so the child never blocks on a full pipe.
      if (found) return;
      out += String(d);
      const m = /"url":"(http:\/\/[^"]+)"|listening (\d+)/u.exec(out);
      if (!m) return;
      found = true;
      const url = m[1] ?? `http://127.0.0.1:${m[2]}`;
      for (let i = 0; i < 200; i++) {
        try {
          const r = await fetch(`${url}${readyPath}`, { method: readyPath === '/healthz' ? 'GET' : 'POST', headers: { 'content-type': 'application/json' }, body: readyPath === '/healthz' ? undefined : '{}' });
          if (r.status < 500) break;
        } catch {
          await new Promise((r) => setTimeout(r, 20));
        }
      }
      const startMs = Math.round(performance.now() - t0);
      resolve({
        child,
        url,
        startMs,
        rssMb: () => rssMbOf(child.pid!),
        stop: () => new Promise((res) => { child.once('exit', (code) => res(code)); child.kill('SIGTERM'); }),
      });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (d: Buffer) => (out += String(d)));
    child.once('exit', (code) => reject(new Error(`server exited early (${code}): ${out.slice(-2000)}`)));
  });
}
