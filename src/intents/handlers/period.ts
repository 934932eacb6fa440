/**
 * Tasks due in a month or period ("Những nhiệm vụ nào hết hạn trong tháng 6/2023?"), recurring
 * and ongoing tasks, and narrowing the previous list ("Những việc nào trong số đó hạn tháng 6?").
 */
import { deadlineMonth } from '../../knowledge/deadline.js';
import type { AppendixRow } from '../../knowledge/schema.js';
import type { TimeWindow } from '../context.js';
import { deadlineNote, group, makeAnswer, rowItem } from '../present.js';
import { inWindow } from '../time.js';
import type { Reply, Turn } from '../turn.js';
import { t } from '../turn.js';

/** Dated rows whose month lies in the window, optionally only among `among` ids. */
export function dueIn(rows: readonly AppendixRow[], window: TimeWindow): AppendixRow[] {
  return rows.filter((r) => {
    const k = deadlineMonth(r.deadline);
    return r.deadline.kind === 'month' && k !== undefined && inWindow(k, window);
  });
}

export function period(turn: Turn, window: TimeWindow, among?: readonly string[]): Reply {
  const { kb, q } = turn;
  const lang = q.language;
  const pool = among ? among.map((id) => kb.row(id)).filter((r): r is AppendixRow => r !== undefined) : kb.model.appendix;
  const due = dueIn(pool, window);
  const others = pool.filter((r) => r.deadline.kind !== 'month');
  const counts = {
    recurring: others.filter((r) => r.deadline.kind === 'recurring').length,
    from: others.filter((r) => r.deadline.kind === 'from').length,
    external: others.filter((r) => r.deadline.kind === 'external').length,
  };
  const scope = among ? t(lang, 'trong danh sách trước', 'among the previous list') : t(lang, 'trong Phụ lục', 'in the appendix');
  const intro = [
    due.length > 0
      ? t(lang, `Có ${due.length} nhiệm vụ ${scope} có thời hạn ${window.label}.`, `${due.length} task(s) ${scope} are due ${window.label}.`)
      : t(lang, `Không có nhiệm vụ nào ${scope} có thời hạn ${window.label}. Các thời hạn theo tháng của Chỉ thị nằm trong khoảng tháng 02/2023 – tháng 12/2023.`, `No task ${scope} is due ${window.label}. The directive's dated deadlines run from February to December 2023.`),
  ];
  if (counts.recurring + counts.from + counts.external > 0) {
    intro.push(t(lang, `Ngoài ra, ${scope}: ${counts.recurring} nhiệm vụ thường xuyên, ${counts.from} nhiệm vụ thực hiện từ một tháng trở đi, ${counts.external} nhiệm vụ theo tiến độ văn bản khác — hỏi "nhiệm vụ thường xuyên" để xem.`, `Also ${scope}: ${counts.recurring} recurring, ${counts.from} ongoing-from-a-month and ${counts.external} externally scheduled task(s) — ask "recurring tasks" to see them.`));
  }
  const byPart = (p: 'A' | 'B' | 'C') => due.filter((r) => r.section === p).map((r) => rowItem(kb, r, lang));
  // A narrowed list keeps the order of the list it narrows ("cái thứ 3" counts in it); the appendix is shown by part.
  const groups = among
    ? [group('results', t(lang, 'Trong danh sách trước', 'From the previous list'), due.map((r) => rowItem(kb, r, lang)))]
    : [
        group('shared', t(lang, 'Phần A — nhiệm vụ chung của các bộ, ngành, địa phương', 'Part A — common tasks of all ministries, agencies and provinces'), byPart('A')),
        group('results', t(lang, 'Phần B — nhiệm vụ riêng của từng bộ, ngành', 'Part B — tasks of each ministry or agency'), byPart('B')),
        group('results', t(lang, 'Phần C — nhiệm vụ của các địa phương', 'Part C — tasks of the provinces'), byPart('C')),
      ];
  return {
    answer: makeAnswer(kb, {
      intent: 'period',
      lang,
      heading: t(lang, `Nhiệm vụ có thời hạn ${window.label}`, `Tasks due ${window.label}`),
      intro,
      groups,
      notes: [deadlineNote(lang)],
      cite: due.map((r) => r.id),
      suggestions: [t(lang, 'Bộ Công an phải làm gì trong thời gian này?', 'What must the Ministry of Public Security do in that time?'), t(lang, 'Nhiệm vụ thường xuyên nào?', 'Which tasks are recurring?'), ...due.slice(0, 1).map((r) => t(lang, `${r.id} là gì?`, `What is ${r.id}?`))],
    }),
    remember: { lastIntent: 'period', time: window, listIds: due.map((r) => r.id), ...(due.length === 1 ? { itemId: due[0]!.id } : {}) },
  };
}

export function recurring(turn: Turn, among?: readonly string[]): Reply {
  const { kb, q } = turn;
  const lang = q.language;
  const pool = among ? kb.model.appendix.filter((r) => among.includes(r.id)) : kb.model.appendix;
  const of = (kind: 'recurring' | 'from' | 'external') => pool.filter((r) => r.deadline.kind === kind);
  const rec = of('recurring');
  const from = of('from');
  const ext = of('external');
  const ids = [...rec, ...from, ...ext].map((r) => r.id);
  return {
    answer: makeAnswer(kb, {
      intent: 'recurring',
      lang,
      heading: t(lang, 'Nhiệm vụ thường xuyên và nhiệm vụ thực hiện liên tục', 'Recurring and ongoing tasks'),
      intro: [t(lang, `${rec.length} nhiệm vụ thường xuyên, ${from.length} nhiệm vụ thực hiện từ một tháng trở đi, ${ext.length} nhiệm vụ theo tiến độ của văn bản khác.`, `${rec.length} recurring, ${from.length} ongoing from a given month, ${ext.length} on another document's schedule.`)],
      groups: [
        group('recurring', t(lang, 'Thực hiện thường xuyên', 'Recurring'), rec.map((r) => rowItem(kb, r, lang))),
        group('from', t(lang, 'Thực hiện từ một tháng trở đi', 'Ongoing from a given month'), from.map((r) => rowItem(kb, r, lang))),
        group('external', t(lang, 'Theo tiến độ của văn bản khác', "On another document's schedule"), ext.map((r) => rowItem(kb, r, lang))),
      ],
      notes: [deadlineNote(lang)],
      suggestions: [t(lang, 'Những nhiệm vụ nào hết hạn trong tháng 6/2023?', 'Which tasks are due in June 2023?'), t(lang, 'Bộ Y tế có nhiệm vụ thường xuyên nào?', 'Which recurring tasks does the Ministry of Health have?')],
    }),
    remember: { lastIntent: 'recurring', listIds: ids },
  };
}
