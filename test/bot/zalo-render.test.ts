/** Rendering answers for Zalo: plain text with citation lines, split on line boundaries. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  answerToZaloText,
  DEFAULT_MAX_MESSAGES,
  renderForZalo,
  splitMessages,
  ZALO_TEXT_LIMIT,
} from '../../src/bot/zalo/render.js';
import { AGENCIES } from '../../src/knowledge/agencies.js';
import { engineFromSeed } from '../../src/seed-file.js';

const engine = engineFromSeed();

/** Lines of the text that are not blank. */
const lines = (t: string) => t.split('\n').filter((l) => l.trim() !== '');

describe('answerToZaloText', () => {
  it('when an item is asked, then the text lists the cited records as "[id] …" lines and offers follow-ups', () => {
    const answer = engine.ask('B.6 là gì?').answer;
    const text = answerToZaloText(answer);
    expect(text.startsWith(answer.text.trim())).toBe(true);
    expect(text).toMatch(/^\[B\.6\] Phụ lục, nhiệm vụ B\.6$/mu);
    expect(text).toMatch(/^\[S3\.6\] Mục 3, đoạn 6: Tiếp tục hoàn thiện ứng dụng VNeID/mu);
    expect(text).toContain('Bạn có thể hỏi tiếp:');
    expect(renderForZalo(answer)).toEqual([text]);
  });

  it('when an agency question lists duties, then each duty appears once as its own citation line', () => {
    const answer = engine.ask('Bộ Tài chính phải làm gì?').answer;
    const text = answerToZaloText(answer);
    expect(text.match(/\[B\.38\]/gu)).toHaveLength(1);
  });

  it('when the answer is in English, then the labels are English', () => {
    const answer = engine.ask('What is B.6?').answer;
    expect(answer.language).toBe('en');
    expect(answerToZaloText(answer)).toContain('Sources (Directive 05/CT-TTg):');
  });
});

describe('splitMessages', () => {
  it('when a long answer is rendered, then it is split into several messages within the limit and no citation line is cut', () => {
    const answer = engine.ask('Bộ Công an phải làm gì?').answer;
    const full = answerToZaloText(answer);
    const messages = splitMessages(full);
    expect(full.length).toBeGreaterThan(ZALO_TEXT_LIMIT);
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) expect(m.length).toBeLessThanOrEqual(ZALO_TEXT_LIMIT);
    const citationLines = lines(full).filter((l) => /^(• )?\[[A-Z0-9.]+\]/u.test(l));
    expect(citationLines.length).toBeGreaterThan(20);
    for (const l of citationLines) expect(messages.filter((m) => m.split('\n').includes(l))).toHaveLength(1);
    expect(messages.flatMap(lines)).toEqual(lines(full));
  });

  it('when one line is longer than the limit, then it is split at word boundaries', () => {
    const words = Array.from({ length: 60 }, (_, i) => `từ${i}`);
    const pieces = splitMessages(words.join(' '), 50);
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(50);
    expect(pieces.join(' ').split(' ')).toEqual(words);
  });

  it('when a line has no spaces, then it is cut without splitting a surrogate pair', () => {
    const pieces = splitMessages('😀'.repeat(10), 5);
    for (const p of pieces) {
      expect(p.length).toBeLessThanOrEqual(5);
      expect(p).toMatch(/^(😀)+$/u);
    }
    expect(pieces.join('')).toBe('😀'.repeat(10));
  });

  it('when any text is split, then every message fits, none is blank, and the lines come back in order', () => {
    const line = fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'ệ', '.'), maxLength: 40 });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), fc.integer({ min: 10, max: 60 }), (ls, limit) => {
        const text = ls.join('\n');
        const messages = splitMessages(text, limit);
        for (const m of messages) {
          expect(m.length).toBeLessThanOrEqual(limit);
          expect(m.trim()).not.toBe('');
        }
        // Lines that fit are never cut: each is found whole in a message.
        for (const l of ls)
          if (l.trim() !== '' && l.length <= limit) expect(messages.some((m) => m.split('\n').includes(l))).toBe(true);
        // Nothing but whitespace is lost, and order is kept.
        expect(messages.join(' ').replace(/\s+/gu, '')).toBe(text.replace(/\s+/gu, ''));
      }),
    );
  });
});

describe('renderForZalo on long answers', () => {
  /** Item numbers a message set cites: on "• [id]" lines or in the "Còn: …" / "Also: …" line. */
  const cited = (messages: string[]) => new Set(messages.join('\n').match(/\b[ABC]\.\d{1,2}\b/gu) ?? []);

  it('when a whole-agency answer would take seven messages, then it is sent in three, still citing every duty, and says it is shortened', () => {
    const answer = engine.ask('Bộ Công an phải làm gì?').answer;
    expect(splitMessages(answerToZaloText(answer)).length).toBeGreaterThan(DEFAULT_MAX_MESSAGES);
    const messages = renderForZalo(answer);
    expect(messages.length).toBeLessThanOrEqual(DEFAULT_MAX_MESSAGES);
    for (const m of messages) expect(m.length).toBeLessThanOrEqual(ZALO_TEXT_LIMIT);
    const all = messages.join('\n');
    expect(all).toContain('Danh sách đã rút gọn cho Zalo');
    expect(all).toMatch(/^• \[B\.6\] .+ — hạn Tháng 6\/2023$/mu);
    for (const g of answer.groups)
      for (const i of g.items) expect(cited(messages), i.citationId).toContain(i.citationId);
    // The caveats stay: deadlines are 2023's and completion is not recorded.
    expect(all).toContain('không ghi nhận việc các nhiệm vụ đã hoàn thành');
  });

  it('when any agency’s duties are asked, in Vietnamese or English, then the reply takes at most three messages and cites every listed duty', () => {
    for (const agency of AGENCIES) {
      for (const q of [`${agency.name} phải làm gì?`, `What must ${agency.nameEn} do?`]) {
        const answer = engine.ask(q).answer;
        const messages = renderForZalo(answer);
        expect(messages.length, q).toBeLessThanOrEqual(DEFAULT_MAX_MESSAGES);
        for (const m of messages) expect(m.length, q).toBeLessThanOrEqual(ZALO_TEXT_LIMIT);
        const ids = cited(messages);
        for (const g of answer.groups)
          for (const i of g.items) expect(ids.has(i.citationId), `${q}: ${i.citationId}`).toBe(true);
      }
    }
  });

  it('when the limit allows more messages, then the full text is sent, in numbered parts that each fit', () => {
    const answer = engine.ask('Bộ Công an phải làm gì?').answer;
    const parts = renderForZalo(answer, { maxMessages: 20 });
    expect(parts.length).toBeGreaterThan(1);
    parts.forEach((p, i) => {
      expect(p.startsWith(`(${i + 1}/${parts.length})\n`)).toBe(true);
      expect(p.length).toBeLessThanOrEqual(ZALO_TEXT_LIMIT);
    });
    // Without their numbers, the parts are the full text split on line boundaries.
    const bodies = parts.map((p) => p.slice(p.indexOf('\n') + 1));
    expect(bodies).toEqual(splitMessages(answerToZaloText(answer), ZALO_TEXT_LIMIT - 8));
  });

  it('when an answer fits in one message, then it is sent without a part number', () => {
    const [only, ...more] = renderForZalo(engine.ask('B.6 là gì?').answer);
    expect(more).toEqual([]);
    expect(only).not.toMatch(/^\(\d+\/\d+\)/u);
  });
});
