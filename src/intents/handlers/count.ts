/**
 * "Bao nhiêu nhiệm vụ…?" — counts of appendix rows (by part, agency, month or kind), sections or
 * bottlenecks. Counted rows are cited when there are few enough to read; otherwise their ranges
 * are named.
 */
import type { AppendixRow } from '../../knowledge/schema.js';
import type { TimeWindow } from '../context.js';
import { msg } from '../messages.js';
import { makeAnswer } from '../present.js';
import type { Reply, Turn } from '../turn.js';
import { dueIn } from './period.js';
import { whoAndWhen } from './search.js';

const CITE_AT_MOST = 20;
/** Up to this many counted rows of an agency are shown with their lead, cooperators and deadline. */
const DETAIL_AT_MOST = 6;

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
      suggestions: [msg(lang, 'askCountPart', { part: 'C' }), msg(lang, 'askCountPublicSecurity')],
    }),
    remember: { lastIntent: 'count', listIds: rows.map((r) => r.id) },
  });

  if (/\b(?:diem nghen|nut that|bottlenecks?)\b/u.test(f)) {
    const n = kb.model.bottlenecks.length;
    const ids = kb.model.bottlenecks.map((b) => b.id);
    return reply(msg(lang, 'countBottlenecksHeading', { n }), [msg(lang, 'countBottlenecksIntro', { n })], [], ids);
  }
  if (/\b(?:muc|sections?)\b/u.test(f) && !/\bphan\b|\bphu luc\b|\bpart\b|\bappendix\b|nhiem vu|tasks?/u.test(f)) {
    const n = kb.model.sections.length;
    const ids = kb.model.sections.map((s) => s.id);
    return reply(msg(lang, 'countSectionsHeading', { n }), [msg(lang, 'countSectionsIntro', { n })], [], ids);
  }
  const part = q.refs.find((r) => r.kind === 'part');
  let rows: AppendixRow[] = part ? [...kb.rowsOfPart(part.part)] : [...kb.model.appendix];
  const scope: string[] = [];
  if (part) scope.push(msg(lang, 'countScopePart', { part: part.part }));
  if (q.agencyIds.length > 0) {
    // Every agency named ("2 bộ cũ cộng lại chủ trì mấy việc?"); one the directive gives nothing to
    // lead counts the bodies merged whole into it in 2025 (Bộ KH&CN counts what it gave Bộ TT&TT).
    const agencies = q.agencyIds.map((id) => kb.agencies.byId(id)).filter((a) => a !== undefined);
    const leadsAny = (id: string) => kb.model.appendix.some((r) => r.lead.agencyIds.includes(id));
    const merged = (id: string) =>
      kb.agencies
        .predecessorsOf(id)
        .filter((p) => p.succession?.change !== 'split')
        .map((p) => p.id);
    const ids = new Set(agencies.flatMap((a) => [a.id, ...(leadsAny(a.id) ? [] : merged(a.id))]));
    const role = q.role;
    rows = rows.filter((r) => [...(role === 'coop' ? r.coop.agencyIds : r.lead.agencyIds)].some((id) => ids.has(id)));
    const names = {
      name: agencies.map((a) => a.name).join(msg(lang, 'and')),
      nameEn: agencies.map((a) => a.nameEn).join(msg(lang, 'and')),
    };
    scope.push(msg(lang, role === 'coop' ? 'countScopeCoop' : 'countScopeLead', names));
  }
  if (window) {
    rows = dueIn(rows, window);
    scope.push(msg(lang, 'countScopeDue', { window: window.label }));
  }
  if (q.cues.has('recurring')) {
    rows = rows.filter((r) => r.deadline.kind === 'recurring');
    scope.push(msg(lang, 'countScopeRecurring'));
  }
  const n = rows.length;
  const listed = n <= CITE_AT_MOST && n > 0 ? ` (${rows.map((r) => r.id).join(', ')})` : '';
  if (scope.length === 0) {
    // The whole appendix, part by part.
    const each = parts.map((p) => msg(lang, 'countPart', { part: p.section, title: p.title, n: p.rows.length }));
    const intro = msg(lang, 'countIntro', { n, listed, parts: each.join(msg(lang, 'countPartSeparator')) });
    return reply(msg(lang, 'countHeading', { n }), [intro], rows);
  }
  const what = scope.join(', ');
  const intro = msg(lang, 'countIntroScoped', { n, scope: what, listed });
  // A few rows of a named agency: each with its lead, cooperators and deadline ("có mấy việc, hạn
  // bao giờ, phối hợp với ai?").
  const details =
    q.agencyIds.length > 0 && rows.length <= DETAIL_AT_MOST ? rows.map((r) => whoAndWhen(kb, r, lang)) : [];
  return reply(msg(lang, 'countHeadingScoped', { n, scope: what }), [intro, ...details], rows);
}
