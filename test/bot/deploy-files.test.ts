/**
 * The deployment files agree with the code and with each other: the systemd unit
 * (deploy/tro-ly-chi-thi-05.service) runs what `npm start` runs, on the address nginx.conf's
 * upstream connects to, trusting that proxy, with settings the server knows, and gives the graceful
 * shutdown time to finish; the environment file's template (deploy/tro-ly-chi-thi-05.env) names only
 * settings the server knows and none the unit sets. Where systemd-analyze is installed, the unit
 * also passes `systemd-analyze verify`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigSchema, loadConfig } from '../../src/bot/config.js';
import { parseTrustedProxies } from '../../src/bot/http/client-address.js';
import { HARD_EXIT_GRACE_MS } from '../../src/bot/shutdown.js';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const UNIT_NAME = 'tro-ly-chi-thi-05.service';
const unitText = read(`deploy/${UNIT_NAME}`);
const envText = read('deploy/tro-ly-chi-thi-05.env');
const SETTINGS = new Set(Object.keys(ConfigSchema.shape));
const DEFAULTS = ConfigSchema.parse({});

/**
 * A unit file as systemd reads it: `[Section]` headers, `Key=Value` lines, `#` and `;` comments.
 * Each section maps a key to its values in order (a key may repeat).
 */
function parseUnit(text: string): Map<string, Map<string, string[]>> {
  const sections = new Map<string, Map<string, string[]>>();
  let current: Map<string, string[]> | undefined;
  for (const [i, raw] of text.split('\n').entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    expect(line, `line ${i + 1} continues on the next (not supported here)`).not.toMatch(/\\$/u);
    const header = /^\[(\w+)\]$/u.exec(line);
    if (header) {
      current = new Map();
      sections.set(header[1]!, current);
      continue;
    }
    const entry = /^([A-Za-z]+)=(.*)$/u.exec(line);
    if (!entry || !current) throw new Error(`line ${i + 1} is neither a section nor Key=Value: ${line}`);
    current.set(entry[1]!, [...(current.get(entry[1]!) ?? []), entry[2]!.trim()]);
  }
  return sections;
}

