/**
 * Questions as people really write them, one block per class of issue 22. Phrasings, agencies
 * and months here are not those of the public sets: the held-back set uses other words, so these
 * check the understanding, not sentences. Where an expectation is a set of rows it is computed
 * from the parsed directive (who leads what, which deadline), so the test states the rule.
 */
import { describe, expect, it } from 'vitest';
import { deadlineMonth } from '../../src/knowledge/deadline.js';
import type { AppendixRow } from '../../src/knowledge/schema.js';
import type { Answer } from '../../src/intents/answer.js';
import { cleanQuestion } from '../../src/intents/clean.js';
import { emptyContext, type ConversationContext } from '../../src/intents/context.js';
import { engineFromSeed, loadKnowledgeFromSeed } from '../../src/seed-file.js';
import { foldForScore } from '../helpers/score.js';

const kb = loadKnowledgeFromSeed();
const engine = engineFromSeed();

/** A conversation: each `ask` continues it. */
function conversation() {
  let ctx: ConversationContext = emptyContext();
  return (text: string): Answer => {
    const r = engine.ask(text, ctx);
    ctx = r.context;
    return r.answer;
  };
}

const ask = (text: string) => engine.ask(text).answer;
const cited = (a: Answer) => a.citations.map((c) => c.id);
const rowsCited = (a: Answer) => cited(a).filter((id) => /^[ABC]\.\d+$/u.test(id));
const says = (a: Answer, fact: string) => foldForScore(a.text).includes(foldForScore(fact));
const ledBy = (agencyId: string) => kb.model.appendix.filter((r) => r.lead.agencyIds.includes(agencyId));
const month = (r: AppendixRow) => deadlineMonth(r.deadline) ?? Infinity;
const dated = (rows: readonly AppendixRow[]) => rows.filter((r) => r.deadline.kind === 'month');
const key = (m: number) => 2023 * 12 + (m - 1);

describe('1. follow-ups on the last answer', () => {
  it(
    'when "trong số đó cái nào hạn sớm nhất?" follows an agency\'s duties, then it is the ' +
      'earliest of the rows the agency leads',
    () => {
      const say = conversation();
      say('Bộ Giáo dục và Đào tạo có những nhiệm vụ gì?');
      const a = say('trong số đó cái nào hạn sớm nhất?');
      const led = dated(ledBy('giao-duc-dao-tao'));
      const first = Math.min(...led.map(month));
      expect(rowsCited(a).sort()).toEqual(
        led
          .filter((r) => month(r) === first)
          .map((r) => r.id)
          .sort(),
      );
    },
  );

  it('when "việc thứ 2 hạn khi nào" follows a list, then it answers the deadline of the list\'s second row', () => {
    const say = conversation();
    say('Bộ Tài chính chủ trì những việc gì?');
    const second = ledBy('tai-chinh')[1]!;
    const a = say('việc thứ 2 hạn khi nào');
    expect(a.intent).toBe('deadline');
    expect(cited(a)).toContain(second.id);
    expect(says(a, second.deadline.text)).toBe(true);
  });

  it('when "sản phẩm của nó là gì" follows a row in focus, then it gives that row\'s product', () => {
    const say = conversation();
    say('B.19 là gì?');
    const a = say('sản phẩm của nó là gì');
    expect(cited(a)).toContain('B.19');
    expect(says(a, kb.row('B.19')!.product)).toBe(true);
  });

  it(
    'when "trong đó Bộ Công an chiếm mấy việc?" follows a count of part B, then it counts the ' +
      'part B rows Bộ Công an leads',
    () => {
      const say = conversation();
      say('phụ lục phần B có bao nhiêu nhiệm vụ');
      const a = say('trong đó Bộ Công an chiếm mấy việc?');
      const led = kb.rowsOfPart('B').filter((r) => r.lead.agencyIds.includes('cong-an'));
      expect(rowsCited(a).sort()).toEqual(led.map((r) => r.id).sort());
      expect(a.text).toContain(String(led.length));
    },
  );

  it(
    'when "bên nào phối hợp?" follows a described task, then it answers for the task the last ' + 'answer was about',
    () => {
      const say = conversation();
      const first = say('Ai chủ trì xây dựng cơ sở dữ liệu đất đai quốc gia?');
      const focus = first.citations[0]!.id;
      const a = say('bên nào phối hợp?');
      expect(a.intent).toBe('lead');
      expect(cited(a)[0]).toBe(focus);
      expect(says(a, kb.row(focus)!.coop.text)).toBe(true);
    },
  );

  it(
    'when "which of those is due first?" follows an English list, then the answer stays in ' +
      'English and on that list',
    () => {
      const say = conversation();
      say('What does the Ministry of Home Affairs lead?');
      const a = say('which of those is due first?');
      expect(a.language).toBe('en');
      const led = dated(ledBy('noi-vu'));
      expect(rowsCited(a)).toContain(led.sort((x, y) => month(x) - month(y))[0]!.id);
    },
  );
});

