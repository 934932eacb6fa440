/** The web page's files: fingerprinted names, nothing inline, nothing from other hosts. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ASSETS_DIR, hashedName, loadWebAssets } from '../../src/bot/web/assets.js';
import { CONTENT_SECURITY_POLICY } from '../../src/bot/web/security-headers.js';

const assets = loadWebAssets();
const html = assets.html.toString('utf8');
const appJs = readFileSync(resolve(ASSETS_DIR, 'app.js'), 'utf8');

describe('web assets', () => {
  it('when the page is built, then it names each static file by its content hash and every name resolves', () => {
    const refs = [...html.matchAll(/(?:src|href)="\/static\/([^"]+)"/gu)].map((m) => m[1]!);
    expect(refs.sort()).toEqual([...assets.files.keys()].sort());
    for (const [name, file] of assets.files)
      expect(hashedName(name.replace(/\.[0-9a-f]{12}(?=\.)/u, ''), file.body)).toBe(name);
    expect(html).not.toMatch(/%[A-Z_]+%/u);
  });

  it('when the page is read, then it has no inline script, no inline style and no third-party URL', () => {
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/u);
    expect(html).not.toMatch(/<style|\sstyle=|\son[a-z]+=/u);
    expect(html.replace(/http:\/\/www\.w3\.org\/2000\/svg/gu, '')).not.toMatch(/https?:\/\//u);
    expect(appJs).not.toMatch(/https?:\/\//u);
  });

  it('when the script is read, then it never parses HTML from strings', () => {
    expect(appJs).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function/u);
  });

  it('when the page is labelled, then the textarea has the "Câu hỏi" label and the log is a polite live region', () => {
    expect(html).toMatch(/<label for="question">Câu hỏi<\/label>/u);
    expect(html).toMatch(/<textarea id="question"/u);
    expect(html).toMatch(/role="log" aria-live="polite"/u);
    expect(html).toMatch(/<html lang="vi">/u);
  });

  it('when the policy is read, then it allows this server only', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*/u);
  });
});
