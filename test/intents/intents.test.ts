/**
 * Phrasing families per intent, beyond the dev set: each row is a question, what the answer must
 * (and must not) cite, and one line on why. Unseen ministries, months and spellings must work as
 * well as the dev set's.
 */
import { describe, expect, it } from 'vitest';
import { listPosition } from '../../src/intents/references.js';
import { AnswerSchema } from '../../src/intents/answer.js';
import {
  CONTEXT_FIELDS,
  ConversationContextSchema,
  emptyContext,
  type ConversationContext,
} from '../../src/intents/context.js';
import { engineFromSeed, loadKnowledgeFromSeed } from '../../src/seed-file.js';
import { understand } from '../../src/intents/understand.js';
import { foldForScore } from '../helpers/score.js';

const engine = engineFromSeed();

interface Case {
  q: string;
  intent: string;
  must?: string[];
  mustNot?: string[];
  text?: string[];
  why: string;
}

function run(c: Case, context?: ConversationContext) {
  const { answer, context: next } = engine.ask(c.q, context);
  expect(AnswerSchema.safeParse(answer).success).toBe(true);
  const ids = answer.citations.map((x) => x.id);
  expect(answer.intent, `${c.q}: ${answer.heading}`).toBe(c.intent);
  for (const m of c.must ?? []) expect(ids, `${c.q} should cite ${m}`).toContain(m);
  for (const m of c.mustNot ?? []) expect(ids, `${c.q} should not cite ${m}`).not.toContain(m);
  for (const t of c.text ?? []) expect(foldForScore(answer.text)).toContain(foldForScore(t));
  return { answer, next };
}

function table(name: string, cases: Case[]) {
  describe(name, () => {
    for (const c of cases) it(`when asked "${c.q}", then ${c.why}`, () => void run(c));
  });
}

