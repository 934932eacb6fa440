/**
 * Where the directive's text lives, for the entry points (CLI, server, bench, tests). The only
 * module besides the entry points that touches the file system for the seed.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEngine, type Engine, type EngineOptions } from './intents/engine.js';
import { describeParseError, loadKnowledge, type KnowledgeBase } from './knowledge/index.js';

/** The project root: the folder holding package.json (this file is in src/ or dist/src/). */
const HERE = dirname(fileURLToPath(import.meta.url));
export const PROJECT_ROOT = resolve(HERE, HERE.includes('/dist/') ? '../..' : '..');

export const DEFAULT_SEED_PATH = resolve(PROJECT_ROOT, 'seeds/chi-thi-05-CT-TTg-2023.txt');

/** Reads the seed; a relative path is taken from the project root. */
export function readSeed(path: string = DEFAULT_SEED_PATH): string {
  return readFileSync(resolve(PROJECT_ROOT, path), 'utf8');
}

/** Loads the knowledge base from the seed or throws an Error naming the line that did not parse. */
export function loadKnowledgeFromSeed(path?: string): KnowledgeBase {
  const loaded = loadKnowledge(readSeed(path));
  if (!loaded.ok) throw new Error(`The directive's text did not parse: ${describeParseError(loaded.error)}`);
  return loaded.kb;
}

/** The answer engine over the seed at `path` (default: the bundled seed). */
export function engineFromSeed(path?: string, options?: EngineOptions): Engine {
  return createEngine(loadKnowledgeFromSeed(path), options);
}
