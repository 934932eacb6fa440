/**
 * The Teams app package: manifest.json and its English translation validate offline against
 * Microsoft's own schemas (bundled in @microsoft/app-manifest), name what the bot really handles
 * (commands, search extension), the icons have the sizes and colours Teams requires and are what
 * the generator makes, and `npm run manifest` writes a zip holding every file the manifest names,
 * with the deployment's settings (bot id, public host, the organisation's pages) filled in: it
 * refuses, listing them all, when one is missing or a placeholder, and no file of a package it
 * builds names a documentation domain (example.com, .org, .net).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { inflateSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { colorIcon, outlineIcon } from '../../manifest/make-icons.js';
import { matchCommand } from '../../src/bot/teams/commands.js';
import {
  buildAppPackage,
  fillManifest,
  isPlaceholderHost,
  PACKAGE_SETTINGS,
  placeholders,
  referencedFiles,
} from '../../manifest/package.js';
import { validateManifestDocument } from '../../manifest/validate.js';
import { SEARCH_COMMAND_ID, SEARCH_PARAMETER } from '../../src/bot/teams/search-extension.js';

const dir = new URL('../../manifest/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, dir));
const manifestText = read('manifest.json').toString('utf8');
const english = JSON.parse(read('en-us.json').toString('utf8')) as Record<string, unknown>;
const BOT_ID = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';
/** A deployment's settings for `npm run manifest`. */
const SETTINGS = {
  BOT_ID,
  APP_DOMAIN: 'tro-ly.dean06.gov.vn',
  APP_WEBSITE_URL: 'https://dean06.gov.vn/tro-ly',
  APP_PRIVACY_URL: 'https://dean06.gov.vn/tro-ly/rieng-tu',
  APP_TERMS_URL: 'https://dean06.gov.vn/tro-ly/dieu-khoan',
};
const manifest = fillManifest(manifestText, SETTINGS);
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