table('obligations of an agency', [
  {
    q: 'Bộ Công an phải làm gì?',
    intent: 'obligations',
    must: ['B.1', 'B.9', 'B.46', 'B.10'],
    mustNot: ['B.34', 'B.22'],
    why: 'it lists every row BCA leads (B.46 co-led with VPCP) and those it cooperates on (B.10), not others’ (B.34)',
  },
  {
    q: 'bo tu phap co nhiem vu gi',
    intent: 'obligations',
    must: ['B.33', 'B.34'],
    mustNot: ['B.6'],
    why: 'no diacritics still finds the Ministry of Justice',
  },
  {
    q: 'BỘ Y TẾ PHẢI LÀM GÌ',
    intent: 'obligations',
    must: ['B.10', 'B.11', 'B.12'],
    why: 'all capitals fold to the same agency',
  },
  { q: 'bộ y tể lm gì', intent: 'obligations', must: ['B.10'], why: 'a tone-mark typo and chat shorthand still work' },
  {
    q: 'Bộ Nội vụ có nhiệm vụ gì đến hết tháng 3/2023?',
    intent: 'obligations',
    must: ['B.21'],
    mustNot: ['B.20'],
    why: 'B.20 is due in June, outside the window',
  },
  {
    q: 'Bộ Xây dựng phải hoàn thành gì trong tháng 6?',
    intent: 'obligations',
    must: ['B.16'],
    mustNot: ['B.42'],
    why: 'a year-less month means 2023; B.42 is March (predecessor MOT)',
  },
  {
    q: 'Bộ Nông nghiệp và Môi trường phải làm gì?',
    intent: 'obligations',
    must: ['B.17', 'B.3', 'B.16', 'A.1'],
    text: ['Bộ Tài nguyên và Môi trường phối hợp', 'thành lập sau Chỉ thị'],
    why:
      'a ministry formed in 2025 lists its predecessors’ lead rows, their cooperation rows (B.16 ' +
      'via MONRE), and the part A rows that bound them as ministries, with a note saying why',
  },
  {
    q: 'Bộ Khoa học và Công nghệ phối hợp những việc gì?',
    intent: 'obligations',
    must: ['B.5', 'B.43'],
    mustNot: ['B.1'],
    text: ['Bộ Thông tin và Truyền thông phối hợp'],
    why:
      'MIC merged into MOST: the rows MIC cooperated on are MOST’s cooperation rows, tagged with ' +
      'whom the directive named',
  },
  {
    q: 'Bộ Giáo dục và Đào tạo phải làm gì trong tháng 6/2023?',
    intent: 'obligations',
    must: ['B.41'],
    why: 'MOET leads B.41, due June 2023',
  },
  { q: 'GTVT phải làm gì?', intent: 'obligations', must: ['B.42'], why: 'abbreviation GTVT' },
  {
    q: 'TN&MT phải làm gì?',
    intent: 'obligations',
    must: ['B.17', 'B.18', 'B.19'],
    why: 'abbreviation with an ampersand',
  },
  { q: 'Bộ KH&ĐT có nhiệm vụ gì?', intent: 'obligations', must: ['B.35', 'B.36', 'B.37'], why: 'KH&ĐT with đ' },
  { q: 'LĐTBXH phải làm gì', intent: 'obligations', must: ['B.13', 'B.14', 'B.15'], why: 'LĐTBXH abbreviation' },
  {
    q: 'Bộ Lao động Thương binh và Xã hội phải làm gì?',
    intent: 'obligations',
    must: ['B.13'],
    why: 'the name without its dash, as the seed writes it once',
  },
  {
    q: 'VPCP phải làm gì?',
    intent: 'obligations',
    must: ['B.44', 'B.45', 'B.46'],
    why: 'the Government Office leads B.44–B.46',
  },
  {
    q: 'NHNN phối hợp những nhiệm vụ nào?',
    intent: 'obligations',
    must: ['B.5', 'B.9', 'B.15'],
    mustNot: ['B.1'],
    why: 'role "phối hợp" lists only cooperation',
  },
  {
    q: 'Bộ Tài chính chủ trì những nhiệm vụ nào?',
    intent: 'obligations',
    must: ['B.38', 'B.39', 'B.40'],
    mustNot: ['C.1', 'C.2'],
    why: 'role "chủ trì" leaves out the rows it cooperates on',
  },
  {
    q: 'Đài Truyền hình Việt Nam phải làm gì?',
    intent: 'obligations',
    must: ['B.43'],
    why: 'a press agency leads B.43',
  },
  { q: 'Ban Cơ yếu Chính phủ tham gia việc gì?', intent: 'obligations', must: ['B.26'], why: 'it cooperates on B.26' },
  {
    q: 'Bộ Ngoại giao phải làm gì?',
    intent: 'obligations',
    mustNot: ['B.1', 'B.34', 'C.1'],
    text: ['không giao riêng'],
    why: 'a ministry the directive does not name: only the common part A',
  },
  {
    q: 'Bộ Y tế có nhiệm vụ thường xuyên nào?',
    intent: 'obligations',
    must: ['B.11'],
    mustNot: ['B.10', 'B.12'],
    why: 'recurring duties only',
  },
  {
    q: 'What must the Ministry of Justice do?',
    intent: 'obligations',
    must: ['B.33', 'B.34'],
    text: ['Ministry of Justice'],
    why: 'English question, English answer',
  },
  {
    q: 'What are the MPS tasks due before April 2023?',
    intent: 'obligations',
    must: ['B.3', 'B.8'],
    mustNot: ['B.4', 'B.6'],
    why: '"before April" ends in March',
  },
]);

table('provinces', [
  {
    q: 'Tỉnh Gia Lai phải làm gì trong tháng 3/2023?',
    intent: 'obligations',
    must: ['C.3', 'C.5'],
    mustNot: ['C.1', 'C.2'],
    why: 'Gia Lai is one of C.5’s eight provinces',
  },
  {
    q: 'UBND tỉnh Nghệ An phải làm gì trong tháng 3/2023?',
    intent: 'obligations',
    must: ['C.3'],
    mustNot: ['C.5'],
    why: 'Nghệ An is not among C.5’s eight provinces',
  },
  {
    q: 'Hà Nội phải làm gì?',
    intent: 'obligations',
    must: ['C.1', 'C.8'],
    mustNot: ['C.5'],
    why: 'a city is a province-level unit',
  },
  { q: 'dak nong phai lam gi', intent: 'obligations', must: ['C.5'], why: 'Đắk Nông without diacritics' },
  { q: 'Khánh Hoà phải làm gì?', intent: 'obligations', must: ['C.5'], why: 'old tone placement "Hoà" equals "Hòa"' },
  {
    q: 'Tỉnh Lâm Đồng phải làm gì?',
    intent: 'obligations',
    must: ['C.5'],
    text: ['Đắk Nông'],
    why: 'the 2025 Lâm Đồng includes Đắk Nông, which C.5 named',
  },
]);

