/**
 * `npm run manifest`: writes build/appPackage.zip — manifest.json with the deployment's settings
 * filled in, its icons and translations — for upload to Teams (Apps → Manage your apps → Upload)
 * or the Teams admin center. The manifest and its translations are first validated offline against
 * Microsoft's schemas bundled in @microsoft/app-manifest (see validate.ts).
 *
 *   BOT_ID=<Microsoft App ID> APP_DOMAIN=<bot's public host> \
 *   APP_WEBSITE_URL=https://… APP_PRIVACY_URL=https://… APP_TERMS_URL=https://… \
 *   npm run manifest [-- --out path/to/appPackage.zip]
 *
 * Every setting is required; a missing one, or a placeholder such as example.com, makes it exit 1
 * with one message listing them all, and nothing is written.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { PROJECT_ROOT } from '../src/seed-file.js';
import { buildAppPackage, PACKAGE_SETTINGS, referencedFiles } from './package.js';
import { validateManifestDocument } from './validate.js';

const MANIFEST_DIR = resolve(PROJECT_ROOT, 'manifest');
const USAGE = `Usage: ${PACKAGE_SETTINGS.map((s) => `${s}=…`).join(' ')} npm run manifest [-- --out <zip path>]`;

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  const outArg = process.argv.indexOf('--out');
  const out = resolve(
    outArg > 0 && process.argv[outArg + 1] ? process.argv[outArg + 1]! : resolve(PROJECT_ROOT, 'build/appPackage.zip'),
  );
  const manifestText = readFileSync(resolve(MANIFEST_DIR, 'manifest.json'), 'utf8');
  const files: Record<string, Uint8Array> = {};
  // The file names are plain strings in the template: no setting is needed to learn them.
  for (const name of referencedFiles(JSON.parse(manifestText) as Record<string, unknown>)) {
    try {
      files[name] = readFileSync(resolve(MANIFEST_DIR, name));
    } catch {
      fail(`manifest.json refers to "${name}", which is not in manifest/.`);
    }
  }
  const built = buildAppPackage(manifestText, files, process.env);
  if (!built.ok) fail(built.message);

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
