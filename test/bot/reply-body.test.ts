/** The Teams response body built with each card's JSON made once: the same bytes as JSON.stringify, as UTF-8. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerMessage } from '../../src/bot/teams/replies.js';
import { replyBody } from '../../src/bot/teams/reply-body.js';

const replyBodyJson = (body: unknown) => Buffer.concat(replyBody(body)).toString('utf8');
import { engineFromSeed } from '../../src/seed-file.js';

const engine = engineFromSeed();
const envelope = (text: string, extra: Record<string, unknown> = {}) => ({
  type: 'message', id: 'r1', timestamp: new Date(Date.UTC(2026, 10, 27)), conversation: { id: 'c1' }, replyToId: text, ...extra,
});

describe('replyBody', () => {
  it('when replies carry answer cards, then the body is byte for byte JSON.stringify of it, the second time too', () => {
    const messages = ['Bộ Y tế phải hoàn thành gì đến hết tháng 6/2023?', 'B.6 là gì?', 'What must the Ministry of Justice deliver by June 2023?'].map((q) => answerMessage(engine.ask(q).answer, engine));
    const body = { activities: messages.map((m, i) => ({ ...envelope(`q${i}`), ...m })) };
    expect(replyBodyJson(body)).toBe(JSON.stringify(body));
    expect(replyBodyJson(body)).toBe(JSON.stringify(body)); // from the kept card JSON
  });

  it('when any text sits beside a card, even one that imitates the card mark, then nothing but the card is replaced', () => {
    const card = answerMessage(engine.ask('B.6 là gì?').answer, engine);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom('\u0000card-', '"\\u0000card-x:0"', '\u0000card-00000000-0000-0000-0000-000000000000:0')), (text) => {
        const body = { activities: [{ ...envelope(text, { text }), ...card }], note: text };
        expect(replyBodyJson(body)).toBe(JSON.stringify(body));
      }),
      { numRuns: 300 },
    );
  });

  it('when the body has no card (an invoke result), then it is plain JSON', () => {
    const body = { status: 200, value: { composeExtension: { type: 'result', attachmentLayout: 'list', attachments: [] } } };
    expect(replyBodyJson(body)).toBe(JSON.stringify(body));
  });
});
