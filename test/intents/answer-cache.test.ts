/**
 * The answer cache is exact: an engine with it gives, turn for turn, the answers and contexts an
 * engine without it gives — across conversations that share cached replies.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AnswerCache, watchContext } from '../../src/intents/answer-cache.js';
import type { ConversationContext } from '../../src/intents/context.js';
import { createEngine, type AskResult, type TourOp } from '../../src/intents/engine.js';
import { loadKnowledgeFromSeed } from '../../src/seed-file.js';

const kb = loadKnowledgeFromSeed();

/** Questions that set context, and follow-ups that read it. */
const QUESTIONS = [
  'Bộ Y tế phải hoàn thành gì đến hết tháng 6/2023?',
  'Còn Bộ Tư pháp thì sao?',
  'Những việc nào trong số đó hạn tháng 6/2023?',
  'Ai phối hợp thực hiện?',
  'B.6 là gì?',
  'Khi nào phải xong?',
  'Bộ Công an có nhiệm vụ gì?',
  'Còn tháng 9 thì sao?',
  'Những nhiệm vụ nào thực hiện thường xuyên?',
  'trong số đó việc nào thường xuyên',
  'hướng dẫn',
  'tiếp theo',
  'quay lại',
  'thoát',
  'What must the Ministry of Justice deliver by June 2023?',
  'What about MOH?',
  'Ai chủ trì cấp giấy khai sinh điện tử?',
  'Hướng dẫn nấu phở bò',
  'Phần C có bao nhiêu nhiệm vụ?',
  'Tỉnh Đắk Nông phải làm gì?',
  'chào ad',
  '',
];
type Step = { conversation: number; question: string } | { conversation: number; tour: TourOp };
const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({ conversation: fc.integer({ min: 0, max: 3 }), question: fc.constantFrom(...QUESTIONS) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      conversation: fc.integer({ min: 0, max: 3 }),
      tour: fc.constantFrom<TourOp>('start', 'next', 'back', 'exit', { jump: 3 }),
    }),
  },
);

function play(engine: ReturnType<typeof createEngine>, steps: readonly Step[]): AskResult[] {
  const contexts = new Map<number, ConversationContext>();
  return steps.map((s) => {
    const ctx = contexts.get(s.conversation);
    const r = 'question' in s ? engine.ask(s.question, ctx) : engine.tour(s.tour, ctx);
    contexts.set(s.conversation, r.context);
    return r;
  });
}

describe('the answer cache', () => {
  it('when conversations interleave questions and follow-ups, then cached answers and contexts equal freshly computed ones', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 30 }), fc.integer({ min: 1, max: 40 }), (steps, size) => {
        // A small cache too, so eviction is exercised.
        const cached = play(createEngine(kb, { cacheSize: size }), steps);
        const fresh = play(createEngine(kb, { cacheSize: 0 }), steps);
        expect(cached).toEqual(fresh);
      }),
      { numRuns: 150 },
    );
  });

  it("when two conversations ask the same self-contained question, then the second gets the first one's answer object", () => {
    const engine = createEngine(kb);
    const a = engine.ask('Bộ Y tế phải hoàn thành gì đến hết tháng 6/2023?');
    const elsewhere = engine.ask('B.6 là gì?').context; // another conversation, with its own context
    const b = engine.ask('Bộ Y tế phải hoàn thành gì đến hết tháng 6/2023?', elsewhere);
    expect(b.answer).toBe(a.answer);
  });

  it("when a question spells out another operation's cache key, then it still gets the answer to its own text", () => {
    // A question is its own cache key; a tour step's key is NUL, op, NUL, language, NUL, text.
    const engine = createEngine(kb);
    const tourStart = engine.tour('start', undefined, 'vi').answer;
    const lookalike = `\u0000tour:${JSON.stringify('start')}\u0000vi\u0000hướng dẫn`;
    const asked = engine.ask(lookalike).answer;
    expect(asked).not.toBe(tourStart);
    expect(asked).toEqual(createEngine(kb, { cacheSize: 0 }).ask(lookalike).answer);
  });

  it('when the same follow-up comes after different questions, then each conversation gets its own answer', () => {
    const engine = createEngine(kb);
    const afterHealth = engine.ask('Ai phối hợp thực hiện?', engine.ask('B.10 là gì?').context).answer;
    const afterSix = engine.ask('Ai phối hợp thực hiện?', engine.ask('B.6 là gì?').context).answer;
    expect(afterHealth).not.toBe(afterSix);
    expect(afterHealth.citations[0]?.id).toBe('B.10');
    expect(afterSix.citations[0]?.id).toBe('B.6');
  });

  it('when a turn reads fields, enumerates, or reads nothing, then exactly those fields are noted', () => {
    const ctx: ConversationContext = { v: 1, turns: 2, itemId: 'B.6' };
    const none = watchContext(ctx);
    expect(none.reads()).toEqual([]);
    const some = watchContext(ctx);
    void some.view.itemId;
    void ('tourStep' in some.view);
    expect(some.reads()).toEqual([
      ['itemId', '"B.6"'],
      ['tourStep', undefined],
    ]);
    const all = watchContext(ctx);
    void { ...all.view };
    expect(all.reads().map(([f]) => f)).toEqual(
      expect.arrayContaining(['itemId', 'listIds', 'tourStep', 'turns', 'lastIntent']),
    );
  });

  it('when more replies are kept than allowed, then the least recently used question goes first', () => {
    const cache = new AnswerCache({ maxEntries: 2 });
    const turn = (n: number) => ({ reply: { answer: { n } as never }, language: 'vi' as const });
    const ctx: ConversationContext = { v: 1, turns: 0 };
    cache.set('a', [], turn(1));
    cache.set('b', [], turn(2));
    expect(cache.get('a', ctx)).toBeDefined(); // 'a' is now the most recent
    cache.set('c', [], turn(3));
    expect(cache.get('b', ctx)).toBeUndefined();
    expect(cache.get('a', ctx)).toBeDefined();
    expect(cache.get('c', ctx)).toBeDefined();
    expect(cache.size).toBe(2);
  });

  it('when one question is asked between every two new ones, then it is never evicted, though most of its hits do not move it', () => {
    // 40 entries: a hit moves its question only when it was moved more than 10 uses ago.
    const cache = new AnswerCache({ maxEntries: 40 });
    const turn = (n: number) => ({ reply: { answer: { n } as never }, language: 'vi' as const });
    const ctx: ConversationContext = { v: 1, turns: 0 };
    cache.set('hot', [], turn(0));
    for (let i = 1; i <= 1000; i++) {
      cache.set(`q${i}`, [], turn(i));
      if (i % 2 === 0) expect(cache.get('hot', ctx)).toBeDefined();
    }
    expect(cache.size).toBe(40);
    // The oldest of the rest went first: of the last 1000 questions, only the newest ones are kept.
    expect(cache.get('q960', ctx)).toBeUndefined();
    expect(cache.get('q1000', ctx)).toBeDefined();
  });
});
