/**
 * The realistic question set (copied from ../shared/eval): 240 questions as officials, help-desk
 * staff, new staff and English speakers write them, 30 of which must be declined. Answered
 * through the CLI's JSONL path, scored with score_realistic.py's rules. The set is a sample of a
 * held-back set scored the same way, so the bar is a share, not every line: at least 95 % overall
 * and 90 % in each group. Failures are listed in the assertion message.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answerJsonl } from '../../src/cli.js';
import { engineFromSeed } from '../../src/seed-file.js';
import type { ScoredAnswer } from '../helpers/score.js';
import { checkRealistic, hasFact, type RealisticQuestion } from '../helpers/score-realistic.js';

const questions: RealisticQuestion[] = readFileSync(new URL('../fixtures/realistic.dev.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as RealisticQuestion);

describe('the realistic question set', async () => {
  const engine = engineFromSeed();
  const out: string[] = [];
  async function* lines() {
    for (const q of questions) yield JSON.stringify(q);
  }
  await answerJsonl(engine, lines(), (l) => out.push(l));
  const answers = new Map(out.map((l) => JSON.parse(l) as ScoredAnswer & { id: string }).map((a) => [a.id, a]));
  const failures = questions.map((q) => ({ q, why: checkRealistic(q, answers.get(q.id)) })).filter((f) => f.why.length > 0);
  const report = failures.map((f) => `${f.q.id} [${f.q.group}] ${f.q.text.slice(0, 80)}: ${f.why.join('; ')}`).join('\n');

  it('when the whole set is answered, then at least 95 % of it passes', () => {
    const share = (questions.length - failures.length) / questions.length;
    expect(share, report).toBeGreaterThanOrEqual(0.95);
  });

  for (const group of ['official', 'helpdesk', 'onboarding', 'english'] as const) {
    it(`when the ${group} group is answered, then at least 90 % of it passes`, () => {
      const all = questions.filter((q) => q.group === group);
      const failed = failures.filter((f) => f.q.group === group);
      expect(all.length).toBeGreaterThan(0);
      expect((all.length - failed.length) / all.length, report).toBeGreaterThanOrEqual(0.9);
    });
  }

  it('when a question must be declined, then every one of them is (a decline that answers misleads a citizen)', () => {
    const wrong = failures.filter((f) => f.q.expect === 'decline');
    expect(wrong.map((f) => `${f.q.id}: ${f.why.join('; ')}`)).toEqual([]);
  });

  it('when any answer cites an id, then the id exists in the directive', () => {
    const fabricated = failures.filter((f) => f.why.some((w) => w.startsWith('fabricated')));
    expect(fabricated.map((f) => f.q.id)).toEqual([]);
  });

  it('when the scorer reads a number fact, then it does not match inside a longer number (as score_realistic.py)', () => {
    expect(hasFact('phủ sóng 266 thôn', '266')).toBe(true);
    expect(hasFact('mã 12660', '266')).toBe(false);
    expect(hasFact('Thông tin và Truyền thông', 'thong tin va truyen thong')).toBe(true);
  });
});

/**
 * A second set of 150, written by the team from the directive (not from the public sample): other
 * wordings, agencies (Bộ Xây dựng, Thanh tra Chính phủ, Bộ Công Thương, VTV…), provinces and months,
 * twelve conversations and 25 declines. Its expectations were derived by hand from the text; the bar
 * is the per-group one of the public set.
 */
describe('the team-written realistic set', async () => {
  const team: RealisticQuestion[] = readFileSync(new URL('../fixtures/realistic.team.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as RealisticQuestion);
  const engine = engineFromSeed();
  const out: string[] = [];
  async function* lines() {
    for (const q of team) yield JSON.stringify(q);
  }
  await answerJsonl(engine, lines(), (l) => out.push(l));
  const answers = new Map(out.map((l) => JSON.parse(l) as ScoredAnswer & { id: string }).map((a) => [a.id, a]));
  const failures = team.map((q) => ({ q, why: checkRealistic(q, answers.get(q.id)) })).filter((f) => f.why.length > 0);
  const report = failures.map((f) => `${f.q.id} [${f.q.group}] ${f.q.text.slice(0, 80)}: ${f.why.join('; ')}`).join('\n');

  for (const group of ['official', 'helpdesk', 'onboarding', 'english'] as const) {
    it(`when the ${group} group is answered, then at least 90 % of it passes`, () => {
      const all = team.filter((q) => q.group === group);
      expect(all.length).toBeGreaterThan(0);
      expect((all.length - failures.filter((f) => f.q.group === group).length) / all.length, report).toBeGreaterThanOrEqual(0.9);
    });
  }

  it('when a question must be declined, then it is', () => {
    expect(failures.filter((f) => f.q.expect === 'decline').map((f) => `${f.q.id}: ${f.why.join('; ')}`)).toEqual([]);
  });
});

/**
 * A third set of 160, written by the team to be harder than the public sample: typos and missing
 * diacritics in long messages, two questions in one, very short follow-ups, agencies named only
 * as cooperators, 2025 names, every appendix row. Kept at the bar it reached when written into the
 * suite (≥ 85 % overall), with every decline a decline.
 */
describe('the team-written hard realistic set', async () => {
  const hard: RealisticQuestion[] = readFileSync(new URL('../fixtures/realistic.third.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as RealisticQuestion);
  const engine = engineFromSeed();
  const out: string[] = [];
  async function* lines() {
    for (const q of hard) yield JSON.stringify(q);
  }
  await answerJsonl(engine, lines(), (l) => out.push(l));
  const answers = new Map(out.map((l) => JSON.parse(l) as ScoredAnswer & { id: string }).map((a) => [a.id, a]));
  const failures = hard.map((q) => ({ q, why: checkRealistic(q, answers.get(q.id)) })).filter((f) => f.why.length > 0);
  const report = failures.map((f) => `${f.q.id} [${f.q.group}] ${f.q.text.slice(0, 80)}: ${f.why.join('; ')}`).join('\n');

  it('when the whole set is answered, then at least 85 % of it passes', () => {
    expect((hard.length - failures.length) / hard.length, report).toBeGreaterThanOrEqual(0.85);
  });

  it('when a question must be declined, then it is', () => {
    expect(failures.filter((f) => f.q.expect === 'decline').map((f) => `${f.q.id}: ${f.why.join('; ')}`)).toEqual([]);
  });
});
