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
  for (const d of docs) for (const w of d.words) df.set(w, (df.get(w) ?? 0) + 1);
  const n = docs.length;
  const weight = (w: string) => Math.log((n + 1) / ((df.get(w) ?? 0) + 0.5));

  return {
    weight,
    find(words, options = {}) {
      const terms = [...new Set(words)];
      if (terms.length === 0) return [];
      const weights = terms.map(weight);
      const total = weights.reduce((s, w) => s + w, 0);
      const pairs = words.slice(1).map((w, i) => `${words[i]} ${w}`);
      const hits: Array<RelevantHit & { length: number }> = [];
      for (const d of docs) {
        if (options.filter && !options.filter(d.id)) continue;
        let found = 0;
        let covered = 0;
        let rareFound = false;
        for (let i = 0; i < terms.length; i++) {
          if (!d.words.has(terms[i]!)) continue;
          found++;
          covered += weights[i]!;
          rareFound ||= (df.get(terms[i]!) ?? 0) <= SINGLE_WORD_MAX_DF;
        }
        const coverage = covered / total;
        const enough = terms.length > 1 ? found >= 2 : rareFound;
        if (coverage < MIN_COVERAGE || !enough) continue;
        const phrases = pairs.reduce((c, p) => c + (d.pairs.has(p) ? 1 : 0), 0);
        hits.push({ id: d.id, kind: d.kind, coverage, phrases, score: 0, length: d.length });
      }
      if (hits.length === 0) return [];
      if (options.rankWithIndex && hits.length > 1) {
        const scores = new Map(kb.index.search(terms.join(' '), 60).map((h) => [h.id, h.score]));
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
