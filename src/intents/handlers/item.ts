/**
 * One numbered part of the directive: an appendix row ("B.6"), a body paragraph ("S3.6"), a
 * section ("Mục 3"), a bottleneck ("điểm nghẽn thứ 4") or a whole appendix part ("phần C").
 * A number that does not exist is said not to exist, with the range that does.
 */
import type { KnowledgeBase } from '../../knowledge/index.js';
import type { AppendixRow } from '../../knowledge/schema.js';
import type { Language } from '../answer.js';
import { deadlineLabel, deadlineNote, group, makeAnswer, paragraphItem, partyLabel, rowItem } from '../present.js';
import type { Reference } from '../references.js';
import type { Reply, Turn } from '../turn.js';
import { t } from '../turn.js';
import { fallback } from './help.js';

export function item(turn: Turn, ref: Reference): Reply {
  const { kb, q } = turn;
  const lang = q.language;
  switch (ref.kind) {
    case 'row': {
      const row = kb.row(ref.id);
      if (!row) {
        const n = kb.rowsOfPart(ref.part).length;
        return fallback(turn, t(lang, `Phụ lục phần ${ref.part} có ${n} nhiệm vụ (${ref.part}.1–${ref.part}.${n}); không có nhiệm vụ ${ref.id}.`, `Part ${ref.part} of the appendix has ${n} tasks (${ref.part}.1–${ref.part}.${n}); there is no task ${ref.id}.`));
      }
      return { answer: rowAnswer(kb, row, lang), remember: { lastIntent: 'item', itemId: row.id, listIds: [row.id] } };
    }
    case 'paragraph': {
      const p = kb.paragraph(ref.id);
      const section = kb.section(ref.section);
      if (!p || !section) {
        return fallback(turn, section
          ? t(lang, `Mục ${section.no} có ${section.paragraphs.length} đoạn (S${section.no}.1–S${section.no}.${section.paragraphs.length}); không có ${ref.id}.`, `Section ${section.no} has ${section.paragraphs.length} paragraphs; there is no ${ref.id}.`)
          : t(lang, `Chỉ thị có ${kb.model.sections.length} mục (1–${kb.model.sections.length}); không có mục ${ref.section}.`, `The directive has ${kb.model.sections.length} sections; there is no section ${ref.section}.`));
      }
      const rows = p.appendixIds.map((id) => kb.row(id)).filter((r): r is AppendixRow => r !== undefined);
      return {
        answer: makeAnswer(kb, {
          intent: 'item',
          lang,
          heading: t(lang, `Mục ${section.no}, đoạn ${p.index} (${p.id}) — ${section.addressee.text}`, `Section ${section.no}, paragraph ${p.index} (${p.id}) — ${section.addressee.text}`),
          intro: [p.text, ...(p.deadlines.length > 0 ? [t(lang, `Thời hạn nêu trong đoạn: ${p.deadlines.map((d) => d.text).join('; ')}.`, `Deadlines stated: ${p.deadlines.map((d) => d.text).join('; ')}.`)] : [])],
          groups: [group('results', t(lang, 'Nhiệm vụ tương ứng trong Phụ lục', 'The matching appendix tasks'), rows.map((r) => rowItem(kb, r, lang)))],
          notes: p.deadlines.length > 0 ? [deadlineNote(lang)] : [],
          cite: [p.id, ...p.appendixIds],
          suggestions: [t(lang, `Mục ${section.no} của Chỉ thị nói gì?`, `What does section ${section.no} say?`), ...rows.slice(0, 1).map((r) => t(lang, `Ai phối hợp thực hiện ${r.id}?`, `Who cooperates on ${r.id}?`))],
        }),
        remember: { lastIntent: 'item', itemId: rows.length === 1 ? rows[0]!.id : p.id, listIds: p.appendixIds },
      };
    }
    case 'section':
      return section(turn, ref.no);
    case 'bottleneck': {
      const b = kb.bottleneck(ref.no);
      if (!b) return fallback(turn, t(lang, `Chỉ thị nêu ${kb.model.bottlenecks.length} điểm nghẽn, đánh số (1)–(${kb.model.bottlenecks.length}); không có điểm nghẽn (${ref.no}).`, `The directive lists ${kb.model.bottlenecks.length} bottlenecks, (1)–(${kb.model.bottlenecks.length}); there is no bottleneck (${ref.no}).`));
      return {
        answer: makeAnswer(kb, {
          intent: 'item',
          lang,
          heading: t(lang, `Điểm nghẽn (${b.no}) trong triển khai Đề án 06`, `Bottleneck (${b.no}) in implementing Đề án 06`),
          intro: [b.text],
          cite: [b.id],
          suggestions: [t(lang, 'Những điểm nghẽn trong triển khai Đề án 06 là gì?', 'What are the bottlenecks?'), ...(b.no < 8 ? [t(lang, `Điểm nghẽn thứ ${b.no + 1}?`, `Bottleneck ${b.no + 1}?`)] : [])],
        }),
        remember: { lastIntent: 'item', itemId: b.id },
      };
    }
    case 'part': {
      const rows = kb.rowsOfPart(ref.part);
      const part = kb.model.appendixParts.find((p) => p.section === ref.part)!;
      return {
        answer: makeAnswer(kb, {
          intent: 'item',
          lang,
          heading: t(lang, `Phụ lục phần ${ref.part}: ${part.title} (${rows.length} nhiệm vụ)`, `Appendix part ${ref.part}: ${part.title} (${rows.length} tasks)`),
          groups: [group('results', t(lang, `Các nhiệm vụ phần ${ref.part}`, `Tasks of part ${ref.part}`), rows.map((r) => rowItem(kb, r, lang)))],
          notes: [deadlineNote(lang)],
          suggestions: [t(lang, `${ref.part}.1 là gì?`, `What is ${ref.part}.1?`), t(lang, 'Những nhiệm vụ nào hết hạn trong tháng 6/2023?', 'Which tasks are due in June 2023?')],
        }),
        remember: { lastIntent: 'item', listIds: rows.map((r) => r.id) },
      };
    }
  }
}

