/**
 * Free-text matching with a confidence floor. This module decides whether a record is really
 * about the question: it must contain most of the question's content words, weighted by how rare
 * each word is in the directive (a word the directive never uses weighs most). So "Hướng dẫn nấu
 * phở bò" — whose rare words "nấu", "phở" appear nowhere — is declined, even though "hướng dẫn"
 * and "bộ" (folded "bo") appear everywhere.
 *
 * Records that clear the floor are ordered by coverage, then by how many of the question's word
 * pairs they contain as phrases, then — when asked — by MiniSearch's BM25 score (the free-text
 * search intent asks; the who/when intents, on the hot path, do not need it).
 */
import type { KnowledgeBase } from '../knowledge/index.js';
import { foldedWords } from '../knowledge/text.js';

export interface RelevantHit {
  id: string;
  kind: 'appendix' | 'paragraph';
  /** Share (0–1) of the question's content-word weight found in the record. */
  coverage: number;
  /** Adjacent question-word pairs found as phrases in the record. */
  phrases: number;
  /** MiniSearch score, when ranking by it was asked for; otherwise 0. */
  score: number;
}

export interface FindOptions {
  limit?: number;
  /** Keep only some ids (rows of an agency…). */
  filter?: (id: string) => boolean;
  /** Break ties with MiniSearch's score (costs an index query). */
  rankWithIndex?: boolean;
}

export interface Relevance {
  /** Records that clear the floor, best first. */
  find(words: readonly string[], options?: FindOptions): RelevantHit[];
  /** Inverse document frequency weight of a folded word. */
  weight(word: string): number;
}

/** Minimum share of the question's weighted content words the best hit must contain. */
export const MIN_COVERAGE = 0.6;
/** Hits after the first must come this close to its coverage. */
const FOLLOWER_GAP = 0.15;
/** A single-word question must use a word this rare (documents containing it) to be answered. */
const SINGLE_WORD_MAX_DF = 12;

interface Doc {
  id: string;
  kind: 'appendix' | 'paragraph';
  words: ReadonlySet<string>;
  pairs: ReadonlySet<string>;
  length: number;
}

function docOf(id: string, kind: Doc['kind'], text: string): Doc {
  const w = foldedWords(text);
  return { id, kind, words: new Set(w), pairs: new Set(w.slice(1).map((x, i) => `${w[i]} ${x}`)), length: w.length };
}

export function createRelevance(kb: KnowledgeBase): Relevance {
  const docs: Doc[] = [
    ...kb.model.appendix.map((r) => docOf(r.id, 'appendix', `${r.task} ${r.product}`)),
    ...kb.model.sections.flatMap((s) => s.paragraphs.map((p) => docOf(p.id, 'paragraph', p.text))),
  ];
  const df = new Map<string, number>();
  // For each word, the positions (in `docs`) of the records that contain it, ascending: a question
  // then touches only the records that share a word with it, not every record for every word.
  const postings = new Map<string, number[]>();
  docs.forEach((d, i) => {
    for (const w of d.words) {
      df.set(w, (df.get(w) ?? 0) + 1);
      const list = postings.get(w);
      if (list) list.push(i);
      else postings.set(w, [i]);
    }
  });
  const n = docs.length;
  const weight = (w: string) => Math.log((n + 1) / ((df.get(w) ?? 0) + 0.5));
  // Per-record tallies of one find() call, zeroed again before it returns.
  const found = new Uint16Array(n);
  const covered = new Float64Array(n);
  const rareFound = new Uint8Array(n);

  return {
    weight,
    find(words, options = {}) {
      const terms = [...new Set(words)];
      if (terms.length === 0) return [];
      const weights = terms.map(weight);
      const total = weights.reduce((s, w) => s + w, 0);
      const pairs = words.slice(1).map((w, i) => `${words[i]} ${w}`);
      // Terms in question order, so each record's weights are summed in the same order as before.
      let first = n;
      let last = -1;
      for (let t = 0; t < terms.length; t++) {
        const list = postings.get(terms[t]!);
        if (list === undefined) continue;
        const rare = (df.get(terms[t]!) ?? 0) <= SINGLE_WORD_MAX_DF ? 1 : 0;
        for (const i of list) {
          found[i]!++;
          covered[i]! += weights[t]!;
          rareFound[i]! |= rare;
        }
        if (list[0]! < first) first = list[0]!;
        if (list[list.length - 1]! > last) last = list[list.length - 1]!;
      }
      const hits: Array<RelevantHit & { length: number }> = [];
      try {
        for (let i = first; i <= last; i++) {
          if (found[i] === 0) continue;
          const d = docs[i]!;
          const coverage = covered[i]! / total;
          const enough = terms.length > 1 ? found[i]! >= 2 : rareFound[i] === 1;
          if (coverage < MIN_COVERAGE || !enough) continue;
          if (options.filter && !options.filter(d.id)) continue;
          const phrases = pairs.reduce((c, p) => c + (d.pairs.has(p) ? 1 : 0), 0);
          hits.push({ id: d.id, kind: d.kind, coverage, phrases, score: 0, length: d.length });
        }
      } finally {
        if (last >= first) {
          found.fill(0, first, last + 1);
          covered.fill(0, first, last + 1);
          rareFound.fill(0, first, last + 1);
        }
      }
      if (hits.length === 0) return [];
      if (options.rankWithIndex && hits.length > 1) {
        const scores = new Map(kb.index.searchTerms(terms, 60).map((h) => [h.id, h.score]));
        for (const h of hits) h.score = scores.get(h.id) ?? 0;
      }
      hits.sort((a, b) => b.coverage - a.coverage || b.phrases - a.phrases || b.score - a.score || a.length - b.length);
      const best = hits[0]!;
      return hits
        .filter((h) => h.coverage >= best.coverage - FOLLOWER_GAP)
        .slice(0, options.limit ?? 5)
        .map(({ length: _length, ...h }) => h);
    },
  };
}
