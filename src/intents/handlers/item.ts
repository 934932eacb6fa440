/**
 * One numbered part of the directive: an appendix row ("B.6"), a body paragraph ("S3.6"), a
 * section ("Mục 3"), a bottleneck ("điểm nghẽn thứ 4") or a whole appendix part ("phần C").
 * A number that does not exist is said not to exist, with the range that does.
 */
import type { KnowledgeBase } from '../../knowledge/index.js';
import type { AppendixRow } from '../../knowledge/schema.js';
import type { Language } from '../answer.js';
import { msg } from '../messages.js';
import { deadlineLabel, deadlineNote, group, makeAnswer, paragraphItem, partyLabel, rowItem } from '../present.js';
import type { Reference } from '../references.js';
import type { Reply, Turn } from '../turn.js';
import { fallback } from './help.js';

export function item(turn: Turn, ref: Reference): Reply {
  const { kb, q } = turn;
  const lang = q.language;
  switch (ref.kind) {
    case 'row': {
      const row = kb.row(ref.id);
      if (!row) {
        const n = kb.rowsOfPart(ref.part).length;
        return fallback(turn, msg(lang, 'noSuchRow', { part: ref.part, n, id: ref.id }));
      }
      return { answer: rowAnswer(kb, row, lang), remember: { lastIntent: 'item', itemId: row.id, listIds: [row.id] } };
    }
    case 'paragraph': {
      const p = kb.paragraph(ref.id);
      const section = kb.section(ref.section);
      if (!p || !section) {
        return fallback(
          turn,
          section
            ? msg(lang, 'noSuchParagraph', { no: section.no, n: section.paragraphs.length, id: ref.id })
            : msg(lang, 'noSuchSection', { n: kb.model.sections.length, no: ref.section }),
        );
      }
      const rows = kb.rows(p.appendixIds);
      const deadlines = p.deadlines.map((d) => d.text).join('; ');
      return {
        answer: makeAnswer(kb, {
          intent: 'item',
          lang,
          heading: msg(lang, 'paragraphHeading', {
            no: section.no,
            index: p.index,
            id: p.id,
            addressee: section.addressee.text,
          }),
          intro: [p.text, ...(p.deadlines.length > 0 ? [msg(lang, 'paragraphDeadlines', { deadlines })] : [])],
          groups: [
            group(
              'results',
              msg(lang, 'paragraphRows'),
              rows.map((r) => rowItem(kb, r, lang)),
            ),
          ],
          notes: p.deadlines.length > 0 ? [deadlineNote(lang)] : [],
          cite: [p.id, ...p.appendixIds],
          suggestions: [
            msg(lang, 'askSection', { no: section.no }),
            ...rows.slice(0, 1).map((r) => msg(lang, 'askWhoCooperatesOn', { id: r.id })),
          ],
        }),
        remember: { lastIntent: 'item', itemId: rows.length === 1 ? rows[0]!.id : p.id, listIds: p.appendixIds },
      };
    }
    case 'section':
      return section(turn, ref.no);
    case 'bottleneck': {
      const b = kb.bottleneck(ref.no);
      if (!b) return fallback(turn, msg(lang, 'noSuchBottleneck', { n: kb.model.bottlenecks.length, no: ref.no }));
      return {
        answer: makeAnswer(kb, {
          intent: 'item',
          lang,
          heading: msg(lang, 'bottleneckHeading', { no: b.no }),
          intro: [b.text],
          cite: [b.id],
          suggestions: [
            msg(lang, 'askBottlenecks'),
            ...(b.no < 8 ? [msg(lang, 'askBottleneckShort', { no: b.no + 1 })] : []),
          ],
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
          heading: msg(lang, 'partHeading', { part: ref.part, title: part.title, n: rows.length }),
          groups: [
            group(
              'results',
              msg(lang, 'partTasks', { part: ref.part }),
              rows.map((r) => rowItem(kb, r, lang)),
            ),
          ],
          notes: [deadlineNote(lang)],
          suggestions: [msg(lang, 'whatIsId', { id: `${ref.part}.1` }), msg(lang, 'askJune')],
        }),
        remember: { lastIntent: 'item', listIds: rows.map((r) => r.id) },
      };
    }
  }
}

/** The full record of one appendix row, citing the body paragraph that states the same duty. */
export function rowAnswer(kb: KnowledgeBase, row: AppendixRow, lang: Language) {
  const facts = [
    msg(lang, 'rowTask', { task: row.task }),
    msg(lang, 'rowLead', { lead: partyLabel(kb, row.lead, lang) }),
    msg(lang, 'rowCoop', { coop: row.coop.text === '' ? msg(lang, 'rowCoopBlank') : partyLabel(kb, row.coop, lang) }),
    msg(lang, 'rowDeadline', { deadline: deadlineLabel(row.deadline, lang) }),
    msg(lang, 'rowProduct', { product: row.product }),
  ];
  if (row.bodyIds.length > 0) {
    facts.push(msg(lang, 'rowStatedAt', { ids: row.bodyIds.map((id) => `[${id}]`).join(', ') }));
  }
  return makeAnswer(kb, {
    intent: 'item',
    lang,
    heading: msg(lang, 'rowHeading', { id: row.id }),
    intro: facts,
    notes: [deadlineNote(lang)],
    cite: [row.id, ...row.bodyIds],
    suggestions: [
      msg(lang, 'whoCooperates'),
      ...(row.no > 1 ? [msg(lang, 'whatIsId', { id: `${row.section}.${row.no - 1}` })] : []),
      ...(kb.row(`${row.section}.${row.no + 1}`)
        ? [msg(lang, 'whatIsId', { id: `${row.section}.${row.no + 1}` })]
        : []),
    ],
  });
}

/** A body section with its paragraphs, each linked to its appendix rows. */
export function section(turn: Turn, no: number): Reply {
  const { kb, q } = turn;
  const lang = q.language;
  const s = kb.section(no);
  if (!s) return fallback(turn, msg(lang, 'noSuchSection', { n: kb.model.sections.length, no }));
  const rowIds = s.paragraphs.flatMap((p) => p.appendixIds);
  const about = { no: s.no, addressee: s.addressee.text, n: s.paragraphs.length };
  return {
    answer: makeAnswer(kb, {
      intent: 'section',
      lang,
      heading: msg(lang, 'sectionHeading', { no: s.no, addressee: s.addressee.text }),
      intro: [
        rowIds.length > 0
          ? msg(lang, 'sectionIntroRows', { ...about, ids: rowIds.join(', ') })
          : msg(lang, 'sectionIntro', about),
      ],
      groups: [
        group(
          'paragraphs',
          msg(lang, 'sectionContents'),
          s.paragraphs.map((p) => paragraphItem(p, 260)),
        ),
      ],
      notes: s.paragraphs.some((p) => p.deadlines.length > 0) ? [deadlineNote(lang)] : [],
      cite: [s.id, ...s.paragraphs.map((p) => p.id)],
      suggestions: [
        ...(no < kb.model.sections.length ? [msg(lang, 'askNextSection', { no: no + 1 })] : []),
        ...rowIds.slice(0, 1).map((id) => msg(lang, 'whatIsId', { id })),
      ],
    }),
    remember: {
      lastIntent: 'section',
      listIds: rowIds,
      ...(s.paragraphs.length === 1 && rowIds.length === 1 ? { itemId: rowIds[0]! } : {}),
    },
  };
}
