/**
 * Free-text matching with a confidence floor. MiniSearch ranks; this module decides whether the
 * best hit is really about the question: the hit must contain most of the question's content
 * words, weighted by how rare each word is in the directive (a word the directive never uses
 * weighs most). So "Hướng dẫn nấu phở bò" — whose rare words "nấu", "phở" appear nowhere — is
 * declined, even though "hướng dẫn" and "bộ" (folded "bo") appear everywhere.
 */
import type { KnowledgeBase } from '../knowledge/index.js';
import { foldedWords } from '../knowledge/text.js';

export interface RelevantHit {
  id: string;
  kind: 'appendix' | 'paragraph';
  score: number;
  /** Share (0–1) of the question's content-word weight found in the record. */
  coverage: number;
}

export interface Relevance {
  /** Hits that clear the floor, best first. `filter` keeps only some ids (rows of an agency…). */
  find(words: readonly string[], options?: { limit?: number; filter?: (id: string) => boolean }): RelevantHit[];
  /** Inverse document frequency weight of a folded word. */
  weight(word: string): number;
}

/** Minimum share of the question's weighted content words the best hit must contain. */
export const MIN_COVERAGE = 0.6;
/** Hits after the first must come this close to its coverage. */
const FOLLOWER_GAP = 0.15;

export function createRelevance(kb: KnowledgeBase): Relevance {
  const docs = new Map<string, Set<string>>();
  for (const r of kb.model.appendix) docs.set(r.id, new Set(foldedWords(`${r.task} ${r.product}`)));
  for (const s of kb.model.sections) for (const p of s.paragraphs) docs.set(p.id, new Set(foldedWords(p.text)));
  const df = new Map<string, number>();
  for (const words of docs.values()) for (const w of words) df.set(w, (df.get(w) ?? 0) + 1);
  const n = docs.size;
  const weight = (w: string) => Math.log((n + 1) / ((df.get(w) ?? 0) + 0.5));

  return {
    weight,
    find(words, options = {}) {
      const terms = [...new Set(words)];
      if (terms.length === 0) return [];
      const total = terms.reduce((s, w) => s + weight(w), 0);
      const hits = kb.index.search(terms.join(' '), 40);
      const scored: RelevantHit[] = [];
      for (const h of hits) {
        if (options.filter && !options.filter(h.id)) continue;
        const doc = docs.get(h.id);
        if (!doc) continue;
        const found = terms.filter((t) => doc.has(t));
        const coverage = found.reduce((s, w) => s + weight(w), 0) / total;
        const enough = found.length >= Math.min(2, terms.length) && (terms.length > 1 || (df.get(found[0]!) ?? 0) <= 12);
        if (coverage >= MIN_COVERAGE && enough) scored.push({ id: h.id, kind: h.kind, score: h.score, coverage });
      }
      scored.sort((a, b) => b.coverage - a.coverage || b.score - a.score);
      const best = scored[0];
      if (!best) return [];
      return scored.filter((h) => h.coverage >= best.coverage - FOLLOWER_GAP).slice(0, options.limit ?? 5);
    },
  };
}
