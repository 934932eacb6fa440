/**
 * Properties over any input: the engine never throws, always returns a schema-valid Answer, and
 * cites only records that exist. Inputs mix arbitrary strings with fragments of real questions.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AnswerSchema } from '../../src/intents/answer.js';
import { readContext } from '../../src/intents/context.js';
import { engineFromSeed, loadKnowledgeFromSeed } from '../../src/seed-file.js';
import { createEngine } from '../../src/intents/engine.js';

const kb = loadKnowledgeFromSeed();
const engine = createEngine(kb);
const knownIds = (id: string) => kb.exists(id) || ['META', 'PREAMBLE', 'RECIPIENTS'].includes(id);

const fragments = fc.constantFrom(
  'Bộ Y tế',
  'bo cong an',
  'BCA',
  'TT&TT',
  'tháng 6/2023',
  'tháng 13',
  'trước',
  'đến hết',
  'B.6',
  'C.99',
  'mục 5 phần C',
  'S3.6',
  'N9',
  'Fwd:',
  'chào ad',
  'ko',
  'lm gì',
  'ai chủ trì',
  'khi nào',
  'bao nhiêu',
  'hướng dẫn',
  'tiếp theo',
  'thoát',
  '<script>alert(1)</script>',
  '{{7*7}}',
  '${process.env}',
  '\u202Eabc',
  '\uD800',
  '😀',
  '\u0000',
  'What about MOH?',
  'quý 5',
  'Còn',
  'trong số đó',
  'Đắk Nông',
  'Hoà',
);
const question = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.array(fragments, { maxLength: 8 }).map((xs) => xs.join(' ')),
  fc.tuple(fc.array(fragments, { maxLength: 4 }), fc.string({ maxLength: 40 })).map(([a, b]) => `${a.join(' ')} ${b}`),
);

function valid(answer: unknown): void {
  const parsed = AnswerSchema.safeParse(answer);
  expect(parsed.success, JSON.stringify(parsed.error?.issues?.slice(0, 2))).toBe(true);
  for (const c of (answer as { citations: Array<{ id: string }> }).citations) expect(knownIds(c.id), c.id).toBe(true);
}

describe('for any input', () => {
  it('when any string is asked, then a schema-valid Answer comes back and every cited id exists', () => {
    fc.assert(
      fc.property(question, (q) => {
        const { answer, context } = engine.ask(q);
        valid(answer);
        expect(readContext(JSON.parse(JSON.stringify(context)))).toEqual(context);
      }),
      { numRuns: 600 },
    );
  });

  it(
    'when a conversation of several arbitrary turns runs, then every turn stays valid and its ' +
      'context serialisable',
    () => {
      fc.assert(
        fc.property(fc.array(question, { minLength: 1, maxLength: 6 }), (turns) => {
          let ctx = readContext(undefined);
          for (const q of turns) {
            const r = engine.ask(q, ctx);
            valid(r.answer);
            ctx = readContext(JSON.parse(JSON.stringify(r.context)));
          }
        }),
        { numRuns: 150 },
      );
    },
  );

  it('when a stored context is garbage, then the engine treats it as a new conversation', () => {
    fc.assert(
      fc.property(fc.anything(), (junk) => {
        valid(engine.ask('Còn Bộ Tư pháp thì sao?', junk as never).answer);
      }),
      { numRuns: 200 },
    );
  });

  it('when a 100,000-character message arrives, then it is answered from its first part with a note', () => {
    const long = `Bộ Y tế phải làm gì? ${'x'.repeat(100_000)}`;
    const { answer } = engine.ask(long);
    valid(answer);
    expect(answer.intent).toBe('obligations');
    expect(answer.notes.join(' ')).toMatch(/2000 ký tự/u);
  });

  it('when the maximum length is set lower, then the engine honours it', () => {
    const short = engineFromSeed(undefined, { maxQuestionLength: 60 });
    const { answer } = short.ask(`B.6 là gì? ${'a'.repeat(200)}`);
    expect(answer.notes.join(' ')).toMatch(/60 ký tự/u);
  });

  it('when tour buttons are pressed in any order, then every step is a valid tour answer', () => {
    const ops = fc.constantFrom<'start' | 'next' | 'back' | 'exit'>('start', 'next', 'back', 'exit');
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            ops,
            fc.integer({ min: -3, max: 40 }).map((n) => ({ jump: n })),
          ),
          { maxLength: 12 },
        ),
        (seq) => {
          let ctx = readContext(undefined);
          for (const op of seq) {
            const r = engine.tour(op, ctx);
            valid(r.answer);
            expect(r.answer.intent).toBe('tour');
            ctx = r.context;
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('when any id is asked for as a source, then only existing records are returned', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 8 }),
          fc.constantFrom('A.1', 'B.46', 'C.8', 'S19', 'S3.6', 'N8', 'A.0', 'B.47', 'S20', 'N9', 'META'),
        ),
        (id) => {
          const s = engine.source(id);
          if (s) expect(knownIds(s.id)).toBe(true);
          else expect(knownIds(id)).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });
});