describe('2. every agency the directive names', () => {
  it(
    'when a body that leads nothing is asked about (Thanh tra Chính phủ), then the answer says ' +
      'so and lists the rows it cooperates on',
    () => {
      const a = ask('Thanh tra Chính phủ có được giao chủ trì nhiệm vụ nào không?');
      const coop = kb.model.appendix.filter((r) => r.coop.agencyIds.includes('thanh-tra-chinh-phu')).map((r) => r.id);
      expect(coop.length).toBeGreaterThan(0);
      expect(says(a, 'không giao riêng')).toBe(true);
      for (const id of coop) expect(rowsCited(a)).toContain(id);
    },
  );

  it(
    'when a body named only in the preamble is asked about in chat shorthand (Tập đoàn Điện ' +
      'lực VN), then the answer says so and cites the preamble',
    () => {
      const a = ask('Tập đoàn Điện lực VN có phải làm việc j ko?');
      expect(kb.model.appendix.some((r) => r.lead.agencyIds.includes('evn') || r.coop.agencyIds.includes('evn'))).toBe(
        false,
      );
      expect(a.intent).toBe('obligations');
      expect(cited(a)).toContain('PREAMBLE');
      expect(says(a, 'biểu dương')).toBe(true);
    },
  );

  it('when a body with its own rows is asked about, then part A is not put in place of its own rows', () => {
    const a = ask('Đài Truyền hình Việt Nam phải làm gì?');
    for (const r of ledBy('dai-truyen-hinh')) expect(rowsCited(a)).toContain(r.id);
    expect(says(a, 'không giao riêng')).toBe(false);
  });
});

describe('3. local government', () => {
  const provincial = kb.rowsOfPart('C').filter((r) => r.lead.groups.includes('all-provinces'));

  it('when "các địa phương phải làm gì" is asked, then the part C rows that bind every province are cited', () => {
    const a = ask('các địa phương phải làm gì theo chỉ thị?');
    expect(a.intent).toBe('obligations');
    for (const r of provincial) expect(rowsCited(a)).toContain(r.id);
  });

  it(
    'when a department (Sở Tư pháp) asks, then the answer says the directive addresses the ' +
      "provincial People's Committee",
    () => {
      const a = ask('Sở Tư pháp có nhiệm vụ gì riêng trong chỉ thị không?');
      expect(a.intent).toBe('obligations');
      expect(says(a, 'Ủy ban nhân dân')).toBe(true);
      expect(rowsCited(a).some((id) => id.startsWith('C.'))).toBe(true);
    },
  );

  it(
    "when provincial People's Committees are asked about in English with a month, then only " +
      'their rows due by then come back',
    () => {
      const a = ask("What must provincial People's Committees finish by June 2023?");
      const due = provincial.filter((r) => r.deadline.kind === 'month' && month(r) <= key(6)).map((r) => r.id);
      for (const id of due) expect(rowsCited(a)).toContain(id);
      for (const r of provincial.filter((x) => x.deadline.kind === 'month' && month(x) > key(6)))
        expect(rowsCited(a)).not.toContain(r.id);
    },
  );
});

