/**
 * The engine's answer cache. The engine is deterministic, so a turn's reply is a function of the
 * question and of the context fields the turn actually read. Most questions read none ("Bộ Y tế
 * phải làm gì?" is answered the same in every conversation); a follow-up reads one or two ("Còn Bộ
 * Tư pháp thì sao?" reads `lastIntent`, `time`, `role`). So a reply is kept under its question
 * with the values of just the fields it read, and is served to any conversation whose context has
 * the same values there — not only to the conversation that asked first.
 *
 * Why this is exact: the turn that computed the reply took the same path for any context that
 * agrees on the fields it read (each read's value decides what is read next), so it would have
 * computed the same reply.
 */
import { CONTEXT_FIELDS, type ConversationContext } from './context.js';
import type { Language } from './answer.js';
import type { Reply } from './turn.js';

/** A computed turn, as kept. */
export interface CachedTurn {
  reply: Reply;
  language: Language;
}

/** A context field the turn read, and its value then (as JSON; undefined when absent). */
export type FieldRead = readonly [field: string, value: string | undefined];

interface Variant extends CachedTurn {
  reads: readonly FieldRead[];
}

function valueOf(ctx: ConversationContext, field: string): string | undefined {
  const v = (ctx as Record<string, unknown>)[field];
  return v === undefined ? undefined : JSON.stringify(v);
}

/**
 * The context as a turn should see it, plus what it read. Reading a field, asking whether it is
 * there, or enumerating the context (a spread) are all noted.
 */
export function watchContext(ctx: ConversationContext): { view: ConversationContext; reads(): FieldRead[] } {
  const fields = new Set<string>();
  let everything = false;
  const view = new Proxy(ctx, {
    get(target, p, receiver) {
      if (typeof p === 'string') fields.add(p);
      return Reflect.get(target, p, receiver) as unknown;
    },
    has(target, p) {
      if (typeof p === 'string') fields.add(p);
      return Reflect.has(target, p);
    },
    getOwnPropertyDescriptor(target, p) {
      if (typeof p === 'string') fields.add(p);
      return Reflect.getOwnPropertyDescriptor(target, p);
    },
    ownKeys(target) {
      everything = true;
      return Reflect.ownKeys(target);
    },
  });
  return {
    view,
    reads: () =>
      [...(everything ? new Set([...CONTEXT_FIELDS, ...Object.keys(ctx)]) : fields)].map(
        (f) => [f, valueOf(ctx, f)] as const,
      ),
  };
}

/** The first variant whose read fields have the same values in `ctx` (loops: no closure per call). */
function matchingVariant(variants: readonly Variant[], ctx: ConversationContext): Variant | undefined {
  for (const v of variants) {
    let same = true;
    for (const [field, value] of v.reads) {
      if (valueOf(ctx, field) !== value) {
        same = false;
        break;
      }
    }
    if (same) return v;
  }
  return undefined;
}

export interface AnswerCacheOptions {
  /** Replies kept in all (every variant counts). 0 keeps nothing. */
  maxEntries: number;
  /** Variants kept per question (per distinct values of the fields read); the oldest goes. Default 8. */
  maxVariantsPerKey?: number;
}

/** A question's variants, and when it was last moved to the recent end. */
interface Entry {
  variants: Variant[];
  movedAt: number;
}

/**
 * Least-recently-used by question, nearly; within a question, its variants. A hit moves its
 * question to the recent end only when it was last moved more than a quarter of the capacity of
 * uses ago, so most hits (a help desk's repeated questions) skip the Map's delete and re-insert. A
 * question left in place has at most that many questions after it; it can be evicted before them
 * only when they alone (with their variants) fill the cache. That costs a recomputed answer, never
 * a wrong one.
 */
export class AnswerCache {
  private readonly byKey = new Map<string, Entry>();
  private entries = 0;
  /** Counts gets and sets: the clock of `movedAt`. */
  private uses = 0;
  private readonly maxEntries: number;
  private readonly maxVariants: number;
  private readonly moveAfter: number;

  constructor(options: AnswerCacheOptions) {
    this.maxEntries = options.maxEntries;
    this.maxVariants = options.maxVariantsPerKey ?? 8;
    this.moveAfter = Math.floor(options.maxEntries / 4);
  }

  /** Replies kept right now. */
  get size(): number {
    return this.entries;
  }

  /** The reply kept for `key` whose read fields have the same values in `ctx`, if any. */
  get(key: string, ctx: ConversationContext): CachedTurn | undefined {
    const entry = this.byKey.get(key);
    if (entry === undefined) return undefined;
    const hit = matchingVariant(entry.variants, ctx);
    if (hit === undefined) return undefined;
    this.uses++;
    if (this.uses - entry.movedAt > this.moveAfter) this.moveToRecent(key, entry);
    return hit;
  }

  /** Keeps a reply computed for `key`, valid for contexts with the same values on `reads`. */
  set(key: string, reads: readonly FieldRead[], turn: CachedTurn): void {
    if (this.maxEntries <= 0) return;
    this.uses++;
    const entry = this.byKey.get(key) ?? { variants: [], movedAt: 0 };
    // Written out rather than `{ ...turn, reads }`: in V8 11 (Node 20) an object spread from another
    // and given a property the other lacks gets a hidden class of its own, every time.
    entry.variants.push({ reply: turn.reply, language: turn.language, reads });
    this.entries++;
    if (entry.variants.length > this.maxVariants) {
      entry.variants.shift();
      this.entries--;
    }
    this.moveToRecent(key, entry);
    while (this.entries > this.maxEntries) {
      const [oldest, evicted] = this.byKey.entries().next().value!;
      this.entries -= evicted.variants.length;
      this.byKey.delete(oldest);
    }
  }

  private moveToRecent(key: string, entry: Entry): void {
    this.byKey.delete(key);
    this.byKey.set(key, entry);
    entry.movedAt = this.uses;
  }
}
