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
 *   (≥ 20 %) of the weight of the question's words that the directive uses at all — long messages,
 *   where most words are the citizen's story.
 * So "Hướng dẫn nấu phở bò" (no pair, rare words absent) is declined, while a forwarded message
 * about "khám bệnh bằng căn cước gắn chip thay thẻ BHYT" finds C.3.
 */
import type { KnowledgeBase } from '../knowledge/index.js';
import { fold, foldedWords } from '../knowledge/text.js';
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
  /**
   * The directive's own spelling of a folded phrase it holds ("to cong nghe so cong dong" →
   * "Tổ công nghệ số cộng đồng").
   */
  wording(phrase: string): string | undefined;
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

/** Words of a text, as sets, with the text spaced for phrase look-ups. */
interface Bag {
  text: string;
  /** " word word … " — for phrase look-ups. */
  spaced: string;
  words: ReadonlySet<string>;
  pairs: ReadonlySet<string>;
}

interface Doc extends Bag {
  id: string;
  kind: RecordKind;
  /** The record's sentences, for quoting. */
  sentences: readonly Bag[];
}

function bagOf(text: string): Bag {
  const w = foldedWords(text);
  return {
    text,
    spaced: ` ${w.join(' ')} `,
    words: new Set(w),
    pairs: new Set(w.slice(1).map((x, i) => `${w[i]} ${x}`)),
  };
}