describe("4. citizens' messages forwarded by the help desk", () => {
  it(
    'when a forwarded message asks about a death registration and removing the residence ' +
      'record together, then the linked procedure (B.45) is found',
    () => {
      const a = ask(
        'Fwd: Chào ad, nhà em có ông vừa mất, em nghe nói giờ làm giấy báo tử với xóa thường trú ' +
          'một lần là xong, có đúng không ạ? Cảm ơn ad',
      );
      expect(a.intent).not.toBe('fallback');
      expect(rowsCited(a)).toContain('B.45');
    },
  );

  it(
    'when a citizen asks without diacritics about renewing a driving licence online, then B.42 ' +
      'is found with its lead',
    () => {
      const a = ask('cho e hoi doi bang lai xe online toan trinh dc chua a');
      expect(rowsCited(a)).toContain('B.42');
      expect(says(a, 'Giao thông vận tải')).toBe(true);
    },
  );

  it(
    'when a citizen asks about paying hospital fees without cash, then the answer quotes the ' +
      'directive and says personal fees are not in it',
    () => {
      const a = ask('Fwd: bệnh viện huyện bảo giờ chỉ nhận chuyển khoản viện phí thôi, chỉ thị có nói vậy không ạ?');
      expect(rowsCited(a)).toContain('C.3');
      expect(says(a, 'viện phí')).toBe(true);
      expect(says(a, 'lệ phí')).toBe(true);
    },
  );
});

describe('5. topics', () => {
  it('when a topic is asked with "có nhiệm vụ nào về …", then the row about it is found (digital maps: B.19)', () => {
    expect(rowsCited(ask('Có nhiệm vụ nào về bản đồ số không?'))).toContain('B.19');
  });

  it('when who leads a described task is asked, then the lead is named (mobile subscriber data: B.27)', () => {
    const a = ask('Việc làm sạch dữ liệu thuê bao di động do ai chủ trì?');
    expect(a.intent).toBe('lead');
    expect(cited(a)[0]).toBe('B.27');
  });

  it('when "được nhắc ở đâu" is asked about a phrase, then every row holding it is listed', () => {
    const a = ask('Hệ thống thông tin giải quyết thủ tục hành chính được nhắc ở những nhiệm vụ nào?');
    const holding = kb.model.appendix.filter((r) =>
      foldForScore(r.task).includes('he thong thong tin giai quyet thu tuc hanh chinh'),
    );
    expect(holding.length).toBeGreaterThan(1);
    for (const r of holding) expect(rowsCited(a)).toContain(r.id);
  });
});

describe('6. facts and figures', () => {
  it.each([
    ['Chỉ thị yêu cầu cắt giảm tối thiểu bao nhiêu % thông tin phải khai báo?', '20%', 'A.10'],
    ['Phấn đấu hồ sơ sức khỏe điện tử hiển thị lên ít nhất bao nhiêu tài khoản VNeID?', '30 triệu', 'B.6'],
    ['Phủ sóng cho bao nhiêu thôn, bản chưa có sóng?', '266', 'B.29'],
  ])('when asked "%s", then the answer holds the figure %s, uncut, with its row', (q, figure, row) => {
    const a = ask(q);
    expect(a.intent).not.toBe('fallback');
    expect(cited(a)).toContain(row);
    expect(says(a, figure)).toBe(true);
  });
});

describe('7. filters over lists', () => {
  it('when "phần C có việc nào hạn tháng 6/2023" is asked, then exactly part C\'s June rows come back', () => {
    const june = kb
      .rowsOfPart('C')
      .filter((r) => r.deadline.kind === 'month' && month(r) === key(6))
      .map((r) => r.id);
    expect(rowsCited(ask('phần C có việc nào hạn tháng 6/2023 không?')).sort()).toEqual(june.sort());
  });

  it(
    "when an agency's overdue tasks at a month are asked, then its rows due before that month " +
      'come back, and no status is claimed',
    () => {
      const a = ask('tới tháng 7/2023 thì Bộ Y tế có việc nào đã quá hạn?');
      const past = dated(ledBy('y-te'))
        .filter((r) => month(r) < key(7))
        .map((r) => r.id);
      expect(rowsCited(a).sort()).toEqual(past.sort());
      expect(says(a, 'không ghi nhận')).toBe(true);
    },
  );
});

