/**
 * The intent rules: one ordered table, first match wins. Each rule says in its name what question
 * it serves; `when` reads the understood question (and, for follow-ups, the conversation) and
 * `then` answers. A rule whose `then` finds nothing to say returns undefined and the next rule is
 * tried. Whatever no rule takes goes to topic search, which declines when nothing clears the floor.
 * The vocabulary the rules test (cues, out-of-scope phrases) is data in cues.ts.
 */
import { deadlineMonth } from '../knowledge/deadline.js';
import type { AppendixRow } from '../knowledge/schema.js';
import { isGroupBody } from '../knowledge/agencies.js';
import { foldedWords } from '../knowledge/text.js';
import type { TimeWindow } from './context.js';
import { count } from './handlers/count.js';
import { bottlenecks, meta, praised } from './handlers/document.js';
import { earliestOrLatest, overdue, product, rowInFocus, share } from './handlers/follow-up.js';
import { fallback, help } from './handlers/help.js';
import { item, rowAnswer } from './handlers/item.js';
import { obligations } from './handlers/obligations.js';
import { mostCooperators, mostTasks, overview, structure } from './handlers/overview.js';
import { period, recurring } from './handlers/period.js';
import { restructure } from './handlers/restructure.js';
import { concernsAgencies, mentions, search, topicAnswer } from './handlers/search.js';
import { startsTour, tour, tourOpOf } from './handlers/tour.js';
import { whoOrWhen } from './handlers/who-when.js';
import { msg, type MessageKey } from './messages.js';
import { frozenAnswer, group, makeAnswer, rowItem } from './present.js';
import { listPosition, type Reference } from './references.js';
import { inLanguage } from './time.js';
import type { Reply, Turn } from './turn.js';
import { STOP_WORDS, type Cue } from './cues.js';

export interface Rule {
  name: string;
  when(turn: Turn): boolean;
  then(turn: Turn): Reply | undefined;
}

// ---------------------------------------------------------------------------------------------
// Readers shared by the rules

const has = (turn: Turn, ...cues: Cue[]) => cues.some((c) => turn.q.cues.has(c));
const windowOf = (turn: Turn): TimeWindow | undefined =>
  turn.q.time.kind === 'window' ? turn.q.time.window : undefined;
const rowRefs = (turn: Turn) => turn.q.refs.filter((r) => r.kind === 'row');
const namesAgency = (turn: Turn) => turn.q.agencyIds.length > 0;
/** Names a body other than every province or every ministry at once. */
const namesOneAgency = (turn: Turn) => turn.q.agencyIds.some((id) => !isGroupBody(turn.kb.agencies.byId(id)));
const hasList = (turn: Turn) => (turn.ctx.listIds?.length ?? 0) > 0;
const asksWho = (turn: Turn) => has(turn, 'who', 'coop', 'lead');
const asksWhen = (turn: Turn) => has(turn, 'when') && windowOf(turn) === undefined;
/**
 * How many of the question's topic words the directive knows (0: the question is about the
 * directive itself, or chat).
 */
const topicSize = (turn: Turn) =>
  turn.q.topicWords.filter((w) => turn.kb.vocabulary.has(w) && !STOP_WORDS.has(w) && !META_WORDS.has(w)).length +
  (turn.q.language === 'en' ? turn.q.topic.phrases.length : 0);

const HELP = new RegExp(
  String.raw`^(?:help|tro giup|giup|giup do|giup toi|ho tro|huong dan su dung|cach dung|cach hoi|` +
    String.raw`ban lam duoc gi|ban co the lam gi|ban la ai|what can you do|who are you|menu|commands?|` +
    String.raw`\?+|start|bat dau lai)$`,
  'u',
);
/** Words of a "what is this document" question that are not a topic. */
const META_WORDS = new Set([
  'ky',
  'ban',
  'hanh',
  'nguoi',
  'ngay',
  'signed',
  'signer',
  'sign',
  'issued',
  'date',
  'noi',
  'nhan',
  'gui',
  'recipients',
  'so',
  'hieu',
  'trich',
  'yeu',
  'ten',
  'day',
  'du',
  'tieu',
  'de',
  'title',
  'full',
  'name',
  'tom',
  'tat',
  'summary',
  'overview',
  'tong',
  'quan',
  'chinh',
  'van',
  'boi',
  'issue',
  'sent',
  'goi',
]);
/** "that ministry", "bộ đó", "bên đó": the body that leads the task in focus. */
const THAT_AGENCY =
  /\b(?:that (?:ministry|agency|body)|the same (?:ministry|agency)|bo do|bo nay|co quan do|don vi do|ben do)\b/u;

