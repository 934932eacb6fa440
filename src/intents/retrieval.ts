/**
 * Retrieval: which records of the directive a question is about, and whether any is close enough
 * to answer from. Lexical and deterministic; the `Retriever` interface is what the intents use,
 * so another implementation (a local embedding model) could stand behind it later.
 *
 * Records are the appendix rows (task and product), the body paragraphs, the eight bottlenecks,
 * the preamble and the title. A question is read as
 * - its content words (question words and chat fillers left out),
 * - its word pairs (Vietnamese words are mostly two syllables: "khai sinh", "lưu trú"), and
 * - the directive phrases the lexicon found for what people typed ("GPLX" → "giấy phép lái xe").
 * Each counts by how rare it is in the directive (inverse document frequency).
 *
 * A record is an answer only when it clears a floor, either
 * - coverage: it holds most (≥ 60 %) of the question's content-word weight — short questions; or
 * - evidence: it holds rare word pairs or lexicon phrases worth at least EVIDENCE_FLOOR, and some
 *   of the question's weight (≥ 20 %) — long messages, where most words are the citizen's story.
 * So "Hướng dẫn nấu phở bò" (no pair, rare words absent) is declined, while a forwarded message
 * about "khám bệnh bằng căn cước gắn chip thay thẻ BHYT" finds C.3.
 */
import type { KnowledgeBase } from '../knowledge/index.js';
import { foldedWords } from '../knowledge/text.js';
import { STOP_WORDS } from './cues.js';

export type RecordKind = 'appendix' | 'paragraph' | 'bottleneck' | 'meta';

/** What a question is about, as retrieval reads it. */
export interface TopicQuery {
  /** The question's folded words in order, agencies and dates taken out (stop words kept: pairs need order). */
  words: readonly string[];
  /** Folded phrases of the directive the question means (from the lexicon, or quoted). */
  phrases: readonly string[];
  /** The question asks for a number, a share or a target: sentences with figures are preferred. */
  wantsFigure?: boolean;
}

export interface RetrievedHit {
  id: string;
  kind: RecordKind;
  score: number;
  /** Share (0–1) of the question's content-word weight found in the record. */
  coverage: number;
  /** Weight of the rare pairs and phrases found in the record. */
  evidence: number;
}

export interface FindOptions {
  /** At most this many hits (default 5). */
  limit?: number;
  /** Keep only some ids (the rows of an agency…). */
  filter?: (id: string) => boolean;
  /**
   * Rank without the floor: for records the caller already knows are about the question (those
   * holding a phrase it quotes). Default false.
   */
  unfloored?: boolean;
}

export interface Retriever {
  /** Records that clear the floor, best first; empty when none does. */
  find(query: TopicQuery, options?: FindOptions): RetrievedHit[];
  /** Ids of the records whose text holds the folded phrase word for word, in the directive's order. */
  containing(phrase: string): string[];
  /**
   * The sentence of a record that best matches the question, whole (never cut): for figures and
   * quotes. With the next best when that one matches nearly as well (at least SECOND_SENTENCE_SHARE).
   */
  bestSentence(id: string, query: TopicQuery): string | undefined;
  /** true when the folded word occurs anywhere in the directive. */
  knows(word: string): boolean;
}

/** Share of the question's weight a record must hold on coverage alone. */
export const MIN_COVERAGE = 0.6;
/** Share it must hold when rare pairs and phrases vouch for it. */
const MIN_COVERAGE_WITH_EVIDENCE = 0.2;
/** Weight of rare pairs and phrases that vouches for a record (a pair found in one record weighs about 5). */
const EVIDENCE_FLOOR = 4.5;
/** A pair found in more records than this share of them is not evidence ("dịch vụ công", "người dân"). */
const COMMON_PAIR_SHARE = 0.12;
/** Hits after the first must score at least this share of its score. */
const FOLLOWER_SHARE = 0.55;
/** A second sentence is quoted when it matches at least this share of the best one. */
const SECOND_SENTENCE_SHARE = 0.6;
/** A single-word question must use a word found in at most this many records. */
const SINGLE_WORD_MAX_DF = 12;

interface Doc {
  id: string;
  kind: RecordKind;
  text: string;
  /** " word word … " — for phrase look-ups. */
  spaced: string;
  words: ReadonlySet<string>;
  pairs: ReadonlySet<string>;
}

function docOf(id: string, kind: RecordKind, text: string): Doc {
  const w = foldedWords(text);
  return { id, kind, text, spaced: ` ${w.join(' ')} `, words: new Set(w), pairs: new Set(w.slice(1).map((x, i) => `${w[i]} ${x}`)) };
}

function recordsOf(kb: KnowledgeBase): Doc[] {
  const m = kb.model;
  const preamble = m.preamble.paragraphs.filter((p) => !p.includes('(1)'));
  return [
    ...m.appendix.map((r) => docOf(r.id, 'appendix', r.product === '' ? r.task : `${r.task}. ${r.product}`)),
    ...m.sections.flatMap((s) => s.paragraphs.map((p) => docOf(p.id, 'paragraph', p.text))),
    ...m.bottlenecks.map((b) => docOf(b.id, 'bottleneck', b.text)),
    docOf('PREAMBLE', 'meta', preamble.join(' ')),
    docOf('META', 'meta', `${m.meta.title}. ${m.meta.kind} số ${m.meta.number}`),
  ];
}

interface Units {
  words: string[];
  pairs: string[];
  phrases: string[];
}

