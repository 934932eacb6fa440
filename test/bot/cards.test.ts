/**
 * Every card the Teams bot can send parses with no error or warning in the adaptivecards package
 * (what Teams' renderer is built on). Cards are made from real engine answers to varied questions.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { EXAMPLES_VI } from '../../src/intents/handlers/help.js';
import { answerCard, apologyCard, citationCard, escapeMarkdown, sourceCard, welcomeCard, type Card } from '../../src/bot/teams/cards.js';
import { engineFromSeed } from '../../src/seed-file.js';

// The ESM entry does not load in Node; the UMD build does.
const AC = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js') as {
  AdaptiveCard: new () => { parse(json: unknown, ctx: unknown): void };
  SerializationContext: new () => { eventCount: number; getEventAt(i: number): { message: string; phase: number } };
};

function problems(card: Card): string[] {
  const ctx = new AC.SerializationContext();
  new AC.AdaptiveCard().parse(card, ctx);
  return Array.from({ length: ctx.eventCount }, (_, i) => ctx.getEventAt(i).message);
}

const engine = engineFromSeed();
const QUESTIONS = [
  'Bộ Y tế phải hoàn thành gì đến hết tháng 6/2023?', 'B.6 là gì?', 'Ai chủ trì cấp giấy khai sinh điện tử?', 'Bộ Công an phải làm gì?',
  'UBND tỉnh Thanh Hóa phải làm gì trong tháng 3/2023?', 'Những nhiệm vụ nào hết hạn trong tháng 6/2023?', 'Phần C có bao nhiêu nhiệm vụ?',
  'Mục 3 của Chỉ thị nói về gì?', 'Những điểm nghẽn trong triển khai Đề án 06 là gì?', 'Chỉ thị 05 do ai ký?', 'Thời tiết hôm nay?',
  'Bộ Thông tin và Truyền thông giờ là bộ nào?', 'Nhiệm vụ nào nói về thẻ bảo hiểm y tế?', 'trợ giúp', 'Những nhiệm vụ nào thực hiện thường xuyên?',
  'What must the Ministry of Justice do?', 'Thủ tướng biểu dương những ai?', '<script>alert(1)</script> **bold** [x](http://evil)', 'S3.6', 'phần C',
];

describe('Teams cards', () => {
  for (const q of QUESTIONS) {
    it(`when the answer to "${q}" is rendered, then its card parses without errors or warnings`, () => {
      const card = answerCard(engine.ask(q).answer);
      expect(problems(card)).toEqual([]);
      expect(card.fallbackText).toBe(engine.ask(q).answer.text);
    });
  }

  it('when every tour step is rendered (first, middle, last, after exit), then each card parses and has the right buttons', () => {
    let ctx = engine.tour('start').context;
    const titles: string[][] = [];
    for (let i = 0; i < 30; i++) {
      const r = engine.tour('next', ctx);
      ctx = r.context;
      const card = answerCard(r.answer);
      expect(problems(card)).toEqual([]);
      titles.push(((card['actions'] ?? []) as Array<{ title: string }>).map((a) => a.title));
      if (r.answer.tour?.ended) break;
    }
    expect(titles[0]).toEqual(['◀ Quay lại', 'Tiếp theo ▶', 'Thoát']);
    expect(titles.some((t) => t.includes('Kết thúc'))).toBe(true);
    expect(problems(answerCard(engine.tour('exit', ctx).answer))).toEqual([]);
  });

  it('when the welcome, apology, full-text and search cards are rendered, then they parse', () => {
    expect(problems(welcomeCard(EXAMPLES_VI))).toEqual([]);
    expect(problems(apologyCard())).toEqual([]);
    for (const id of ['B.6', 'S3.6', 'S3', 'N4', 'C.5', 'META']) expect(problems(sourceCard(engine.source(id)!, 'vi'))).toEqual([]);
    for (const c of engine.search('VNeID', 10)) expect(problems(citationCard(c, 'vi'))).toEqual([]);
  });

  it('when user text holds markup, then the card shows it as text', () => {
    expect(escapeMarkdown('<script>**x**[a](b)')).toBe(String.raw`<script\>\*\*x\*\*\[a\]\(b\)`);
    const card = JSON.stringify(answerCard(engine.ask('**B.6** [x](http://evil) là gì?').answer));
    expect(card).not.toContain('](http://evil)');
  });
});
