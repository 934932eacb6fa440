/**
 * Picks the intent for a question. Rules are tried in order, first match wins; each rule reads
 * like the question it serves. Anything that no structured rule takes goes to free-text search,
 * which declines when nothing clears the confidence floor.
 */
import type { TimeWindow } from './context.js';
import { translateTopic } from './glossary.js';
import { count } from './handlers/count.js';
import { bottlenecks, meta, praised } from './handlers/document.js';
import { fallback, help } from './handlers/help.js';
import { item, rowAnswer } from './handlers/item.js';
import { obligations } from './handlers/obligations.js';
import { period, recurring } from './handlers/period.js';
import { restructure } from './handlers/restructure.js';
import { search } from './handlers/search.js';
import { startsTour, tour, tourOpOf } from './handlers/tour.js';
import { whoOrWhen } from './handlers/who-when.js';
import { group, makeAnswer, rowItem } from './present.js';
import type { Reply, Turn } from './turn.js';
import { t } from './turn.js';
import { inLanguage } from './time.js';
import { listPosition } from './references.js';

const HELP = /^(?:help|tro giup|giup|giup do|giup toi|ho tro|huong dan su dung|cach dung|cach hoi|ban lam duoc gi|ban co the lam gi|ban la ai|what can you do|who are you|menu|commands?|\?+|start|bat dau lai)$/u;
/** Words of a "what is this document" question that are not a topic. */
const META_WORDS = new Set(['ky', 'ban', 'hanh', 'nguoi', 'ngay', 'signed', 'signer', 'sign', 'issued', 'date', 'noi', 'nhan', 'gui', 'recipients', 'so', 'hieu', 'trich', 'yeu', 'ten', 'day', 'du', 'tieu', 'de', 'title', 'full', 'name', 'tom', 'tat', 'summary', 'overview', 'tong', 'quan', 'chinh', 'van', 'boi', 'issue', 'sent', 'goi']);

