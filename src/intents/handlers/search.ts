/**
 * Questions about a topic ("Nhiệm vụ nào nói về thẻ bảo hiểm y tế?", a citizen's forwarded message
 * about a birth certificate, "Who handles the driving licence renewal?"): the records retrieval
 * finds above its floor, each with the directive's own sentence that answers (whole, so a figure
 * such as "40 triệu" or "90%" is never cut off), who leads, who cooperates and the deadline.
 * A body paragraph is shown as the appendix rows that restate it. Nothing found: a decline.
 *
 * "Which tasks mention X?" lists every record that holds X word for word (`mentions`).
 */
import type { KnowledgeBase } from '../../knowledge/index.js';
import type { AppendixRow } from '../../knowledge/schema.js';
import type { AnswerItem, Language } from '../answer.js';
import { msg } from '../messages.js';
import { deadlineLabel, deadlineNote, group, makeAnswer, paragraphItem, partyLabel, rowItem } from '../present.js';
import type { RetrievedHit, TopicQuery } from '../retrieval.js';
import { STOP_WORDS } from '../cues.js';
import type { Reply, Turn } from '../turn.js';
import { fallback } from './help.js';

/** Rows a record stands for: itself, or the rows that restate a paragraph. */
function rowsOfRecord(kb: KnowledgeBase, id: string): AppendixRow[] {
  const row = kb.row(id);
  if (row) return [row];
  return (kb.paragraph(id)?.appendixIds ?? []).map((r) => kb.row(r)).filter((r): r is AppendixRow => r !== undefined);
}

/** true when a record concerns one of the agencies (leads, cooperates, or is bound as one of a group). */
export function concernsAgencies(kb: KnowledgeBase, id: string, agencyIds: readonly string[]): boolean {
  const province = (ids: readonly string[]) => ids.some((x) => kb.agencies.byId(x)?.kind === 'province');
  return rowsOfRecord(kb, id).some((r) =>
    agencyIds.some((a) => {
      // Every province at once also concerns the rows that name some provinces (C.5).
      const some =
        kb.agencies.byId(a)?.kind === 'provinces' && (province(r.lead.agencyIds) || province(r.coop.agencyIds));
      return (
        some ||
        r.lead.agencyIds.includes(a) ||
        r.coop.agencyIds.includes(a) ||
        kb.agencies.binds(r.lead, a) ||
        kb.agencies.binds(r.coop, a)
      );
    }),
  );
}

/** One line on who does it and by when, for a row. */
export function whoAndWhen(kb: KnowledgeBase, row: AppendixRow, lang: Language): string {
  const coop = row.coop.text === '' ? msg(lang, 'noCoop') : partyLabel(kb, row.coop, lang);
  return msg(lang, 'whoAndWhen', {
    id: row.id,
    lead: partyLabel(kb, row.lead, lang),
    coop,
    deadline: deadlineLabel(row.deadline, lang),
  });
}

/** The topic search over the whole directive (or an agency's records). */
export function search(turn: Turn): Reply {
  const { kb, q, retriever } = turn;
  // A province named as where someone lives is not whose rows to look in.
  const subjects = q.agencyIds.filter((a) => !q.placeIds.includes(a));
  const filter = subjects.length > 0 ? (id: string) => concernsAgencies(kb, id, subjects) : undefined;
  // An agency named only as a place ("Thôn tôi ở Hà Giang…") leaves the topic to the whole directive.
  const own = filter ? retriever.find(q.topic, { limit: 4, filter }) : [];
  const hits = own.length > 0 ? own : retriever.find(q.topic, { limit: 4 });
  if (hits.length === 0) return fallback(turn);
  return topicAnswer(turn, hits, q.topic);
}

/** Renders retrieved records: the directive's sentence for each, then the rows with lead and deadline. */
export function topicAnswer(turn: Turn, hits: readonly RetrievedHit[], topic: TopicQuery, heading?: string): Reply {
  const { kb, q, retriever } = turn;
  const lang = q.language;
  const intro: string[] = [];
  const items: AnswerItem[] = [];
  const cite: string[] = [];
  const seen = new Set<string>();
  for (const h of hits) {
    const sentence = retriever.bestSentence(h.id, topic);
    const rows = rowsOfRecord(kb, h.id).filter((r) => !seen.has(r.id));
    if (sentence && !intro.some((s) => s.includes(sentence))) intro.push(`“${sentence}” [${h.id}]`);
    cite.push(h.id);
    // A paragraph is cited with its section ("S2.1" is in "S2").
    const para = kb.paragraph(h.id);
    if (para) cite.push(`S${para.section}`);
    for (const r of rows) {
      seen.add(r.id);
      items.push(rowItem(kb, r, lang));
      cite.push(r.id, ...r.bodyIds);
      intro.push(whoAndWhen(kb, r, lang));
      // A question for a figure gets the row's measurable product too ("tối thiểu 90% mức độ hài lòng").
      if (topic.wantsFigure && /\d/u.test(r.product) && !intro.some((s) => s.includes(r.product)))
        intro.push(msg(lang, 'productOf', { id: r.id, product: r.product }));
    }
    // A paragraph is listed itself only when no appendix row restates it (else its rows stand for it).
    const p = h.kind === 'paragraph' && rowsOfRecord(kb, h.id).length === 0 ? kb.paragraph(h.id) : undefined;
    if (p) items.push(paragraphItem(p));
  }
  const first = items[0]?.citationId ?? hits[0]!.id;
  const rowIds = items.map((i) => i.citationId).filter((id) => kb.row(id) !== undefined);
  return {
    answer: makeAnswer(kb, {
      intent: 'search',
      lang,
      heading: heading ?? msg(lang, 'topicHeading'),
      intro: [msg(lang, 'directiveSays'), ...intro],
      groups: [group('results', msg(lang, 'relatedTasks'), items)],
      notes: [deadlineNote(lang), msg(lang, 'personalMatters')],
      cite,
      suggestions: [msg(lang, 'whatIsId', { id: first }), msg(lang, 'whoCooperates')],
    }),
    remember: { lastIntent: 'search', listIds: rowIds, ...(rowIds[0] !== undefined ? { itemId: rowIds[0] } : {}) },
  };
}

