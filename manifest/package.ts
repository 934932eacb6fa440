/**
 * The Teams app package: manifest/manifest.json with the deployment's settings filled in, plus
 * every file the manifest refers to (its two icons, its translations), zipped with fflate. Pure:
 * the settings and files come in as data, the zip goes out as bytes.
 *
 * manifest.json marks each value that differs between deployments with `${{SETTING}}` (the Teams
 * Toolkit's syntax): the bot id, the bot's public host name and the organisation's three pages.
 * All five settings are required, and a placeholder host (example.com and the like) is refused, so
 * a package that still points at a placeholder cannot be built.
 */
import { zipSync } from 'fflate';

/** The settings `npm run manifest` reads, in the order its error message lists them. */
export const PACKAGE_SETTINGS = [
  'BOT_ID',
  'APP_DOMAIN',
  'APP_WEBSITE_URL',
  'APP_PRIVACY_URL',
  'APP_TERMS_URL',
] as const;
export type PackageSetting = (typeof PACKAGE_SETTINGS)[number];
export type PackageValues = Readonly<Record<PackageSetting, string>>;

/** What each setting is, for the error message when it is missing. */
const MEANING: Readonly<Record<PackageSetting, string>> = {
  BOT_ID: 'the Microsoft App ID of the Azure bot, a GUID',
  APP_DOMAIN: "the bot's public host name, e.g. tro-ly.dean06.gov.vn (the host of https://<host>/api/messages)",
  APP_WEBSITE_URL: "the https address of the organisation's page about the assistant",
  APP_PRIVACY_URL: "the https address of the organisation's privacy statement",
  APP_TERMS_URL: "the https address of the organisation's terms of use",
};

/** `${{NAME}}` in manifest.json. */
const PLACEHOLDER = /\$\{\{([A-Za-z0-9_]+)\}\}/gu;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;
/** A DNS name of two labels or more whose last label is not all digits (so not an IPv4 address). */
const HOST_NAME = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$/u;
/** Domains reserved for documentation (RFC 2606) and the ones Microsoft's documentation uses. */
const PLACEHOLDER_DOMAINS = ['example.com', 'example.org', 'example.net', 'contoso.com', 'fabrikam.com'];
/** Top-level names that never reach the public internet (RFC 2606, RFC 6761, mDNS). */
const PLACEHOLDER_TLDS = ['example', 'test', 'invalid', 'localhost', 'local'];
/** Documentation domains anywhere in a file of the package (the last check before zipping). */
const PLACEHOLDER_TEXT = /(?<![a-z0-9-])(?:example\.(?:com|org|net)|\$\{\{)/iu;

export type PackageResult =
  { ok: true; zip: Uint8Array; manifest: Record<string, unknown> } | { ok: false; message: string };

/** true for a host that is a placeholder, not a deployment's: example.com, *.test, localhost… */
export function isPlaceholderHost(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/u, '');
  const tld = h.slice(h.lastIndexOf('.') + 1);
  return (
    h === 'localhost' ||
    PLACEHOLDER_TLDS.includes(tld) ||
    PLACEHOLDER_DOMAINS.some((d) => h === d || h.endsWith(`.${d}`))
  );
}

/** Why `value` is not a usable https page, or undefined when it is. */
function urlProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `"${value}" is not a URL; give an https:// address`;
  }
  if (url.protocol !== 'https:') return `"${value}" is not an https URL (Teams links only to https pages)`;
  if (url.username !== '' || url.password !== '') return `"${value}" holds a user name or password`;
  if (isPlaceholderHost(url.hostname))
    return `"${value}" is a placeholder (${url.hostname}); give the organisation's page`;
  return undefined;
}

/** Why `value` is not a usable public host name, or undefined when it is. */
function domainProblem(value: string): string | undefined {
  if (/[/:]/u.test(value))
    return `"${value}" is not a host name; give the host alone, without https://, a port or a path`;
  if (!HOST_NAME.test(value)) return `"${value}" is not a public host name (letters, digits, dots and hyphens)`;
  if (isPlaceholderHost(value)) return `"${value}" is a placeholder; give the bot's public host name`;
  return undefined;
}

/**
 * Reads and checks the five settings from an environment-like record (an empty value counts as
 * unset). On failure, every missing or invalid setting is listed, each with what it should be.
 */
