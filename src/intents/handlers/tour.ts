/**
 * The guided tour for new staff: overview → bottlenecks → section 1 → common duties (part A) →
 * each ministry's section → provinces (section 16, part C) → follow-up and reporting (section 19).
 * Steps are built from the parsed directive; the position lives in the conversation context.
 */
import type { KnowledgeBase } from '../../knowledge/index.js';
import type { AnswerGroup, Language, TourInfo } from '../answer.js';
import type { TourOp } from '../engine.js';
import { group, makeAnswer, paragraphItem, rowItem } from '../present.js';
import type { Reply, Turn } from '../turn.js';
import { t } from '../turn.js';
import { EXAMPLES_EN, EXAMPLES_VI } from './help.js';

interface Step {
  id: string;
  title: (lang: Language) => string;
  body: (kb: KnowledgeBase, lang: Language) => { intro: string[]; groups?: AnswerGroup[]; cite: string[] };
}

const FIRST_MINISTRY_SECTION = 3;

function sectionStep(no: number): Step {
  return {
    id: `S${no}`,
    title: (lang) => t(lang, `Mục ${no}`, `Section ${no}`),
    body: (kb, lang) => {
      const s = kb.section(no)!;
      const rows = s.paragraphs.flatMap((p) => p.appendixIds);
      return {
        intro: [t(lang, `Mục ${no} giao cho ${s.addressee.text}: ${s.paragraphs.length} đoạn, tương ứng ${rows.length} nhiệm vụ trong Phụ lục.`, `Section ${no} is addressed to ${s.addressee.text}: ${s.paragraphs.length} paragraph(s), ${rows.length} appendix task(s).`)],
        groups: [group('paragraphs', t(lang, 'Nội dung chính', 'Main points'), s.paragraphs.map((p) => paragraphItem(p, 160)))],
        cite: [s.id, ...s.paragraphs.map((p) => p.id)],
      };
    },
  };
}

/** The tour's steps, derived from the directive's structure. */
export function tourSteps(kb: KnowledgeBase): Step[] {
  const ministrySections = kb.model.sections.map((s) => s.no).filter((no) => no >= FIRST_MINISTRY_SECTION && no !== 16 && no !== kb.model.sections.length);
  const provinceSection = 16;
  return [
    {
      id: 'overview',
      title: (lang) => t(lang, 'Tổng quan Chỉ thị', 'Overview'),
      body: (kb, lang) => {
        const m = kb.model.meta;
        return {
          intro: [
            t(lang, `Chỉ thị số ${m.number} ngày 23/02/2023 của Thủ tướng Chính phủ (${m.signer.name} ký) về tiếp tục đẩy mạnh triển khai Đề án 06 — phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử.`, `Directive No. ${m.number} of 23 February 2023, signed by Prime Minister ${m.signer.name}, on pushing ahead with Đề án 06 (population data, electronic identification and authentication).`),
            t(lang, `Cấu trúc: phần mở đầu nêu ${kb.model.bottlenecks.length} điểm nghẽn; ${kb.model.sections.length} mục giao nhiệm vụ; Phụ lục ${kb.model.appendix.length} nhiệm vụ — phần A (${kb.rowsOfPart('A').length}) chung cho mọi bộ, ngành, địa phương; phần B (${kb.rowsOfPart('B').length}) riêng từng bộ, ngành; phần C (${kb.rowsOfPart('C').length}) cho các địa phương.`, `Structure: a preamble with ${kb.model.bottlenecks.length} bottlenecks; ${kb.model.sections.length} sections of instructions; an appendix of ${kb.model.appendix.length} tasks — part A (${kb.rowsOfPart('A').length}) for every ministry and province, part B (${kb.rowsOfPart('B').length}) per ministry, part C (${kb.rowsOfPart('C').length}) for provinces.`),
          ],
          cite: ['META'],
        };
      },
    },
    {
      id: 'bottlenecks',
      title: (lang) => t(lang, 'Các điểm nghẽn', 'The bottlenecks'),
      body: (kb, lang) => ({
        intro: [t(lang, 'Chỉ thị nêu các "điểm nghẽn" làm chậm Đề án 06:', 'The directive names the "bottlenecks" slowing Đề án 06:'), ...kb.model.bottlenecks.map((b) => `(${b.no}) [${b.id}] ${b.text}.`)],
        cite: kb.model.bottlenecks.map((b) => b.id),
      }),
    },
    { ...sectionStep(1), title: (lang) => t(lang, 'Mục 1 — trách nhiệm người đứng đầu', 'Section 1 — heads of ministries and provinces') },
    {
      id: 'common',
      title: (lang) => t(lang, 'Nhiệm vụ chung (Mục 2, phần A)', 'Common duties (section 2, part A)'),
      body: (kb, lang) => {
        const rows = kb.rowsOfPart('A');
        return {
          intro: [t(lang, `Mục 2 và phần A của Phụ lục: ${rows.length} nhiệm vụ mọi bộ, ngành, địa phương đều phải làm.`, `Section 2 and part A of the appendix: ${rows.length} tasks every ministry, agency and province must do.`)],
          groups: [group('shared', t(lang, 'Phần A', 'Part A'), rows.map((r) => rowItem(kb, r, lang)))],
          cite: ['S2', ...rows.map((r) => r.id)],
        };
      },
    },
    ...ministrySections.map((no) => sectionStep(no)),
    { ...sectionStep(provinceSection), id: 'provinces', title: (lang) => t(lang, `Địa phương (Mục ${provinceSection}, phần C)`, `Provinces (section ${provinceSection}, part C)`) },
    { ...sectionStep(kb.model.sections.length), id: 'follow-up', title: (lang) => t(lang, 'Theo dõi, đôn đốc và báo cáo', 'Follow-up and reporting') },
  ];
}

