/**
 * The Teams app package: manifest.json and its English translation validate offline against
 * Microsoft's own schemas (bundled in @microsoft/app-manifest), name what the bot really handles
 * (commands, search extension), the icons have the sizes and colours Teams requires and are what
 * the generator makes, and `npm run manifest` writes a zip holding every file the manifest names.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { inflateSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { colorIcon, outlineIcon } from '../../manifest/make-icons.js';
import { matchCommand } from '../../src/bot/teams/commands.js';
import { buildAppPackage, fillManifest, referencedFiles } from '../../manifest/package.js';
import { validateManifestDocument } from '../../manifest/validate.js';
import { SEARCH_COMMAND_ID, SEARCH_PARAMETER } from '../../src/bot/teams/search-extension.js';

const dir = new URL('../../manifest/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, dir));
const manifestText = read('manifest.json').toString('utf8');
const english = JSON.parse(read('en-us.json').toString('utf8')) as Record<string, unknown>;
const BOT_ID = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';
const manifest = fillManifest(manifestText, BOT_ID);
const files = Object.fromEntries(referencedFiles(manifest).map((n) => [n, read(n)]));

interface Manifest {
  manifestVersion: string;
  $schema: string;
  bots: Array<{ botId: string; scopes: string[]; commandLists: Array<{ commands: Array<{ title: string }> }> }>;
  composeExtensions: Array<{
    botId: string;
    commands: Array<{ id: string; type: string; initialRun: boolean; parameters: Array<{ name: string }> }>;
  }>;
}
const m = manifest as unknown as Manifest;

/** The Teams schema versions @microsoft/app-manifest bundles, e.g. [1, 30]. */
function bundledVersions(): Array<[number, number]> {
  const root = dirname(createRequire(import.meta.url).resolve('@microsoft/app-manifest'));
  return readdirSync(join(root, 'json-schemas/teams'))
    .map((d) => /^v(\d+)\.(\d+)$/u.exec(d))
    .filter((x): x is RegExpExecArray => x !== null)
    .map((x): [number, number] => [Number(x[1]), Number(x[2])]);
}

/** Width, height and RGBA pixels of an 8-bit RGBA, non-interlaced, filter-0 PNG (what make-icons writes). */
function decodePng(buf: Buffer): { width: number; height: number; colorType: number; pixels: Buffer } {
  expect(buf.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  const width = buf.readUInt32BE(16);
  const height = buf.readUInt32BE(20);
  const idat: Buffer[] = [];
  for (let at = 8; at < buf.length;) {
    const len = buf.readUInt32BE(at);
    if (buf.subarray(at + 4, at + 8).toString('ascii') === 'IDAT') idat.push(buf.subarray(at + 8, at + 8 + len));
    at += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const pixels = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    expect(raw[y * (width * 4 + 1)]).toBe(0);
    raw.copy(pixels, y * width * 4, y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1));
  }
  return { width, height, colorType: buf[25]!, pixels };
}

