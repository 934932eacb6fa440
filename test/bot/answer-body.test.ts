/** The /api/ask body built from a kept serialisation: the same bytes as serialising afresh. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { askResponseBody } from '../../src/bot/helpdesk/answer-body.js';
import { engineFromSeed } from '../../src/seed-file.js';

const engine = engineFromSeed();

describe('askResponseBody', () => {
  it('when an answer is sent, then the body is byte for byte JSON.stringify({ ...answer, conversationId })', () => {
    for (const q of ['Bộ Y tế phải hoàn thành gì đến hết tháng 6/2023?', 'B.6 là gì?', 'What must the Ministry of Justice deliver by June 2023?', 'thời tiết hôm nay']) {
      const { answer } = engine.ask(q);
      const body = Buffer.concat(askResponseBody(answer, 'conv-12345678'));
      expect(body.toString('utf8')).toBe(JSON.stringify({ ...answer, conversationId: 'conv-12345678' }));
    }
  });

  it('when the same (shared) answer goes to two conversations, then each body carries its own id and nothing else differs', () => {
    const a = engine.ask('B.6 là gì?').answer;
    const b = engine.ask('B.6 là gì?').answer;
    expect(b).toBe(a); // the engine's cache hands out the same object: what makes keeping its JSON worthwhile
    const one = JSON.parse(Buffer.concat(askResponseBody(a, 'first-conversation')).toString('utf8')) as Record<string, unknown>;
    const two = JSON.parse(Buffer.concat(askResponseBody(b, 'second-conversation')).toString('utf8')) as Record<string, unknown>;
    expect(one['conversationId']).toBe('first-conversation');
    expect(two['conversationId']).toBe('second-conversation');
    expect({ ...one, conversationId: '' }).toEqual({ ...two, conversationId: '' });
  });

  it('when any question is asked, then the body parses to the answer plus its id', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.stringMatching(/^[A-Za-z0-9_-]{8,40}$/u), (text, id) => {
        const { answer } = engine.ask(text);
        expect(JSON.parse(Buffer.concat(askResponseBody(answer, id)).toString('utf8'))).toEqual({ ...answer, conversationId: id });
      }),
      { numRuns: 200 },
    );
  });
});
