/**
 * The questions every channel answered, counted and logged as one info line per interval
 * ("questions answered": how many, per channel, per intent, and how long they took), instead of
 * one info line per question.
 *
 * Why: at a busy help desk a line per question is a flood no one reads, carrying nothing a count
 * does not (the lines hold no text, no ids and no conversation: privacy). The per-question lines
 * are still there at LOG_LEVEL=debug.
 *
 * Times go into buckets of a 1-2-5 series (0.5 ms … 10 s), so recording is a few additions and
 * the percentiles reported are their buckets' upper bounds; the mean and the maximum are exact.
 * A quiet interval logs nothing. `flush()` logs what is counted so far (shutdown calls it).
 */
import type { Logger } from 'pino';
import type { Intent } from '../intents/answer.js';
import type { Channel } from './answered.js';

/** Where a question came from. */
export type QuestionChannel = Channel;

/** The buckets' upper bounds in ms; a last, unbounded bucket holds anything slower. */
export const TIME_BUCKETS_MS: readonly number[] = [0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000];

export interface QuestionTallyOptions {
  /** Where the summary lines go (at info). */
  logger: Logger;
  /** How often a summary is logged, in ms. Default 60,000. 0: only when flushed. */
  intervalMs?: number;
  /** The clock, in ms (tests). Default Date.now. */
  now?: () => number;
}

/** What one summary line holds (besides pino's own fields). */
export interface QuestionSummary {
  questions: number;
  /** The length of the interval the counts cover, in seconds (one decimal). */
  seconds: number;
  byChannel: Partial<Record<QuestionChannel, number>>;
  byIntent: Partial<Record<Intent, number>>;
  /** p50 and p99 are the upper bounds of their buckets (TIME_BUCKETS_MS); null past the last. */
  ms: { mean: number; p50: number | null; p99: number | null; max: number };
}

export interface QuestionTally {
  /** Counts one answered question. */
  record(channel: QuestionChannel, intent: Intent, ms: number): void;
  /** Logs the summary of what was counted since the last one (nothing if none) and starts over. */
  flush(): void;
  /** Flushes and stops the timer. */
  stop(): void;
}

/** The upper bound of the bucket holding the q-th quantile of the counts, or null past the last. */
function quantileBound(counts: Uint32Array, total: number, q: number): number | null {
  const rank = Math.max(1, Math.ceil(q * total));
  let seen = 0;
  for (let i = 0; i < counts.length; i++) {
    seen += counts[i]!;
    if (seen >= rank) return TIME_BUCKETS_MS[i] ?? null;
  }
  return null;
}

export function createQuestionTally(options: QuestionTallyOptions): QuestionTally {
  const { logger } = options;
  const now = options.now ?? Date.now;
  const intervalMs = options.intervalMs ?? 60_000;
  let since = now();
  let questions = 0;
  let totalMs = 0;
  let maxMs = 0;
  let byChannel: Partial<Record<QuestionChannel, number>> = {};
  let byIntent: Partial<Record<Intent, number>> = {};
  const buckets = new Uint32Array(TIME_BUCKETS_MS.length + 1);

  const flush = (): void => {
    const at = now();
    if (questions > 0) {
      const summary: QuestionSummary = {
        questions,
        seconds: Math.round((at - since) / 100) / 10,
        byChannel,
        byIntent,
        ms: {
          mean: Math.round((totalMs / questions) * 100) / 100,
          p50: quantileBound(buckets, questions, 0.5),
          p99: quantileBound(buckets, questions, 0.99),
          max: Math.round(maxMs * 100) / 100,
        },
      };
      logger.info(summary, 'questions answered');
    }
    since = at;
    questions = 0;
    totalMs = 0;
    maxMs = 0;
    byChannel = {};
    byIntent = {};
    buckets.fill(0);
  };

  const timer = intervalMs > 0 ? setInterval(flush, intervalMs) : undefined;
  timer?.unref();

  return {
    record(channel, intent, time) {
      // A clock that stepped back (or a time that is not a number) counts as 0 ms.
      const ms = time >= 0 ? time : 0;
      questions += 1;
      totalMs += ms;
      if (ms > maxMs) maxMs = ms;
      byChannel[channel] = (byChannel[channel] ?? 0) + 1;
      byIntent[intent] = (byIntent[intent] ?? 0) + 1;
      let i = 0;
      while (i < TIME_BUCKETS_MS.length && ms > TIME_BUCKETS_MS[i]!) i++;
      buckets[i]! += 1;
    },
    flush,
    stop() {
      if (timer) clearInterval(timer);
      flush();
    },
  };
}