table('who leads, who cooperates, when', [
  {
    q: 'Mục tiêu cấp tài khoản định danh điện tử đến tháng 6/2023 là bao nhiêu?',
    intent: 'search',
    must: ['B.6'],
    why:
      'a described task with a month is about that task, not the month’s list; “tài khoản”, ' +
      '“điện tử” are content, not the question words “tại”, “từ”',
  },
  {
    q: 'Chỉ thị yêu cầu cắt giảm bao nhiêu phần trăm thông tin trên tờ khai?',
    intent: 'search',
    must: ['A.10'],
    why: '“bao nhiêu phần trăm” asks for a figure (A.10: at least 20%), not for a count of tasks',
  },
  {
    q: 'Ai chủ trì việc xây dựng Đề án Trung tâm dữ liệu quốc gia?',
    intent: 'lead',
    must: ['B.1'],
    text: ['Bộ Công an'],
    why: 'a task described in words',
  },
  {
    q: 'Đơn vị nào chịu trách nhiệm hướng dẫn lưu trữ điện tử?',
    intent: 'lead',
    must: ['B.21'],
    text: ['Bộ Nội vụ'],
    why: '"đơn vị nào" asks who',
  },
  {
    q: 'Ai phối hợp thực hiện B.5?',
    intent: 'lead',
    must: ['B.5'],
    text: ['Ngân hàng Nhà nước'],
    why: 'cooperators of a numbered row',
  },
  { q: 'B.22 hạn khi nào?', intent: 'deadline', must: ['B.22'], text: ['9/2023'], why: 'deadline of a numbered row' },
  {
    q: 'Khi nào phải ban hành quy trình liên thông khai sinh, thường trú, bảo hiểm y tế cho trẻ dưới 6 tuổi?',
    intent: 'deadline',
    must: ['B.45'],
    text: ['02/2023'],
    why: 'deadline of a described task',
  },
  {
    q: 'When is the SMS notification task due?',
    intent: 'deadline',
    must: ['B.32'],
    why: 'English, matched through the lexicon',
  },
  {
    q: 'Hạn chót nộp báo cáo cho Thủ tướng là khi nào?',
    intent: 'deadline',
    must: ['B.39', 'B.44'],
    text: ['3/2023', 'thường xuyên'],
    why:
      '"hạn chót" asks for a deadline and "nộp" is the report\'s verb: the two rows that report ' +
      'to the Prime Minister (March 2023, and recurring)',
  },
  {
    q: 'Bộ Y tế phải xong việc gì chậm nhất tháng 6/2023?',
    intent: 'obligations',
    must: ['B.10', 'B.12'],
    text: ['đến hết tháng 6/2023'],
    why: '"chậm nhất" is dropped from the topic but still sets the window: by June at the latest',
  },
  {
    q: 'Ai tổng hợp báo cáo kết quả thực hiện chỉ thị?',
    intent: 'lead',
    must: ['B.44'],
    text: ['Văn phòng Chính phủ'],
    why:
      '"tổng hợp báo cáo" is reporting: the Government Office reports the results, not B.7 ' +
      '(whose "tổng hợp" is data analysis)',
  },
]);

table('items and sections', [
  { q: 'B.6', intent: 'item', must: ['B.6', 'S3.6'], why: 'a bare id cites the row and its body paragraph' },
  { q: 'c7 là gì', intent: 'item', must: ['C.7'], why: 'lower-case compact id' },
  { q: 'phần B mục 44', intent: 'item', must: ['B.44'], why: 'part before number' },
  { q: 'STT 3 phần A', intent: 'item', must: ['A.3'], why: '"STT" as the number word' },
  {
    q: 'A.19 là gì?',
    intent: 'fallback',
    mustNot: ['A.19'],
    text: ['A.1–A.18'],
    why: 'a row that does not exist is said not to exist',
  },
  {
    q: 'Mục 16 của Chỉ thị',
    intent: 'section',
    must: ['S16', 'S16.6'],
    text: ['Ủy ban nhân dân'],
    why: 'a body section with its paragraphs',
  },
  { q: 'Mục 25', intent: 'fallback', text: ['19 mục'], why: 'there are 19 sections' },
  { q: 'điểm nghẽn số 7', intent: 'item', must: ['N7'], text: ['an toàn thông tin'], why: 'one bottleneck' },
  { q: 'phần C', intent: 'item', must: ['C.1', 'C.8'], why: 'a whole appendix part' },
]);

