/**
 * About the document itself: number, date, issuer, title, signer, recipients; the agencies and
 * localities it praises; and its eight bottlenecks.
 */
import { makeAnswer } from '../present.js';
import type { Reply, Turn } from '../turn.js';
import { t } from '../turn.js';
import type { Cue } from '../understand.js';

export function meta(turn: Turn): Reply {
  const { kb, q } = turn;
  const lang = q.language;
  const m = kb.model.meta;
  const [y, mo, d] = m.date.split('-');
  const asked = (c: Cue) => q.cues.has(c);
  const intro: string[] = [];
  // Đề án 06 in the directive's own words (the preamble's first paragraph), quoted in Vietnamese.
  const project = asked('project') ? kb.model.preamble.paragraphs[0] : undefined;
  if (project) intro.push(t(lang, `Về Đề án 06, Chỉ thị viết: “${project}”`, `On Đề án 06 (Project 06), the directive says: “${project}”`));
  if (asked('sign')) intro.push(t(lang, `Chỉ thị ${m.number} do ${m.signer.title.toLowerCase()} ${m.signer.name} ký.`, `Directive ${m.number} was signed by Prime Minister ${m.signer.name} (${m.signer.title}).`));
  if (asked('date') || intro.length === 0) intro.push(t(lang, `Chỉ thị số ${m.number} được ban hành tại ${m.place}, ${m.dateText} (${d}/${mo}/${y}).`, `Directive No. ${m.number} was issued in ${m.place} on ${y}-${mo}-${d}.`));
  if (!asked('sign')) intro.push(t(lang, `Người ký: ${m.signer.title} ${m.signer.name}.`, `Signed by: ${m.signer.name} (${m.signer.title}).`));
  intro.push(t(lang, `Cơ quan ban hành: ${m.issuer}. Trích yếu: ${m.title}.`, `Issued by: ${m.issuer}. Title: ${m.title}.`));
  if (asked('recipients')) intro.push(t(lang, `Nơi nhận: ${m.recipients.join('; ')}.`, `Recipients: ${m.recipients.join('; ')}.`));
  intro.push(t(lang, `Chỉ thị có ${kb.model.sections.length} mục và một Phụ lục ${kb.model.appendix.length} nhiệm vụ (phần A: ${kb.rowsOfPart('A').length}, phần B: ${kb.rowsOfPart('B').length}, phần C: ${kb.rowsOfPart('C').length}).`, `It has ${kb.model.sections.length} sections and an appendix of ${kb.model.appendix.length} tasks (A: ${kb.rowsOfPart('A').length}, B: ${kb.rowsOfPart('B').length}, C: ${kb.rowsOfPart('C').length}).`));
  return {
    answer: makeAnswer(kb, {
      intent: 'meta',
      lang,
      heading: t(lang, `Chỉ thị số ${m.number} ngày ${d}/${mo}/${y}`, `Directive No. ${m.number} of ${y}-${mo}-${d}`),
      intro,
      cite: ['META', ...(asked('recipients') ? ['RECIPIENTS'] : []), ...(project ? ['PREAMBLE'] : [])],
      suggestions: [t(lang, 'Những điểm nghẽn trong triển khai Đề án 06 là gì?', 'What are the bottlenecks?'), t(lang, 'Hướng dẫn', 'Tour')],
    }),
    remember: { lastIntent: 'meta' },
  };
}

export function praised(turn: Turn): Reply {
  const { kb, q } = turn;
  const lang = q.language;
  const p = kb.model.preamble;
  const names = p.praised.agencyIds.map((id) => kb.agencies.byId(id)).filter((a) => a !== undefined).map((a) => (lang === 'vi' ? a.name : `${a.nameEn} (${a.name})`));
  return {
    answer: makeAnswer(kb, {
      intent: 'praised',
      lang,
      heading: t(lang, 'Các bộ, ngành, địa phương được Thủ tướng biểu dương', 'Agencies and localities the Prime Minister praised'),
      intro: [
        t(lang, `Phần mở đầu Chỉ thị biểu dương tinh thần tích cực của các bộ, ngành, địa phương, tiêu biểu là: ${p.praisedText}...`, `The preamble praises the ministries, agencies and localities, notably: ${names.join('; ')}.`),
        t(lang, 'Chỉ thị cũng ghi nhận vai trò của Phó Thủ tướng phụ trách, Bộ trưởng Bộ Công an — Tổ trưởng Tổ công tác và Bộ phận thường trực Tổ công tác.', 'It also credits the Deputy Prime Minister in charge, the Minister of Public Security as head of the Working Group, and the Working Group’s standing unit.'),
      ],
      cite: ['PREAMBLE'],
      suggestions: [t(lang, 'Những điểm nghẽn trong triển khai Đề án 06 là gì?', 'What are the bottlenecks?')],
    }),
    remember: { lastIntent: 'praised' },
  };
}

export function bottlenecks(turn: Turn): Reply {
  const { kb, q } = turn;
  const lang = q.language;
  const list = kb.model.bottlenecks;
  return {
    answer: makeAnswer(kb, {
      intent: 'bottlenecks',
      lang,
      heading: t(lang, `${list.length} "điểm nghẽn" làm chậm tiến độ triển khai Đề án 06`, `The ${list.length} "bottlenecks" slowing Đề án 06`),
      intro: [
        t(lang, 'Theo phần mở đầu của Chỉ thị 05/CT-TTg:', 'From the preamble of Directive 05/CT-TTg (quoted in Vietnamese):'),
        ...list.map((b) => `(${b.no}) [${b.id}] ${b.text}.`),
      ],
      cite: list.map((b) => b.id),
      suggestions: [t(lang, 'Điểm nghẽn thứ 4 là gì?', 'What is bottleneck 4?'), t(lang, 'Mục 1 của Chỉ thị nói gì?', 'What does section 1 say?')],
    }),
    remember: { lastIntent: 'bottlenecks', listIds: list.map((b) => b.id) },
  };
}