/** A window over month keys, labelled in the question's language. */
function monthWindow(turn: Turn, from: number | undefined, to: number | undefined): TimeWindow {
  return inLanguage({ from, to, label: '' }, turn.q.language === 'en');
}

/** "cái nào hạn t6?", "which one…": short questions about the last list. */
const WHICH_ONE = /\b(?:cai nao|which one|which of them)\b/u;
/** "trong số đó", "trong đó", "trong mấy việc đó", "among them": the question is about the last list. */
const ABOUT_LAST_LIST = new RegExp(
  String.raw`\b(?:trong (?:so )?(?:do|nay|tren)|trong (?:may|cac|nhung|\d+) (?:viec|nhiem vu|cai|` +
    String.raw`diem nghen) (?:do|tren|nay)|among (?:them|those|these)|of (?:those|these|them))\b`,
  'u',
);
/** Words in a message from which on a named agency is more likely a place than the subject. */
const LONG_MESSAGE = 16;
/** Topic words that only say "related" ("BYT có phần việc nào liên quan ko"). */
const RELATED_ONLY = /\b(?:lien quan|dinh (?:toi|den|gi)|related|involved)\b/u;

/** The month a "what is overdue by…" question counts from: the one it names, else the window's end + 1. */
function overdueMonth(turn: Turn): number | undefined {
  const w = windowOf(turn);
  if (w === undefined) return undefined;
  if (w.from !== undefined && w.to !== undefined && w.from === w.to) return w.from;
  if (w.to !== undefined) return w.to + 1;
  return w.from;
}

/**
 * The last list, or — after an agency's duties — the rows of it the agency leads, when there are any:
 * "cái nào hạn sớm hơn?", "cái nào có hạn cụ thể?" are about its own tasks.
 */
function ledInList(turn: Turn): string[] {
  const list = turn.ctx.listIds ?? [];
  if (turn.ctx.lastIntent !== 'obligations') return [...list];
  const led = list.filter((id) => (turn.ctx.agencyIds ?? []).some((a) => turn.kb.row(id)?.lead.agencyIds.includes(a)));
  return led.length > 0 ? led : [...list];
}

/** No quote, or only quotes of a term ("các 'điểm nghẽn' có mấy cái"): the term is asked about, not a phrase. */
function onlyQuotesTheWord(turn: Turn, term: string): boolean {
  return turn.q.quoted.every((p) => p === term);
}

/** The item at a position ("thứ 2", 1-based; -1 the last) of a list. */
function at<T>(list: readonly T[], position: number): T | undefined {
  return position === -1 ? list[list.length - 1] : list[position - 1];
}

/**
 * The id at the position the question names ("thứ 2", "cái cuối") in the last list, if any. The
 * context is read only when the question names a position: the answer cache keys a reply on the
 * context fields its turn read, so other questions stay shared by all conversations.
 */
function idAtPosition(turn: Turn): string | undefined {
  const position = listPosition(turn.q.folded);
  return position === undefined ? undefined : at(turn.ctx.listIds ?? [], position);
}

/** The id at a position of the last list when it holds no appendix row there (a bottleneck, a paragraph). */
function otherAtPosition(turn: Turn): Reference | undefined {
  const id = idAtPosition(turn);
  if (id === undefined || turn.kb.row(id)) return undefined;
  const n = /^N(\d)$/u.exec(id);
  if (n) return { kind: 'bottleneck', no: Number(n[1]), id };
  const p = /^S(\d{1,2})\.(\d{1,2})$/u.exec(id);
  if (p) return { kind: 'paragraph', section: Number(p[1]), index: Number(p[2]), id };
  const sec = /^S(\d{1,2})$/u.exec(id);
  return sec ? { kind: 'section', no: Number(sec[1]), id } : undefined;
}

/** The row at a position among the rows the named agency leads, in the appendix's order. */
function ledAtPosition(turn: Turn): AppendixRow | undefined {
  const position = listPosition(turn.q.folded);
  const led = turn.kb.model.appendix.filter((r) => turn.q.agencyIds.some((a) => r.lead.agencyIds.includes(a)));
  return position === undefined ? undefined : at(led, position);
}

/** The only row of the last list that the named agency leads, if there is exactly one. */
function ledRowOf(turn: Turn): AppendixRow | undefined {
  const rows = turn.kb
    .rows(turn.ctx.listIds ?? [])
    .filter((r) => turn.q.agencyIds.some((a) => r.lead.agencyIds.includes(a)));
  return rows.length === 1 ? rows[0] : undefined;
}

