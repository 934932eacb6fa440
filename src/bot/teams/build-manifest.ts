/**
 * `npm run manifest`: writes build/appPackage.zip (manifest.json with BOT_ID filled in, plus the
 * icons) for upload to Teams or the Teams admin center.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../../seed-file.js';
import { buildAppPackage } from './manifest-package.js';

const dir = resolve(PROJECT_ROOT, 'manifest');
const result = buildAppPackage(readFileSync(resolve(dir, 'manifest.json'), 'utf8'), { color: readFileSync(resolve(dir, 'color.png')), outline: readFileSync(resolve(dir, 'outline.png')) }, process.env['BOT_ID']);
if (!result.ok) {
  process.stderr.write(`${result.message}\nUsage: BOT_ID=<Microsoft App ID> npm run manifest\n`);
  process.exit(1);
}
mkdirSync(resolve(PROJECT_ROOT, 'build'), { recursive: true });
const out = resolve(PROJECT_ROOT, 'build/appPackage.zip');
writeFileSync(out, result.zip);
process.stdout.write(`wrote ${out} (${result.zip.length} bytes)\n`);
