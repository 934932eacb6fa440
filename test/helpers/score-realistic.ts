/**
 * The realistic set's scoring rules (../shared/eval/score_realistic.py), in TypeScript, so the set
 * runs inside vitest. Keep in step with score_realistic.py: same checks, same folding, and a
 * number in `facts` never matches inside a longer number.
 */
import { fabricated, type ScoredAnswer } from './score.js';

export interface RealisticQuestion {
  id: string;
  group: 'official' | 'helpdesk' | 'onboarding' | 'english';
  conversation?: string;
  text: string;
  expect: 'answer' | 'decline';
  cite_all?: string[];
  cite_any?: string[];
  cite_none?: string[];
  facts?: string[];
  why: string;
}

/** Lower case, no diacritics (đ → d), whitespace collapsed: score_realistic.py's fold. */
function fold(s: string): string {
  return s
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function hasFact(text: string, fact: string): boolean {
  const f = fold(fact);
  let pattern = escape(f);
  if (/^\d/.test(f)) pattern = `(?<![0-9])${pattern}`;
  if (/\d$/.test(f)) pattern = `${pattern}(?![0-9])`;
  return new RegExp(pattern).test(fold(text));
}

/** Reasons the answer fails; empty when it passes. */
export function checkRealistic(q: RealisticQuestion, a: ScoredAnswer | undefined): string[] {
  if (!a) return ['no answer line'];
  const cites = a.citations.map((c) => c.id);
  const why: string[] = [];
  const bad = cites.filter(fabricated);
  if (bad.length > 0) why.push(`fabricated ids ${bad.join(',')}`);
  const declined = a.intent === 'fallback';
  if (q.expect === 'decline') {
    if (!declined) why.push(`answered (${a.intent}) where the directive says nothing`);
    return why;
  }
  if (declined) return [...why, 'declined a question the directive answers'];
  const got = new Set(cites);
  const missing = (q.cite_all ?? []).filter((c) => !got.has(c));
  if (missing.length > 0) why.push(`missing ${missing.join(',')}`);
  if ((q.cite_any ?? []).length > 0 && !q.cite_any!.some((c) => got.has(c)))
    why.push(`cites none of ${q.cite_any!.join(',')}`);
  const wrong = (q.cite_none ?? []).filter((c) => got.has(c));
  if (wrong.length > 0) why.push(`cites wrong ${wrong.join(',')}`);
  const absent = (q.facts ?? []).filter((f) => !hasFact(a.text, f));
  if (absent.length > 0) why.push(`text lacks ${absent.join(' | ')}`);
  return why;
}