/** A decline that names why, and the nearest rows as related (not cited: a decline cites no row). */
function decline(turn: Turn, reason: string): Reply {
  const near = turn.retriever.find(turn.q.topic, { limit: 3 }).map((h) => h.id);
  const reply = fallback(
    turn,
    near.length > 0 ? `${reason} ${msg(turn.q.language, 'nearest', { ids: near.join(', ') })}` : reason,
  );
  if (near.length === 0) return reply;
  return {
    ...reply,
    answer: frozenAnswer({
      ...reply.answer,
      suggestions: near.slice(0, 2).map((id) => msg(turn.q.language, 'whatIsId', { id })),
    }),
  };
}

/** "B.6 và B.7" — several rows named at once. */
function severalRows(turn: Turn, ids: readonly string[]): Reply {
  const { kb, q } = turn;
  const lang = q.language;
  const rows = kb.rows(ids);
  if (rows.length === 0) return item(turn, q.refs[0]!);
  if (rows.length === 1)
    return { answer: rowAnswer(kb, rows[0]!, lang), remember: { lastIntent: 'item', itemId: rows[0]!.id } };
  return {
    answer: makeAnswer(kb, {
      intent: 'item',
      lang,
      heading: msg(lang, 'severalHeading', { ids: rows.map((r) => r.id).join(', ') }),
      groups: [
        group(
          'results',
          msg(lang, 'tasksGroup'),
          rows.map((r) => rowItem(kb, r, lang)),
        ),
      ],
      cite: rows.flatMap((r) => [r.id, ...r.bodyIds]),
      suggestions: rows.slice(0, 2).map((r) => msg(lang, 'whatIsId', { id: r.id })),
    }),
    remember: { lastIntent: 'item', listIds: rows.map((r) => r.id) },
  };
}

/** Answers about one row: who, when, its product, or the row itself. Keeps the list for "còn việc thứ hai?". */
function aboutRow(turn: Turn, row: AppendixRow, keepList: boolean): Reply {
  const onRow: Turn = { ...turn, ctx: { ...turn.ctx, itemId: row.id }, q: { ...turn.q, topicWords: [], refs: [] } };
  const reply = has(turn, 'product')
    ? product(turn, row)
    : asksWho(turn)
      ? whoOrWhen(onRow, 'who')
      : asksWhen(turn)
        ? whoOrWhen(onRow, 'when')
        : { answer: rowAnswer(turn.kb, row, turn.q.language), remember: { lastIntent: 'item', itemId: row.id } };
  return keepList ? { ...reply, remember: { ...reply.remember, itemId: row.id, listIds: turn.ctx.listIds } } : reply;
}

/** The row at a position of the last list ("cái thứ 3", "the second one"). */
function rowAtPosition(turn: Turn): AppendixRow | undefined {
  const id = idAtPosition(turn);
  return id === undefined ? undefined : turn.kb.row(id);
}

/** Obligations of the agencies named, with the window (or the last one, on "còn X thì sao?"). */
function agencyDuties(turn: Turn): Reply {
  const { q, ctx } = turn;
  const window = windowOf(turn);
  const keep = has(turn, 'switch') && ctx.lastIntent === 'obligations';
  return obligations(turn, {
    agencyIds: q.agencyIds,
    window: window ?? (keep && ctx.time ? inLanguage(ctx.time, q.language === 'en') : undefined),
    role: q.role !== 'any' ? q.role : keep ? (ctx.role ?? 'any') : 'any',
    recurringOnly: has(turn, 'recurring') && !window,
  });
}

// ---------------------------------------------------------------------------------------------
// The table

