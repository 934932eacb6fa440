/**
 * The answer engine's public face. Channels (CLI, Teams, Zalo, web, /api/ask) depend on this
 * interface only; `createEngine` wires the knowledge base to the question parser and the intent
 * handlers. Pure: no I/O, no clock unless passed in.
 */
import type { Answer, Citation, CitationKind, Language } from './answer.js';
import { builtContext, readContext, type ConversationContext } from './context.js';
import type { KnowledgeBase } from '../knowledge/index.js';
import { shorten } from '../knowledge/text.js';
import { AnswerCache, watchContext } from './answer-cache.js';
import { citationsFor, deadlineLabel, frozenAnswer, partyLabel } from './present.js';
import { fallback } from './handlers/help.js';
import { msg } from './messages.js';
import { tour as tourHandler } from './handlers/tour.js';
import { createRetriever } from './retrieval.js';
import { route } from './rules.js';
import type { Reply, Turn } from './turn.js';
import { understand } from './understand.js';

export type TourOp = 'start' | 'next' | 'back' | 'exit' | { jump: number };

export interface AskResult {
  answer: Answer;
  /** The context to store for the next turn of this conversation. */
  context: ConversationContext;
}

/** The full text of a cited record, for "read the whole row / paragraph". */
export interface SourceRecord {
  id: string;
  kind: CitationKind;
  title: string;
  /** The directive's full Vietnamese wording. */
  text: string;
  lead?: string;
  coop?: string;
  deadline?: string;
  product?: string;
  /** Related ids (the body paragraph of a row, the rows of a paragraph). */
  related: string[];
}

export interface EngineStats {
  documentNumber: string;
  appendixRows: number;
  paragraphs: number;
  indexedDocuments: number;
  indexBuildMs: number;
}

export interface Engine {
  /** Answers one message of a conversation. Never throws; any string gives a valid Answer. */
  ask(text: string, context?: ConversationContext): AskResult;
  /** Moves the guided tour (buttons send these without text). */
  tour(op: TourOp, context?: ConversationContext, language?: Language): AskResult;
  /** Full text of a citation id (A.1…C.8, S3, S3.6, N4), or undefined when no such record exists. */
  source(id: string, language?: Language): SourceRecord | undefined;
  /** Ranked matches for a search box (the Teams message extension): rows and paragraphs. */
  search(text: string, limit?: number): Citation[];
  readonly stats: EngineStats;
}

// ---------------------------------------------------------------------------------------------

export interface EngineOptions {
  /**
   * Messages longer than this many characters are answered from their first part, with a note.
   * Default 2000.
   */
  maxQuestionLength?: number;
  /**
   * How many answers to remember. The engine is deterministic: the same text, in contexts that
   * agree on the fields its turn read, always gets the same answer, so repeated questions (a help
   * desk's daily bread) are served from a least-recently-used cache shared by all conversations
   * (see answer-cache.ts). This is the engine's one cache, kept because `npm run bench` shows that
   * without it every channel's throughput falls well below its guard. Default 500; 0 turns it off.
   */
  cacheSize?: number;
}

const DEFAULT_MAX_QUESTION_LENGTH = 2000;
const DEFAULT_CACHE_SIZE = 500;

const NOTHING: Readonly<Record<string, unknown>> = Object.freeze({});

/** Every field of T, each possibly undefined: the type checks that a context literal names them all. */
type EveryField<T> = { [K in keyof Required<T>]: T[K] | undefined };

/** The field's value after a turn: what the turn remembered (undefined clears it), else the old one. */
function merged<K extends keyof ConversationContext>(
  ctx: ConversationContext,
  updates: Reply['remember'] & object,
  k: K,
): ConversationContext[K] | undefined {
  return Object.hasOwn(updates, k) ? (updates as Partial<ConversationContext>)[k] : ctx[k];
}

/**
 * Merges what a turn remembers into the stored context; `undefined` values clear a field. The new
 * context has every field of the schema, in the same order, a cleared or unset one holding
 * `undefined` (which JSON leaves out): so every context the engine makes has one object shape,
 * and the code that reads, copies and serialises contexts sees that one shape rather than one per
 * combination of set fields.
 */
function remember(
  ctx: ConversationContext,
  reply: Reply,
  language: ConversationContext['language'],
): ConversationContext {
  const u = reply.remember ?? NOTHING;
  const next: EveryField<ConversationContext> = {
    v: 1,
    language: language ?? merged(ctx, u, 'language'),
    lastIntent: merged(ctx, u, 'lastIntent'),
    agencyIds: merged(ctx, u, 'agencyIds'),
    role: merged(ctx, u, 'role'),
    time: merged(ctx, u, 'time'),
    listIds: merged(ctx, u, 'listIds'),
    itemId: merged(ctx, u, 'itemId'),
    tourStep: merged(ctx, u, 'tourStep'),
    turns: ctx.turns + 1,
  };
  return builtContext(next as ConversationContext);
}