table('periods, recurring, counts', [
  {
    q: 'Những nhiệm vụ nào phải xong trong 6 tháng đầu năm 2023?',
    intent: 'period',
    must: ['B.6', 'B.12'],
    mustNot: ['B.13'],
    why: 'a half-year is a window, not a topic (“đầu” marked is kept as content elsewhere)',
  },
  {
    q: 'UBND tỉnh Quảng Ninh phải hoàn thành gì trước 30/6/2023?',
    intent: 'obligations',
    must: ['C.1', 'C.2'],
    mustNot: ['A.4'],
    text: ['đến hết tháng 6/2023'],
    why:
      'a date with a day is read at the deadlines’ month granularity: before 30 June includes ' +
      'June (C.2), not September (A.4)',
  },
  {
    q: 'Bộ Y tế phải xong gì trước ngày 1/7/2023?',
    intent: 'obligations',
    must: ['B.10', 'B.12'],
    text: ['trước tháng 7/2023'],
    why: 'before the 1st of July is before July',
  },
  {
    q: 'Nhiệm vụ nào hết hạn sau 30/6/2023?',
    intent: 'period',
    must: ['B.13', 'A.4'],
    mustNot: ['B.10', 'B.6'],
    why: 'after the last day of June starts in July',
  },
  {
    q: 'What must the Ministry of Health finish before 1/7/2023?',
    intent: 'obligations',
    must: ['B.10', 'B.12'],
    text: ['before 7/2023'],
    why: 'English with a day-month-year date',
  },
  {
    q: 'Những nhiệm vụ nào hết hạn trong tháng 12/2023?',
    intent: 'period',
    must: ['B.29'],
    mustNot: ['B.22'],
    why: 'only B.29 is due in December',
  },
  { q: 'Nhiệm vụ nào đến hạn tháng 7?', intent: 'period', must: ['B.24'], why: 'a year-less month' },
  {
    q: 'Có nhiệm vụ nào hạn tháng 6/2024 không?',
    intent: 'period',
    mustNot: ['B.6'],
    text: ['Không có nhiệm vụ nào'],
    why: 'another year has nothing due, and says so',
  },
  {
    q: 'Nhiệm vụ nào thực hiện thường xuyên?',
    intent: 'recurring',
    must: ['A.2', 'B.2', 'C.8', 'B.7', 'A.8'],
    why: 'recurring, from-month and external rows, listed apart',
  },
  { q: 'Phần B có bao nhiêu nhiệm vụ?', intent: 'count', text: ['46'], why: 'count of a part' },
  { q: 'Phụ lục có tất cả bao nhiêu nhiệm vụ?', intent: 'count', text: ['72'], why: 'count of the whole appendix' },
  { q: 'Bộ Thông tin và Truyền thông chủ trì bao nhiêu nhiệm vụ?', intent: 'count', text: ['11'], why: 'B.22–B.32' },
  { q: 'Có mấy điểm nghẽn?', intent: 'count', text: ['8'], why: 'the bottlenecks' },
  {
    q: 'tháng 0 có việc gì',
    intent: 'fallback',
    text: ['không phải là một tháng'],
    why: 'an impossible month is said to be impossible',
  },
]);