/**
 * The phrases a "which tasks mention X?" question names: what it quotes, else the longest runs of
 * its words that the directive holds word for word (several: "Nghị định 45/2020 và 107/2021").
 */
function mentionedPhrases(turn: Turn): string[] {
  const { q } = turn;
  // Each run of words is looked up once.
  const seen = new Map<string, number>();
  const count = (phrase: string) => {
    let n = seen.get(phrase);
    if (n === undefined) {
      n = turn.retriever.containing(phrase).length;
      seen.set(phrase, n);
    }
    return n;
  };
  if (q.quoted.length > 0) return q.quoted.filter((p) => count(p) > 0);
  const words = q.topic.words;
  const out: string[] = [];
  let i = 0;
  while (i < words.length) {
    // A phrase starts with a content word.
    if (STOP_WORDS.has(words[i]!)) {
      i++;
      continue;
    }
    let best: string | undefined;
    let bestEnd = i;
    for (let j = i + 1; j <= words.length && j - i <= 8; j++) {
      const run = words.slice(i, j);
      const phrase = run.join(' ');
      if (count(phrase) === 0) break;
      if (run.some((w) => !STOP_WORDS.has(w))) {
        best = phrase;
        bestEnd = j;
      }
    }
    if (best !== undefined && count(best) < 40) {
      out.push(best);
      i = bestEnd;
    } else i++;
  }
  // Single common words ("dữ liệu") are not what a "where is X mentioned" question names.
  const specific = out.filter((p) => p.includes(' ') || count(p) <= 12);
  return specific.sort((a, b) => b.length - a.length).slice(0, 3);
}

/** "Tổ công nghệ số cộng đồng được nhắc ở những nhiệm vụ nào?": every record holding the phrase. */
export function mentions(turn: Turn): Reply | undefined {
  const { kb, q, retriever } = turn;
  const lang = q.language;
  const phrases = mentionedPhrases(turn);
  if (phrases.length === 0) return undefined;
  const ids = [...new Set(phrases.flatMap((p) => retriever.containing(p)))];
  const rows = kb.model.appendix.filter((r) => ids.includes(r.id) || r.bodyIds.some((b) => ids.includes(b)));
  const paragraphs = ids.filter((id) => kb.paragraph(id) && !rows.some((r) => r.bodyIds.includes(id)));
  const others = ids.filter((id) => !kb.row(id) && !kb.paragraph(id));
  if (rows.length === 0 && paragraphs.length === 0 && others.length === 0) return undefined;
  const shown = phrases.map((p) => `“${retriever.wording(p) ?? p}”`).join(', ');
  const items = [...rows.map((r) => rowItem(kb, r, lang)), ...paragraphs.map((id) => paragraphItem(kb.paragraph(id)!))];
  const topic = { words: q.topic.words, phrases: [...q.topic.phrases, ...phrases] };
  const quotes = ids.slice(0, 4).flatMap((id) => {
    const s = retriever.bestSentence(id, topic);
    return s === undefined ? [] : [`“${s}” [${id}]`];
  });
  return {
    answer: makeAnswer(kb, {
      intent: 'search',
      lang,
      heading: msg(lang, 'mentionHeading', { phrases: shown }),
      intro: [
        msg(lang, 'mentionCount', { phrases: shown, rows: rows.length, ids: rows.map((r) => r.id).join(', ') || '—' }),
        ...quotes,
      ],
      groups: [group('results', msg(lang, 'relatedTasks'), items)],
      notes: [deadlineNote(lang)],
      cite: [...rows.flatMap((r) => [r.id, ...r.bodyIds]), ...paragraphs, ...others],
      suggestions: rows.slice(0, 2).map((r) => msg(lang, 'whatIsId', { id: r.id })),
    }),
    remember: { lastIntent: 'search', listIds: rows.map((r) => r.id) },
  };
}
