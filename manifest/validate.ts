/**
 * Offline validation of the app package's JSON files against Microsoft's own schemas, bundled in
 * @microsoft/app-manifest (a devDependency: loaded only by `npm run manifest` and the tests).
 *
 * The manifest validates as is. The bundled Localization schema has a patternProperties key
 * (`…activityTypes\[\b(…)\b]\.description`) whose lone `]` is an error in the Unicode mode AJV
 * compiles patterns in, so `validateAgainstSchema` throws on any translation file; the key is
 * repaired (`\b]` → `\b\]`, the same regular expression) before validating translations.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';

const MICROSOFT_SCHEMAS = 'https://developer.microsoft.com/json-schemas/';

/** The bundled schema for a `$schema` URL, read from the package (never fetched). */
function bundledSchema(url: string): Record<string, unknown> {
  if (!url.startsWith(MICROSOFT_SCHEMAS)) throw new Error(`not a Microsoft Teams schema URL: ${url}`);
  const root = dirname(createRequire(import.meta.url).resolve('@microsoft/app-manifest'));
  const text = readFileSync(resolve(root, 'json-schemas', url.slice(MICROSOFT_SCHEMAS.length)), 'utf8');
  // The package reads its schemas with the same two replacements (JSON has no \a or \v escapes).
  return JSON.parse(text.replace(/\\a/gu, '\\u0007').replace(/\\v/gu, '\\u000b')) as Record<string, unknown>;
}

/** The Localization schema with its one malformed pattern key repaired. */
function repairedPatterns(schema: Record<string, unknown>): Record<string, unknown> {
  const patterns = schema['patternProperties'] as Record<string, unknown> | undefined;
  if (!patterns) return schema;
  return {
    ...schema,
    patternProperties: Object.fromEntries(
      Object.entries(patterns).map(([k, v]) => [k.replace(/\\b\]/gu, '\\b\\]'), v]),
    ),
  };
}

/**
 * Validates one manifest or translation file against the schema its `$schema` names. Resolves
 * with the list of problems ([] when valid).
 */
export async function validateManifestDocument(document: Record<string, unknown>): Promise<string[]> {
  const url = document['$schema'];
  if (typeof url !== 'string') return ['$schema: missing'];
  const { AppManifestUtils } = await import('@microsoft/app-manifest');
  const schema = url.endsWith('.Localization.schema.json') ? repairedPatterns(bundledSchema(url)) : bundledSchema(url);
  return AppManifestUtils.validateAgainstSchema(document as never, schema as never);
}
