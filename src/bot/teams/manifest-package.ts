/**
 * The Teams app package: manifest/manifest.json with the bot id filled in, plus its two icons,
 * zipped (fflate). Pure apart from the inputs it is given.
 */
import { zipSync } from 'fflate';

export const BOT_ID_PLACEHOLDER = '${{BOT_ID}}';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

export type PackageResult = { ok: true; zip: Uint8Array; manifest: Record<string, unknown> } | { ok: false; message: string };

/** Fills the bot id into the manifest's text. */
export function fillManifest(manifestText: string, botId: string): Record<string, unknown> {
  return JSON.parse(manifestText.split(BOT_ID_PLACEHOLDER).join(botId)) as Record<string, unknown>;
}

export function buildAppPackage(manifestText: string, icons: { color: Uint8Array; outline: Uint8Array }, botId: string | undefined): PackageResult {
  if (botId === undefined || botId.trim() === '') return { ok: false, message: 'BOT_ID is not set: the app package needs the Azure bot registration id (a GUID).' };
  if (!GUID.test(botId.trim())) return { ok: false, message: `BOT_ID "${botId}" is not a GUID (Microsoft App ID).` };
  const manifest = fillManifest(manifestText, botId.trim());
  const zip = zipSync({ 'manifest.json': new TextEncoder().encode(JSON.stringify(manifest, null, 2)), 'color.png': icons.color, 'outline.png': icons.outline }, { level: 9 });
  return { ok: true, zip, manifest };
}
