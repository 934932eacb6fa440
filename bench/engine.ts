/**
 * Engine figures: seed parse + index build time, and per-question latency over a few thousand
 * varied questions (p50, p99, max), with the answer cache off. In-process, no HTTP.
 */
import { performance } from 'node:perf_hooks';
import { createEngine } from '../src/intents/engine.js';
import { loadKnowledge } from '../src/knowledge/index.js';
import { readSeed } from '../src/seed-file.js';
import { benchQuestions } from './questions.js';

export interface EngineFigures {
  questions: number;
  loadMs: number;
  indexBuildMs: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  meanMs: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export function benchEngine(count = 3000): EngineFigures {
  const seed = readSeed();
  const t0 = performance.now();
  const loaded = loadKnowledge(seed);
  const loadMs = performance.now() - t0;
  if (!loaded.ok) throw new Error(loaded.error.message);
  // No answer cache here: this measures the work of answering, not a cache hit.
  const engine = createEngine(loaded.kb, { cacheSize: 0 });
  const questions = benchQuestions(count);
  // Warm-up: one pass over the whole list, so the figures are those of a server in steady state
  // (every code path compiled), not of its first minutes.
  for (const q of questions) engine.ask(q);
  const times: number[] = [];
  let ctx;
  for (const q of questions) {
    const s = performance.now();
    ctx = engine.ask(q, ctx).context;
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  return {
    questions: questions.length,
    loadMs: round(loadMs),
    indexBuildMs: round(loaded.kb.index.buildMs),
    p50Ms: round(percentile(times, 50)),
    p99Ms: round(percentile(times, 99)),
    maxMs: round(times[times.length - 1] ?? 0),
    meanMs: round(times.reduce((s, x) => s + x, 0) / times.length),
  };
}

export function round(x: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

if (process.argv[1]?.endsWith('engine.ts')) {
  process.stdout.write(`${JSON.stringify(benchEngine())}\n`);
}