export const RULES: readonly Rule[] = [
  // Nothing but a greeting, or nothing at all.
  { name: 'greeting', when: (x) => x.q.folded === '', then: (x) => help(x, x.q.greetingOnly) },
  // The guided tour: whole-message commands only, so "Hướng dẫn nấu phở bò" is not one.
  { name: 'tour start', when: (x) => startsTour(x.q.folded), then: (x) => tour(x, 'start') },
  {
    name: 'tour move',
    when: (x) => {
      const op = tourOpOf(x.q.folded);
      return op !== undefined && (x.ctx.tourStep !== undefined || typeof op === 'object');
    },
    then: (x) => tour(x, tourOpOf(x.q.folded)!),
  },
  { name: 'help', when: (x) => HELP.test(x.q.folded), then: (x) => help(x) },

  // What the directive cannot answer, whatever the topic.
  {
    name: 'a month that does not exist',
    when: (x) => x.q.time.kind === 'invalid',
    then: (x) => {
      const text = x.q.time.kind === 'invalid' ? x.q.time.text : '';
      return fallback(x, msg(x.q.language, 'noSuchMonth', { text }));
    },
  },
  {
    name: 'off topic (weather, prices, recipes…)',
    when: (x) => has(x, 'offTopic') && x.q.refs.length === 0,
    then: (x) => fallback(x),
  },
  {
    name: 'another legal document',
    when: (x) => has(x, 'otherDocument') && x.q.refs.length === 0,
    then: (x) => fallback(x, msg(x.q.language, 'otherDocument')),
  },
  {
    name: 'fees, fines, papers, how-to, contacts, case status, schedules, rankings, politics',
    when: (x) => x.q.outOfScope !== undefined && x.q.refs.length === 0,
    then: (x) => {
      const key: MessageKey = `outOfScope_${x.q.outOfScope!}`;
      return decline(x, msg(x.q.language, key));
    },
  },

  // The document itself.
  {
    name: 'who signed, when, to whom, its number',
    when: (x) => {
      const { q } = x;
      // "Em ở Sở Tư pháp, chỉ thị ban hành ngày nào, ai ký?": a local body named in passing is not the topic.
      const asked = has(x, 'sign', 'date', 'recipients') || (has(x, 'title') && !namesAgency(x));
      return (
        asked &&
        q.refs.length === 0 &&
        !namesOneAgency(x) &&
        (q.topicWords.filter((w) => !META_WORDS.has(w)).length <= 1 || (has(x, 'self') && topicSize(x) <= 3))
      );
    },
    then: meta,
  },
  {
    name: 'how the appendix is organised',
    when: (x) => has(x, 'structure') && !namesAgency(x) && rowRefs(x).length === 0,
    then: structure,
  },
  {
    name: 'what the directive says as a whole',
    when: (x) => {
      // "các mục lớn từ 1 đến 19" names sections as a range; "mục 16 nói gì" asks for one.
      const refs = x.q.refs;
      const noOneItem = refs.length === 0 || (refs.length >= 2 && refs.every((r) => r.kind === 'section'));
      return (
        has(x, 'overview') &&
        noOneItem &&
        !namesAgency(x) &&
        !has(x, 'bottleneck', 'mention', 'who') &&
        (topicSize(x) <= 1 || x.retriever.find(x.q.topic, { limit: 1 }).length === 0)
      );
    },
    then: overview,
  },
  {
    name: 'tasks that only say when they start ("Từ tháng…")',
    when: (x) =>
      has(x, 'starts') && !windowOf(x) && !namesAgency(x) && has(x, 'list', 'obligation') && topicSize(x) <= 5,
    then: (x) =>
      severalRows(
        x,
        x.kb.model.appendix.filter((r) => r.deadline.kind === 'from').map((r) => r.id),
      ),
  },
  {
    name: 'a phrase quoted from the directive ("\'cát cứ thông tin\' là ý gì?")',
    when: (x) =>
      x.q.quoted.some((p) => x.retriever.containing(p).length > 0) &&
      rowRefs(x).length === 0 &&
      !has(x, 'mention') &&
      !(has(x, 'bottleneck') && onlyQuotesTheWord(x, 'diem nghen')),
    then: (x) => {
      // The question's own words first; if they clear no floor, the records that hold the quote.
      const found = x.retriever.find(x.q.topic, { limit: 3 });
      const ids = new Set(x.q.quoted.flatMap((p) => x.retriever.containing(p)));
      const hits =
        found.length > 0
          ? found
          : x.retriever.find(x.q.topic, { limit: 3, unfloored: true, filter: (id) => ids.has(id) });
      return hits.length > 0 ? topicAnswer(x, hits, x.q.topic) : undefined;
    },
  },
  {
    name: 'what the directive or Đề án 06 is',
    when: (x) => {
      const { q } = x;
      if (!has(x, 'self', 'project') || q.refs.length > 0 || namesAgency(x) || windowOf(x)) return false;
      if (has(x, 'count', 'bottleneck', 'restructure', 'recurring', 'praised', 'mention')) return false;
      // Only chat words besides ("Mình mới vào phòng, Đề án 06 là gì vậy, tên đầy đủ là gì?").
      return (has(x, 'title') && topicSize(x) <= 3) || x.retriever.find(q.topic, { limit: 1 }).length === 0;
    },
    then: meta,
  },
  { name: 'who the directive praises', when: (x) => has(x, 'praised') && x.q.refs.length === 0, then: praised },
  {
    name: 'what became of a ministry or province since 2025',
    // A long message that says "vừa đổi tên" or "nay thuộc" in passing asks about something else.
    when: (x) =>
      has(x, 'restructure') &&
      !(has(x, 'self', 'project') && !namesAgency(x)) &&
      !has(x, 'figure', 'status') &&
      !windowOf(x) &&
      topicSize(x) <= 4,
    then: restructure,
  },
  {
    name: 'news after 2023 (status, plans, figures of later years)',
    when: (x) => {
      if (x.q.laterYears.length === 0 || has(x, 'when') || /\b(?:thang|quy|han|due|month)\b/u.test(x.q.folded))
        return false;
      // "Bộ KH&CN (formed in 2025) phải làm gì?" asks the directive's duties; "BCA đã cấp bao nhiêu
      // đến 2026?" asks news.
      return !namesAgency(x) || has(x, 'figure', 'status');
    },
    then: (x) => decline(x, msg(x.q.language, 'laterYears', { years: [...new Set(x.q.laterYears)].join(', ') })),
  },
  {
    name: 'which task has the most cooperating bodies',
    when: (x) => has(x, 'most') && has(x, 'coop') && !namesAgency(x) && !has(x, 'who'),
    then: mostCooperators,
  },
  { name: 'which body leads the most tasks', when: (x) => has(x, 'most') && !namesAgency(x), then: mostTasks },
  {
    name: 'how many of the last list an agency leads ("trong đó BTTTT chiếm bao nhiêu")',
    when: (x) =>
      ABOUT_LAST_LIST.test(x.q.folded) && namesAgency(x) && hasList(x) && has(x, 'figure', 'count') && !asksWho(x),
    then: (x) => share(x, x.q.agencyIds[0]!),
  },
  {
    name: 'a position among the rows an agency leads ("trong mấy việc BNV chủ trì, cái thứ 2 hạn khi nào?")',
    when: (x) =>
      namesAgency(x) &&
      listPosition(x.q.folded) !== undefined &&
      rowRefs(x).length === 0 &&
      ledAtPosition(x) !== undefined,
    then: (x) => aboutRow(x, ledAtPosition(x)!, false),
  },
  { name: 'how many', when: (x) => has(x, 'count'), then: (x) => count(x, windowOf(x)) },
  {
    name: 'the bottlenecks, or why it was slow',
    when: (x) =>
      (has(x, 'bottleneck') || (has(x, 'why') && has(x, 'self', 'project') && x.q.topicWords.length <= 3)) &&
      !x.q.refs.some((r) => r.kind === 'bottleneck') &&
      !namesAgency(x) &&
      onlyQuotesTheWord(x, 'diem nghen') &&
      !has(x, 'mention'),
    then: bottlenecks,
  },

  // Numbered parts of the directive.
  {
    name: 'who leads a numbered row',
    when: (x) => rowRefs(x).length > 0 && asksWho(x),
    then: (x) => whoOrWhen(x, 'who'),
  },
  {
    name: 'when a numbered row is due',
    when: (x) => rowRefs(x).length > 0 && asksWhen(x),
    then: (x) => whoOrWhen(x, 'when'),
  },
  {
    name: 'the product of a numbered row',
    when: (x) => rowRefs(x).length === 1 && has(x, 'product') && x.kb.row(rowRefs(x)[0]!.id) !== undefined,
    then: (x) => product(x, x.kb.row(rowRefs(x)[0]!.id)!),
  },
  {
    name: 'several numbered rows',
    when: (x) => rowRefs(x).length > 1,
    then: (x) =>
      severalRows(
        x,
        rowRefs(x).map((r) => r.id),
      ),
  },
  {
    name: 'an agency\'s duties in an appendix part ("UBND TP Hải Phòng phải xong gì theo phần C?")',
    when: (x) => namesAgency(x) && x.q.refs.length > 0 && x.q.refs.every((r) => r.kind === 'part'),
    then: (x) => {
      // "phần A có những việc nào BCA là đơn vị phối hợp?": the part's rows whose cooperation cell names it.
      if (x.q.role === 'any') return agencyDuties(x);
      const parts = new Set(x.q.refs.map((r) => (r.kind === 'part' ? r.part : '')));
      const cell = (r: AppendixRow) => (x.q.role === 'coop' ? r.coop : r.lead).agencyIds;
      const ids = x.kb.model.appendix
        .filter((r) => parts.has(r.section) && x.q.agencyIds.some((a) => cell(r).includes(a)))
        .map((r) => r.id);
      return ids.length > 0 ? severalRows(x, ids) : agencyDuties(x);
    },
  },
  {
    name: 'an appendix part\'s tasks in a month ("phần A có việc nào hạn tháng 3/2023")',
    when: (x) => windowOf(x) !== undefined && x.q.refs.length === 1 && x.q.refs[0]!.kind === 'part',
    then: (x) => {
      const ref = x.q.refs[0]!;
      return period(
        x,
        windowOf(x)!,
        x.kb.rowsOfPart(ref.kind === 'part' ? ref.part : 'A').map((r) => r.id),
      );
    },
  },
  { name: 'a numbered part', when: (x) => x.q.refs.length > 0, then: (x) => item(x, x.q.refs[0]!) },

  // Follow-ups on the last answer.
  {
    name: 'the agency of the task in focus ("what else does that ministry have due in the same month?")',
    when: (x) => THAT_AGENCY.test(x.q.folded) && !namesAgency(x) && (rowInFocus(x)?.lead.agencyIds.length ?? 0) > 0,
    then: (x) => {
      const focus = rowInFocus(x)!;
      const due = deadlineMonth(focus.deadline);
      const f = x.q.folded;
      let window = windowOf(x);
      if (window === undefined && due !== undefined && focus.deadline.kind === 'month') {
        if (/\b(?:earlier|before that|sooner|som hon|truoc do|truoc han do)\b/u.test(f))
          window = monthWindow(x, undefined, due - 1);
        else if (/\b(?:same month|that month|cung thang|thang do)\b/u.test(f)) window = monthWindow(x, due, due);
      }
      return obligations(x, { agencyIds: focus.lead.agencyIds.slice(0, 1), window, role: 'lead' });
    },
  },

  {
    name: 'a position in the last list ("cái thứ 3 thì ai phối hợp?")',
    when: (x) => rowAtPosition(x) !== undefined,
    then: (x) => aboutRow(x, rowAtPosition(x)!, true),
  },
  {
    name: 'a position in the last list of bottlenecks or paragraphs ("thế cái thứ 5 là gì")',
    when: (x) => otherAtPosition(x) !== undefined,
    then: (x) => {
      const reply = item(x, otherAtPosition(x)!);
      return { ...reply, remember: { ...reply.remember, listIds: x.ctx.listIds } };
    },
  },
  {
    name: 'the row of the last list an agency leads ("cái của BXD thì ai phối hợp?")',
    when: (x) =>
      namesAgency(x) &&
      (asksWho(x) || asksWhen(x) || has(x, 'product')) &&
      hasList(x) &&
      topicSize(x) === 0 &&
      ledRowOf(x) !== undefined,
    then: (x) => aboutRow(x, ledRowOf(x)!, true),
  },
  {
    name: 'which task is due first or last (of the last list, or of the appendix)',
    when: (x) => has(x, 'earliest', 'latest') && !namesAgency(x),
    then: (x) => {
      const whole = !hasList(x) || /\b(?:phu luc|appendix|chi thi|directive)\b/u.test(x.q.folded);
      const among = whole ? x.kb.model.appendix.map((r) => r.id) : ledInList(x);
      return earliestOrLatest(x, has(x, 'earliest') ? 'earliest' : 'latest', among);
    },
  },
  {
    name: 'which of the last list were past due at a month',
    when: (x) => has(x, 'overdue') && overdueMonth(x) !== undefined && !namesAgency(x) && hasList(x),
    then: (x) => {
      return overdue(x, overdueMonth(x)!, x.kb.rows(x.ctx.listIds ?? []), msg(x.q.language, 'scopeList'));
    },
  },
  {
    name: "which of an agency's tasks were past due at a month",
    when: (x) => has(x, 'overdue') && overdueMonth(x) !== undefined && namesAgency(x),
    then: (x) => {
      const agency = x.kb.agencies.byId(x.q.agencyIds[0]!)!;
      const pool = x.kb.model.appendix.filter((r) => r.lead.agencyIds.includes(agency.id));
      return overdue(x, overdueMonth(x)!, pool, msg(x.q.language, 'scopeAgency', agency));
    },
  },
  {
    name: 'the last list narrowed by an agency ("trong số đó việc nào làm cùng VPCP?")',
    when: (x) => ABOUT_LAST_LIST.test(x.q.folded) && namesAgency(x) && hasList(x) && !windowOf(x),
    then: (x) => {
      const named = (id: string) =>
        [...(x.kb.row(id)?.lead.agencyIds ?? []), ...(x.kb.row(id)?.coop.agencyIds ?? [])].some((a) =>
          x.q.agencyIds.includes(a),
        );
      const ids = (x.ctx.listIds ?? []).filter(named);
      return severalRows(x, ids.length > 0 ? ids : (x.ctx.listIds ?? []));
    },
  },
  {
    name: 'the last list narrowed by a month or to recurring tasks',
    when: (x) =>
      (has(x, 'narrow') ||
        ABOUT_LAST_LIST.test(x.q.folded) ||
        (WHICH_ONE.test(x.q.folded) && topicSize(x) <= 1 && !namesAgency(x))) &&
      hasList(x) &&
      (windowOf(x) !== undefined || has(x, 'recurring')),
    then: (x) => (windowOf(x) ? period(x, windowOf(x)!, x.ctx.listIds) : recurring(x, x.ctx.listIds)),
  },
  {
    name: 'a topic within the last list ("trong đó có ý nào về thông báo lưu trú ko?")',
    when: (x) =>
      ABOUT_LAST_LIST.test(x.q.folded) &&
      hasList(x) &&
      !namesAgency(x) &&
      x.q.topic.words.some((w) => x.kb.vocabulary.has(w)),
    then: (x) => {
      const list = new Set(x.ctx.listIds ?? []);
      const inList = (id: string) =>
        list.has(id) ||
        (x.kb.paragraph(id)?.appendixIds ?? []).some((r) => list.has(r)) ||
        (x.kb.row(id)?.bodyIds ?? []).some((p) => list.has(p));
      const hits = x.retriever.find(x.q.topic, { limit: 3, filter: inList });
      return hits.length > 0 ? topicAnswer(x, hits, x.q.topic) : undefined;
    },
  },
  {
    name: 'the task in focus in full ("việc đó nội dung cụ thể ntn")',
    when: (x) =>
      has(x, 'that') &&
      has(x, 'what') &&
      !namesAgency(x) &&
      !asksWho(x) &&
      !asksWhen(x) &&
      !has(x, 'product') &&
      rowInFocus(x) !== undefined,
    then: (x) => aboutRow(x, rowInFocus(x)!, true),
  },
  {
    name: 'which of the last list has a month deadline',
    when: (x) => has(x, 'dated') && hasList(x) && !windowOf(x),
    then: (x) => {
      const ids = ledInList(x).filter((id) => x.kb.row(id)?.deadline.kind === 'month');
      return ids.length > 0 ? severalRows(x, ids) : undefined;
    },
  },
  {
    name: 'the product of the task in focus ("sản phẩm của việc đó là gì")',
    when: (x) =>
      has(x, 'product') &&
      !namesAgency(x) &&
      rowInFocus(x) !== undefined &&
      (has(x, 'that') || x.retriever.find(x.q.topic, { limit: 1 }).length === 0),
    then: (x) => product(x, rowInFocus(x)!),
  },
  {
    name: 'an agency\'s part in the task in focus ("BTTTT có việc gì dính tới cái này ko?")',
    when: (x) =>
      namesAgency(x) &&
      (has(x, 'that') || RELATED_ONLY.test(x.q.folded)) &&
      rowInFocus(x) !== undefined &&
      !windowOf(x) &&
      !asksWho(x),
    then: (x) => {
      const focus = rowInFocus(x)!;
      const own = (id: string) =>
        id !== focus.id &&
        !focus.bodyIds.includes(id) &&
        concernsAgencies(x.kb, id, x.q.agencyIds) &&
        (x.kb.row(id) !== undefined || (x.kb.paragraph(id)?.appendixIds.length ?? 0) > 0);
      const hits = x.retriever.find(
        { words: foldedWords(focus.task), phrases: x.q.topic.phrases },
        { limit: 2, filter: own },
      );
      return hits.length > 0 ? topicAnswer(x, hits.slice(0, 1), x.q.topic) : undefined;
    },
  },

  // Who leads, cooperates, or when — about a described task or the task in focus.
  {
    name: 'who leads or cooperates on a described task',
    when: (x) => {
      const aboutATask =
        x.q.topicWords.length > 0 || ((!namesAgency(x) || has(x, 'that')) && rowInFocus(x) !== undefined);
      if (!aboutATask) return false;
      // "Ai chủ trì …?" asks who; "Bộ Y tế chủ trì những việc nào?" asks for the agency's duties.
      return namesAgency(x) ? has(x, 'who') && (topicSize(x) > 0 || has(x, 'that')) : asksWho(x);
    },
    // A described thing that no row holds (the preamble's "Bộ phận thường trực Tổ công tác") is quoted instead.
    then: (x) => {
      const reply = whoOrWhen(x, 'who');
      return reply.answer.intent === 'fallback' && x.retriever.find(x.q.topic, { limit: 1 }).length > 0
        ? search(x)
        : reply;
    },
  },
  {
    name: 'when a described task is due',
    when: (x) =>
      asksWhen(x) && (x.q.topicWords.length > 0 || rowInFocus(x) !== undefined) && (!namesAgency(x) || has(x, 'that')),
    then: (x) => whoOrWhen(x, 'when'),
  },
  {
    name: 'where the directive names an agency ("Thanh tra Chính phủ có được nhắc không?")',
    when: (x) => has(x, 'mention') && namesAgency(x) && topicSize(x) <= 1,
    then: agencyDuties,
  },
  // A short "X được nhắc ở đâu?" lists every row holding X; a long message that says "có nhắc không" is a topic.
  {
    name: 'which tasks mention a phrase',
    when: (x) => has(x, 'mention') && !asksWho(x) && (topicSize(x) <= 5 || x.q.quoted.length > 0),
    then: mentions,
  },

  // An agency's duties ("Bộ Y tế phải làm gì…", "Còn Bộ Nội vụ?").
  {
    name: "an agency's duties",
    when: (x) => {
      if (!namesAgency(x)) return false;
      if (windowOf(x) !== undefined || has(x, 'switch') || x.q.topicWords.length === 0) return true;
      // A message about a service that names a province as where someone lives, or a long one that names
      // an agency in passing, is about the service.
      const inPassing =
        x.q.agencyIds.every((id) => x.q.placeIds.includes(id)) || x.q.topic.words.length >= LONG_MESSAGE;
      if (inPassing && !has(x, 'lead', 'coop') && x.retriever.find(x.q.topic, { limit: 1 }).length > 0) return false;
      // "Bộ Y tế phải làm gì về tiêm chủng?": the agency's rows on that topic, not its whole list.
      const onTopic = (id: string) => concernsAgencies(x.kb, id, x.q.agencyIds);
      if (topicSize(x) >= 2 && x.retriever.find(x.q.topic, { limit: 1, filter: onTopic }).length > 0) return false;
      return has(x, 'obligation', 'recurring', 'lead', 'coop') || (has(x, 'list') && topicSize(x) <= 2);
    },
    then: agencyDuties,
  },
  { name: 'an agency and a topic', when: namesAgency, then: search },

  // Months and recurring tasks.
  {
    name: '"còn tháng 9 thì sao?" after an agency question',
    when: (x) =>
      windowOf(x) !== undefined &&
      has(x, 'switch') &&
      x.ctx.lastIntent === 'obligations' &&
      (x.ctx.agencyIds?.length ?? 0) > 0,
    then: (x) => obligations(x, { agencyIds: x.ctx.agencyIds!, window: windowOf(x), role: x.ctx.role ?? 'any' }),
  },
  {
    name: 'past due at a month, over the whole appendix',
    when: (x) => has(x, 'overdue') && overdueMonth(x) !== undefined,
    then: (x) => overdue(x, overdueMonth(x)!, x.kb.model.appendix, msg(x.q.language, 'scopeAll')),
  },
  {
    name: 'tasks that start in a month ("có nhiệm vụ nào bắt đầu từ tháng 5/2023?")',
    when: (x) => has(x, 'starts') && windowOf(x) !== undefined && !namesAgency(x),
    then: (x) => {
      const w = windowOf(x)!;
      const first = w.from ?? w.to!;
      const last = w.from !== undefined && w.to !== undefined ? w.to : first;
      const rows = x.kb.model.appendix.filter(
        (r) =>
          r.deadline.kind === 'from' &&
          (deadlineMonth(r.deadline) ?? -1) >= first &&
          (deadlineMonth(r.deadline) ?? Infinity) <= last,
      );
      return rows.length > 0
        ? severalRows(
            x,
            rows.map((r) => r.id),
          )
        : undefined;
    },
  },
  {
    name: 'a described task with a month ("mục tiêu … đến tháng 6/2023 là bao nhiêu?")',
    when: (x) =>
      windowOf(x) !== undefined && x.q.topicWords.length >= 2 && x.retriever.find(x.q.topic, { limit: 1 }).length > 0,
    then: search,
  },
  {
    name: 'tasks due in a month or period',
    when: (x) => windowOf(x) !== undefined,
    then: (x) => period(x, windowOf(x)!),
  },
  { name: 'recurring tasks', when: (x) => has(x, 'recurring'), then: (x) => recurring(x) },

  // Anything else: what the directive says on the topic, or a decline.
  { name: 'a topic', when: () => true, then: search },
];

/** The first rule that matches and has something to say, with its reply (the name is for tests and debugging). */
export function decide(turn: Turn): { rule: string; reply: Reply } {
  for (const rule of RULES) {
    if (!rule.when(turn)) continue;
    const reply = rule.then(turn);
    if (reply !== undefined) return { rule: rule.name, reply };
  }
  return { rule: 'none', reply: fallback(turn) };
}

/** Answers a turn with the first rule that matches and has something to say. */
export function route(turn: Turn): Reply {
  return decide(turn).reply;
}
