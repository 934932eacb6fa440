/**
 * The page's files, read once at start-up from src/bot/web/assets (also when running from
 * dist/, via the project root). Scripts, styles and the icon are served under a content-hashed
 * name (/static/app.<hash>.js) so they can be cached for a year; the HTML names them.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../../seed-file.js';

/** Where the page's files live. */
export const ASSETS_DIR = resolve(PROJECT_ROOT, 'src/bot/web/assets');

/** A file served under /static/. */
export interface StaticAsset {
  body: Buffer;
  contentType: string;
}

/** The page and its files. */
export interface WebAssets {
  /** The HTML of GET /, naming the hashed files. */
  html: Buffer;
  /** Hashed file name (e.g. "app.3f2a9c1b7d4e.js") → file. */
  files: ReadonlyMap<string, StaticAsset>;
}

const FILES = [
  { name: 'app.js', placeholder: '%APP_JS%', contentType: 'text/javascript; charset=utf-8' },
  { name: 'app.css', placeholder: '%APP_CSS%', contentType: 'text/css; charset=utf-8' },
  { name: 'icon.svg', placeholder: '%ICON_SVG%', contentType: 'image/svg+xml' },
] as const;

/** `app.js` → `app.<first 12 hex of sha256>.js`. */
export function hashedName(name: string, body: Buffer): string {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  const dot = name.lastIndexOf('.');
  return `${name.slice(0, dot)}.${hash}${name.slice(dot)}`;
}

/** Reads and fingerprints the page's files. Throws when one is missing (a broken install). */
export function loadWebAssets(dir: string = ASSETS_DIR): WebAssets {
  let html = readFileSync(resolve(dir, 'index.html'), 'utf8');
  const files = new Map<string, StaticAsset>();
  for (const f of FILES) {
    const body = readFileSync(resolve(dir, f.name));
    const hashed = hashedName(f.name, body);
    files.set(hashed, { body, contentType: f.contentType });
    html = html.replaceAll(f.placeholder, `/static/${hashed}`);
  }
  return { html: Buffer.from(html, 'utf8'), files };
}
