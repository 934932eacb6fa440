/**
 * Follow-ups on the last answer: its product ("sản phẩm của việc đó là gì"), which of its rows is
 * due first or last ("cái nào hạn sớm hơn"), which were past due at a month ("tới tháng 4 thì việc
 * nào đã quá hạn"), and how many of them an agency leads ("trong đó BTTTT chiếm bao nhiêu").
 * The conversation keeps the last answer's ordered rows (`listIds`) and the row in focus (`itemId`).
 */
import { deadlineMonth } from '../../knowledge/deadline.js';
import type { AppendixRow } from '../../knowledge/schema.js';
import { msg } from '../messages.js';
import { deadlineLabel, deadlineNote, group, makeAnswer, rowItem } from '../present.js';
import type { Reply, Turn } from '../turn.js';

/** The row the conversation is on: the one in focus, else the only row of the last list. */
export function rowInFocus(turn: Turn): AppendixRow | undefined {
  const { kb, ctx, q } = turn;
  // "việc kia" of a list of two is the one not in focus.
  if (/\b(?:viec|cai|nhiem vu|y) kia\b/u.test(q.folded) && ctx.listIds?.length === 2 && ctx.itemId !== undefined) {
    const other = ctx.listIds.find((id) => id !== ctx.itemId);
    if (other !== undefined && kb.row(other)) return kb.row(other);
  }
  const focus = ctx.itemId === undefined ? undefined : kb.row(ctx.itemId);
  if (focus) return focus;
  const list = kb.rows(ctx.listIds ?? []);
  return list.length === 1 ? list[0] : undefined;
}

/** "Sản phẩm của việc đó là gì?" */
export function product(turn: Turn, row: AppendixRow): Reply {
  const { kb, q } = turn;
  const lang = q.language;
  const line =
    row.product === ''
      ? msg(lang, 'noProduct', { id: row.id })
      : msg(lang, 'productOf', { id: row.id, product: row.product });
  return {
    answer: makeAnswer(kb, {
      intent: 'item',
      lang,
      heading: msg(lang, 'productHeading', { id: row.id }),
      intro: [line],
      groups: [group('results', msg(lang, 'relatedTasks'), [rowItem(kb, row, lang)])],
      cite: [row.id, ...row.bodyIds],
      suggestions: [msg(lang, 'whoCooperates'), msg(lang, 'whatIsId', { id: row.id })],
    }),
    remember: { lastIntent: 'item', itemId: row.id },
  };
}

/** "Cái nào hạn sớm hơn?" over some rows (the last list); undefined when none has a month deadline. */
export function earliestOrLatest(
  turn: Turn,
  which: 'earliest' | 'latest',
  among: readonly string[] | undefined,
): Reply | undefined {
  const { kb, q } = turn;
  const lang = q.language;
  const dated = kb.rows(among ?? []).filter((r) => r.deadline.kind === 'month');
  if (dated.length === 0) return undefined;
  const key = (r: AppendixRow) => deadlineMonth(r.deadline) ?? 0;
  const target = which === 'earliest' ? Math.min(...dated.map(key)) : Math.max(...dated.map(key));
  const picked = dated.filter((r) => key(r) === target);
  const line = picked.map((r) => {
    const is = msg(lang, which === 'earliest' ? 'earliestIs' : 'latestIs', {
      id: r.id,
      deadline: deadlineLabel(r.deadline, lang),
    });
    return `${is} ${r.task}`;
  });
  return {
    answer: makeAnswer(kb, {
      intent: 'deadline',
      lang,
      heading: msg(lang, which === 'earliest' ? 'earliestHeading' : 'latestHeading', {
        scope:
          among === undefined || among.length === kb.model.appendix.length
            ? msg(lang, 'scopeAll')
            : msg(lang, 'scopeList'),
      }),
      intro: line,
      groups: [
        group(
          'results',
          msg(lang, 'relatedTasks'),
          picked.map((r) => rowItem(kb, r, lang)),
        ),
      ],
      notes: [deadlineNote(lang)],
      cite: picked.flatMap((r) => [r.id, ...r.bodyIds]),
      suggestions: [msg(lang, 'whoCooperates'), msg(lang, 'whatIsId', { id: picked[0]!.id })],
    }),
    remember: { lastIntent: 'deadline', itemId: picked[0]!.id, listIds: picked.map((r) => r.id) },
  };
}

/**
 * "Tới tháng 4/2023 thì việc nào đã quá hạn?": rows whose month deadline is before the month
 * (of the last list, of an agency, or of the whole appendix). Deadlines only: no status is claimed.
 */
export function overdue(turn: Turn, month: number, pool: readonly AppendixRow[], scope: string): Reply {
  const { kb, q } = turn;
  const lang = q.language;
  const past = pool.filter((r) => r.deadline.kind === 'month' && (deadlineMonth(r.deadline) ?? Infinity) < month);
  const label = `${(month % 12) + 1}/${Math.floor(month / 12)}`;
  const intro =
    past.length > 0
      ? msg(lang, 'overdueIntro', { month: label, n: past.length, scope, ids: past.map((r) => r.id).join(', ') })
      : msg(lang, 'overdueNone', { month: label, scope });
  return {
    answer: makeAnswer(kb, {
      intent: 'period',
      lang,
      heading: msg(lang, 'overdueHeading', { month: label }),
      intro: [intro],
      groups: [
        group(
          'results',
          msg(lang, 'relatedTasks'),
          past.map((r) => rowItem(kb, r, lang)),
        ),
      ],
      notes: [deadlineNote(lang)],
      cite: past.map((r) => r.id),
      suggestions: past.slice(0, 1).map((r) => msg(lang, 'whatIsId', { id: r.id })),
    }),
    remember: { lastIntent: 'period', listIds: past.map((r) => r.id) },
  };
}

/** "Trong đó BTTTT chiếm bao nhiêu?": the last list's rows the agency leads. */
export function share(turn: Turn, agencyId: string): Reply | undefined {
  const { kb, q, ctx } = turn;
  const lang = q.language;
  const list = kb.rows(ctx.listIds ?? []);
  const agency = kb.agencies.byId(agencyId);
  if (list.length === 0 || agency === undefined) return undefined;
  const led = list.filter((r) => r.lead.agencyIds.includes(agencyId));
  const name = { name: agency.name, nameEn: agency.nameEn };
  return {
    answer: makeAnswer(kb, {
      intent: 'count',
      lang,
      heading: msg(lang, 'shareHeading', { ...name, n: led.length, total: list.length }),
      intro: [
        msg(lang, 'shareIntro', {
          ...name,
          n: led.length,
          total: list.length,
          ids: led.map((r) => r.id).join(', ') || '—',
        }),
      ],
      groups: [
        group(
          'results',
          msg(lang, 'relatedTasks'),
          led.map((r) => rowItem(kb, r, lang)),
        ),
      ],
      cite: led.map((r) => r.id),
    }),
    remember: { lastIntent: 'count', listIds: led.map((r) => r.id) },
  };
}
