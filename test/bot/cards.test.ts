/**
 * Every card the Teams bot can send parses with no error or warning in the adaptivecards package
 * (the renderer Teams builds on), stays under Teams' message size, and shows user and directive
 * text only as TextRuns (never parsed as markdown). Cards are made from real engine answers to
 * varied questions, plus hand-built Answers for shapes the engine rarely produces.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { AnswerSchema, type Answer } from '../../src/intents/answer.js';
import { answerCard, DEFAULT_MAX_CARD_BYTES } from '../../src/bot/teams/cards/answer-card.js';
import { apologyCard } from '../../src/bot/teams/cards/apology-card.js';
import { cardBytes, type AdaptiveCard } from '../../src/bot/teams/cards/card.js';
import { searchPreview } from '../../src/bot/teams/cards/search-cards.js';
import { sourceCard } from '../../src/bot/teams/cards/source-card.js';
import { escapeHtml, escapeMarkdown } from '../../src/bot/teams/cards/text.js';
import { clip } from '../../src/bot/text/clip.js';
import fc from 'fast-check';
import { welcomeCard, WELCOME_EXAMPLES } from '../../src/bot/teams/cards/welcome-card.js';
import { searchDirective } from '../../src/bot/teams/search-extension.js';
import { engineFromSeed } from '../../src/seed-file.js';
import { nodes, type Json } from '../helpers/card-nodes.js';

// The package's ESM entry does not load in Node; its UMD build does, and parsing needs no DOM.
const AC = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js') as {
  AdaptiveCard: new () => {
    parse(json: unknown, ctx: unknown): void;
    validateProperties(): { validationEvents: Array<{ message: string }> };
  };
  SerializationContext: new () => { eventCount: number; getEventAt(i: number): { message: string } };
};

/** Parse events and validation failures; [] when the card is clean. */
function problems(card: unknown): string[] {
  const ctx = new AC.SerializationContext();
  const parsed = new AC.AdaptiveCard();
  parsed.parse(card, ctx);
  const found = Array.from({ length: ctx.eventCount }, (_, i) => `parse: ${ctx.getEventAt(i).message}`);
  found.push(...parsed.validateProperties().validationEvents.map((e) => `validate: ${e.message}`));
  // The package does not check that ToggleVisibility targets exist; a missing one is a dead button.
  const ids = new Set(
    nodes(card)
      .map((n) => n['id'])
      .filter((v): v is string => typeof v === 'string'),
  );
  for (const n of nodes(card)) {
    if (n['type'] === 'Action.ToggleVisibility')
      for (const t of n['targetElements'] as string[]) if (!ids.has(t)) found.push(`toggle target "${t}" is missing`);
  }
  return found;
}

/** Text of every element that parses markdown (TextBlock, FactSet), which must hold no dynamic text. */
const markdownTexts = (card: unknown) =>
  nodes(card).flatMap((n) =>
    n['type'] === 'TextBlock' ? [String(n['text'])] : n['type'] === 'FactSet' ? [JSON.stringify(n['facts'])] : [],
  );
const runTexts = (card: unknown) =>
  nodes(card)
    .filter((n) => n['type'] === 'TextRun')
    .map((n) => String(n['text']));
const actionTitles = (card: AdaptiveCard) => (card.actions ?? []).map((a) => a.title);

const engine = engineFromSeed();
const render = (answer: Answer) => answerCard(answer, { source: (id) => engine.source(id, answer.language) });

const QUESTIONS = [
  'Bộ Y tế phải hoàn thành gì đến hết tháng 6/2023?',
  'B.6 là gì?',
  'Ai chủ trì cấp giấy khai sinh điện tử?',
  'Bộ Công an phải làm gì?',
  'UBND tỉnh Thanh Hóa phải làm gì trong tháng 3/2023?',
  'Những nhiệm vụ nào hết hạn trong tháng 6/2023?',
  'Phần C có bao nhiêu nhiệm vụ?',
  'Mục 3 của Chỉ thị nói về gì?',
  'Những điểm nghẽn trong triển khai Đề án 06 là gì?',
  'Chỉ thị 05 do ai ký?',
  'Thời tiết hôm nay?',
  'Bộ Thông tin và Truyền thông giờ là bộ nào?',
  'Nhiệm vụ nào nói về thẻ bảo hiểm y tế?',
  'trợ giúp',
  'Những nhiệm vụ nào thực hiện thường xuyên?',
  'What must the Ministry of Justice do?',
  'What must the Ministry of Public Security do?',
  'Thủ tướng biểu dương những ai?',
  'S3.6',
  'phần C',
  'Hạn của B.34 là khi nào?',
  'VNeID',
  'Hướng dẫn nấu phở bò',
  '',
  '<script>alert(1)</script> **bold** [x](http://evil.example)',
];