/** Content words, pairs and phrases of a query; phrase words and pairs join the question's own. */
function unitsOf(query: TopicQuery): Units {
  const words = new Set<string>();
  const pairs = new Set<string>();
  const seq = query.words;
  for (let i = 0; i < seq.length; i++) {
    const w = seq[i]!;
    if (!STOP_WORDS.has(w)) words.add(w);
    const next = seq[i + 1];
    if (next !== undefined && !(STOP_WORDS.has(w) && STOP_WORDS.has(next))) pairs.add(`${w} ${next}`);
  }
  // Pairs across asking words too: "báo cáo cho Thủ tướng" holds "báo cáo Thủ tướng".
  const content = seq.filter((w) => !STOP_WORDS.has(w));
  for (let i = 1; i < content.length; i++) pairs.add(`${content[i - 1]} ${content[i]}`);
  for (const p of query.phrases) {
    const pw = p.split(' ');
    for (const w of pw) if (!STOP_WORDS.has(w)) words.add(w);
    for (let i = 1; i < pw.length; i++) pairs.add(`${pw[i - 1]} ${pw[i]}`);
  }
  return { words: [...words], pairs: [...pairs], phrases: [...new Set(query.phrases)] };
}

export function createRetriever(kb: KnowledgeBase): Retriever {
  const docs = recordsOf(kb);
  const byId = new Map(docs.map((d) => [d.id, d]));
  const df = new Map<string, number>();
  for (const d of docs) {
    for (const w of d.words) df.set(w, (df.get(w) ?? 0) + 1);
    for (const p of d.pairs) df.set(p, (df.get(p) ?? 0) + 1);
  }
  const n = docs.length;
  const idf = (unit: string) => Math.log((n + 1) / ((df.get(unit) ?? 0) + 0.5));
  const commonPair = n * COMMON_PAIR_SHARE;

  /** Score, coverage and evidence of one record for the query's units. */
  function judge(d: Doc, u: Units, totalWeight: number) {
    let wordWeight = 0;
    let found = 0;
    let rare = false;
    for (const w of u.words) {
      if (!d.words.has(w)) continue;
      wordWeight += idf(w);
      found++;
      if ((df.get(w) ?? 0) <= SINGLE_WORD_MAX_DF) rare = true;
    }
    let evidence = 0;
    let pairWeight = 0;
    for (const p of u.pairs) {
      if (!d.pairs.has(p)) continue;
      pairWeight += idf(p);
      if ((df.get(p) ?? 0) <= commonPair) evidence += idf(p);
    }
    // A phrase found whole (a lexicon phrase, or one the question quotes) vouches for the record by its rarest pair.
    for (const ph of u.phrases) {
      if (!ph.includes(' ') || !d.spaced.includes(` ${ph} `)) continue;
      const pw = ph.split(' ');
      evidence += Math.max(...pw.slice(1).map((w, i) => idf(`${pw[i]} ${w}`)));
    }
    const coverage = totalWeight > 0 ? wordWeight / totalWeight : 0;
    const enoughWords = u.words.length > 1 ? found >= 2 : rare;
    const clears = (coverage >= MIN_COVERAGE && enoughWords) || (evidence >= EVIDENCE_FLOOR && coverage >= MIN_COVERAGE_WITH_EVIDENCE);
    // Coverage scales the score: a record that holds a rare phrase but little else of the question ranks below one that holds most of it.
    return { score: (pairWeight + 0.6 * wordWeight + evidence) * (0.5 + coverage), coverage, evidence, clears };
  }

  return {
    find(query, options = {}) {
      const u = unitsOf(query);
      if (u.words.length === 0) return [];
      const totalWeight = u.words.reduce((s, w) => s + idf(w), 0);
      const judged: Array<RetrievedHit & { clears: boolean }> = [];
      for (const d of docs) {
        if (options.filter && !options.filter(d.id)) continue;
        const j = judge(d, u, totalWeight);
        if (j.score > 0) judged.push({ id: d.id, kind: d.kind, ...j });
      }
      judged.sort((a, b) => b.score - a.score || b.coverage - a.coverage);
      const passes = (h: { clears: boolean }) => h.clears || options.unfloored === true;
      const best = judged.find(passes);
      if (best === undefined) return [];
      return judged
        .filter((h) => passes(h) && h.score >= best.score * FOLLOWER_SHARE)
        .slice(0, options.limit ?? 5)
        .map(({ id, kind, score, coverage, evidence }) => ({ id, kind, score, coverage, evidence }));
    },
    containing(phrase) {
      const needle = ` ${phrase} `;
      return docs.filter((d) => d.spaced.includes(needle)).map((d) => d.id);
    },
    bestSentence(id, query) {
      const d = byId.get(id);
      if (d === undefined) return undefined;
      const u = unitsOf(query);
      const sentences = d.text.split(/(?<=[.;!?])\s+(?=\S)/u).filter((s) => s.trim() !== '');
      const scored = sentences.map((text, at) => {
        const sd = docOf(id, d.kind, text);
        let score = 0;
        for (const w of u.words) if (sd.words.has(w)) score += idf(w);
        for (const p of u.pairs) if (sd.pairs.has(p)) score += idf(p);
        for (const ph of u.phrases) if (sd.spaced.includes(` ${ph} `)) score += 2;
        return { text: text.trim(), at, score };
      });
      // A question that asks for a figure wants the sentence that holds one.
      if (query.wantsFigure) for (const x of scored) if (x.score > 0 && /\d/u.test(x.text)) x.score *= 1.5;
      const ranked = scored.filter((x) => x.score > 0).sort((a, b) => b.score - a.score);
      const first = ranked[0];
      if (first === undefined) return undefined;
      // Those that match nearly as well too (at most three), in the directive's order.
      const close = ranked.slice(0, 3).filter((x) => x.score >= first.score * SECOND_SENTENCE_SHARE);
      return close.sort((a, b) => a.at - b.at).map((x) => x.text).join(' … ');
    },
    knows: (word) => df.has(word),
  };
}