/** The full record of one appendix row, citing the body paragraph that states the same duty. */
export function rowAnswer(kb: KnowledgeBase, row: AppendixRow, lang: Language) {
  const facts = [
    t(lang, `Nội dung: ${row.task}`, `Task (Vietnamese text): ${row.task}`),
    t(lang, `Đơn vị chủ trì: ${partyLabel(kb, row.lead, lang)}`, `Lead: ${partyLabel(kb, row.lead, lang)}`),
    t(lang, `Đơn vị phối hợp: ${row.coop.text === '' ? '(Phụ lục để trống)' : partyLabel(kb, row.coop, lang)}`, `Cooperating: ${row.coop.text === '' ? '(left blank in the appendix)' : partyLabel(kb, row.coop, lang)}`),
    t(lang, `Thời gian hoàn thành: ${deadlineLabel(row.deadline, lang)}`, `Deadline: ${deadlineLabel(row.deadline, lang)}`),
    t(lang, `Sản phẩm: ${row.product}`, `Product: ${row.product}`),
  ];
  if (row.bodyIds.length > 0) {
    facts.push(t(lang, `Nêu tại: ${row.bodyIds.map((id) => `[${id}]`).join(', ')} trong phần nội dung Chỉ thị.`, `Stated in the directive's body at ${row.bodyIds.map((id) => `[${id}]`).join(', ')}.`));
  }
  return makeAnswer(kb, {
    intent: 'item',
    lang,
    heading: t(lang, `Nhiệm vụ ${row.id} (Phụ lục Chỉ thị 05/CT-TTg)`, `Task ${row.id} (appendix of Directive 05/CT-TTg)`),
    intro: facts,
    notes: [deadlineNote(lang)],
    cite: [row.id, ...row.bodyIds],
    suggestions: [
      t(lang, 'Ai phối hợp thực hiện?', 'Who cooperates on it?'),
      ...(row.no > 1 ? [t(lang, `${row.section}.${row.no - 1} là gì?`, `What is ${row.section}.${row.no - 1}?`)] : []),
      ...(kb.row(`${row.section}.${row.no + 1}`) ? [t(lang, `${row.section}.${row.no + 1} là gì?`, `What is ${row.section}.${row.no + 1}?`)] : []),
    ],
  });
}

/** A body section with its paragraphs, each linked to its appendix rows. */
export function section(turn: Turn, no: number): Reply {
  const { kb, q } = turn;
  const lang = q.language;
  const s = kb.section(no);
  if (!s) return fallback(turn, t(lang, `Chỉ thị có ${kb.model.sections.length} mục (1–${kb.model.sections.length}); không có mục ${no}.`, `The directive has ${kb.model.sections.length} sections; there is no section ${no}.`));
  const rowIds = s.paragraphs.flatMap((p) => p.appendixIds);
  return {
    answer: makeAnswer(kb, {
      intent: 'section',
      lang,
      heading: t(lang, `Mục ${s.no} của Chỉ thị 05/CT-TTg — ${s.addressee.text}`, `Section ${s.no} of Directive 05/CT-TTg — ${s.addressee.text}`),
      intro: [t(lang, `Mục ${s.no} giao cho: ${s.addressee.text}. Gồm ${s.paragraphs.length} đoạn${rowIds.length > 0 ? `, tương ứng các nhiệm vụ ${rowIds.join(', ')} trong Phụ lục` : ''}.`, `Section ${s.no} is addressed to: ${s.addressee.text}. It has ${s.paragraphs.length} paragraph(s)${rowIds.length > 0 ? `, matching appendix tasks ${rowIds.join(', ')}` : ''}.`)],
      groups: [group('paragraphs', t(lang, 'Nội dung', 'Contents'), s.paragraphs.map((p) => paragraphItem(p, 260)))],
      notes: s.paragraphs.some((p) => p.deadlines.length > 0) ? [deadlineNote(lang)] : [],
      cite: [s.id, ...s.paragraphs.map((p) => p.id)],
      suggestions: [
        ...(no < kb.model.sections.length ? [t(lang, `Mục ${no + 1} nói gì?`, `What does section ${no + 1} say?`)] : []),
        ...rowIds.slice(0, 1).map((id) => t(lang, `${id} là gì?`, `What is ${id}?`)),
      ],
    }),
    remember: { lastIntent: 'section', listIds: rowIds, ...(s.paragraphs.length === 1 && rowIds.length === 1 ? { itemId: rowIds[0]! } : {}) },
  };
}
