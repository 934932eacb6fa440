/**
 * nginx in front of a test server, running deploy/nginx.conf itself.
 *
 * `startNginx({ upstreamPort })` reads deploy/nginx.conf and changes only what a test machine
 * needs, each by exact text (`renderSite`): the upstream's port, the `listen` lines (loopback and
 * free ports; the IPv6 ones dropped), the certificate (a throwaway self-signed one for 127.0.0.1,
 * made with openssl), the access log, and optionally client_body_timeout. The TLS server and the
 * http→https redirect run as shipped. The site is included from a minimal main config (`daemon
 * off`, pid, logs and temporary folders in a temporary prefix folder), and `nginx -p <dir> -c
 * <dir>/nginx.conf` runs as a child process until `stop()`, which ends it and removes the folder.
 *
 *   const app = await startTestServer({ TRUST_PROXY: '127.0.0.1' });
 *   const proxy = await startNginx({ upstreamPort: app.port });   // in beforeAll
 *   https.request(`${proxy.url}/healthz`, { ca: proxy.ca }, …)
 *   await proxy.stop();                                          // in afterAll
 *
 * nginx is looked for as NGINX_PATH, then `nginx` on PATH, then /usr/sbin/nginx (Debian's, not on
 * a non-root PATH). Without nginx or openssl: in CI (CI=true) `startNginx()` throws, so the tests
 * fail; locally `skipNginxTests` is true and suites use `describe.skipIf(skipNginxTests)`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The shipped site file. */
export const DEPLOY_NGINX_CONF = fileURLToPath(new URL('../../deploy/nginx.conf', import.meta.url));

function runs(path: string, args: string[]): boolean {
  const r = spawnSync(path, args, { stdio: 'ignore' });
  return r.error === undefined && r.status === 0;
}

/** The nginx binary to run (NGINX_PATH when set, and then only it), or undefined when there is none. */
export const NGINX_PATH: string | undefined = (
  process.env['NGINX_PATH'] ? [process.env['NGINX_PATH']] : ['nginx', '/usr/sbin/nginx']
).find((p) => runs(p, ['-v']));

/** true when openssl (for the throwaway certificate) runs. */
const opensslAvailable = runs('openssl', ['version']);

/** true when nginx tests can run here. */
export const nginxAvailable = NGINX_PATH !== undefined && opensslAvailable;

/** true only locally, when nginx or openssl is missing; never in CI. */
export const skipNginxTests = !nginxAvailable && process.env['CI'] !== 'true';
if (skipNginxTests) {
  console.warn(
    `[nginx] SKIPPED: ${NGINX_PATH === undefined ? `no nginx (${process.env['NGINX_PATH'] ? `NGINX_PATH=${process.env['NGINX_PATH']} does not run` : 'not on PATH, not /usr/sbin/nginx'})` : 'no openssl on PATH'}. Install it with \`apt-get install -y nginx openssl\` (as root). In CI (CI=true) these tests fail instead.`,
  );
}

/** A free loopback port (bound, read, closed). */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolvePort(port));
    });
  });
}

/** What renderSite puts in place of the deployment's addresses and paths. */
export interface SiteForTest {
  /** Port of the app on 127.0.0.1 (the upstream). */
  upstreamPort: number;
  /** Port of the TLS server on 127.0.0.1 (443 in the file). */
  httpsPort: number;
  /** Port of the redirect server on 127.0.0.1 (80 in the file). */
  httpPort: number;
  certificate: string;
  certificateKey: string;
  accessLog: string;
  /** Replaces client_body_timeout's value, e.g. '1s'. */
  clientBodyTimeout?: string;
}

/**
 * deploy/nginx.conf with the test's addresses and paths, every other line as shipped. Each
 * replacement names the exact text it expects and how many times: a reworded file fails here,
 * instead of a test silently running something else.
 */