export function createEngine(kb: KnowledgeBase, options: EngineOptions = {}): Engine {
  const maxQuestionLength = options.maxQuestionLength ?? DEFAULT_MAX_QUESTION_LENGTH;
  const retriever = createRetriever(kb);

  const cacheSize = options.cacheSize ?? DEFAULT_CACHE_SIZE;
  const cache = cacheSize > 0 ? new AnswerCache({ maxEntries: cacheSize }) : undefined;

  /**
   * Answers one turn: reads the stored context, computes the reply (or takes it from the cache),
   * merges what it remembers. Cached answers are shared: callers treat Answers as read-only.
   */
  function run(
    text: string,
    context: unknown,
    pick: (turn: Turn) => Reply,
    language?: Language,
    op = 'ask',
  ): AskResult {
    const ctx = readContext(context ?? { v: 1, turns: 0 });
    const safeText = typeof text === 'string' ? text : '';
    if (cache === undefined) {
      const result = compute(safeText, ctx, pick, language);
      return { answer: result.reply.answer, context: remember(ctx, result.reply, result.language) };
    }
    // A question asked as it is (most turns) is its own key; every other key starts with NUL, so a
    // question that does too is given the long form.
    const key =
      op === 'ask' && language === undefined && safeText.charCodeAt(0) !== 0
        ? safeText
        : `\u0000${op}\u0000${language ?? ''}\u0000${safeText}`;
    const hit = cache.get(key, ctx);
    if (hit) return { answer: hit.reply.answer, context: remember(ctx, hit.reply, hit.language) };
    const watched = watchContext(ctx);
    const result = compute(safeText, watched.view, pick, language);
    cache.set(key, watched.reads(), result);
    return { answer: result.reply.answer, context: remember(ctx, result.reply, result.language) };
  }

  function compute(
    text: string,
    ctx: ConversationContext,
    pick: (turn: Turn) => Reply,
    language?: Language,
  ): { reply: Reply; language: Language } {
    const understood = understand(text, kb, { maxQuestionLength });
    const q = language ? { ...understood, language } : understood;
    const turn: Turn = { q, kb, ctx, retriever };
    let reply: Reply;
    try {
      reply = pick(turn);
    } catch {
      // A bug in one handler must not take the conversation down: decline politely.
      reply = fallback(turn);
    }
    if (q.truncated) {
      // Answers are frozen once built: the note makes a new one.
      const note = msg(q.language, 'truncated', { max: maxQuestionLength });
      const a = reply.answer;
      const text = `${a.text}\n${msg(q.language, 'noteLine', { note })}`;
      reply = { ...reply, answer: frozenAnswer({ ...a, notes: [...a.notes, note], text }) };
    }
    return { reply, language: q.language };
  }

  return {
    ask: (text, context) => run(text, context, route),
    tour: (op, context, language) =>
      run(
        'hướng dẫn',
        context,
        (turn) => tourHandler(turn, op),
        language ?? readContext(context).language ?? 'vi',
        `tour:${JSON.stringify(op)}`,
      ),
    source(id, language = 'vi') {
      const row = kb.row(id);
      if (row) {
        const s: SourceRecord = {
          id,
          kind: 'appendix',
          title: msg(language, 'citeRow', { id }),
          text: row.task,
          lead: partyLabel(kb, row.lead, language),
          deadline: deadlineLabel(row.deadline, language),
          related: row.bodyIds,
        };
        if (row.coop.text !== '') s.coop = partyLabel(kb, row.coop, language);
        if (row.product !== '') s.product = row.product;
        return s;
      }
      const p = kb.paragraph(id);
      if (p)
        return {
          id,
          kind: 'paragraph',
          title: citationsFor(kb, [id], language)[0]!.title,
          text: p.text,
          related: p.appendixIds,
        };
      const sec = /^S(\d{1,2})$/u.exec(id);
      const section = sec ? kb.section(Number(sec[1])) : undefined;
      if (section)
        return {
          id,
          kind: 'section',
          title: citationsFor(kb, [id], language)[0]!.title,
          text: section.text,
          related: section.paragraphs.flatMap((x) => x.appendixIds),
        };
      const n = /^N(\d)$/u.exec(id);
      const b = n ? kb.bottleneck(Number(n[1])) : undefined;
      if (b)
        return { id, kind: 'bottleneck', title: citationsFor(kb, [id], language)[0]!.title, text: b.text, related: [] };
      if (id === 'META' || id === 'PREAMBLE' || id === 'RECIPIENTS') {
        const c = citationsFor(kb, [id], language)[0]!;
        const m = kb.model.meta;
        const text =
          id === 'PREAMBLE'
            ? kb.model.preamble.paragraphs.join('\n\n')
            : id === 'RECIPIENTS'
              ? m.recipients.map((r) => `- ${r}`).join('\n')
              : c.quote;
        return { id, kind: 'meta', title: c.title, text, related: [] };
      }
      return undefined;
    },
    search(text, limit = 10) {
      const q = understand(text, kb, { maxQuestionLength });
      const rowRefs = q.refs.filter((r) => kb.exists(r.id)).map((r) => r.id);
      let ids: string[];
      if (rowRefs.length > 0) {
        ids = rowRefs;
      } else if (q.agencyIds.length > 0) {
        // An agency (and maybe a month) typed in the search box: the rows its answer would cite.
        const answer = route({ q, kb, ctx: { v: 1, turns: 0 }, retriever }).answer;
        ids = answer.citations.filter((c) => c.kind === 'appendix').map((c) => c.id);
      } else {
        ids = kb.index.search(q.text, limit).map((h) => h.id);
      }
      return citationsFor(kb, ids.slice(0, limit), q.language).map((c) => ({ ...c, quote: shorten(c.quote, 200) }));
    },
    stats: {
      documentNumber: kb.model.meta.number,
      appendixRows: kb.model.appendix.length,
      paragraphs: kb.model.sections.reduce((n, s) => n + s.paragraphs.length, 0),
      indexedDocuments: kb.index.size,
      indexBuildMs: kb.index.buildMs,
    },
  };
}