describe('8. onboarding', () => {
  it(
    'when a new staff member asks what the directive says, then a short overview with its ' +
      'sections and an offer of the tour comes back',
    () => {
      const a = ask('Em mới vào làm, chỉ thị 05 nói về cái gì vậy ạ?');
      expect(a.intent).not.toBe('fallback');
      expect(cited(a)).toContain('S16');
      expect(says(a, 'hướng dẫn')).toBe(true);
    },
  );

  it('when "tại sao triển khai chậm" is asked, then the eight bottlenecks are cited', () => {
    const a = ask('Tại sao Đề án 06 triển khai chậm vậy?');
    for (const n of [1, 2, 3, 4, 5, 6, 7, 8]) expect(cited(a)).toContain(`N${n}`);
  });

  it('when "chỉ thị gồm mấy phần" is asked, then the answer names the 19 sections and the appendix parts', () => {
    const a = ask('Chỉ thị gồm mấy phần?');
    expect(a.intent).not.toBe('fallback');
    expect(says(a, '19')).toBe(true);
    expect(says(a, 'phần C')).toBe(true);
  });
});

describe('9. English', () => {
  it(
    'when the State Bank of Vietnam is asked about, then the answer is in English and lists ' + 'its cooperation rows',
    () => {
      const a = ask('What does the State Bank of Vietnam have to do?');
      expect(a.language).toBe('en');
      const coop = kb.model.appendix.filter((r) => r.coop.agencyIds.includes('ngan-hang-nha-nuoc')).map((r) => r.id);
      for (const id of coop) expect(rowsCited(a)).toContain(id);
    },
  );

  it(
    'when a topic is asked in English words the directive does not use, then the lexicon finds ' +
      'the row (health check results for driving licences)',
    () => {
      const a = ask('Who shares medical check-up results for driving licences electronically?');
      expect(a.language).toBe('en');
      expect(rowsCited(a)).toContain('B.12');
    },
  );

  it('when Vietnam Social Security is asked about, then its rows are found', () => {
    const a = ask('Which tasks involve Vietnam Social Security?');
    const coop = kb.model.appendix.filter((r) => r.coop.agencyIds.includes('bao-hiem-xa-hoi')).map((r) => r.id);
    expect(rowsCited(a).some((id) => coop.includes(id))).toBe(true);
  });
});

describe('10. declines that stay declines', () => {
  it.each([
    ['Phí làm lại thẻ căn cước bây giờ hết bao nhiêu tiền?', 'a fee amount'],
    ['Không đăng ký tạm trú thì bị phạt bao nhiêu?', 'a fine'],
    ['Năm 2025 tỉnh Gia Lai đã làm xong Đề án 06 chưa?', 'status in a later year'],
    ['Số tổng đài hỗ trợ VNeID là số mấy?', 'a hotline'],
    ['Tỉnh nào đứng đầu bảng xếp hạng chuyển đổi số năm nay?', 'a ranking'],
    ['Làm sao lấy lại mật khẩu VNeID khi quên?', 'a how-to'],
    ['Làm hộ chiếu cần mang theo giấy tờ gì?', 'papers of a procedure'],
    ['How much is the fee for a new chip ID card?', 'a fee amount, in English'],
  ])('when asked "%s" (%s), then it declines and cites no row', (q) => {
    const a = ask(q);
    expect(a.intent).toBe('fallback');
    expect(rowsCited(a)).toEqual([]);
  });

  it('when a decline is close to a row, then it points to the row in words without citing it', () => {
    const a = ask('Cơ sở lưu trú không thông báo lưu trú qua VNeID thì bị phạt bao nhiêu?');
    expect(a.intent).toBe('fallback');
    expect(rowsCited(a)).toEqual([]);
    expect(a.text).toContain('C.4');
  });
});

describe('answers are immutable', () => {
  it('when a handler or a channel tries to change an answer, then it cannot (answers are frozen, deep)', () => {
    const a = ask('B.6 là gì?');
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.isFrozen(a.citations[0])).toBe(true);
    expect(() => a.notes.push('x')).toThrow(TypeError);
  });
});

describe('words that are also names of JavaScript object properties', () => {
  it('when a question is just "constructor", "toString" or "valueOf", then it is read as the word, not as a property inherited by the shorthand table', () => {
    for (const word of ['constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
      expect(cleanQuestion(word, 2000).folded).toBe(word.toLowerCase());
      expect(engine.ask(word, emptyContext()).answer.intent).toBe('fallback');
    }
  });
});
