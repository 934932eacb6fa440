/**
 * The realistic question sets, answered through the CLI's JSONL path and scored with
 * score_realistic.py's rules:
 * - the public set (copied from ../shared/eval): 240 questions as officials, help-desk staff, new
 *   staff and English speakers write them, 30 of which must be declined. It is a sample of a
 *   held-back set scored the same way, so the bar is a share, not every line: ≥ 95 % overall and
 *   ≥ 90 % in each group;
 * - two sets written by the team from the directive, not from the public sample, to find what the
 *   next phrasings break: 150 with other wordings, agencies (Bộ Xây dựng, Thanh tra Chính phủ,
 *   Bộ Công Thương, VTV…), provinces and months (≥ 90 % in each group), and 160 harder ones — typos
 *   and missing diacritics in long messages, two questions in one, one-word follow-ups, 2025 names,
 *   every appendix row — kept at the bar they reached when written into the suite (≥ 85 %).
 * In every set, every decline must be a decline. Failures are listed in the assertion messages.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answerJsonl } from '../../src/cli.js';
import { engineFromSeed } from '../../src/seed-file.js';
import type { ScoredAnswer } from '../helpers/score.js';
import { checkRealistic, hasFact, type RealisticQuestion } from '../helpers/score-realistic.js';

const GROUPS = ['official', 'helpdesk', 'onboarding', 'english'] as const;

interface Scored {
  questions: RealisticQuestion[];
  failures: Array<{ q: RealisticQuestion; why: string[] }>;
  /** One line per failure, for assertion messages. */
  report: string;
}

/** Answers a fixture file as the CLI's JSONL batch does (conversations honoured) and scores it. */
async function scoreSet(file: string): Promise<Scored> {
  const questions = readFileSync(new URL(`../fixtures/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as RealisticQuestion);
  const out: string[] = [];
  await answerJsonl(
    engineFromSeed(),
    questions.map((q) => JSON.stringify(q)),
    (l) => out.push(l),
  );
  const answers = new Map(out.map((l) => JSON.parse(l) as ScoredAnswer & { id: string }).map((a) => [a.id, a]));
  const failures = questions
    .map((q) => ({ q, why: checkRealistic(q, answers.get(q.id)) }))
    .filter((f) => f.why.length > 0);
  const report = failures
    .map((f) => `${f.q.id} [${f.q.group}] ${f.q.text.slice(0, 80)}: ${f.why.join('; ')}`)
    .join('\n');
  return { questions, failures, report };
}

const share = (all: number, failed: number) => (all - failed) / all;

/** The checks every set gets: a share per group (when given), overall (when given), every decline. */
function describeSet(name: string, file: string, bars: { overall?: number; perGroup?: number }) {
  describe(name, async () => {
    const { questions, failures, report } = await scoreSet(file);

    if (bars.overall !== undefined) {
      it(`when the whole set is answered, then at least ${bars.overall * 100} % of it passes`, () => {
        expect(share(questions.length, failures.length), report).toBeGreaterThanOrEqual(bars.overall!);
      });
    }
    if (bars.perGroup !== undefined) {
      for (const group of GROUPS) {
        it(`when the ${group} group is answered, then at least ${bars.perGroup * 100} % of it passes`, () => {
          const all = questions.filter((q) => q.group === group);
          expect(all.length).toBeGreaterThan(0);
          expect(share(all.length, failures.filter((f) => f.q.group === group).length), report).toBeGreaterThanOrEqual(
            bars.perGroup!,
          );
        });
      }
    }

    it('when a question must be declined, then it is (a decline that answers misleads a citizen)', () => {
      expect(failures.filter((f) => f.q.expect === 'decline').map((f) => `${f.q.id}: ${f.why.join('; ')}`)).toEqual([]);
    });

    it('when any answer cites an id, then the id exists in the directive', () => {
      expect(failures.filter((f) => f.why.some((w) => w.startsWith('fabricated'))).map((f) => f.q.id)).toEqual([]);
    });
  });
}

describeSet('the public realistic set', 'realistic.dev.jsonl', { overall: 0.95, perGroup: 0.9 });
describeSet('the team-written realistic set', 'realistic.team.jsonl', { perGroup: 0.9 });
describeSet('the team-written hard realistic set', 'realistic.third.jsonl', { overall: 0.85 });

describe('the realistic scorer', () => {
  it('when it reads a number fact, then it does not match inside a longer number (as score_realistic.py)', () => {
    expect(hasFact('phủ sóng 266 thôn', '266')).toBe(true);
    expect(hasFact('mã 12660', '266')).toBe(false);
    expect(hasFact('Thông tin và Truyền thông', 'thong tin va truyen thong')).toBe(true);
  });
});