describe('answer cards from real engine answers', () => {
  for (const q of QUESTIONS) {
    it(`when the answer to "${q}" is rendered, then the card parses cleanly, fits a Teams message and shows text only as TextRuns`, () => {
      const answer = engine.ask(q).answer;
      const card = render(answer);
      expect(problems(card)).toEqual([]);
      expect(cardBytes(card)).toBeLessThanOrEqual(DEFAULT_MAX_CARD_BYTES);
      expect(markdownTexts(card)).toEqual([]);
      expect(runTexts(card)[0]).toBe(answer.heading);
      // The fallback is the answer's text, shortened only when the card would not fit otherwise.
      expect(answer.text.startsWith(card.fallbackText.replace(/…$/u, ''))).toBe(true);
      // Every listed duty is on the card: as an item, or named among those left out of a long list.
      const shown = runTexts(card).join(' ');
      for (const id of answer.groups.flatMap((g) => g.items.map((i) => i.citationId))) {
        const e = id.replace(/\./gu, '\\.');
        expect(shown).toMatch(new RegExp(`\\[${e}\\] |[(, ]${e}[,)]`, 'u'));
      }
    });
  }

  it('when an item has room, then clicking it opens its full text in place; otherwise it asks the bot for it', () => {
    const small = render(engine.ask('Ai chủ trì cấp giấy khai sinh điện tử?').answer);
    const toggles = nodes(small).filter((n) => n['type'] === 'Action.ToggleVisibility');
    expect(toggles.length).toBeGreaterThan(0);
    expect(runTexts(small).join(' ')).toContain(engine.source('B.34')!.text);

    const big = render(engine.ask('Bộ Công an phải làm gì?').answer);
    const submits = nodes(big).filter(
      (n) => n['type'] === 'Action.Submit' && (n['data'] as Json | undefined)?.['verb'] === 'source',
    );
    expect(submits.length).toBeGreaterThan(0);
  });

  it('when an agency has more duties than one card holds, then its own duties are kept whole and other groups are shortened', () => {
    const answer = engine.ask('Bộ Công an phải làm gì?').answer;
    const card = render(answer);
    const runs = runTexts(card);
    for (const item of answer.groups.find((g) => g.key === 'own')!.items)
      expect(runs).toContain(`[${item.citationId}] `);
    expect(runs.some((t) => /^… và \d+ nhiệm vụ khác/u.test(t))).toBe(true);
  });

  it('when a list is too long for one card, then each group shows its first items and names the rest', () => {
    const many = engine.ask('Bộ Công an phải làm gì?').answer;
    const items = many.groups.flatMap((g) => g.items);
    const long: Answer = AnswerSchema.parse({
      ...many,
      groups: [{ key: 'results', title: 'Kết quả', items: [...items, ...items, ...items] }],
    });
    const card = render(long);
    expect(problems(card)).toEqual([]);
    expect(cardBytes(card)).toBeLessThanOrEqual(DEFAULT_MAX_CARD_BYTES);
    expect(runTexts(card).some((t) => /^… và \d+ nhiệm vụ khác/u.test(t))).toBe(true);
  });

  it('when a hand-built answer carries markup in every field, then it reaches the card as literal TextRun text', () => {
    const evil = '<script>alert(1)</script> **x** [a](http://evil.example) 1. _y_';
    const answer: Answer = AnswerSchema.parse({
      intent: 'search',
      language: 'vi',
      heading: evil,
      text: evil,
      intro: [evil],
      groups: [{ key: 'results', title: evil, items: [{ citationId: 'B.6', text: evil, lead: evil, deadline: evil }] }],
      notes: [evil],
      citations: [{ id: 'B.6', kind: 'appendix', title: evil, quote: evil }],
      suggestions: [evil],
    });
    const card = answerCard(answer);
    expect(problems(card)).toEqual([]);
    expect(markdownTexts(card)).toEqual([]);
    expect(runTexts(card)).toContain(evil);
    expect(actionTitles(card)[0]).toBe('<script>alert(1)</script> **x** [a](http://evil.example)…');
  });
});