table('the document, praise, restructuring', [
  {
    q: 'Chỉ thị gửi cho những ai?',
    intent: 'meta',
    must: ['RECIPIENTS'],
    why: 'who the directive was sent to: its “Nơi nhận”',
  },
  {
    q: 'Chỉ thị 05 là gì?',
    intent: 'meta',
    must: ['META'],
    text: ['72 nhiệm vụ'],
    why: 'the document itself: what it is, who issued it, how it is laid out',
  },
  {
    q: 'Chỉ thị 5 là gì?',
    intent: 'meta',
    must: ['META'],
    why:
      'the directive named without its leading zero is still the document itself (one list of ' +
      'words names it, for the cue and for the topic)',
  },
  {
    q: 'Đề án 06 là gì?',
    intent: 'meta',
    must: ['META', 'PREAMBLE'],
    text: ['Đề án 06'],
    why: 'Đề án 06 in the directive’s own words (its preamble), cited',
  },
  { q: 'What is Project 06?', intent: 'meta', must: ['PREAMBLE'], why: 'the same in English' },
  {
    q: 'Chỉ thị có đề cập đến chữ ký số không?',
    intent: 'search',
    must: ['B.28'],
    why: 'naming the directive with a topic is a question about the topic (B.28: xác thực chữ ký số)',
  },
  {
    q: 'Những nhiệm vụ nào liên quan đến VNeID?',
    intent: 'search',
    must: ['B.6'],
    why: '“liên quan đến” asks; VNeID is the topic',
  },
  {
    q: 'Bộ LĐTBXH giờ thành bộ nào?',
    intent: 'restructure',
    text: ['Bộ Nội vụ'],
    why: '“giờ thành bộ nào” asks what it became',
  },
  { q: 'Chỉ thị 05 ký ngày nào?', intent: 'meta', text: ['23/02/2023'], why: 'the date' },
  {
    q: 'Nơi nhận của Chỉ thị gồm những ai?',
    intent: 'meta',
    must: ['RECIPIENTS'],
    text: ['Ban Bí thư'],
    why: 'the recipients',
  },
  {
    q: 'Thủ tướng biểu dương những địa phương nào?',
    intent: 'praised',
    text: ['Thái Nguyên'],
    why: 'the praised list',
  },
  {
    q: 'Bộ Giao thông vận tải giờ thuộc bộ nào?',
    intent: 'restructure',
    text: ['Bộ Xây dựng'],
    why: 'MOT merged into Construction',
  },
  {
    q: 'Bộ Lao động - Thương binh và Xã hội sáp nhập vào đâu?',
    intent: 'restructure',
    text: ['Bộ Nội vụ', 'Bộ Y tế'],
    why: 'MOLISA was split',
  },
  { q: 'Tỉnh Bắc Kạn giờ thuộc tỉnh nào?', intent: 'restructure', text: ['Thái Nguyên'], why: 'the 34-province map' },
  {
    q: 'Tỉnh Lâm Đồng giờ gồm những tỉnh nào?',
    intent: 'restructure',
    text: ['Đắk Nông', 'Bình Thuận'],
    why: 'a 2025 province lists the former provinces it covers',
  },
  {
    q: 'Thừa Thiên Huế giờ là gì?',
    intent: 'restructure',
    text: ['Thành phố Huế'],
    why: 'the 2025 unit’s name from the 34-unit list',
  },
]);

table('declining', [
  { q: 'Dự báo thời tiết ngày mai', intent: 'fallback', why: 'weather is outside the directive' },
  { q: 'Kết quả bóng đá tối qua', intent: 'fallback', why: 'football is outside the directive' },
  { q: 'Luật Đất đai 2024 có hiệu lực khi nào?', intent: 'fallback', why: 'another legal document' },
  { q: 'Thông tư 17/2023/TT-BTC quy định gì?', intent: 'fallback', why: 'another legal document by number' },
  { q: 'xyz qwerty', intent: 'fallback', why: 'gibberish clears no confidence floor' },
]);