export function readPackageSettings(
  env: Readonly<Record<string, string | undefined>>,
): { ok: true; values: PackageValues } | { ok: false; problems: string[] } {
  const values = {} as Record<PackageSetting, string>;
  const problems: string[] = [];
  for (const name of PACKAGE_SETTINGS) {
    const raw = env[name]?.trim() ?? '';
    const value = name === 'APP_DOMAIN' ? raw.toLowerCase() : raw;
    const problem =
      value === ''
        ? `not set (${MEANING[name]})`
        : name === 'BOT_ID'
          ? GUID.test(value)
            ? undefined
            : `"${value}" is not a GUID (${MEANING[name]})`
          : name === 'APP_DOMAIN'
            ? domainProblem(value)
            : urlProblem(value);
    if (problem === undefined) values[name] = value;
    else problems.push(`${name}: ${problem}`);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, values };
}

/** The `${{NAME}}` placeholders in a manifest's text, each once. */
export function placeholders(manifestText: string): string[] {
  return [...new Set([...manifestText.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

/** The files a manifest refers to, which the package must hold next to it. */
export function referencedFiles(manifest: Record<string, unknown>): string[] {
  const m = manifest as {
    icons?: { color?: unknown; outline?: unknown };
    localizationInfo?: { defaultLanguageFile?: unknown; additionalLanguages?: Array<{ file?: unknown }> };
  };
  const names = [
    m.icons?.color,
    m.icons?.outline,
    m.localizationInfo?.defaultLanguageFile,
    ...(m.localizationInfo?.additionalLanguages ?? []).map((l) => l.file),
  ];
  return names.filter((n): n is string => typeof n === 'string');
}

/**
 * Fills the settings into the manifest's text (each value JSON-escaped, as it sits inside a JSON
 * string) and parses it. A placeholder no setting fills is left as it is.
 */
export function fillManifest(manifestText: string, values: PackageValues): Record<string, unknown> {
  const filled = manifestText.replace(PLACEHOLDER, (whole, name: string) =>
    Object.hasOwn(values, name) ? JSON.stringify(values[name as PackageSetting]).slice(1, -1) : whole,
  );
  return JSON.parse(filled) as Record<string, unknown>;
}

/**
 * Zips the filled manifest with the files it refers to (taken from `files` by name). Fails with one
 * message when a setting is missing or invalid (listing them all), when manifest.json has a
 * placeholder no setting fills, when a referenced file is not given, or when a file of the package
 * would still hold a documentation domain (example.com, .org, .net) or a `${{…}}` placeholder.
 */
export function buildAppPackage(
  manifestText: string,
  files: Readonly<Record<string, Uint8Array>>,
  env: Readonly<Record<string, string | undefined>>,
): PackageResult {
  const settings = readPackageSettings(env);
  if (!settings.ok)
    return {
      ok: false,
      message: `The Teams app package cannot be built; fix these settings:\n${settings.problems.map((p) => `  - ${p}`).join('\n')}`,
    };
  const unknown = placeholders(manifestText).filter((n) => !(PACKAGE_SETTINGS as readonly string[]).includes(n));
  if (unknown.length > 0)
    return {
      ok: false,
      message: `manifest.json has ${unknown.map((n) => `\${{${n}}}`).join(', ')}, which no setting fills (known: ${PACKAGE_SETTINGS.join(', ')}).`,
    };
  const manifest = fillManifest(manifestText, settings.values);
  const entries: Record<string, Uint8Array> = {
    'manifest.json': new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`),
  };
  for (const name of referencedFiles(manifest)) {
    const bytes = files[name];
    if (!bytes) return { ok: false, message: `manifest.json refers to "${name}", which is not in manifest/.` };
    entries[name] = bytes;
  }
  for (const [name, bytes] of Object.entries(entries)) {
    // latin1: every byte is one character, so binary files are scanned too.
    const found = PLACEHOLDER_TEXT.exec(Buffer.from(bytes).toString('latin1'));
    if (found)
      return {
        ok: false,
        message: `${name} in the package would hold the placeholder "${found[0]}": replace it with the deployment's value.`,
      };
  }
  return { ok: true, zip: zipSync(entries, { level: 9 }), manifest };
}