function docOf(id: string, kind: RecordKind, text: string): Doc {
  const sentences = text
    .split(/(?<=[.;!?])\s+(?=\S)/u)
    .filter((x) => x.trim() !== '')
    .map((x) => bagOf(x.trim()));
  return { id, kind, ...bagOf(text), sentences };
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

/** Units per question object: retrieval reads one question's units several times (find, then quotes). */
const unitsMemo = new WeakMap<TopicQuery, Units>();

/** Content words, pairs and phrases of a query; phrase words and pairs join the question's own. */
function unitsOf(query: TopicQuery): Units {
  const known = unitsMemo.get(query);
  if (known) return known;
  const units = computeUnits(query);
  unitsMemo.set(query, units);
  return units;
}

function computeUnits(query: TopicQuery): Units {
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
  // For each word and each word pair, the positions of the records that hold it, ascending.
  const postings = new Map<string, number[]>();
  const pairPostings = new Map<string, number[]>();
  const post = (index: Map<string, number[]>, key: string, i: number) => {
    const list = index.get(key);
    if (list) list.push(i);
    else index.set(key, [i]);
  };
  docs.forEach((d, i) => {
    for (const w of d.words) post(postings, w, i);
    for (const p of d.pairs) post(pairPostings, p, i);
  });
  const indexOf = new Map(docs.map((d, i) => [d.id, i]));
  // Per-record tallies of one question, zeroed again after it (see judgeAll).
  const seen = new Uint8Array(docs.length);
  const wordSum = new Float64Array(docs.length);
  const found = new Uint16Array(docs.length);
  const rareFound = new Uint8Array(docs.length);
  const pairSum = new Float64Array(docs.length);
  const evidenceSum = new Float64Array(docs.length);
  /** Ids of the records holding a folded phrase word for word. */
  function containingPhrase(phrase: string): string[] {
    // Only the records holding the phrase's rarest word can hold the phrase.
    let fewest: readonly number[] | undefined;
    for (const w of phrase.split(' ')) {
      const list = postings.get(w);
      if (list === undefined) return [];
      if (fewest === undefined || list.length < fewest.length) fewest = list;
    }
    const needle = ` ${phrase} `;
    return (fewest ?? []).filter((i) => docs[i]!.spaced.includes(needle)).map((i) => docs[i]!.id);
  }
  const n = docs.length;
  const idf = (unit: string) => Math.log((n + 1) / ((df.get(unit) ?? 0) + 0.5));
  const commonPair = n * COMMON_PAIR_SHARE;

  /** A record's words as written and folded, made when first needed. */
  const tokens = new Map<string, { raw: string[]; folded: string[] }>();
  function tokensOf(d: Doc) {
    let t = tokens.get(d.id);
    if (t === undefined) {
      const raw = d.text.split(/\s+/u);
      t = { raw, folded: raw.map((w) => fold(w)) };
      tokens.set(d.id, t);
    }
    return t;
  }

  /** A record's judgement: its hit, whether it clears the floor, its place in the directive (for ties). */
  type Judged = RetrievedHit & { clears: boolean; order: number };
  /**
   * Every record scored for one question, best first. Rules ask retrieval several times about the
   * same question (is there a topic? then which rows?); the scores are computed once per question
   * object and each ask filters them.
   */
  const judgedFor = new WeakMap<TopicQuery, Judged[]>();
  function judgeAll(query: TopicQuery): Judged[] {
    const known = judgedFor.get(query);
    if (known) return known;
    const u = unitsOf(query);
    const judged: Judged[] = [];
    judgedFor.set(query, judged);
    if (u.words.length === 0) return judged;
    // Tallies per record, made by walking the postings of the question's words, pairs and phrases:
    // only records that share something with the question are touched. The arrays are reused.
    const touched: number[] = [];
    const touch = (i: number) => {
      if (seen[i] === 0) {
        seen[i] = 1;
        touched.push(i);
      }
    };
    let totalWeight = 0;
    // The weight of the words the directive has at all: a citizen's story ("thuê trọ", "sinh bé") is not
    // held against a record that rare pairs vouch for.
    let knownWeight = 0;
    for (const w of u.words) {
      const weight = idf(w);
      totalWeight += weight;
      if (df.has(w)) knownWeight += weight;
      const rare = (df.get(w) ?? 0) <= SINGLE_WORD_MAX_DF;
      for (const i of postings.get(w) ?? []) {
        touch(i);
        wordSum[i]! += weight;
        found[i]!++;
        if (rare) rareFound[i] = 1;
      }
    }
    for (const p of u.pairs) {
      const weight = idf(p);
      const rarePair = (df.get(p) ?? 0) <= commonPair;
      for (const i of pairPostings.get(p) ?? []) {
        touch(i);
        pairSum[i]! += weight;
        if (rarePair) evidenceSum[i]! += weight;
      }
    }
    // A phrase found whole (a lexicon phrase, or one the question quotes) vouches for the record by its rarest pair.
    for (const ph of u.phrases) {
      if (!ph.includes(' ')) continue;
      const pw = ph.split(' ');
      const weight = Math.max(...pw.slice(1).map((w, k) => idf(`${pw[k]} ${w}`)));
      for (const id of containingPhrase(ph)) {
        const i = indexOf.get(id)!;
        touch(i);
        evidenceSum[i]! += weight;
      }
    }
    const several = u.words.length > 1;
    for (const i of touched) {
      const coverage = totalWeight > 0 ? wordSum[i]! / totalWeight : 0;
      const knownCoverage = knownWeight > 0 ? wordSum[i]! / knownWeight : 0;
      const evidence = evidenceSum[i]!;
      const enoughWords = several ? found[i]! >= 2 : rareFound[i] === 1;
      const clears =
        (coverage >= MIN_COVERAGE && enoughWords) ||
        (evidence >= EVIDENCE_FLOOR && knownCoverage >= MIN_COVERAGE_WITH_EVIDENCE);
      // Coverage scales the score: a record that holds a rare phrase but little else of the question
      // ranks below one that holds most of it.
      const score = (pairSum[i]! + 0.6 * wordSum[i]! + evidence) * (0.5 + coverage);
      if (score > 0) judged.push({ id: docs[i]!.id, kind: docs[i]!.kind, score, coverage, evidence, clears, order: i });
      seen[i] = 0;
      wordSum[i] = 0;
      found[i] = 0;
      rareFound[i] = 0;
      pairSum[i] = 0;
      evidenceSum[i] = 0;
    }
    // Best first; ties in the directive's order.
    judged.sort((a, b) => b.score - a.score || b.coverage - a.coverage || a.order - b.order);
    return judged;
  }

  return {
    find(query, options = {}) {
      const passes = (h: Judged) =>
        (h.clears || options.unfloored === true) && (options.filter === undefined || options.filter(h.id));
      const judged = judgeAll(query);
      const best = judged.find(passes);
      if (best === undefined) return [];
      const out: RetrievedHit[] = [];
      for (const h of judged) {
        if (out.length >= (options.limit ?? 5) || h.score < best.score * FOLLOWER_SHARE) break;
        if (passes(h)) out.push({ id: h.id, kind: h.kind, score: h.score, coverage: h.coverage, evidence: h.evidence });
      }
      return out;
    },
    containing: (phrase) => containingPhrase(phrase),
    wording(phrase) {
      const at = containingPhrase(phrase)[0];
      const d = at === undefined ? undefined : byId.get(at);
      if (d === undefined) return undefined;
      // The directive's own spelling: its words at the phrase's place in the record.
      const { raw, folded } = tokensOf(d);
      const n = phrase.split(' ').length;
      for (let i = 0; i < raw.length; i++) {
        let j = i;
        const taken: string[] = [];
        while (j < raw.length && taken.join(' ').split(' ').filter(Boolean).length < n) taken.push(folded[j++]!);
        if (taken.join(' ') === phrase)
          return raw
            .slice(i, j)
            .join(' ')
            .replace(/^[("“'‘]+|[)",;:.”'’]+$/gu, '');
      }
      return undefined;
    },
    bestSentence(id, query) {
      const d = byId.get(id);
      if (d === undefined) return undefined;
      const u = unitsOf(query);
      const scored = d.sentences.map((b, at) => {
        let score = 0;
        for (const w of u.words) if (b.words.has(w)) score += idf(w);
        for (const p of u.pairs) if (b.pairs.has(p)) score += idf(p);
        for (const ph of u.phrases) if (b.spaced.includes(` ${ph} `)) score += 2;
        // A question that asks for a figure wants the sentence that holds one.
        if (query.wantsFigure && score > 0 && /\d/u.test(b.text)) score *= 1.5;
        return { text: b.text, at, score };
      });
      const ranked = scored.filter((x) => x.score > 0).sort((a, b) => b.score - a.score);
      const first = ranked[0];
      if (first === undefined) return undefined;
      // Those that match nearly as well too (at most three), in the directive's order.
      const close = ranked.slice(0, 3).filter((x) => x.score >= first.score * SECOND_SENTENCE_SHARE);
      return close
        .sort((a, b) => a.at - b.at)
        .map((x) => x.text)
        .join(' … ');
    },
  };
}
