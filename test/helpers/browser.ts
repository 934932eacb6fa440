/**
 * Headless Chromium for the web page's end-to-end tests, driven by playwright-core. Uses the
 * Debian package's binary (`apt-get install chromium`), or CHROMIUM_PATH. When the browser is
 * missing the tests fail in CI (CI=true) and are skipped locally with a message saying so.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where the browser is expected. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Flags for a quiet, offline, container-friendly headless run. */
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** true when the browser binary exists. */
export const chromiumAvailable = existsSync(CHROMIUM_PATH);

/** true when the browser tests should be skipped: no browser, and not in CI. */
export const skipBrowserTests = !chromiumAvailable && process.env['CI'] !== 'true';

if (skipBrowserTests) {
  console.warn(
    `[web e2e] SKIPPED: no Chromium at ${CHROMIUM_PATH}. Install it with \`apt-get update && apt-get install -y chromium\` (as root) or set CHROMIUM_PATH. In CI (CI=true) these tests fail instead.`,
  );
}

/** Launches headless Chromium; throws a clear error when it is missing (the CI case). */
export async function launchChromium(): Promise<Browser> {
  if (!chromiumAvailable)
    throw new Error(
      `Chromium is required for the web page tests but is not installed at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH).`,
    );
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS, headless: true });
}
