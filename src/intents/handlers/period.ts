/**
 * Tasks due in a month or period ("Những nhiệm vụ nào hết hạn trong tháng 6/2023?"), recurring
 * and ongoing tasks, and narrowing the previous list ("Những việc nào trong số đó hạn tháng 6?").
 */
import { deadlineMonth } from '../../knowledge/deadline.js';
import type { AppendixRow } from '../../knowledge/schema.js';
import type { TimeWindow } from '../context.js';
import { msg } from '../messages.js';
import { deadlineNote, group, makeAnswer, rowItem } from '../present.js';
import { inWindow } from '../time.js';
import type { Reply, Turn } from '../turn.js';

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
  const pool = among ? kb.rows(among) : kb.model.appendix;
  const due = dueIn(pool, window);
  const others = pool.filter((r) => r.deadline.kind !== 'month');
  const counts = {
    recurring: others.filter((r) => r.deadline.kind === 'recurring').length,
    from: others.filter((r) => r.deadline.kind === 'from').length,
    external: others.filter((r) => r.deadline.kind === 'external').length,
  };
  const scope = msg(lang, among ? 'periodScopeList' : 'scopeAll');
  const intro = [
    due.length > 0
      ? msg(lang, 'periodDue', { n: due.length, scope, window: window.label })
      : msg(lang, 'periodNone', { scope, window: window.label }),
  ];
  if (counts.recurring + counts.from + counts.external > 0) {
    intro.push(msg(lang, 'periodUndated', { scope, ...counts }));
  }
  const byPart = (p: 'A' | 'B' | 'C') => due.filter((r) => r.section === p).map((r) => rowItem(kb, r, lang));
  // A narrowed list keeps the order of the list it narrows ("cái thứ 3" counts in it); the appendix is shown by part.
  const groups = among
    ? [
        group(
          'results',
          msg(lang, 'periodFromList'),
          due.map((r) => rowItem(kb, r, lang)),
        ),
      ]
    : [
        group('shared', msg(lang, 'periodPartA'), byPart('A')),
        group('results', msg(lang, 'periodPartB'), byPart('B')),
        group('results', msg(lang, 'periodPartC'), byPart('C')),
      ];
  return {
    answer: makeAnswer(kb, {
      intent: 'period',
      lang,
      heading: msg(lang, 'periodHeading', { window: window.label }),
      intro,
      groups,
      notes: [deadlineNote(lang)],
      cite: due.map((r) => r.id),
      suggestions: [
        msg(lang, 'askPublicSecurityMeanwhile'),
        msg(lang, 'askRecurring'),
        ...due.slice(0, 1).map((r) => msg(lang, 'whatIsId', { id: r.id })),
      ],
    }),
    remember: {
      lastIntent: 'period',
      time: window,
      listIds: due.map((r) => r.id),
      ...(due.length === 1 ? { itemId: due[0]!.id } : {}),
    },
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
      heading: msg(lang, 'recurringHeading'),
      intro: [msg(lang, 'recurringIntro', { recurring: rec.length, from: from.length, external: ext.length })],
      groups: [
        group(
          'recurring',
          msg(lang, 'recurringGroup'),
          rec.map((r) => rowItem(kb, r, lang)),
        ),
        group(
          'from',
          msg(lang, 'fromGroup'),
          from.map((r) => rowItem(kb, r, lang)),
        ),
        group(
          'external',
          msg(lang, 'externalGroup'),
          ext.map((r) => rowItem(kb, r, lang)),
        ),
      ],
      notes: [deadlineNote(lang)],
      suggestions: [msg(lang, 'askJune'), msg(lang, 'askHealthRecurring')],
    }),
    remember: { lastIntent: 'recurring', listIds: ids },
  };
}