describe('follow-ups in one conversation', () => {
  it(
    'when "Còn Bộ Tư pháp thì sao?" follows a dated agency question, then the window is kept ' +
      'and the agency switched',
    () => {
      let ctx: ConversationContext = emptyContext();
      ({ next: ctx } = run(
        { q: 'Bộ Y tế phải hoàn thành gì đến hết tháng 3/2023?', intent: 'obligations', must: ['B.12'], why: '' },
        ctx,
      ));
      run(
        { q: 'Còn Bộ Tư pháp thì sao?', intent: 'obligations', must: ['B.33'], mustNot: ['B.34', 'B.12'], why: '' },
        ctx,
      );
    },
  );

  it('when the follow-up switches to English, then the kept window is said in English', () => {
    let ctx: ConversationContext = emptyContext();
    ({ next: ctx } = run(
      { q: 'Bộ Y tế phải làm gì đến hết tháng 6/2023?', intent: 'obligations', must: ['B.10'], why: '' },
      ctx,
    ));
    const { answer } = run(
      {
        q: 'What about the Ministry of Justice?',
        intent: 'obligations',
        must: ['B.33', 'B.34'],
        text: ['by the end of 6/2023'],
        why: '',
      },
      ctx,
    );
    expect(answer.heading).not.toMatch(/tháng/u);
  });

  it(
    'when an agency is asked without a month, then a later "Còn …?" does not bring back a ' +
      'month from several turns before',
    () => {
      let ctx: ConversationContext = emptyContext();
      ({ next: ctx } = run(
        { q: 'Bộ Y tế phải làm gì trong tháng 3/2023?', intent: 'obligations', must: ['B.12'], why: '' },
        ctx,
      ));
      ({ next: ctx } = run({ q: 'Tỉnh Nghệ An phải làm gì?', intent: 'obligations', must: ['C.1'], why: '' }, ctx));
      // Bộ Tài chính's B.40 is due in June: it is listed only if no March window came back.
      run({ q: 'Còn Bộ Tài chính thì sao?', intent: 'obligations', must: ['B.38', 'B.40'], why: '' }, ctx);
    },
  );

  it('when "Những việc nào trong số đó hạn tháng 6/2023?" follows a list, then only that list is narrowed', () => {
    let ctx: ConversationContext = emptyContext();
    ({ next: ctx } = run({ q: 'Bộ Công an phải làm gì?', intent: 'obligations', must: ['B.1'], why: '' }, ctx));
    run(
      {
        q: 'Những việc nào trong số đó hạn tháng 6/2023?',
        intent: 'period',
        must: ['B.4', 'B.6', 'B.10'],
        mustNot: ['B.1', 'B.3', 'B.13', 'B.34'],
        why: '',
      },
      ctx,
    );
  });

  it(
    'when a follow-up names a position in the last list ("việc đầu tiên", "thứ 2", "the last ' +
      'one"), then it is about that row, and the list stays for the next',
    () => {
      let ctx: ConversationContext = emptyContext();
      ({ next: ctx } = run(
        { q: 'Bộ Công an phối hợp những việc gì?', intent: 'obligations', must: ['B.10'], why: '' },
        ctx,
      ));
      ({ next: ctx } = run(
        { q: 'trong số đó việc nào hạn tháng 6', intent: 'period', must: ['B.10', 'B.14'], why: '' },
        ctx,
      ));
      const list = ctx.listIds!;
      let answer;
      ({ next: ctx, answer } = run({ q: 'việc đầu tiên ai chủ trì?', intent: 'lead', must: [list[0]!], why: '' }, ctx));
      expect(answer.citations[0]?.id).toBe(list[0]);
      ({ next: ctx, answer } = run({ q: 'còn nhiệm vụ thứ 2?', intent: 'item', must: [list[1]!], why: '' }, ctx));
      expect(answer.citations[0]?.id).toBe(list[1]);
      ({ answer } = run(
        { q: 'when is the last one due?', intent: 'deadline', must: [list[list.length - 1]!], why: '' },
        ctx,
      ));
      expect(answer.citations[0]?.id).toBe(list[list.length - 1]);
    },
  );

  it('when "Ai phối hợp thực hiện?" follows one item, then it answers about that item', () => {
    let ctx: ConversationContext = emptyContext();
    ({ next: ctx } = run({ q: 'B.12 là gì?', intent: 'item', must: ['B.12'], why: '' }, ctx));
    run(
      { q: 'Ai phối hợp thực hiện?', intent: 'lead', must: ['B.12'], text: ['Bảo hiểm xã hội Việt Nam'], why: '' },
      ctx,
    );
  });

  it('when the tour is walked with next / back / jump / exit, then the steps follow and the position is kept', () => {
    let ctx: ConversationContext = emptyContext();
    const step = (q: string) => {
      const r = engine.ask(q, ctx);
      ctx = r.context;
      return r.answer;
    };
    expect(step('hướng dẫn').tour).toMatchObject({ step: 1, stepId: 'overview' });
    expect(step('tiếp theo').tour).toMatchObject({ step: 2, stepId: 'bottlenecks' });
    expect(step('Bộ Y tế phải làm gì?').intent).toBe('obligations');
    expect(step('tiếp').tour).toMatchObject({ step: 3 });
    expect(step('quay lại').tour).toMatchObject({ step: 2 });
    const last = step('bước 99');
    expect(last.tour?.canNext).toBe(false);
    expect(last.tour?.stepId).toBe('follow-up');
    expect(step('thoát').tour?.ended).toBe(true);
    expect(step('tiếp theo').intent).not.toBe('tour');
  });
});

