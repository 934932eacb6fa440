/**
 * Free-text questions no structured intent takes ("Nhiệm vụ nào nói về thẻ bảo hiểm y tế?"):
 * MiniSearch ranks rows and paragraphs; only hits that clear the confidence floor are shown, and a
 * paragraph hit is shown as the appendix rows that restate it. Otherwise the answer declines.
 */
import type { AppendixRow, Paragraph } from '../../knowledge/schema.js';
import type { AnswerItem } from '../answer.js';
import { deadlineNote, group, makeAnswer, paragraphItem, rowItem } from '../present.js';
import type { Reply, Turn } from '../turn.js';
import { t } from '../turn.js';
import { fallback } from './help.js';

export function search(turn: Turn): Reply {
  const { kb, q, rel } = turn;
  const lang = q.language;
  const filter = q.agencyIds.length > 0
    ? (id: string) => {
        const rows = kb.row(id) ? [kb.row(id)!] : (kb.paragraph(id)?.appendixIds ?? []).map((r) => kb.row(r)!).filter(Boolean);
        return rows.some((r: AppendixRow) => q.agencyIds.some((a) => r.lead.agencyIds.includes(a) || r.coop.agencyIds.includes(a) || kb.agencies.binds(r.lead, a)));
      }
    : undefined;
  const hits = rel.find(q.topicWords, filter ? { limit: 6, filter, rankWithIndex: true } : { limit: 6, rankWithIndex: true });
  if (hits.length === 0) return fallback(turn);

  const items: AnswerItem[] = [];
  const cite: string[] = [];
  const seen = new Set<string>();
  for (const h of hits) {
    const p: Paragraph | undefined = h.kind === 'paragraph' ? kb.paragraph(h.id) : undefined;
    const rows = h.kind === 'appendix' ? [kb.row(h.id)!] : (p?.appendixIds ?? []).map((id) => kb.row(id)!);
    if (rows.length === 0 && p) {
      if (!seen.has(p.id)) items.push(paragraphItem(p));
      seen.add(p.id);
      cite.push(p.id);
      continue;
    }
    for (const r of rows) {
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      items.push(rowItem(kb, r, lang));
      cite.push(r.id, ...r.bodyIds);
    }
  }
  const first = items[0]!;
  return {
    answer: makeAnswer(kb, {
      intent: 'search',
      lang,
      heading: t(lang, 'Nội dung liên quan trong Chỉ thị 05/CT-TTg', 'What Directive 05/CT-TTg says on this'),
      intro: [t(lang, `Tìm thấy ${items.length} nội dung phù hợp, xếp theo mức độ liên quan:`, `${items.length} matching item(s), most relevant first:`)],
      groups: [group('results', t(lang, 'Kết quả', 'Results'), items)],
      notes: [deadlineNote(lang)],
      cite,
      suggestions: [t(lang, `${first.citationId} là gì?`, `What is ${first.citationId}?`), t(lang, 'Ai chủ trì nhiệm vụ này?', 'Who leads it?')],
    }),
    remember: { lastIntent: 'search', listIds: items.map((i) => i.citationId), itemId: first.citationId },
  };
}
