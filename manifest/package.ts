/**
 * The Teams app package: manifest/manifest.json with the bot id filled in, plus every file the
 * manifest refers to (its two icons, its translations), zipped with fflate. Pure: the files come
 * in as bytes, the zip goes out as bytes.
 */
import { zipSync } from 'fflate';

/** How manifest.json (and nothing else) marks where the bot id goes. */
export const BOT_ID_PLACEHOLDER = '${{BOT_ID}}';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

export type PackageResult =
  { ok: true; zip: Uint8Array; manifest: Record<string, unknown>; warnings: string[] } | { ok: false; message: string };

/** The developer pages the manifest links to; each replaces the committed placeholder when given. */
export interface DeveloperUrls {
  websiteUrl?: string | undefined;
  privacyUrl?: string | undefined;
  termsOfUseUrl?: string | undefined;
}

/** The setting that gives each developer URL to `npm run manifest`. */
export const DEVELOPER_URL_SETTINGS: Readonly<Record<keyof DeveloperUrls, string>> = {
  websiteUrl: 'APP_WEBSITE_URL',
  privacyUrl: 'APP_PRIVACY_URL',
  termsOfUseUrl: 'APP_TERMS_URL',
};

/** Teams takes only https links here. */
function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

interface ManifestFiles {
  icons?: { color?: unknown; outline?: unknown };
  localizationInfo?: { defaultLanguageFile?: unknown; additionalLanguages?: Array<{ file?: unknown }> };
}

/** The files a manifest refers to, which the package must hold next to it. */
export function referencedFiles(manifest: Record<string, unknown>): string[] {
  const m = manifest as ManifestFiles;
  const names = [
    m.icons?.color,
    m.icons?.outline,
    m.localizationInfo?.defaultLanguageFile,
    ...(m.localizationInfo?.additionalLanguages ?? []).map((l) => l.file),
  ];
  return names.filter((n): n is string => typeof n === 'string');
}

/** Fills the bot id into the manifest's text and parses it. */
export function fillManifest(manifestText: string, botId: string): Record<string, unknown> {
  return JSON.parse(manifestText.split(BOT_ID_PLACEHOLDER).join(botId)) as Record<string, unknown>;
}

/**
 * Zips the filled manifest with the files it refers to (taken from `files` by name), with the
 * developer URLs given in `urls` in place of the committed ones. Fails with a message when BOT_ID
 * is missing or not a GUID, a URL given is not https, or a referenced file is not given; warns
 * when a developer URL is still the example.com placeholder.
 */
export function buildAppPackage(
  manifestText: string,
  files: Readonly<Record<string, Uint8Array>>,
  botId: string | undefined,
  urls: DeveloperUrls = {},
): PackageResult {
  const id = botId?.trim() ?? '';
  if (id === '')
    return {
      ok: false,
      message: 'BOT_ID is not set: the app package needs the Azure bot registration id (Microsoft App ID, a GUID).',
    };
  if (!GUID.test(id))
    return { ok: false, message: `BOT_ID "${id}" is not a GUID (the Microsoft App ID of the Azure bot).` };
  const manifest = fillManifest(manifestText, id);
  const developer = (manifest['developer'] ?? {}) as Record<string, unknown>;
  const warnings: string[] = [];
  for (const [field, setting] of Object.entries(DEVELOPER_URL_SETTINGS) as Array<[keyof DeveloperUrls, string]>) {
    const given = urls[field]?.trim();
    if (given) {
      if (!isHttpsUrl(given)) return { ok: false, message: `${setting} "${given}" is not an https URL.` };
      developer[field] = given;
    } else if (typeof developer[field] === 'string' && new URL(developer[field]).hostname.endsWith('example.com')) {
      warnings.push(
        `developer.${field} is still ${developer[field]}: set ${setting} to the organisation's page before publishing.`,
      );
    }
  }
  manifest['developer'] = developer;
  const entries: Record<string, Uint8Array> = {
    'manifest.json': new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`),
  };
  for (const name of referencedFiles(manifest)) {
    const bytes = files[name];
    if (!bytes) return { ok: false, message: `manifest.json refers to "${name}", which is not in manifest/.` };
    entries[name] = bytes;
  }
  return { ok: true, zip: zipSync(entries, { level: 9 }), manifest, warnings };
}
