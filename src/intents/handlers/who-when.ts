/**
 * "Who leads / cooperates on …?" and "When is … due?" — about a task named by number, described
 * in words, or (in a follow-up such as "Ai phối hợp thực hiện?") the task the conversation is on.
 */
import type { KnowledgeBase } from '../../knowledge/index.js';
import type { AppendixRow } from '../../knowledge/schema.js';
import type { Language } from '../answer.js';
import { msg } from '../messages.js';
import { deadlineLabel, deadlineNote, group, makeAnswer, partyLabel, rowItem } from '../present.js';
import type { Reply, Turn } from '../turn.js';
import { fallback } from './help.js';
import { STOP_WORDS } from '../cues.js';

export type Asked = 'who' | 'when';

/** The rows a who/when question is about, best first; empty when none is clear. */
export function targetRows(turn: Turn): AppendixRow[] {
  const { kb, q, ctx, retriever } = turn;
  const referenced = q.refs
    .filter((r) => r.kind === 'row')
    .map((r) => kb.row(r.id))
    .filter((r): r is AppendixRow => r !== undefined);
  if (referenced.length > 0) return referenced;
  const fromParagraphs = q.refs
    .filter((r) => r.kind === 'paragraph')
    .flatMap((r) => kb.paragraph(r.id)?.appendixIds ?? []);
  if (fromParagraphs.length > 0) return rowsOf(kb, fromParagraphs);
  if (q.topicWords.length > 0) {
    const filter = q.agencyIds.length > 0 ? (id: string) => concernsAny(kb, id, q.agencyIds) : undefined;
    // An agency named in passing ("tôi ở Phú Yên…") must not hide the task: without it, if it finds nothing.
    const own = filter ? retriever.find(q.topic, { limit: 3, filter }) : [];
    const hits = own.length > 0 ? own : retriever.find(q.topic, { limit: 3 });
    const ids = hits.flatMap((h) => (h.kind === 'appendix' ? [h.id] : (kb.paragraph(h.id)?.appendixIds ?? [])));
    const rows = rowsOf(kb, ids).slice(0, 3);
    if (rows.length > 0 || !usesFocus(turn)) return rows;
  }
  if (ctx.itemId && kb.row(ctx.itemId)) return [kb.row(ctx.itemId)!];
  if (ctx.listIds?.length === 1 && kb.row(ctx.listIds[0]!)) return [kb.row(ctx.listIds[0]!)!];
  return [];
}

/** A follow-up on the task in focus: "việc đó", or no word the directive knows besides asking words. */
function usesFocus(turn: Turn): boolean {
  const { q, kb } = turn;
  return q.cues.has('that') || q.topicWords.every((w) => STOP_WORDS.has(w) || !kb.vocabulary.has(w));
}

function rowsOf(kb: KnowledgeBase, ids: readonly string[]): AppendixRow[] {
  return kb.rows([...new Set(ids)]);
}

/** true when a row or a paragraph's rows name one of the agencies as lead or cooperator. */
function concernsAny(kb: KnowledgeBase, id: string, agencyIds: readonly string[]): boolean {
  const rows = kb.row(id) ? [kb.row(id)!] : rowsOf(kb, kb.paragraph(id)?.appendixIds ?? []);
  return rows.some((r) => agencyIds.some((a) => r.lead.agencyIds.includes(a) || r.coop.agencyIds.includes(a)));
}

function describe(kb: KnowledgeBase, row: AppendixRow, lang: Language, asked: Asked): string {
  const coop = row.coop.text === '' ? msg(lang, 'noCoop') : partyLabel(kb, row.coop, lang);
  const lead = partyLabel(kb, row.lead, lang);
  const values = { id: row.id, lead, coop, deadline: deadlineLabel(row.deadline, lang) };
  return asked === 'when' ? msg(lang, 'whenAndWho', values) : msg(lang, 'whoAndWhen', values);
}

export function whoOrWhen(turn: Turn, asked: Asked): Reply {
  const { kb, q } = turn;
  const lang = q.language;
  const rows = targetRows(turn);
  if (rows.length === 0) {
    return fallback(turn, msg(lang, 'whichTask'));
  }
  const main = rows[0]!;
  const heading = msg(lang, asked === 'when' ? 'deadlineHeading' : 'leadHeading', { task: shortTask(main) });
  return {
    answer: makeAnswer(kb, {
      intent: asked === 'when' ? 'deadline' : 'lead',
      lang,
      heading,
      intro: [
        ...quotes(turn, main),
        ...rows.map((r) => describe(kb, r, lang, asked)),
        // "ai phối hợp, sản phẩm đầu ra là gì?": both in one answer.
        ...(q.cues.has('product') && main.product !== ''
          ? [msg(lang, 'productLine', { id: main.id, product: main.product })]
          : []),
      ],
      groups: [
        group(
          'results',
          msg(lang, 'taskGroup'),
          rows.map((r) => rowItem(kb, r, lang)),
        ),
      ],
      notes: asked === 'when' ? [deadlineNote(lang)] : [],
      cite: rows.flatMap((r) => [r.id, ...r.bodyIds]),
      suggestions: [
        msg(lang, asked === 'when' ? 'askWhoLeadsIt' : 'askWhenDue'),
        msg(lang, 'whatIsId', { id: main.id }),
        ...main.lead.agencyIds.slice(0, 1).map((id) => {
          const a = kb.agencies.byId(id);
          return msg(lang, 'askWhatElse', { name: a?.name ?? '', nameEn: a?.nameEn ?? '' });
        }),
      ],
    }),
    remember: { lastIntent: asked === 'when' ? 'deadline' : 'lead', itemId: main.id, listIds: rows.map((r) => r.id) },
  };
}

/**
 * The directive's sentences on the main row that best match the question, whole: a question that
 * also asks for a figure or a detail ("ai ký quyết định?", "mấy thành phố?") finds it there.
 */
function quotes(turn: Turn, row: AppendixRow): string[] {
  const { q, retriever } = turn;
  if (q.topic.words.length === 0) return [];
  const out: string[] = [];
  for (const id of [row.id, ...row.bodyIds]) {
    const s = retriever.bestSentence(id, q.topic);
    if (s !== undefined && !out.some((o) => o.includes(s) || s.includes(o.replace(/^“|” \[.*$/gu, ''))))
      out.push(`“${s}” [${id}]`);
  }
  return out;
}

function shortTask(row: AppendixRow): string {
  const words = row.task.split(' ');
  return `${row.id} — ${words.slice(0, 14).join(' ')}${words.length > 14 ? '…' : ''}`;
}
