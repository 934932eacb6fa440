/**
 * Full-text index over the directive's appendix rows and body paragraphs (MiniSearch), built once
 * at start-up.
 *
 * The tokenizer emits, for every syllable, its folded form ("bo") and — when it differs — its
 * exact lower-case form ("bộ"), plus folded syllable bigrams ("co_so", "du_lieu"), so that
 * multi-syllable words match as phrases and a query typed with diacritics ranks exact matches
 * above folded ones. No word is dropped: "bộ", "tháng" and "số" carry meaning here.
 */
import MiniSearch from 'minisearch';
import type { AppendixRow, KnowledgeModel, Paragraph } from './schema.js';
import { canonical, stripDiacritics } from './text.js';

export interface IndexOptions {
  /**
   * Field weights. `main` is a row's task or a paragraph's text; `extra` is a row's product and
   * party cells. Default: main 2, extra 1.
   */
  boost?: Partial<Record<IndexedField, number>>;
}

export type IndexedField = 'main' | 'extra';

export interface SearchHit {
  id: string;
  kind: 'appendix' | 'paragraph';
  score: number;
  /** Query terms found in the document (folded forms and bigrams). */
  terms: string[];
}

export interface DirectiveIndex {
  /** Ranked hits for a free-text query, tokenized like the documents. */
  search(query: string, limit?: number): SearchHit[];
  /** Ranked hits for already-made index terms ("du_lieu", "dat"): cheaper for long questions. */
  searchTerms(terms: readonly string[], limit?: number): SearchHit[];
  /** Number of documents indexed. */
  readonly size: number;
  /** Milliseconds the build took. */
  readonly buildMs: number;
}

interface IndexedDoc {
  id: string;
  kind: 'appendix' | 'paragraph';
  main: string;
  extra: string;
}

const WORD = /[\p{L}\p{N}]+(?:[./][\p{N}]+)*/gu;

/** Syllables, exact forms where they differ, and folded bigrams of a text. */
export function tokenize(text: string): string[] {
  const words = canonical(text).toLowerCase().match(WORD) ?? [];
  const out: string[] = [];
  let previous: string | undefined;
  for (const w of words) {
    const folded = stripDiacritics(w);
    out.push(folded);
    if (folded !== w) out.push(w);
    if (previous !== undefined) out.push(`${previous}_${folded}`);
    previous = folded;
  }
  return out;
}

function rowDoc(row: AppendixRow): IndexedDoc {
  return { id: row.id, kind: 'appendix', main: row.task, extra: `${row.product} ${row.lead.text} ${row.coop.text}` };
}

function paragraphDoc(p: Paragraph): IndexedDoc {
  return { id: p.id, kind: 'paragraph', main: p.text, extra: '' };
}

export function buildIndex(
  model: KnowledgeModel,
  options: IndexOptions = {},
  now: () => number = () => performance.now(),
): DirectiveIndex {
  const started = now();
  const boost = { main: 2, extra: 1, ...options.boost };
  const mini = new MiniSearch<IndexedDoc>({
    fields: ['main', 'extra'],
    storeFields: ['kind'],
    tokenize,
    processTerm: (term) => term,
    searchOptions: { boost, prefix: false, fuzzy: false, combineWith: 'OR' },
  });
  mini.addAll([...model.appendix.map(rowDoc), ...model.sections.flatMap((s) => s.paragraphs.map(paragraphDoc))]);
  const buildMs = now() - started;
  const hits = (results: ReturnType<typeof mini.search>, limit: number): SearchHit[] =>
    results
      .slice(0, limit)
      .map((r) => ({ id: String(r.id), kind: r['kind'] as 'appendix' | 'paragraph', score: r.score, terms: r.terms }));
  const asGiven = (q: string) => q.split(' ');
  return {
    size: mini.documentCount,
    buildMs,
    search(query, limit = 10) {
      if (query.trim() === '') return [];
      return hits(mini.search(query), limit);
    },
    searchTerms(terms, limit = 10) {
      if (terms.length === 0) return [];
      return hits(mini.search(terms.join(' '), { tokenize: asGiven }), limit);
    },
  };
}
