/**
 * The Teams app package: the manifest validates offline against Microsoft's own schema (bundled
 * in @microsoft/app-manifest), the icons have the sizes Teams requires, and the zip holds all three.
 */
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { AppManifestUtils } from '@microsoft/app-manifest';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildAppPackage, fillManifest } from '../../src/bot/teams/manifest-package.js';
import { SEARCH_COMMAND_ID } from '../../src/bot/teams/search-extension.js';

const dir = new URL('../../manifest/', import.meta.url);
const manifestText = readFileSync(new URL('manifest.json', dir), 'utf8');
const color = readFileSync(new URL('color.png', dir));
const outline = readFileSync(new URL('outline.png', dir));
const BOT_ID = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';

/** Width, height and RGBA pixels of an 8-bit RGBA, non-interlaced PNG (what make-icons writes). */
function decodePng(buf: Buffer): { width: number; height: number; pixels: Buffer } {
  expect(buf.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  const width = buf.readUInt32BE(16);
  const height = buf.readUInt32BE(20);
  const idat: Buffer[] = [];
  for (let at = 8; at < buf.length; ) {
    const len = buf.readUInt32BE(at);
    const type = buf.subarray(at + 4, at + 8).toString('ascii');
    if (type === 'IDAT') idat.push(buf.subarray(at + 8, at + 8 + len));
    at += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const pixels = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) raw.copy(pixels, y * width * 4, y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1));
  return { width, height, pixels };
}

describe('the Teams app package', () => {
  it('when the manifest is validated against Microsoft’s schema, then it has no errors', async () => {
    const manifest = fillManifest(manifestText, BOT_ID);
    expect(String(manifest['manifestVersion']) >= '1.22').toBe(true);
    const errors = await AppManifestUtils.validateAgainstSchema(manifest as never);
    expect(errors).toEqual([]);
    // The validator really checks: a manifest without its name fails.
    const { name: _name, ...broken } = manifest;
    expect((await AppManifestUtils.validateAgainstSchema({ ...broken, $schema: manifest['$schema'] } as never)).length).toBeGreaterThan(0);
  });

  it('when the manifest is read, then it has the bot in three scopes, its commands and the search extension', () => {
    const m = fillManifest(manifestText, BOT_ID) as { bots: Array<{ botId: string; scopes: string[]; commandLists: Array<{ commands: Array<{ title: string }> }> }>; composeExtensions: Array<{ commands: Array<{ id: string }> }> };
    expect(m.bots[0]!.botId).toBe(BOT_ID);
    expect(m.bots[0]!.scopes.sort()).toEqual(['groupChat', 'personal', 'team']);
    expect(m.bots[0]!.commandLists[0]!.commands.map((c) => c.title)).toEqual(['trợ giúp', 'hướng dẫn', 'ví dụ']);
    expect(m.composeExtensions[0]!.commands[0]!.id).toBe(SEARCH_COMMAND_ID);
  });

  it('when the icons are read, then color is 192×192 and outline is 32×32 white on transparent', () => {
    const c = decodePng(color);
    expect([c.width, c.height]).toEqual([192, 192]);
    const o = decodePng(outline);
    expect([o.width, o.height]).toEqual([32, 32]);
    let transparent = 0;
    for (let i = 0; i < o.pixels.length; i += 4) {
      const [r, g, b, a] = [o.pixels[i]!, o.pixels[i + 1]!, o.pixels[i + 2]!, o.pixels[i + 3]!];
      if (a === 0) transparent++;
      else expect([r, g, b, a]).toEqual([255, 255, 255, 255]);
    }
    expect(transparent).toBeGreaterThan(32 * 32 / 2);
  });

  it('when the package is built, then the zip holds the filled manifest and both icons; without BOT_ID it refuses', () => {
    const built = buildAppPackage(manifestText, { color, outline }, BOT_ID);
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    const files = unzipSync(built.zip);
    expect(Object.keys(files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    expect(new TextDecoder().decode(files['manifest.json'])).toContain(BOT_ID);
    expect(new TextDecoder().decode(files['manifest.json'])).not.toContain('${{');
    expect(buildAppPackage(manifestText, { color, outline }, undefined)).toMatchObject({ ok: false });
    expect(buildAppPackage(manifestText, { color, outline }, 'not-a-guid')).toMatchObject({ ok: false });
  });
});
