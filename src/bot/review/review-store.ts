/**
 * The review of unanswered questions: the questions the bot declined, or answered only by plain
 * search, kept (masked) and grouped, so that whoever grows the engine's lexicon sees what citizens
 * ask that the understanding does not cover yet.
 *
 * What is kept (`isUnanswered`):
 * - declined: every answer with intent 'fallback' (outside the directive, nothing relevant found,
 *   no such row / section / month, another document);
 * - plain search: intent 'search' with the topic-search heading, i.e. the engine fell back to
 *   retrieval over the question's words. "Which tasks mention X?" answers are intent 'search' too,
 *   but were understood (their heading names the phrase) and are not kept.
 * Help, tour, errors and every structured answer (obligations, lead, deadline, item, …) are not kept.
 *
 * Privacy: the question is masked (`maskPersonalData`: ID numbers, phone numbers, e-mail, names
 * after "tôi là") before anything else touches it; only the masked text is queued, stored or
 * returned, and no log line holds any of it.
 *
 * Storage: one document under REVIEW_KEY in the state store, `{ v: 1, groups: { [key]: … } }`,
 * where the key is the masked text as the engine reads it (`cleanQuestion(...).folded`: NFC, lower
 * case, diacritics and đ folded, punctuation and extra spaces gone, greetings such as "cho em hỏi",
 * "ad ơi", "Fwd:" stripped, chat shorthand expanded). Each write is a read-modify-write under the
 * item's eTag, tried again on a conflict, so several instances over one Redis (or one SQLite file)
 * lose no count. Bounded on every write: groups not seen for maxAgeDays are dropped, then the least
 * recently seen beyond maxGroups. The document expires with the store's TTL (STATE_TTL_SECONDS)
 * when no question at all is recorded for that long.
 *
 * The listener never slows or fails an answer: it masks, queues and returns; the queue is written
 * in batches (one read-modify-write per batch of up to `batchSize`) `flushDelayMs` after the first
 * question queued. A batch that fails (store down, or still conflicting after MAX_ATTEMPTS) is
 * tried once more at the next flush, then dropped; the first failure of an outage is logged once
 * (counts only), and the number dropped is logged when writes work again.
 */
import type { Logger } from 'pino';
import { z } from 'zod/v4';
import type { Answer } from '../../intents/answer.js';
import { cleanQuestion } from '../../intents/clean.js';
import { msg } from '../../intents/messages.js';
import type { AnswerListener, Channel } from '../answered.js';
import { backOffAfterConflict, isETagConflict, MAX_ATTEMPTS, type StateStore } from '../state/store.js';
import { clip } from '../text/clip.js';
import { maskPersonalData } from './mask.js';

/** The state-store key of the review document. */
export const REVIEW_KEY = 'review/unanswered';
/** Longest example kept (characters, masked text as written). */
export const MAX_EXAMPLE_CHARS = 300;
/** Longest grouping key kept (characters). */
export const MAX_KEY_CHARS = 200;
/** Questions waiting in memory at most; more are dropped (and counted) until the queue drains. */
export const MAX_PENDING = 5000;

const DAY_MS = 86_400_000;

/** One group of unanswered questions, as `top` and GET /admin/review give it. */
export interface ReviewGroup {
  /** The grouping key: the masked text as the engine reads it (folded, greetings removed). */
  key: string;
  /** One masked question of the group as written (the first seen), at most MAX_EXAMPLE_CHARS. */
  example: string;
  count: number;
  /** ISO 8601. */
  firstSeen: string;
  /** ISO 8601. */
  lastSeen: string;
  channels: Partial<Record<Channel, number>>;
  /** 'fallback' (declined) and 'search' (answered by plain search). */
  intents: Record<string, number>;
}

export interface ReviewOptions {
  /** Groups kept at most (REVIEW_MAX_GROUPS); the least recently seen go first. */
  maxGroups: number;
  /** Groups not seen for this many days are dropped (REVIEW_MAX_AGE_DAYS). */
  maxAgeDays: number;
  /** The clock, in ms (tests). Default Date.now. */
  now?: () => number;
  /** Write failures are logged here (counts only, never a question). */
  logger?: Logger;
  /** How long after the first queued question a batch is written. Default 1000 ms. */
  flushDelayMs?: number;
  /** Questions per read-modify-write. Default 100. */
  batchSize?: number;
}

