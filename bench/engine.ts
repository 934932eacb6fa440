/**
 * The engine in-process, no HTTP: how long loading the knowledge takes, and each question's
 * answer time over a few thousand varied questions asked in one conversation. The sequence is
 * played three times first (V8 compiles and re-optimises during the first passes), then three
 * times timed; the figures are over every timed question.
 */
import { performance } from 'node:perf_hooks';
import { createEngine } from '../src/intents/engine.js';
import { loadKnowledge } from '../src/knowledge/index.js';
import { readSeed } from '../src/seed-file.js';
import { benchQuestions } from './questions.js';

export interface EngineFigures {
  questions: number;
  /** Seed parse, model and search index build. */
  loadMs: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** The mean: one core gives at most 1000 / meanMs answers a second, before any HTTP. */
  meanMs: number;
}

/** The value below which `p` % of `sorted` lie (nearest rank); 0 for none. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export function round(x: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

export function benchEngine(count = 3000): EngineFigures {
  const t0 = performance.now();
  const loaded = loadKnowledge(readSeed());
  const loadMs = performance.now() - t0;
  if (!loaded.ok) throw new Error(loaded.error.message);
  const engine = createEngine(loaded.kb);
  const questions = benchQuestions(count);
  const pass = (): number[] => {
    let ctx: Parameters<typeof engine.ask>[1];
    return questions.map((q) => {
      const s = performance.now();
      ctx = engine.ask(q, ctx).context;
      return performance.now() - s;
    });
  };
  for (let i = 0; i < 3; i++) pass();
  const times = [...pass(), ...pass(), ...pass()].sort((a, b) => a - b);
  return {
    questions: count,
    loadMs: Math.round(loadMs),
    p50Ms: round(percentile(times, 50)),
    p99Ms: round(percentile(times, 99)),
    maxMs: round(times.at(-1) ?? 0, 1),
    meanMs: round(times.reduce((sum, t) => sum + t, 0) / times.length),
  };
}