describe('the contexts the engine makes', () => {
  it(
    'when a conversation goes through agencies, months, lists, items and the tour, then every ' +
      "context has all the schema's fields in its order, cleared ones undefined, and survives " +
      'JSON unchanged',
    () => {
      let ctx: ConversationContext = emptyContext();
      const questions = [
        'Bộ Y tế phải làm gì đến hết tháng 6/2023?',
        'Còn Bộ Tư pháp thì sao?',
        'trong số đó việc nào hạn tháng 6',
        'việc đầu tiên ai chủ trì?',
        'B.12 là gì?',
        'hướng dẫn',
        'tiếp theo',
        'thoát',
        'What about the Ministry of Finance?',
        'giá xăng hôm nay?',
      ];
      for (const q of questions) {
        ctx = engine.ask(q, ctx).context;
        // One object shape for every context (see remember() in engine.ts).
        expect(Object.keys(ctx)).toEqual(CONTEXT_FIELDS);
        const stored = JSON.parse(JSON.stringify(ctx)) as Record<string, unknown>;
        expect(Object.values(stored)).not.toContain(undefined);
        expect(ConversationContextSchema.parse(stored)).toEqual(ctx);
      }
      expect(ctx.turns).toBe(questions.length);
      expect(ctx.tourStep).toBeUndefined();
    },
  );
});

describe('listPosition', () => {
  const cases: Array<[string, number | undefined, string]> = [
    ['viec dau tien ai chu tri', 1, '“đầu tiên” is the first'],
    ['con nhiem vu thu 2', 2, 'a digit'],
    ['muc thu ba la gi', 3, 'a word'],
    ['cai cuoi cung han khi nao', -1, '“cuối cùng” is the last'],
    ['who leads the second one', 2, 'English word'],
    ['the 3rd task', 3, 'English digit'],
    ['diem nghen thu 4', undefined, 'a bottleneck number, not a position'],
    ['muc 3 cua chi thi', undefined, 'a section number, not a position'],
    ['lan thu 2 hop', undefined, 'no word for a task or an item'],
  ];
  for (const [folded, expected, why] of cases)
    it(`when "${folded}" is read, then the position is ${String(expected)}: ${why}`, () =>
      expect(listPosition(folded)).toBe(expected));
});

describe('topic words', () => {
  const kb = loadKnowledgeFromSeed();
  const topic = (text: string) => understand(text, kb, { maxQuestionLength: 2000 }).topicWords;
  it(
    'when a question uses "báo cáo", "tổng hợp", "dịch vụ", then they stay topic words while ' +
      '"bao nhiêu", "phối hợp", "nhiệm vụ", "thực hiện" are dropped',
    () => {
      expect(topic('Ai tổng hợp dữ liệu kết quả thực hiện nhiệm vụ?')).toEqual([
        'tong',
        'hop',
        'du',
        'lieu',
        'ket',
        'qua',
      ]);
      expect(topic('Bao nhiêu dịch vụ công phải phối hợp thực hiện?')).toEqual(['dich', 'vu', 'cong']);
    },
  );
  it(
    'when a report is the topic, then its verb ("nộp", "gửi", "làm", "tổng hợp" báo cáo) and ' +
      'deadline phrases ("hạn chót", "chậm nhất") are dropped',
    () => {
      expect(topic('Ai tổng hợp báo cáo kết quả thực hiện nhiệm vụ?')).toEqual(['bao', 'cao', 'ket', 'qua']);
      expect(topic('Hạn chót nộp báo cáo cho Thủ tướng là khi nào?')).toEqual(['bao', 'cao', 'thu', 'tuong']);
      expect(topic('chậm nhất khi nào gửi báo cáo')).toEqual(['bao', 'cao']);
    },
  );
  it(
    'when marked syllables are content ("tài khoản", "điện tử"), then they stay; unmarked, the ' +
      'same letters are question words',
    () => {
      expect(topic('Cấp tài khoản định danh điện tử')).toEqual(['cap', 'tai', 'khoan', 'dinh', 'danh', 'dien', 'tu']);
      expect(topic('tai sao phai lam tu thang 3')).toEqual([]);
    },
  );
});
