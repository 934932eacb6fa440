/**
 * "Bao nhiêu nhiệm vụ…?" — counts of appendix rows (by part, agency, month or kind), sections or
 * bottlenecks. Counted rows are cited when there are few enough to read; otherwise their ranges
 * are named.
 */
import type { AppendixRow } from '../../knowledge/schema.js';
import type { TimeWindow } from '../context.js';
import { makeAnswer } from '../present.js';
import type { Reply, Turn } from '../turn.js';
import { t } from '../turn.js';
import { dueIn } from './period.js';

const CITE_AT_MOST = 20;

export function count(turn: Turn, window: TimeWindow | undefined): Reply {
  const { kb, q } = turn;
  const lang = q.language;
  const f = q.folded;
  const parts = kb.model.appendixParts;
  const reply = (heading: string, intro: string[], rows: readonly AppendixRow[] = [], cite?: string[]): Reply => ({
    answer: makeAnswer(kb, {
      intent: 'count',
      lang,
      heading,
      intro,
      cite: cite ?? (rows.length <= CITE_AT_MOST ? rows.map((r) => r.id) : []),
      suggestions: [t(lang, 'Phần C có bao nhiêu nhiệm vụ?', 'How many tasks are in part C?'), t(lang, 'Bộ Công an có bao nhiêu nhiệm vụ?', 'How many tasks does the Ministry of Public Security lead?')],
    }),
    remember: { lastIntent: 'count', listIds: rows.map((r) => r.id) },
  });

  if (/\b(?:diem nghen|nut that|bottlenecks?)\b/u.test(f)) {
    return reply(t(lang, `Chỉ thị nêu ${kb.model.bottlenecks.length} điểm nghẽn`, `The directive lists ${kb.model.bottlenecks.length} bottlenecks`), [t(lang, `Phần mở đầu của Chỉ thị nêu ${kb.model.bottlenecks.length} "điểm nghẽn", đánh số (1)–(${kb.model.bottlenecks.length}).`, `The preamble lists ${kb.model.bottlenecks.length} "bottlenecks", numbered (1)–(${kb.model.bottlenecks.length}).`)], [], kb.model.bottlenecks.map((b) => b.id));
  }
  if (/\b(?:muc|sections?)\b/u.test(f) && !/\bphan\b|\bphu luc\b|\bpart\b|\bappendix\b|nhiem vu|tasks?/u.test(f)) {
    return reply(t(lang, `Chỉ thị có ${kb.model.sections.length} mục`, `The directive has ${kb.model.sections.length} sections`), [t(lang, `Phần nội dung Chỉ thị gồm ${kb.model.sections.length} mục, đánh số 1–${kb.model.sections.length}.`, `The body of the directive has ${kb.model.sections.length} numbered sections.`)], [], kb.model.sections.map((s) => s.id));
  }
  const part = q.refs.find((r) => r.kind === 'part');
  let rows: AppendixRow[] = part ? [...kb.rowsOfPart(part.part)] : [...kb.model.appendix];
  const scope: string[] = [];
  if (part) scope.push(t(lang, `phần ${part.part}`, `part ${part.part}`));
  if (q.agencyIds.length > 0) {
    const id = q.agencyIds[0]!;
    const role = q.role;
    rows = rows.filter((r) => (role === 'coop' ? r.coop.agencyIds.includes(id) : r.lead.agencyIds.includes(id)));
    const a = kb.agencies.byId(id);
    scope.push(t(lang, `do ${a?.name ?? id} ${role === 'coop' ? 'phối hợp' : 'chủ trì'}`, `${role === 'coop' ? 'with' : 'led by'} ${a?.nameEn ?? id}${role === 'coop' ? ' cooperating' : ''}`));
  }
  if (window) {
    rows = dueIn(rows, window);
    scope.push(t(lang, `có hạn ${window.label}`, `due ${window.label}`));
  }
  if (q.cues.has('recurring')) {
    rows = rows.filter((r) => r.deadline.kind === 'recurring');
    scope.push(t(lang, 'thực hiện thường xuyên', 'recurring'));
  }
  const breakdown = part || scope.length > 0
    ? ''
    : t(lang, ` Gồm: ${parts.map((p) => `phần ${p.section} (${p.title}) ${p.rows.length} nhiệm vụ`).join('; ')}.`, ` Part ${parts.map((p) => `${p.section}: ${p.rows.length}`).join(', part ')}.`);
  const listed = rows.length <= CITE_AT_MOST && rows.length > 0 ? ` (${rows.map((r) => r.id).join(', ')})` : '';
  const what = scope.length > 0 ? ` ${scope.join(', ')}` : '';
  return reply(
    t(lang, `${rows.length} nhiệm vụ${what}`, `${rows.length} task(s)${what}`),
    [t(lang, `Phụ lục Chỉ thị 05/CT-TTg có ${rows.length} nhiệm vụ${what}${listed}.${breakdown}`, `The appendix of Directive 05/CT-TTg has ${rows.length} task(s)${what}${listed}.${breakdown}`)],
    rows,
  );
}