export interface Review {
  /** Hook for deps.answered: keeps the question when the answer declined or was a plain search. */
  listener: AnswerListener;
  /** The `limit` largest groups (count, then most recently seen), as stored now. */
  top(limit: number): Promise<ReviewGroup[]>;
  /** Writes what is queued; resolves when done (a failed batch stays queued for its one retry). */
  flush(): Promise<void>;
  /** Stops taking questions, writes what is queued (a failed batch is retried once), then drops the rest. */
  close(): Promise<void>;
}

/** Which kind of unanswered question an answer makes, or undefined when it was answered. */
export function unansweredKind(answer: Answer): 'declined' | 'search' | undefined {
  if (answer.intent === 'fallback') return 'declined';
  if (answer.intent === 'search' && answer.heading === msg(answer.language, 'topicHeading')) return 'search';
  return undefined;
}

/** The masked question's grouping key ('' when nothing is left once greetings are gone). */
export function groupKey(masked: string): string {
  return clip(cleanQuestion(masked, MAX_KEY_CHARS * 4).folded, MAX_KEY_CHARS);
}

/** A question waiting to be written: masked already. */
interface Entry {
  key: string;
  example: string;
  channel: Channel;
  intent: string;
  at: number;
  /** true once a write of it failed: a second failure drops it. */
  retried: boolean;
}

const Counts = z.record(z.string(), z.number().int().min(0));
const StoredGroup = z.object({
  example: z.string(),
  count: z.number().int().min(1),
  first: z.number(),
  last: z.number(),
  channels: Counts,
  intents: Counts,
});
type StoredGroup = z.infer<typeof StoredGroup>;
interface ReviewDocument {
  v: 1;
  groups: Record<string, StoredGroup>;
}

/** The stored document, its malformed groups left out (anything else: an empty one). */
function readDocument(value: unknown): ReviewDocument {
  const kept: Array<[string, StoredGroup]> = [];
  const raw = (value as { groups?: unknown } | null | undefined)?.groups;
  if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
    for (const [key, g] of Object.entries(raw)) {
      const parsed = StoredGroup.safeParse(g);
      if (parsed.success) kept.push([key, parsed.data]);
    }
  }
  return { v: 1, groups: Object.fromEntries(kept) };
}

/** Drops groups last seen before `now - maxAgeDays`, then the least recently seen beyond maxGroups. */
function bound(groups: Record<string, StoredGroup>, now: number, options: ReviewOptions): Record<string, StoredGroup> {
  const since = now - options.maxAgeDays * DAY_MS;
  const live = Object.entries(groups).filter(([, g]) => g.last >= since);
  if (live.length > options.maxGroups) live.sort(([ka, a], [kb, b]) => b.last - a.last || (ka < kb ? -1 : 1));
  return Object.fromEntries(live.slice(0, options.maxGroups));
}

/** The document with the entries counted in, bounded. */
function mergeEntries(
  doc: ReviewDocument,
  entries: ReadonlyArray<Pick<Entry, 'key' | 'example' | 'channel' | 'intent' | 'at'>>,
  now: number,
  options: ReviewOptions,
): ReviewDocument {
  // A Map, not the object: a question may well be "constructor" or "toString".
  const groups = new Map(Object.entries(doc.groups));
  for (const e of entries) {
    const had = groups.get(e.key);
    const g: StoredGroup = had
      ? { ...had, channels: { ...had.channels }, intents: { ...had.intents } }
      : { example: e.example, count: 0, first: e.at, last: e.at, channels: {}, intents: {} };
    g.count += 1;
    g.first = Math.min(g.first, e.at);
    g.last = Math.max(g.last, e.at);
    g.channels[e.channel] = (Object.hasOwn(g.channels, e.channel) ? g.channels[e.channel]! : 0) + 1;
    g.intents[e.intent] = (Object.hasOwn(g.intents, e.intent) ? g.intents[e.intent]! : 0) + 1;
    groups.set(e.key, g);
  }
  return { v: 1, groups: bound(Object.fromEntries(groups), now, options) };
}

function toGroup(key: string, g: StoredGroup): ReviewGroup {
  return {
    key,
    example: g.example,
    count: g.count,
    firstSeen: new Date(g.first).toISOString(),
    lastSeen: new Date(g.last).toISOString(),
    channels: g.channels,
    intents: g.intents,
  };
}