/** A documentation domain (or a setting's placeholder) anywhere in a text or binary file. */
const PLACEHOLDER_TEXT = /example\.(?:com|org|net)|\$\{\{/iu;
/** Each file of a zip that holds a placeholder, with what it holds. */
function placeholdersIn(zip: Uint8Array): string[] {
  return Object.entries(unzipSync(zip)).flatMap(([name, bytes]) => {
    const found = PLACEHOLDER_TEXT.exec(Buffer.from(bytes).toString('latin1'));
    return found ? [`${name}: ${found[0]}`] : [];
  });
}

describe('the app package', () => {
  it('when the template is read, then every deployment value is a ${{setting}}, and no file it packages names a documentation domain', () => {
    expect(placeholders(manifestText).sort()).toEqual([...PACKAGE_SETTINGS].sort());
    const packaged = ['manifest.json', ...referencedFiles(manifest)];
    expect(packaged.sort()).toEqual(['color.png', 'en-us.json', 'manifest.json', 'outline.png']);
    for (const name of packaged) expect(read(name).toString('latin1'), name).not.toMatch(/example\.(?:com|org|net)/iu);
  });

  it('when it is built with the settings, then the zip holds the filled manifest, both icons and the translation, and no placeholder', () => {
    const built = buildAppPackage(manifestText, files, SETTINGS);
    if (!built.ok) throw new Error(built.message);
    const entries = unzipSync(built.zip);
    expect(Object.keys(entries).sort()).toEqual(['color.png', 'en-us.json', 'manifest.json', 'outline.png']);
    const packed = JSON.parse(new TextDecoder().decode(entries['manifest.json'])) as Record<string, unknown>;
    expect(packed).toEqual(manifest);
    expect(packed['developer']).toMatchObject({
      websiteUrl: SETTINGS.APP_WEBSITE_URL,
      privacyUrl: SETTINGS.APP_PRIVACY_URL,
      termsOfUseUrl: SETTINGS.APP_TERMS_URL,
    });
    expect(packed['validDomains']).toEqual([SETTINGS.APP_DOMAIN]);
    expect(placeholdersIn(built.zip)).toEqual([]);
    expect(Buffer.from(entries['color.png']!).equals(read('color.png'))).toBe(true);
  });

  it('when no setting is given, then it refuses with one message naming all five and what each is', () => {
    const built = buildAppPackage(manifestText, files, {});
    if (built.ok) throw new Error('built without settings');
    expect(built.message.split('\n')).toEqual([
      expect.stringMatching(/cannot be built; fix these settings/u),
      expect.stringMatching(/^ {2}- BOT_ID: not set \(.*GUID/u),
      expect.stringMatching(/^ {2}- APP_DOMAIN: not set \(.*public host name/u),
      expect.stringMatching(/^ {2}- APP_WEBSITE_URL: not set/u),
      expect.stringMatching(/^ {2}- APP_PRIVACY_URL: not set/u),
      expect.stringMatching(/^ {2}- APP_TERMS_URL: not set/u),
    ]);
    // Empty and blank values count as unset.
    expect(buildAppPackage(manifestText, files, { ...SETTINGS, APP_DOMAIN: ' ', APP_TERMS_URL: '' })).toEqual({
      ok: false,
      message: expect.stringMatching(/APP_DOMAIN: not set[\s\S]*APP_TERMS_URL: not set/u),
    });
  });

  it('when a setting is a placeholder or malformed, then it refuses and names that setting and value', () => {
    const bad: Array<[keyof typeof SETTINGS, string, RegExp]> = [
      ['BOT_ID', 'not-a-guid', /not a GUID/u],
      ['APP_DOMAIN', 'bot.example.org', /placeholder/u],
      ['APP_DOMAIN', 'example.com', /placeholder/u],
      ['APP_DOMAIN', 'localhost', /not a public host name/u],
      ['APP_DOMAIN', 'tro-ly.test', /placeholder/u],
      ['APP_DOMAIN', 'https://tro-ly.dean06.gov.vn/api/messages', /without https:\/\/, a port or a path/u],
      ['APP_DOMAIN', 'tro-ly.dean06.gov.vn:443', /without https:\/\/, a port or a path/u],
      ['APP_DOMAIN', '203.0.113.7', /not a public host name/u],
      ['APP_WEBSITE_URL', 'https://example.com/tro-ly-chi-thi-05', /placeholder \(example\.com\)/u],
      ['APP_PRIVACY_URL', 'https://www.example.net/privacy', /placeholder \(www\.example\.net\)/u],
      ['APP_TERMS_URL', 'https://contoso.com/terms', /placeholder/u],
      ['APP_PRIVACY_URL', 'http://dean06.gov.vn/rieng-tu', /not an https URL/u],
      ['APP_TERMS_URL', 'dean06.gov.vn/dieu-khoan', /not a URL/u],
      ['APP_WEBSITE_URL', 'https://user:secret@dean06.gov.vn/', /user name or password/u],
    ];
    for (const [setting, value, why] of bad) {
      const built = buildAppPackage(manifestText, files, { ...SETTINGS, [setting]: value });
      if (built.ok) throw new Error(`built with ${setting}=${value}`);
      const lines = built.message.split('\n').slice(1);
      expect(lines, `${setting}=${value}`).toHaveLength(1);
      expect(lines[0]).toContain(`${setting}: "${value}"`);
      expect(lines[0]).toMatch(why);
    }
    // Two wrong at once: both are listed.
    expect(
      buildAppPackage(manifestText, files, { ...SETTINGS, BOT_ID: 'x', APP_PRIVACY_URL: 'https://example.org/p' }),
    ).toEqual({ ok: false, message: expect.stringMatching(/- BOT_ID: [^\n]*\n {2}- APP_PRIVACY_URL: /u) });
  });

  it('when a host is read, then documentation and local names are placeholders and real names are not', () => {
    for (const host of [
      'example.com',
      'WWW.Example.ORG',
      'bot.example.net.',
      'x.test',
      'a.invalid',
      'localhost',
      'contoso.com',
    ])
      expect(isPlaceholderHost(host), host).toBe(true);
    for (const host of ['dean06.gov.vn', 'example.gov.vn', 'myexample.com', 'example.com.vn', 'examples.org'])
      expect(isPlaceholderHost(host), host).toBe(false);
    // The host name is written in lower case in validDomains.
    const built = buildAppPackage(manifestText, files, { ...SETTINGS, APP_DOMAIN: 'Tro-Ly.Dean06.GOV.vn' });
    expect(built.ok && built.manifest['validDomains']).toEqual(['tro-ly.dean06.gov.vn']);
  });

  it('when a file of the package would still hold a placeholder, or the template one no setting fills, then it refuses naming it', () => {
    const english = new TextEncoder().encode(
      read('en-us.json').toString('utf8').replace('"Keywords"', '"Keywords: see https://example.com/help"'),
    );
    expect(buildAppPackage(manifestText, { ...files, 'en-us.json': english }, SETTINGS)).toEqual({
      ok: false,
      message: expect.stringMatching(/^en-us\.json .*"example\.com"/u),
    });
    const unknown = manifestText.replace('"${{APP_DOMAIN}}"', '"${{APP_DOMAIN}}", "${{TAB_DOMAIN}}"');
    expect(buildAppPackage(unknown, files, SETTINGS)).toEqual({
      ok: false,
      message: expect.stringMatching(/\$\{\{TAB_DOMAIN\}\}, which no setting fills/u),
    });
  });

  it('when a named file is absent, then it refuses with a message', () => {
    const { 'outline.png': _outline, ...fewer } = files;
    expect(buildAppPackage(manifestText, fewer, SETTINGS)).toEqual({
      ok: false,
      message: expect.stringMatching(/outline\.png/u),
    });
  });

  it('when `npm run manifest` runs with the settings, then it writes a zip without placeholders; without them, or with example.com, it exits 1 listing them and writes nothing', async () => {
    const run = promisify(execFile);
    const script = new URL('../../manifest/build.ts', import.meta.url).pathname;
    const tsx = new URL('../../node_modules/.bin/tsx', import.meta.url).pathname;
    const folder = mkdtempSync(join(tmpdir(), 'app-package-'));
    const out = join(folder, 'appPackage.zip');
    const unset = Object.fromEntries(
      Object.entries(process.env).filter(([k]) => !PACKAGE_SETTINGS.includes(k as never)),
    );
    const failure = (e: { code: number; stderr: string }) => e;
    const [written, missing, placeholder] = await Promise.all([
      run(tsx, [script, '--out', out], { env: { ...unset, ...SETTINGS } }),
      run(tsx, [script, '--out', join(folder, 'missing.zip')], { env: unset }).then(() => undefined, failure),
      run(tsx, [script, '--out', join(folder, 'placeholder.zip')], {
        env: { ...unset, ...SETTINGS, APP_DOMAIN: 'bot.example.org', APP_TERMS_URL: 'https://example.com/terms' },
      }).then(() => undefined, failure),
    ]);

    expect(written.stdout).toContain(out);
    expect(written.stderr).toBe('');
    const zip = readFileSync(out);
    expect(Object.keys(unzipSync(zip)).sort()).toEqual(['color.png', 'en-us.json', 'manifest.json', 'outline.png']);
    expect(placeholdersIn(zip)).toEqual([]);

    expect(missing?.code).toBe(1);
    for (const setting of PACKAGE_SETTINGS) expect(missing?.stderr).toContain(`- ${setting}: not set`);
    expect(existsSync(join(folder, 'missing.zip'))).toBe(false);

    expect(placeholder?.code).toBe(1);
    expect(placeholder?.stderr.split('\n').filter((l) => l.startsWith('  - '))).toEqual([
      expect.stringMatching(/^ {2}- APP_DOMAIN: "bot\.example\.org" is a placeholder/u),
      expect.stringMatching(/^ {2}- APP_TERMS_URL: "https:\/\/example\.com\/terms" is a placeholder/u),
    ]);
    expect(existsSync(join(folder, 'placeholder.zip'))).toBe(false);
  }, 60_000);
});
