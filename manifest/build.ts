/**
 * `npm run manifest`: writes build/appPackage.zip — manifest.json with BOT_ID filled in, its icons
 * and translations — for upload to Teams (Apps → Manage your apps → Upload) or the Teams admin
 * center. The manifest and its translations are first validated offline against Microsoft's
 * schemas bundled in @microsoft/app-manifest (see validate.ts).
 *
 *   BOT_ID=<Microsoft App ID> npm run manifest [-- --out path/to/appPackage.zip]
 *
 * APP_WEBSITE_URL, APP_PRIVACY_URL and APP_TERMS_URL (https) replace the developer pages the
 * committed manifest links to (example.com placeholders); without them the package is built and
 * a warning says which are still placeholders.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { PROJECT_ROOT } from '../src/seed-file.js';
import {
  buildAppPackage,
  DEVELOPER_URL_SETTINGS,
  fillManifest,
  referencedFiles,
  type DeveloperUrls,
} from './package.js';
import { validateManifestDocument } from './validate.js';

const MANIFEST_DIR = resolve(PROJECT_ROOT, 'manifest');

function fail(message: string): never {
  process.stderr.write(`${message}\nUsage: BOT_ID=<Microsoft App ID> npm run manifest [-- --out <zip path>]\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  const outArg = process.argv.indexOf('--out');
  const out = resolve(
    outArg > 0 && process.argv[outArg + 1] ? process.argv[outArg + 1]! : resolve(PROJECT_ROOT, 'build/appPackage.zip'),
  );
  const manifestText = readFileSync(resolve(MANIFEST_DIR, 'manifest.json'), 'utf8');
  const files: Record<string, Uint8Array> = {};
  // Placeholder id only to learn the file names; the real one is checked by buildAppPackage.
  for (const name of referencedFiles(fillManifest(manifestText, '00000000-0000-0000-0000-000000000000'))) {
    try {
      files[name] = readFileSync(resolve(MANIFEST_DIR, name));
    } catch {
      fail(`manifest.json refers to "${name}", which is not in manifest/.`);
    }
  }
  const urls: DeveloperUrls = Object.fromEntries(
    Object.entries(DEVELOPER_URL_SETTINGS).map(([field, setting]) => [field, process.env[setting]]),
  );
  const built = buildAppPackage(manifestText, files, process.env['BOT_ID'], urls);
  if (!built.ok) fail(built.message);
  for (const warning of built.warnings) process.stderr.write(`warning: ${warning}\n`);

  const documents: Array<[string, Record<string, unknown>]> = [
    ['manifest.json', built.manifest],
    ...Object.entries(files)
      .filter(([n]) => n.endsWith('.json'))
      .map(([n, b]): [string, Record<string, unknown>] => [
        n,
        JSON.parse(new TextDecoder().decode(b)) as Record<string, unknown>,
      ]),
  ];
  for (const [name, document] of documents) {
    const errors = await validateManifestDocument(document);
    if (errors.length > 0) fail(`${name} does not match its schema:\n  ${errors.join('\n  ')}`);
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, built.zip);
  process.stdout.write(
    `wrote ${out} (${built.zip.length} bytes: ${['manifest.json', ...Object.keys(files)].join(', ')})\n`,
  );
}

void main();
