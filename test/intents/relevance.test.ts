/**
 * The relevance floor, checked against its definition: a record is a hit when it holds enough of
 * the question's words, weighted by rarity; hits are ordered by coverage, then phrases, then
 * MiniSearch's score, then shortness. find() tallies through per-word postings; this test scans
 * every record for every word, as the definition reads, and expects the same hits in the same order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldedWords } from '../../src/knowledge/text.js';
import { createRelevance, MIN_COVERAGE, type RelevantHit } from '../../src/intents/relevance.js';
import { loadKnowledgeFromSeed } from '../../src/seed-file.js';

const kb = loadKnowledgeFromSeed();
const rel = createRelevance(kb);

const records = [
  ...kb.model.appendix.map((r) => ({ id: r.id, kind: 'appendix' as const, text: `${r.task} ${r.product}` })),
  ...kb.model.sections.flatMap((s) => s.paragraphs.map((p) => ({ id: p.id, kind: 'paragraph' as const, text: p.text }))),
].map((r) => {
  const w = foldedWords(r.text);
  return { ...r, words: new Set(w), pairs: new Set(w.slice(1).map((x, i) => `${w[i]} ${x}`)), length: w.length };
});
const df = (w: string) => records.filter((r) => r.words.has(w)).length;

/** The definition, record by record. */
function reference(words: string[], filter?: (id: string) => boolean, limit = 5): RelevantHit[] {
  const terms = [...new Set(words)];
  if (terms.length === 0) return [];
  const weights = terms.map((t) => rel.weight(t));
  const total = weights.reduce((s, w) => s + w, 0);
  const pairs = words.slice(1).map((w, i) => `${words[i]} ${w}`);
  const hits = records.flatMap((r) => {
    if (filter && !filter(r.id)) return [];
    const inside = terms.map((t) => r.words.has(t));
    const coverage = terms.reduce((c, _t, i) => c + (inside[i] ? weights[i]! : 0), 0) / total;
    const enough = terms.length > 1 ? inside.filter(Boolean).length >= 2 : terms.some((t, i) => inside[i] && df(t) <= 12);
    if (coverage < MIN_COVERAGE || !enough) return [];
    return [{ id: r.id, kind: r.kind, coverage, phrases: pairs.filter((p) => r.pairs.has(p)).length, score: 0, length: r.length }];
  });
  hits.sort((a, b) => b.coverage - a.coverage || b.phrases - a.phrases || a.length - b.length);
  const best = hits[0];
  return best ? hits.filter((h) => h.coverage >= best.coverage - 0.15).slice(0, limit).map(({ length: _l, ...h }) => h) : [];
}

const vocabulary = [...new Set(records.flatMap((r) => [...r.words]))].sort();
const word = fc.oneof(fc.constantFrom(...vocabulary), fc.constantFrom('pho', 'nau', 'weather', 'xyz'));
/** Words of one record, a few of them, perhaps with strangers: questions that do hit. */
const fromARecord = fc.constantFrom(...records).chain((r) => fc.tuple(fc.shuffledSubarray(foldedWords(r.text), { maxLength: 6 }), fc.array(word, { maxLength: 2 }))).map(([a, b]) => [...a, ...b]);

describe('relevance find', () => {
  it('when any words are asked (with or without a filter), then the hits and their order are those of the record-by-record definition', () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(word, { maxLength: 8 }), fromARecord), fc.boolean(), fc.integer({ min: 1, max: 8 }), (words, filtered, limit) => {
        const filter = filtered ? (id: string) => id.startsWith('B.') : undefined;
        expect(rel.find(words, filter ? { filter, limit } : { limit })).toEqual(reference(words, filter, limit));
      }),
      { numRuns: 600 },
    );
    // The property is only worth something if many of its questions hit.
    const hitting = fc.sample(fromARecord, { numRuns: 200, seed: 1 }).filter((w) => rel.find(w).length > 0).length;
    expect(hitting).toBeGreaterThan(60);
  });

  it('when a filter throws, then the next question is still tallied from zero', () => {
    const words = foldedWords('cấp giấy khai sinh điện tử');
    const before = rel.find(words);
    expect(() => rel.find(words, { filter: () => { throw new Error('boom'); } })).toThrow('boom');
    expect(rel.find(words)).toEqual(before);
    expect(before[0]?.id).toBeDefined();
  });
});