export function route(turn: Turn): Reply {
  const { q, ctx, kb } = turn;
  const cue = (c: Parameters<typeof q.cues.has>[0]) => q.cues.has(c);
  const window: TimeWindow | undefined = q.time.kind === 'window' ? q.time.window : undefined;

  // Nothing but a greeting, or nothing at all.
  if (q.folded === '') return help(turn, q.greetingOnly);

  // The guided tour: whole-message commands only, so "Hướng dẫn nấu phở bò" is not one.
  if (startsTour(q.folded)) return tour(turn, 'start');
  const op = tourOpOf(q.folded);
  if (op && ctx.tourStep !== undefined) return tour(turn, op);
  if (op && typeof op === 'object') return tour(turn, op);

  if (HELP.test(q.folded)) return help(turn);

  // Said to be impossible, never guessed.
  if (q.time.kind === 'invalid') {
    return fallback(turn, t(q.language, `"${q.time.text}" không phải là một tháng có thật (tháng chỉ từ 1 đến 12), nên tôi không đoán ý bạn. Bạn hãy hỏi lại với tháng từ 1 đến 12.`, `"${q.time.text}" is not a real month (months run from 1 to 12), so I will not guess. Please ask again with a month from 1 to 12.`));
  }
  const hasRefs = q.refs.length > 0;
  if (cue('offTopic') && !hasRefs) return fallback(turn);
  if (cue('otherDocument') && !hasRefs) {
    return fallback(turn, t(q.language, 'Câu hỏi nhắc đến một văn bản khác Chỉ thị 05/CT-TTg. Tôi chỉ trả lời theo nội dung Chỉ thị 05/CT-TTg, nên không trả lời về văn bản đó.', 'The question is about a document other than Directive 05/CT-TTg, which is all I answer about.'));
  }

  const metaAsked = cue('sign') || cue('date') || cue('recipients') || (cue('title') && q.agencyIds.length === 0);
  if (metaAsked && !hasRefs && q.agencyIds.length === 0 && q.topicWords.filter((w) => !META_WORDS.has(w)).length <= 1) return meta(turn);
  // "Chỉ thị 05 là gì?", "Đề án 06 là gì?": the document itself, nothing narrower.
  const otherStructure = cue('count') || cue('bottleneck') || cue('restructure') || cue('recurring') || cue('praised');
  if (cue('self') && !otherStructure && !hasRefs && q.agencyIds.length === 0 && !window && q.topicWords.length === 0) return meta(turn);
  if (cue('praised') && !hasRefs) return praised(turn);
  if (cue('restructure')) return restructure(turn);
  if (cue('count')) return count(turn, window);
  if (cue('bottleneck') && !q.refs.some((r) => r.kind === 'bottleneck') && q.agencyIds.length === 0) return bottlenecks(turn);

  // Numbered parts of the directive.
  const rowRefs = q.refs.filter((r) => r.kind === 'row');
  if (hasRefs) {
    if ((cue('who') || cue('coop') || cue('lead')) && rowRefs.length > 0) return whoOrWhen(turn, 'who');
    if (cue('when') && !window && rowRefs.length > 0) return whoOrWhen(turn, 'when');
    if (rowRefs.length > 1) return severalRows(turn, rowRefs.map((r) => r.id));
    return item(turn, q.refs[0]!);
  }

  // A position in the previous list: "việc đầu tiên ai chủ trì?", "the second one".
  // (The context is read only when the question names a position: the answer cache keys each
  // reply on the context fields its turn read, so other questions stay shared by all conversations.)
  const position = listPosition(q.folded);
  if (position !== undefined && ctx.listIds && ctx.listIds.length > 0) {
    const id = position === -1 ? ctx.listIds[ctx.listIds.length - 1] : ctx.listIds[position - 1];
    const row = id === undefined ? undefined : kb.row(id);
    if (row) {
      const onRow: Turn = { ...turn, ctx: { ...ctx, itemId: row.id }, q: { ...q, topicWords: [] } };
      const reply = cue('who') || cue('coop') || cue('lead') ? whoOrWhen(onRow, 'who') : cue('when') ? whoOrWhen(onRow, 'when') : item(turn, { kind: 'row', part: row.section, no: row.no, id: row.id });
      // The list stays, so that "còn việc thứ hai?" can follow.
      return { ...reply, remember: { ...reply.remember, listIds: ctx.listIds } };
    }
  }

  // Narrowing the previous list: "Những việc nào trong số đó hạn tháng 6/2023?"
  if (cue('narrow') && ctx.listIds && ctx.listIds.length > 0) {
    if (window) return period(turn, window, ctx.listIds);
    if (cue('recurring')) return recurring(turn, ctx.listIds);
  }

  // Who leads / cooperates, or when is it due — about a described task or the current one.
  const english = q.language === 'en';
  const topicTurn: Turn = english ? { ...turn, q: { ...q, topicWords: translateTopic(q.topicWords) } } : turn;
  const aboutATask = topicTurn.q.topicWords.length > 0 || (q.agencyIds.length === 0 && ctx.itemId !== undefined);
  if (cue('who') && aboutATask && !(q.agencyIds.length > 0 && topicTurn.q.topicWords.length === 0)) return whoOrWhen(topicTurn, 'who');
  if (cue('when') && !window && aboutATask && q.agencyIds.length === 0) return whoOrWhen(topicTurn, 'when');
  if (cue('coop') && q.agencyIds.length === 0 && ctx.itemId !== undefined && topicTurn.q.topicWords.length === 0) return whoOrWhen(turn, 'who');

  // An agency's duties ("Bộ Y tế phải làm gì…", "Còn Bộ Nội vụ?").
  if (q.agencyIds.length > 0) {
    const followUp = cue('switch') || topicTurn.q.topicWords.length === 0;
    const asksDuties = followUp || cue('obligation') || cue('recurring') || window !== undefined || cue('lead') || cue('coop') || cue('list');
    if (asksDuties) {
      const keep = cue('switch') && ctx.lastIntent === 'obligations';
      return obligations(turn, {
        agencyIds: q.agencyIds,
        window: window ?? (keep && ctx.time ? inLanguage(ctx.time, q.language === 'en') : undefined),
        role: q.role !== 'any' ? q.role : keep ? (ctx.role ?? 'any') : 'any',
        recurringOnly: cue('recurring') && !window,
      });
    }
    return search(topicTurn);
  }

  // "Còn tháng 9 thì sao?" after an agency question: same agency, new window.
  if (window && cue('switch') && ctx.lastIntent === 'obligations' && ctx.agencyIds && ctx.agencyIds.length > 0) {
    return obligations(turn, { agencyIds: ctx.agencyIds, window, role: ctx.role ?? 'any' });
  }
  if (window) {
    // "Mục tiêu cấp tài khoản định danh điện tử đến tháng 6/2023 là bao nhiêu?" asks about a
    // described task, not for the month's list: answered from the task when the topic clears the
    // relevance floor.
    if (topicTurn.q.topicWords.length >= 2 && turn.rel.find(topicTurn.q.topicWords, { limit: 1 }).length > 0) return search(topicTurn);
    return period(turn, window);
  }
  if (cue('recurring')) return recurring(turn);
  return search(topicTurn);
}

/** "B.6 và B.7" — several rows named at once. */
function severalRows(turn: Turn, ids: string[]): Reply {
  const { kb, q } = turn;
  const lang = q.language;
  const rows = ids.map((id) => kb.row(id)).filter((r) => r !== undefined);
  if (rows.length === 0) return item(turn, q.refs[0]!);
  if (rows.length === 1) return { answer: rowAnswer(kb, rows[0]!, lang), remember: { lastIntent: 'item', itemId: rows[0]!.id } };
  return {
    answer: makeAnswer(kb, {
      intent: 'item',
      lang,
      heading: t(lang, `Các nhiệm vụ ${rows.map((r) => r.id).join(', ')}`, `Tasks ${rows.map((r) => r.id).join(', ')}`),
      groups: [group('results', t(lang, 'Nhiệm vụ', 'Tasks'), rows.map((r) => rowItem(kb, r, lang)))],
      cite: rows.flatMap((r) => [r.id, ...r.bodyIds]),
      suggestions: rows.slice(0, 2).map((r) => t(lang, `${r.id} là gì?`, `What is ${r.id}?`)),
    }),
    remember: { lastIntent: 'item', listIds: rows.map((r) => r.id) },
  };
}
