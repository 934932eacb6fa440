/**
 * The pure layers stay pure: src/knowledge and src/intents import nothing from src/bot,
 * botbuilder, restify, the network, the file system or process.env.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../src/', import.meta.url).pathname;
const files = (dir: string): string[] =>
  readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );

const FORBIDDEN = [
  /from ['"](?:\.\.\/)+bot\//u,
  /from ['"]botbuilder/u,
  /from ['"]@microsoft\//u,
  /from ['"]restify/u,
  /from ['"](?:node:)?(?:fs|http|https|net|child_process|dgram|tls)(?:\/promises)?['"]/u,
  /process\.env/u,
  /\bfetch\(/u,
];

describe('layering', () => {
  for (const dir of ['knowledge', 'intents']) {
    it(`when src/${dir} is read, then no file imports I/O, the bot layer or the environment`, () => {
      const offenders = files(dir).flatMap((f) => {
        const text = readFileSync(join(root, f), 'utf8');
        return FORBIDDEN.filter((re) => re.test(text)).map((re) => `${f}: ${re.source}`);
      });
      expect(offenders).toEqual([]);
      expect(files(dir).length).toBeGreaterThan(3);
    });
  }
});
