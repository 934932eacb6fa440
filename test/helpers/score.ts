/**
 * The dev set's scoring rules (../shared/eval/score.py), in TypeScript, so the question set runs
 * inside vitest. Keep in step with score.py: same checks, same folding.
 */
export interface Expect {
  must?: string[];
  mustAny?: string[];
  mustNot?: string[];
  mustPrefix?: string[];
  textIncludes?: Array<string | string[]>;
  textExcludes?: string[];
  intent?: string;
  abstain?: boolean;
  noCrash?: boolean;
  differsFrom?: string;
}

export interface GoldQuestion {
  id: string;
  text: string;
  conversation?: string;
  category: string;
  expect: Expect;
}

export interface ScoredAnswer {
  intent: string;
  text: string;
  citations: Array<{ id: string }>;
}

export function foldForScore(s: string): string {
  return s
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const VALID = new Set([
  ...Array.from({ length: 18 }, (_, i) => `A.${i + 1}`),
  ...Array.from({ length: 46 }, (_, i) => `B.${i + 1}`),
  ...Array.from({ length: 8 }, (_, i) => `C.${i + 1}`),
]);

export function fabricated(id: string): boolean {
  if (/^[ABC]\.\d+$/.test(id)) return !VALID.has(id);
  const s = /^S(\d+)(?:\.\d+)?$/.exec(id);
  if (s) return !(Number(s[1]) >= 1 && Number(s[1]) <= 19);
  const n = /^N(\d+)$/.exec(id);
  if (n) return !(Number(n[1]) >= 1 && Number(n[1]) <= 8);
  return false;
}

/** Reasons the answer fails its expectation; empty when it passes. */
export function check(
  g: GoldQuestion,
  a: ScoredAnswer | undefined,
  answers: ReadonlyMap<string, ScoredAnswer>,
): string[] {
  const e = g.expect;
  if (!a) return ['no answer'];
  const cites = a.citations.map((c) => c.id);
  const why: string[] = [];
  const bad = cites.filter(fabricated);
  if (bad.length) why.push(`fabricated citations ${bad.join(',')}`);
  if (e.noCrash) return why;
  const cs = new Set(cites);
  const miss = (e.must ?? []).filter((m) => !cs.has(m));
  if (miss.length) why.push(`missing ${miss.join(',')}`);
  if (e.mustAny && !e.mustAny.some((m) => cs.has(m))) why.push(`none of ${e.mustAny.join(',')}`);
  const wrong = (e.mustNot ?? []).filter((m) => cs.has(m));
  if (wrong.length) why.push(`wrongly cites ${wrong.join(',')}`);
  for (const p of e.mustPrefix ?? []) if (!cites.some((c) => c.startsWith(p))) why.push(`no citation starting ${p}`);
  const text = foldForScore(a.text);
  for (const inc of e.textIncludes ?? []) {
    const alts = Array.isArray(inc) ? inc : [inc];
    if (!alts.some((x) => text.includes(foldForScore(x)))) why.push(`text lacks ${alts.join(' | ')}`);
  }
  for (const exc of e.textExcludes ?? []) if (text.includes(foldForScore(exc))) why.push(`text has ${exc}`);
  if (e.intent !== undefined && a.intent !== e.intent) why.push(`intent ${a.intent} != ${e.intent}`);
  if (e.abstain && (a.intent !== 'fallback' || cites.some((c) => /^[ABC]\.\d+$/.test(c))))
    why.push(`did not abstain (intent ${a.intent})`);
  if (e.differsFrom) {
    const other = answers.get(e.differsFrom);
    if (other?.text === a.text) why.push(`same text as ${e.differsFrom}`);
  }
  return why;
}