export function renderSite(site: string, t: SiteForTest): string {
  const edits: Array<[RegExp, string, number]> = [
    [/^(\s*)server 127\.0\.0\.1:3978;$/mu, `$1server 127.0.0.1:${t.upstreamPort};`, 1],
    [/^(\s*)listen 443 ssl http2;$/mu, `$1listen 127.0.0.1:${t.httpsPort} ssl http2;`, 1],
    [/^(\s*)listen 80;$/mu, `$1listen 127.0.0.1:${t.httpPort};`, 1],
    // IPv6 may be off on a test machine, and the test listens on loopback only.
    [/^\s*listen \[::\]:(?:443 ssl http2|80);\n/gmu, '', 2],
    [/^(\s*)ssl_certificate \S+;$/mu, `$1ssl_certificate ${t.certificate};`, 1],
    [/^(\s*)ssl_certificate_key \S+;$/mu, `$1ssl_certificate_key ${t.certificateKey};`, 1],
    [/^(\s*)access_log \/var\/log\/nginx\/\S+;$/mu, `$1access_log ${t.accessLog};`, 1],
  ];
  if (t.clientBodyTimeout !== undefined)
    edits.push([/^(\s*)client_body_timeout \S+;$/mu, `$1client_body_timeout ${t.clientBodyTimeout};`, 1]);
  let out = site;
  for (const [pattern, replacement, count] of edits) {
    const found =
      out.match(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`))
        ?.length ?? 0;
    if (found !== count)
      throw new Error(
        `deploy/nginx.conf: expected ${count} line(s) matching ${pattern} (test/helpers/nginx.ts replaces them), found ${found}`,
      );
    out = out.replace(pattern, replacement);
  }
  return out;
}

/** The main config that includes the site: everything nginx writes goes to `dir`. */
function mainConfig(dir: string, sitePath: string): string {
  return [
    'daemon off;',
    'worker_processes 1;',
    // As root, workers would switch to "nobody", who cannot enter the private temporary folder.
    ...(process.getuid?.() === 0 ? ['user root;'] : []),
    `pid ${join(dir, 'nginx.pid')};`,
    `error_log ${join(dir, 'error.log')} info;`,
    'events { worker_connections 256; }',
    'http {',
    '    default_type application/octet-stream;',
    `    access_log ${join(dir, 'access.log')};`,
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
      (kind) => `    ${kind}_temp_path ${join(dir, `${kind}_temp`)};`,
    ),
    `    include ${sitePath};`,
    '}',
    '',
  ].join('\n');
}

/** A running nginx; `stop()` is safe to call more than once. */
export interface TestNginx {
  /** https://127.0.0.1:<port>: the bot's TLS server. */
  url: string;
  /** http://127.0.0.1:<port>: the redirect server. */
  httpUrl: string;
  /** The self-signed certificate (PEM) for 127.0.0.1, to trust as the CA of `url`. */
  ca: string;
  /** The site as nginx runs it. */
  site: string;
  /** The site's access log so far. */
  accessLog(): string;
  /** nginx's error log so far. */
  errorLog(): string;
  stop(): Promise<void>;
}

export interface StartNginxOptions {
  /** The app's port on 127.0.0.1. */
  upstreamPort: number;
  /** client_body_timeout for this run (the file's is 10 s), e.g. '1s'. */
  clientBodyTimeout?: string;
}

/** One HTTP GET to the redirect server: resolves with its status, rejects on a connection error. */
function probe(port: number): Promise<number> {
  return new Promise((resolveStatus, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/', agent: false, timeout: 1000 }, (res) => {
      res.resume();
      res.on('end', () => resolveStatus(res.statusCode ?? 0));
    });
    req.on('timeout', () => req.destroy(new Error('no answer within 1 s')));
    req.on('error', reject);
    req.end();
  });
}

/** Starts nginx with deploy/nginx.conf in front of 127.0.0.1:`upstreamPort`; resolves once it answers. */
export async function startNginx(options: StartNginxOptions): Promise<TestNginx> {
  if (NGINX_PATH === undefined)
    throw new Error('nginx is required for these tests: apt-get install -y nginx (or set NGINX_PATH).');
  if (!opensslAvailable)
    throw new Error('openssl is required for these tests (a throwaway certificate): apt-get install -y openssl.');
  const dir = mkdtempSync(join(tmpdir(), 'c05-nginx-'));
  try {
    chmodSync(dir, 0o700);
    const certificate = join(dir, 'cert.pem');
    const certificateKey = join(dir, 'key.pem');
    const cert = spawnSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '2',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
        '-keyout',
        certificateKey,
        '-out',
        certificate,
      ],
      { encoding: 'utf8' },
    );
    if (cert.status !== 0)
      throw new Error(`openssl could not make a test certificate: ${cert.stderr || cert.error?.message}`);
    const [httpsPort, httpPort] = [await freePort(), await freePort()];
    const accessLog = join(dir, 'site.access.log');
    const site = renderSite(readFileSync(DEPLOY_NGINX_CONF, 'utf8'), {
      upstreamPort: options.upstreamPort,
      httpsPort,
      httpPort,
      certificate,
      certificateKey,
      accessLog,
      ...(options.clientBodyTimeout ? { clientBodyTimeout: options.clientBodyTimeout } : {}),
    });
    const sitePath = join(dir, 'site.conf');
    writeFileSync(sitePath, site);
    writeFileSync(join(dir, 'nginx.conf'), mainConfig(dir, sitePath));
    // An nginx built with the default error log (<prefix>/logs/error.log; Debian's is stderr)
    // opens it before it reads the config.
    mkdirSync(join(dir, 'logs'));

    const child = spawn(NGINX_PATH, ['-p', dir, '-c', join(dir, 'nginx.conf')], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    const running = () => child.exitCode === null && child.signalCode === null;
    const readLog = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : '');
    let stopped: Promise<void> | undefined;
    const stop = () =>
      (stopped ??= (async () => {
        if (running()) {
          child.kill('SIGTERM'); // fast shutdown: connections are closed, workers exit
          const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
          await exited;
          clearTimeout(killer);
        }
        rmSync(dir, { recursive: true, force: true });
      })());

    // Ready when the redirect server answers (it does not depend on the app): 5 s at most.
    const until = Date.now() + 5000;
    for (;;) {
      if (!running()) {
        const log = `${stderr}${readLog(join(dir, 'error.log'))}`;
        await stop();
        throw new Error(`nginx exited at start (status ${child.exitCode ?? child.signalCode}):\n${log}`);
      }
      const status = await probe(httpPort).catch(() => 0);
      if (status === 301) break;
      if (Date.now() > until) {
        const log = `${stderr}${readLog(join(dir, 'error.log'))}`;
        await stop();
        throw new Error(`nginx did not answer on 127.0.0.1:${httpPort} within 5 s (last status ${status}):\n${log}`);
      }
      await new Promise((r) => setTimeout(r, 25));
    }

    return {
      url: `https://127.0.0.1:${httpsPort}`,
      httpUrl: `http://127.0.0.1:${httpPort}`,
      ca: readFileSync(certificate, 'utf8'),
      site,
      accessLog: () => readLog(accessLog),
      errorLog: () => readLog(join(dir, 'error.log')),
      stop,
    };
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}