describe('tour cards', () => {
  it('when every step is rendered (first, middle, last, finished, exited), then each parses and has the right buttons', () => {
    let r = engine.tour('start');
    const steps: Array<{ step: number | undefined; titles: Array<string | undefined> }> = [];
    for (let i = 0; i < 40; i++) {
      const card = render(r.answer);
      expect(problems(card)).toEqual([]);
      steps.push({ step: r.answer.tour?.step, titles: actionTitles(card) });
      if (r.answer.tour?.ended) break;
      r = engine.tour('next', r.context);
    }
    expect(steps[0]!.titles).toEqual(['Tiếp theo ▶', 'Thoát']);
    expect(steps[1]!.titles).toEqual(['◀ Quay lại', 'Tiếp theo ▶', 'Thoát']);
    const total = engine.tour('start').answer.tour!.total;
    expect(steps.find((s) => s.step === total && s.titles.includes('Kết thúc'))).toBeDefined();
    const finished = steps.at(-1)!;
    expect(finished.titles).toContain('Xem lại từ đầu');
    expect(finished.titles).not.toContain('Tiếp theo ▶');
    const exited = render(engine.tour('exit', engine.tour('start').context).answer);
    expect(problems(exited)).toEqual([]);
    expect(actionTitles(exited)).toContain('Xem lại từ đầu');
  });

  it('when a tour step is in English, then its buttons are in English', () => {
    const step = engine.tour('next', engine.tour('start').context).answer;
    const english: Answer = { ...step, language: 'en', suggestions: ['Next', 'Back', 'Exit'] };
    expect(actionTitles(answerCard(english))).toEqual(['◀ Back', 'Next ▶', 'Exit']);
  });
});

describe('other cards', () => {
  it('when the welcome is rendered, then it parses and offers the three example questions and the tour', () => {
    const card = welcomeCard('vi');
    expect(problems(card)).toEqual([]);
    expect(actionTitles(card)).toEqual([...WELCOME_EXAMPLES.vi, 'Hướng dẫn từng bước']);
    expect(actionTitles(card)).toContain('Bộ Y tế phải hoàn thành gì đến hết tháng 6/2023?');
    expect(problems(welcomeCard('en'))).toEqual([]);
  });

  it('when the apology is rendered, then it parses and says sorry without details', () => {
    const card = apologyCard();
    expect(problems(card)).toEqual([]);
    expect(card.fallbackText).toMatch(/^Xin lỗi/u);
  });

  it('when full texts are rendered (row, paragraph, section, bottleneck, meta), then each parses and holds the whole text', () => {
    for (const id of ['B.6', 'C.5', 'S3.6', 'S3', 'N4', 'META', 'PREAMBLE']) {
      const record = engine.source(id)!;
      const card = sourceCard(record, 'vi', { relatedButtons: true });
      expect(problems(card)).toEqual([]);
      expect(runTexts(card)).toContain(record.text);
    }
  });

  it('when the search extension answers, then previews are escaped HTML and each inserted card shows id, task, lead and deadline', () => {
    for (const q of ['VNeID', 'Bộ Y tế tháng 6', '', 'B.6']) {
      const result = searchDirective(engine, q);
      expect(result.type).toBe('result');
      for (const a of result.attachments ?? []) {
        expect(problems(a.content)).toEqual([]);
        const runs = runTexts(a.content).join(' ');
        const id = /^\[([^\]]+)\]/u.exec((a.preview!.content as { title: string }).title)![1]!;
        const record = engine.source(id)!;
        expect(runs).toContain(record.text);
        if (record.lead) expect(runs).toContain(record.lead);
        if (record.deadline) expect(runs).toContain(record.deadline);
      }
    }
    const preview = searchPreview({ id: 'B.6', kind: 'appendix', title: 'a <b>', quote: '<script>x</script>' }, 'vi');
    expect(preview.content.title).toBe('[B.6] a &lt;b&gt;');
    expect(preview.content.text).not.toContain('<');
    expect(searchDirective(engine, '<script>qwxz</script>').type).toBe('message');
  });
});

describe('escaping helpers', () => {
  it('when text goes into a markdown field, then markdown and HTML-looking characters are escaped', () => {
    expect(escapeMarkdown('<script>**x**[a](b)')).toBe(String.raw`\<script\>\*\*x\*\*\[a\]\(b\)`);
    expect(escapeMarkdown('1. mục\n- gạch')).toBe('1\\. mục\n\\- gạch');
    expect(escapeHtml('<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
  });
});

describe('clip (summaries and previews)', () => {
  /** What clip means: collapse all whitespace, then cut at a word boundary with an ellipsis. */
  function reference(text: string, max: number): string {
    const t = text.replace(/\s+/gu, ' ').trim();
    if (t.length <= max) return t;
    const cut = t.slice(0, max - 1);
    const space = cut.lastIndexOf(' ');
    return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.…]+$/u, '')}…`;
  }

  it('when the text is long or full of whitespace runs, then only a prefix is scanned and the result is what collapsing it all gives', () => {
    const piece = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom(' ', '\n\n', '\t \n', ' '.repeat(900), 'Bộ Y tế', 'B.6.', '…'),
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 120 }).map((xs) => xs.join('')),
        fc.integer({ min: 2, max: 300 }),
        (text, max) => {
          expect(clip(text, max)).toBe(reference(text, max));
        },
      ),
      { numRuns: 500 },
    );
  });
});