describe('the manifest', () => {
  it('when it is validated against Microsoft’s schema for its version, then it has no errors', async () => {
    expect(await validateManifestDocument(manifest)).toEqual([]);
    // The validator really checks: a manifest without its name, or with a bad accent colour, fails.
    const { name: _name, ...broken } = manifest;
    expect((await validateManifestDocument(broken)).length).toBeGreaterThan(0);
    expect((await validateManifestDocument({ ...manifest, accentColor: 'red' })).length).toBeGreaterThan(0);
  });

  it('when its version is read, then it is the newest schema the package bundles, and at least 1.22', () => {
    const [major, minor] = m.manifestVersion.split('.').map(Number) as [number, number];
    expect(major * 1000 + minor).toBeGreaterThanOrEqual(1022);
    const newest = bundledVersions().reduce((a, b) => (b[0] * 1000 + b[1] > a[0] * 1000 + a[1] ? b : a));
    expect(m.manifestVersion).toBe(newest.join('.'));
    expect(m.$schema).toBe(
      `https://developer.microsoft.com/json-schemas/teams/v${m.manifestVersion}/MicrosoftTeams.schema.json`,
    );
  });

  it('when the English translation is validated, then it has no errors and every key names a string of the manifest', async () => {
    expect(await validateManifestDocument(english)).toEqual([]);
    expect((await validateManifestDocument({ ...english, 'name.short': 'x'.repeat(31) })).length).toBeGreaterThan(0);
    for (const key of Object.keys(english).filter((k) => k !== '$schema')) {
      const value = key.split(/\.(?![^[]*\])|(?=\[)/u).reduce<unknown>((node, part) => {
        const index = /^\[(\d+)\]$/u.exec(part);
        return index
          ? (node as unknown[])[Number(index[1])]
          : part === ''
            ? node
            : (node as Record<string, unknown>)[part];
      }, manifest);
      expect(typeof value, key).toBe('string');
    }
  });

  it('when it is read, then it has the bot in three scopes, commands the bot understands in both languages, and the search extension', () => {
    expect(m.bots[0]!.botId).toBe(BOT_ID);
    expect(m.composeExtensions[0]!.botId).toBe(BOT_ID);
    expect([...m.bots[0]!.scopes].sort()).toEqual(['groupChat', 'personal', 'team']);
    const vi = m.bots[0]!.commandLists[0]!.commands.map((c) => c.title);
    const en = vi.map((_, i) => english[`bots[0].commandLists[0].commands[${i}].title`] as string);
    expect(vi.map((t) => matchCommand(t))).toEqual([
      { name: 'help', language: 'vi' },
      { name: 'tour', language: 'vi' },
      { name: 'examples', language: 'vi' },
    ]);
    expect(en.map((t) => matchCommand(t))).toEqual([
      { name: 'help', language: 'en' },
      { name: 'tour', language: 'en' },
      { name: 'examples', language: 'en' },
    ]);
    const search = m.composeExtensions[0]!.commands[0]!;
    expect(search).toMatchObject({ id: SEARCH_COMMAND_ID, type: 'query', initialRun: true });
    expect(search.parameters.map((p) => p.name)).toEqual([SEARCH_PARAMETER]);
  });
});

describe('the icons', () => {
  it('when they are read, then color is 192×192 and opaque, outline is 32×32 white on transparent', () => {
    const c = decodePng(read('color.png'));
    expect([c.width, c.height, c.colorType]).toEqual([192, 192, 6]);
    for (let i = 3; i < c.pixels.length; i += 4) expect(c.pixels[i]).toBe(255);
    const o = decodePng(read('outline.png'));
    expect([o.width, o.height, o.colorType]).toEqual([32, 32, 6]);
    let transparent = 0;
    for (let i = 0; i < o.pixels.length; i += 4) {
      const px = [o.pixels[i]!, o.pixels[i + 1]!, o.pixels[i + 2]!, o.pixels[i + 3]!];
      if (px[3] === 0) transparent++;
      else expect(px).toEqual([255, 255, 255, 255]);
    }
    expect(transparent).toBeGreaterThan((32 * 32) / 2);
  });

  it('when the generator runs, then it makes exactly the committed icons', () => {
    expect(colorIcon().equals(read('color.png'))).toBe(true);
    expect(outlineIcon().equals(read('outline.png'))).toBe(true);
  });
});

describe('the app package', () => {
  it('when it is built, then the zip holds the filled manifest, both icons and the translation', () => {
    const built = buildAppPackage(manifestText, files, BOT_ID);
    if (!built.ok) throw new Error(built.message);
    const entries = unzipSync(built.zip);
    expect(Object.keys(entries).sort()).toEqual(['color.png', 'en-us.json', 'manifest.json', 'outline.png']);
    const packed = new TextDecoder().decode(entries['manifest.json']);
    expect(JSON.parse(packed)).toEqual(manifest);
    expect(packed).not.toContain('${{');
    expect(Buffer.from(entries['color.png']!).equals(read('color.png'))).toBe(true);
  });

  it('when the organisation’s pages are given, then they replace the example.com placeholders; when not, a warning names each setting', () => {
    const urls = {
      websiteUrl: 'https://dean06.example.gov.vn/tro-ly',
      privacyUrl: 'https://dean06.example.gov.vn/rieng-tu',
      termsOfUseUrl: 'https://dean06.example.gov.vn/dieu-khoan',
    };
    const given = buildAppPackage(manifestText, files, BOT_ID, urls);
    if (!given.ok) throw new Error(given.message);
    expect(given.manifest['developer']).toMatchObject(urls);
    expect(given.warnings).toEqual([]);
    const packed = JSON.parse(new TextDecoder().decode(unzipSync(given.zip)['manifest.json'])) as {
      developer: unknown;
    };
    expect(packed.developer).toMatchObject(urls);

    const placeholders = buildAppPackage(manifestText, files, BOT_ID);
    if (!placeholders.ok) throw new Error(placeholders.message);
    expect(placeholders.warnings.join('\n')).toMatch(/APP_WEBSITE_URL[\s\S]*APP_PRIVACY_URL[\s\S]*APP_TERMS_URL/u);

    expect(buildAppPackage(manifestText, files, BOT_ID, { privacyUrl: 'http://insecure.example.org/p' })).toEqual({
      ok: false,
      message: expect.stringMatching(/APP_PRIVACY_URL .* not an https URL/u),
    });
  });

  it('when BOT_ID is missing or not a GUID, or a named file is absent, then it refuses with a message', () => {
    expect(buildAppPackage(manifestText, files, undefined)).toEqual({
      ok: false,
      message: expect.stringMatching(/BOT_ID is not set/u),
    });
    expect(buildAppPackage(manifestText, files, 'not-a-guid')).toEqual({
      ok: false,
      message: expect.stringMatching(/not a GUID/u),
    });
    const { 'outline.png': _outline, ...fewer } = files;
    expect(buildAppPackage(manifestText, fewer, BOT_ID)).toEqual({
      ok: false,
      message: expect.stringMatching(/outline\.png/u),
    });
  });

  it('when `npm run manifest` runs, then it writes the zip with BOT_ID, and without BOT_ID it fails saying so', async () => {
    const run = promisify(execFile);
    const script = new URL('../../manifest/build.ts', import.meta.url).pathname;
    const tsx = new URL('../../node_modules/.bin/tsx', import.meta.url).pathname;
    const out = join(mkdtempSync(join(tmpdir(), 'app-package-')), 'appPackage.zip');
    const { stdout, stderr } = await run(tsx, [script, '--out', out], { env: { ...process.env, BOT_ID } });
    expect(stdout).toContain(out);
    expect(stderr).toMatch(/warning: developer\.websiteUrl .*APP_WEBSITE_URL/u);
    expect(Object.keys(unzipSync(readFileSync(out))).sort()).toEqual([
      'color.png',
      'en-us.json',
      'manifest.json',
      'outline.png',
    ]);
    const { BOT_ID: _unset, ...env } = process.env;
    const failed = await run(tsx, [script, '--out', out], { env }).then(
      () => undefined,
      (e: { code: number; stderr: string }) => e,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toMatch(/BOT_ID is not set/u);
  }, 60_000);
});
