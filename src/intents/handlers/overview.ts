/**
 * Short answers for new staff: what the directive says as a whole (its sections and their
 * addressees, the appendix's parts), how the appendix is organised, and which body leads the most
 * tasks. Each offers the guided tour.
 */
import { fold } from '../../knowledge/text.js';
import { msg } from '../messages.js';
import { group, makeAnswer } from '../present.js';
import type { Reply, Turn } from '../turn.js';

/** "Chỉ thị này nói gì?", "Tóm tắt các mục lớn", "gồm mấy phần?" */
export function overview(turn: Turn): Reply {
  const { kb, q } = turn;
  const lang = q.language;
  const m = kb.model;
  const parts = m.appendixParts;
  const count = (p: 'A' | 'B' | 'C') => kb.rowsOfPart(p).length;
  const sections = m.sections.map((s) => ({
    citationId: s.id,
    text: msg(lang, 'sectionLine', { no: s.no, addressee: s.addressee.text }),
    alsoIds: [],
  }));
  return {
    answer: makeAnswer(kb, {
      intent: 'section',
      lang,
      heading: msg(lang, 'overviewHeading'),
      intro: [
        msg(lang, 'overviewIntro', {
          number: m.meta.number,
          title: m.meta.title.toLowerCase(),
          sections: m.sections.length,
          rows: m.appendix.length,
          a: count('A'),
          b: count('B'),
          c: count('C'),
        }),
        ...parts.map((p) => msg(lang, 'partLine', { part: p.section, title: p.title, n: p.rows.length })),
        msg(lang, 'tourOffer'),
      ],
      groups: [group('paragraphs', msg(lang, 'sectionsTitle'), sections)],
      cite: ['META', ...m.sections.map((s) => s.id)],
      suggestions: [msg(lang, 'askTour'), msg(lang, 'askBottlenecksShort')],
    }),
    remember: { lastIntent: 'section' },
  };
}

/** "Phụ lục chia làm phần A, B, C là theo tiêu chí gì?" */
export function structure(turn: Turn): Reply {
  const { kb, q } = turn;
  const lang = q.language;
  const parts = kb.model.appendixParts;
  return {
    answer: makeAnswer(kb, {
      intent: 'item',
      lang,
      heading: msg(lang, 'structureHeading'),
      intro: [
        msg(lang, 'structureIntro'),
        ...parts.map((p) => msg(lang, 'partLine', { part: p.section, title: p.title, n: p.rows.length })),
      ],
      cite: ['META'],
      suggestions: [msg(lang, 'askPart', { part: 'C' }), msg(lang, 'askTour')],
    }),
    remember: { lastIntent: 'item' },
  };
}

/** "Bộ nào được giao chủ trì nhiều nhiệm vụ nhất?" — counted from the lead cells. */
export function mostTasks(turn: Turn): Reply {
  const { kb, q } = turn;
  const lang = q.language;
  const led = new Map<string, string[]>();
  for (const r of kb.model.appendix) for (const id of r.lead.agencyIds) led.set(id, [...(led.get(id) ?? []), r.id]);
  const ranked = [...led.entries()].sort((a, b) => b[1].length - a[1].length || fold(a[0]).localeCompare(fold(b[0])));
  const names = (id: string) => {
    const a = kb.agencies.byId(id);
    return { name: a?.name ?? id, nameEn: a?.nameEn ?? id };
  };
  const [topId, topRows] = ranked[0]!;
  const others = ranked
    .slice(1, 4)
    .map(([id, rows]) => msg(lang, 'mostOther', { ...names(id), n: rows.length }))
    .join(', ');
  return {
    answer: makeAnswer(kb, {
      intent: 'count',
      lang,
      heading: msg(lang, 'mostHeading'),
      intro: [msg(lang, 'mostIntro', { ...names(topId), n: topRows.length, ids: topRows.join(', '), others })],
      cite: topRows,
      suggestions: [msg(lang, 'askDuties', names(topId))],
    }),
    remember: { lastIntent: 'count', listIds: topRows, agencyIds: [topId] },
  };
}

/** "Nhiệm vụ nào có nhiều đơn vị phối hợp nhất?" — counted from the cooperation cells. */
export function mostCooperators(turn: Turn): Reply {
  const { kb, q } = turn;
  const lang = q.language;
  const ranked = [...kb.model.appendix].sort((a, b) => b.coop.agencyIds.length - a.coop.agencyIds.length);
  const top = ranked[0]!;
  const n = top.coop.agencyIds.length;
  const tied = ranked.filter((r) => r.coop.agencyIds.length === n);
  return {
    answer: makeAnswer(kb, {
      intent: 'count',
      lang,
      heading: msg(lang, 'mostCoopHeading'),
      intro: tied.map((r) => msg(lang, 'mostCoopIntro', { id: r.id, n, names: r.coop.text })),
      cite: tied.flatMap((r) => [r.id, ...r.bodyIds]),
      suggestions: [msg(lang, 'whatIsId', { id: top.id })],
    }),
    remember: { lastIntent: 'count', listIds: tied.map((r) => r.id), itemId: top.id },
  };
}
