/**
 * The public dev question set (copied from ../shared/eval), answered through the same JSONL path
 * the CLI uses and scored with score.py's rules. All of it must pass.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answerJsonl } from '../../src/cli.js';
import { engineFromSeed } from '../../src/seed-file.js';
import { check, type GoldQuestion, type ScoredAnswer } from '../helpers/score.js';

const gold: GoldQuestion[] = readFileSync(new URL('../fixtures/questions.dev.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as GoldQuestion);

describe('the dev question set', async () => {
  const engine = engineFromSeed();
  const out: string[] = [];
  await answerJsonl(
    engine,
    gold.map((g) => JSON.stringify(g)),
    (l) => out.push(l),
  );
  const answers = new Map<string, ScoredAnswer>(
    out.map((l) => JSON.parse(l) as ScoredAnswer & { id: string }).map((a) => [a.id, a]),
  );

  it('when answered in one JSONL run, then every line gets exactly one answer, in order', () => {
    expect(out.map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(gold.map((g) => g.id));
  });

  for (const g of gold) {
    it(`when asked ${g.id} [${g.category}] "${g.text}", then the answer meets its expectation`, () => {
      expect(check(g, answers.get(g.id), answers)).toEqual([]);
    });
  }
});