/** Words that move a tour under way; matched on the whole folded message. */
export function tourOpOf(folded: string): TourOp | undefined {
  if (/^(?:tiep|tiep theo|tiep tuc|next|ok|okay|tiep di|buoc tiep theo|continue|>|sau|xem tiep)$/u.test(folded)) return 'next';
  if (/^(?:quay lai|lui|lui lai|tro lai|buoc truoc|back|previous|prev|<)$/u.test(folded)) return 'back';
  if (/^(?:thoat|dung|dung lai|ket thuc|exit|stop|quit|thoat tour|ket thuc tour|ket thuc huong dan|end tour|huy)$/u.test(folded)) return 'exit';
  const jump = /^(?:buoc|step|den buoc|go to step|sang buoc|chuyen den buoc)\s*(\d{1,2})$/u.exec(folded);
  if (jump) return { jump: Number(jump[1]) };
  return undefined;
}

/** Whole messages that start the tour. */
export function startsTour(folded: string): boolean {
  return /^(?:huong dan|huong dan nhanh|huong dan toi|tour|guided tour|start tour|take the tour|bat dau|bat dau tour|bat dau huong dan|gioi thieu|gioi thieu chi thi(?: 05)?|tham quan|onboarding|tim hieu chi thi(?: 05)?|show me around|walk me through(?: the directive)?)$/u.test(folded);
}

export function tour(turn: Turn, op: TourOp): Reply {
  const { kb, q, ctx } = turn;
  const lang = q.language;
  const steps = tourSteps(kb);
  const current = ctx.tourStep;
  let next: number;
  if (op === 'start') next = 0;
  else if (op === 'next') next = current === undefined ? 0 : current + 1;
  else if (op === 'back') next = Math.max(0, (current ?? 0) - 1);
  // "Kết thúc" on the last step finishes the tour rather than abandoning it.
  else if (op === 'exit') next = current === steps.length - 1 ? steps.length : -1;
  else next = Math.min(Math.max(op.jump, 1), steps.length) - 1;

  if (next < 0 || next >= steps.length) {
    const finished = next >= steps.length;
    const info: TourInfo = { step: steps.length, total: steps.length, stepId: 'end', title: t(lang, 'Kết thúc', 'End'), canBack: false, canNext: false, ended: true };
    return {
      answer: makeAnswer(kb, {
        intent: 'tour',
        lang,
        heading: finished ? t(lang, 'Bạn đã hoàn thành phần hướng dẫn Chỉ thị 05/CT-TTg', 'You have finished the tour of Directive 05/CT-TTg') : t(lang, 'Đã thoát phần hướng dẫn', 'Tour closed'),
        intro: [t(lang, 'Bạn có thể hỏi bất kỳ điều gì về Chỉ thị, ví dụ:', 'Ask anything about the directive, for example:'), ...(lang === 'vi' ? EXAMPLES_VI : EXAMPLES_EN).map((e) => `• ${e}`), t(lang, 'Gõ "hướng dẫn" để xem lại từ đầu.', 'Type "tour" to start again.')],
        cite: [],
        suggestions: [...(lang === 'vi' ? EXAMPLES_VI : EXAMPLES_EN), t(lang, 'Hướng dẫn', 'Tour')],
        tour: info,
      }),
      remember: { lastIntent: 'tour', tourStep: undefined },
    };
  }
  const step = steps[next]!;
  const body = step.body(kb, lang);
  const info: TourInfo = { step: next + 1, total: steps.length, stepId: step.id, title: step.title(lang), canBack: next > 0, canNext: next < steps.length - 1, ended: false };
  return {
    answer: makeAnswer(kb, {
      intent: 'tour',
      lang,
      heading: t(lang, `Hướng dẫn — bước ${next + 1}/${steps.length}: ${step.title(lang)}`, `Tour — step ${next + 1}/${steps.length}: ${step.title(lang)}`),
      intro: [...body.intro, t(lang, 'Gõ "tiếp theo", "quay lại", "bước N" hoặc "thoát".', 'Type "next", "back", "step N" or "exit".')],
      groups: body.groups ?? [],
      cite: body.cite,
      suggestions: [
        info.canNext ? t(lang, 'Tiếp theo', 'Next') : t(lang, 'Kết thúc', 'Finish'),
        ...(info.canBack ? [t(lang, 'Quay lại', 'Back')] : []),
        t(lang, 'Thoát', 'Exit'),
      ],
      tour: info,
    }),
    remember: { lastIntent: 'tour', tourStep: next },
  };
}