/** Words of a unit value, with systemd's double or single quotes removed. */
function words(value: string): string[] {
  return [...value.matchAll(/(?:[^\s"']+|"[^"]*"|'[^']*')+/gu)].map((m) => m[0].replace(/["']/gu, ''));
}

const unit = parseUnit(unitText);
const service = unit.get('Service')!;
/** The one value of a [Service] key. */
function one(key: string): string {
  const values = service.get(key) ?? [];
  expect(values, key).toHaveLength(1);
  return values[0]!;
}
/** Every Environment= assignment of the unit. */
const unitEnv: Record<string, string> = Object.fromEntries(
  (service.get('Environment') ?? []).flatMap(words).map((w) => {
    const at = w.indexOf('=');
    return [w.slice(0, at), w.slice(at + 1)];
  }),
);

/** The env template's settings: `KEY=value` set, `#KEY=value` left at the default. */
const envLines = [...envText.matchAll(/^(#?)([A-Z][A-Z0-9_]*)=(.*)$/gmu)].map((m) => ({
  commented: m[1] === '#',
  key: m[2]!,
  value: m[3]!.trim(),
}));

/** nginx.conf's upstream: the address nginx connects to the app on. */
function nginxUpstream(): { host: string; port: number } {
  const found = /upstream\s+tro_ly_bot\s*\{[^}]*?\n\s*server\s+([\d.]+):(\d+)\s*;/u.exec(read('deploy/nginx.conf'));
  if (!found) throw new Error('deploy/nginx.conf has no `server <ip>:<port>;` in its upstream');
  return { host: found[1]!, port: Number(found[2]) };
}

describe('the systemd unit', () => {
  it('when its ExecStart is read, then it runs node with exactly the flags and script of `npm start`', () => {
    const pkg = JSON.parse(read('package.json')) as { scripts: Record<string, string> };
    // "npm run --silent build && node --max-old-space-size=${MAX_OLD_SPACE_MB:-384} dist/src/main.js"
    const nodeCommand = pkg.scripts['start']!.split('&&')
      .map((part) => words(part.replace(/\$\{\w+:-([^}]*)\}/gu, '$1')))
      .find((w) => w[0] === 'node');
    expect(nodeCommand, 'npm start runs node').toBeDefined();
    const [binary, ...args] = words(one('ExecStart'));
    expect(binary).toBe('/usr/bin/node');
    expect(args).toEqual(nodeCommand!.slice(1));
    // The script is the build of src/main.ts (tsconfig: outDir dist, rootDir .), relative to WorkingDirectory.
    const script = args.at(-1)!;
    expect(script).toMatch(/^dist\/.*\.js$/u);
    expect(existsSync(new URL(script.replace(/^dist\/(.*)\.js$/u, '$1.ts'), root))).toBe(true);
    expect(one('WorkingDirectory')).toBe('/opt/tro-ly-chi-thi-05');
  });

  it('when its environment is read, then it listens where nginx.conf’s upstream connects and trusts that proxy', () => {
    const upstream = nginxUpstream();
    expect(unitEnv['HOST']).toBe(upstream.host);
    expect(Number(unitEnv['PORT'])).toBe(upstream.port);
    const trusted = parseTrustedProxies(unitEnv['TRUST_PROXY'] ?? '');
    if (!trusted.ok) throw new Error(`TRUST_PROXY: ${trusted.invalid.join(', ')}`);
    // nginx connects to a loopback address from that same address.
    expect(trusted.trusted(upstream.host)).toBe(true);
    expect(trusted.trusted('203.0.113.7')).toBe(false);
    expect(unitEnv['NODE_ENV']).toBe('production');
  });

  it('when its Environment= keys are read, then each is a setting of src/bot/config.ts with a valid value', () => {
    const keys = Object.keys(unitEnv);
    expect(keys.sort()).toEqual(['HOST', 'NODE_ENV', 'PORT', 'STATE_SQLITE_PATH', 'TRUST_PROXY']);
    for (const key of keys) expect(SETTINGS.has(key), key).toBe(true);
    // With the bot's credentials (which come from the env file) the settings load.
    const loaded = loadConfig({ ...unitEnv, BOT_ID: '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b', BOT_PASSWORD: 'secret' });
    expect(loaded).toMatchObject({ ok: true, config: { HOST: '127.0.0.1', PORT: 3978, STATE_STORE: 'sqlite' } });
  });

  it('when its stop timeout is read, then it is longer than the graceful shutdown (SHUTDOWN_TIMEOUT_MS and its grace)', () => {
    expect(one('KillSignal')).toBe('SIGTERM');
    const seconds = /^(\d+)s?$/u.exec(one('TimeoutStopSec'));
    expect(seconds, 'TimeoutStopSec in seconds').not.toBeNull();
    expect(Number(seconds![1]) * 1000).toBeGreaterThan(DEFAULTS.SHUTDOWN_TIMEOUT_MS + HARD_EXIT_GRACE_MS);
    expect(one('Restart')).toBe('on-failure');
  });

  it('when its files are read, then the state file is in its StateDirectory, the only place it may write', () => {
    const state = one('StateDirectory');
    expect(dirname(unitEnv['STATE_SQLITE_PATH']!)).toBe(`/var/lib/${state}`);
    expect(one('ProtectSystem')).toBe('strict');
    expect(service.has('ReadWritePaths')).toBe(false);
    expect(one('User')).not.toBe('root');
    expect(one('NoNewPrivileges')).toBe('yes');
    // V8's JIT compiler does not run under it.
    expect(service.has('MemoryDenyWriteExecute')).toBe(false);
  });

  it('when systemd-analyze verify reads it, then it reports nothing (only where systemd-analyze is installed)', () => {
    // The one conditional check: systemd-analyze may be missing (containers, CI images without
    // systemd). Then only this assertion is left out; the test still runs and passes.
    if (spawnSync('systemd-analyze', ['--version']).status !== 0) return;
    const dir = mkdtempSync(join(tmpdir(), 'c05-unit-'));
    try {
      // verify also checks that ExecStart's binary exists: this machine's node stands in for /usr/bin/node.
      expect(unitText.split('/usr/bin/node ')).toHaveLength(2);
      const file = join(dir, UNIT_NAME);
      writeFileSync(file, unitText.replace('/usr/bin/node ', `${process.execPath} `));
      const r = spawnSync('systemd-analyze', ['verify', file], { encoding: 'utf8', cwd: dir });
      expect(r.stderr.split('\n').filter((l) => l.includes(UNIT_NAME) || l.includes(dir))).toEqual([]);
      expect(r.status, r.stderr).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the environment file template', () => {
  it('when its keys are read, then each is a setting of src/bot/config.ts, once, and none is one the unit sets', () => {
    const keys = envLines.map((l) => l.key);
    expect(keys).toEqual(expect.arrayContaining(['BOT_ID', 'BOT_PASSWORD', 'BOT_TENANT_ID', 'ADMIN_TOKEN']));
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(SETTINGS.has(key), key).toBe(true);
    // An EnvironmentFile= overrides Environment=: the template must not undo the unit's values.
    for (const key of keys) expect(Object.keys(unitEnv), key).not.toContain(key);
    expect(envText).toContain(one('EnvironmentFile'));
  });

  it('when it is used as shipped, then the server refuses to start without BOT_ID; filled in, with every example value, it starts', () => {
    const set = Object.fromEntries(envLines.filter((l) => !l.commented).map((l) => [l.key, l.value]));
    expect(loadConfig({ ...unitEnv, ...set })).toEqual({
      ok: false,
      errors: [expect.stringMatching(/^BOT_ID: required when NODE_ENV=production/u)],
    });
    const examples = Object.fromEntries(envLines.filter((l) => l.value !== '').map((l) => [l.key, l.value]));
    const filled = { ...set, ...examples, BOT_ID: '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b', BOT_PASSWORD: 'secret' };
    expect(loadConfig({ ...unitEnv, ...filled })).toMatchObject({ ok: true });
  });
});