export function createReview(store: StateStore, options: ReviewOptions): Review {
  const now = options.now ?? Date.now;
  const log = options.logger;
  const flushDelayMs = options.flushDelayMs ?? 1000;
  const batchSize = Math.max(1, options.batchSize ?? 100);

  let pending: Entry[] = [];
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let closed = false;
  /** Set from the first failure until a write works again; the questions dropped meanwhile. */
  let failing = false;
  let dropped = 0;

  /** Logs the first loss of an outage (counts only); later ones are only counted until a write works. */
  const noteLoss = (questions: number, lost: number, reason: string, e?: unknown) => {
    dropped += lost;
    if (failing) return;
    failing = true;
    // A store's error never holds a question; no question is ever logged.
    log?.warn(
      { questions, dropped: lost, error: e instanceof Error ? `${e.name}: ${e.message}` : undefined },
      `review of unanswered questions: ${reason}; not logged again until a write succeeds`,
    );
  };
  const noteWritten = () => {
    if (!failing) return;
    log?.info({ dropped }, 'review of unanswered questions: writing to the state store again');
    failing = false;
    dropped = 0;
  };

  /** One read-modify-write of a batch, tried again while another writer got in between. */
  async function write(batch: readonly Entry[]): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      const item = await store.get(REVIEW_KEY);
      const next = mergeEntries(readDocument(item?.value), batch, now(), options);
      try {
        await store.set(REVIEW_KEY, next, item?.eTag ?? null);
        return;
      } catch (e) {
        if (!isETagConflict(e) || attempt >= MAX_ATTEMPTS) throw e;
      }
      await backOffAfterConflict(attempt);
    }
  }

  /** Writes batches until the queue is empty or a batch fails (then it waits for the next flush). */
  async function drain(): Promise<void> {
    while (pending.length > 0) {
      const batch = pending.slice(0, batchSize);
      pending = pending.slice(batch.length);
      try {
        await write(batch);
        noteWritten();
      } catch (e) {
        // Tried once more at the next flush; what already failed once is dropped.
        const again = batch.filter((x) => !x.retried).map((x) => ({ ...x, retried: true }));
        pending = [...again, ...pending];
        noteLoss(
          batch.length,
          batch.length - again.length,
          'a batch could not be written to the state store (it is tried once more at the next flush, then dropped)',
          e,
        );
        return;
      }
    }
  }

  async function flush(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = undefined;
    // A drain under way may have finished its loop before the latest questions came: one more after it.
    if (running) await running;
    if (pending.length === 0) return;
    running ??= drain().finally(() => {
      running = undefined;
      if (pending.length > 0 && !closed) schedule();
    });
    await running;
  }

  function schedule(): void {
    if (timer || running) return;
    timer = setTimeout(() => void flush().catch(() => undefined), flushDelayMs);
    timer.unref();
  }

  const listener: AnswerListener = (event) => {
    try {
      if (closed) return;
      const kind = unansweredKind(event.answer);
      if (kind === undefined) return;
      if (pending.length >= MAX_PENDING) {
        noteLoss(1, 1, `more than ${MAX_PENDING} questions are waiting to be written; newer ones are dropped`);
        return;
      }
      const masked = maskPersonalData(event.question);
      const key = groupKey(masked);
      if (key === '') return;
      pending.push({
        key,
        example: clip(masked, MAX_EXAMPLE_CHARS),
        channel: event.channel,
        intent: event.answer.intent,
        at: now(),
        retried: false,
      });
      if (pending.length >= batchSize && !running) void flush().catch(() => undefined);
      else schedule();
    } catch {
      // Never the answer's problem (and never logged with the question).
    }
  };

  return {
    listener,
    async top(limit) {
      const item = await store.get(REVIEW_KEY);
      const groups = bound(readDocument(item?.value).groups, now(), options);
      return Object.entries(groups)
        .sort(([ka, a], [kb, b]) => b.count - a.count || b.last - a.last || (ka < kb ? -1 : 1))
        .slice(0, Math.max(0, limit))
        .map(([key, g]) => toGroup(key, g));
    },
    flush,
    async close() {
      closed = true;
      await flush();
      // A batch that failed gets its one retry now; whatever still fails is dropped.
      if (pending.length > 0) await flush();
      if (pending.length > 0)
        noteLoss(pending.length, pending.length, 'closed before the state store took the last questions');
      pending = [];
      if (timer) clearTimeout(timer);
      timer = undefined;
    },
  };
}
