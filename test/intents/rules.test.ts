/**
 * The rule table: one ordered list, first match wins, each rule named for the question it serves.
 */
import { describe, expect, it } from 'vitest';
import { emptyContext } from '../../src/intents/context.js';
import { createRetriever } from '../../src/intents/retrieval.js';
import { decide, RULES } from '../../src/intents/rules.js';
import { understand } from '../../src/intents/understand.js';
import { loadKnowledgeFromSeed } from '../../src/seed-file.js';

const kb = loadKnowledgeFromSeed();
const retriever = createRetriever(kb);
const ruleFor = (text: string) =>
  decide({ q: understand(text, kb, { maxQuestionLength: 2000 }), kb, ctx: emptyContext(), retriever }).rule;

describe('the rule table', () => {
  it('when the rules are listed, then each has its own name and the last one takes anything', () => {
    const names = RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    expect(RULES.at(-1)!.name).toBe('a topic');
  });

  it.each([
    ['Bộ Y tế phải hoàn thành gì đến hết tháng 6/2023?', "an agency's duties"],
    ['B.6 là gì?', 'a numbered part'],
    ['Ai chủ trì cấp giấy khai sinh điện tử?', 'who leads or cooperates on a described task'],
    [
      'Lệ phí làm căn cước là bao nhiêu tiền?',
      'fees, fines, papers, how-to, contacts, case status, schedules, rankings, politics',
    ],
    ['Tình hình năm 2026 thế nào rồi?', 'news after 2023 (status, plans, figures of later years)'],
    ['Những nhiệm vụ nào hết hạn trong tháng 6/2023?', 'tasks due in a month or period'],
  ])('when asked "%s", then the rule "%s" answers', (text, rule) => {
    expect(ruleFor(text)).toBe(rule);
  });

  it(
    'when a question only mentions a word that also names a rule ("hướng dẫn" in a recipe), ' +
      'then a whole-message rule does not take it',
    () => {
      expect(ruleFor('Hướng dẫn nấu phở bò')).not.toBe('tour start');
    },
  );
});
