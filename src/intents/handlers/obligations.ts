/**
 * "What must agency X do (by month Y)?" — its own rows, the rows that bind it as one of "các bộ,
 * ngành, địa phương" or as a province, the rows it cooperates on, and — for a ministry or province
 * that absorbed others in 2025 — the rows the directive gave to its predecessors. Recurring,
 * start-month and external-schedule duties are listed apart, never dropped.
 */
import { deadlineMonth } from '../../knowledge/deadline.js';
import type { KnowledgeBase } from '../../knowledge/index.js';
import type { Agency, AppendixRow } from '../../knowledge/schema.js';
import type { AnswerGroup, AnswerItem, Language } from '../answer.js';
import type { TimeWindow } from '../context.js';
import { deadlineNote, group, makeAnswer, rowItem } from '../present.js';
import { inWindow } from '../time.js';
import type { Reply, Turn } from '../turn.js';
import { t } from '../turn.js';
import type { Role } from '../understand.js';
import { successionNotes } from './restructure.js';
import { msg } from '../messages.js';

/** How a row concerns an agency; 'mentioned' rows name it in their text without giving it the duty. */
type Standing = 'own' | 'shared' | 'predecessor' | 'cooperation' | 'mentioned';

interface Classified {
  row: AppendixRow;
  standing: Standing;
  /** For a row that concerns the agency through a 2025 predecessor: the predecessor the directive named. */
  via?: string;
}

/** Agencies each row's task text names, computed once per row. */
const mentionCache = new WeakMap<AppendixRow, ReadonlySet<string>>();
function mentionedIn(kb: KnowledgeBase, row: AppendixRow): ReadonlySet<string> {
  let ids = mentionCache.get(row);
  if (!ids) {
    // Only a full name counts: "bảo hiểm xã hội" in a task is a topic, "Bảo hiểm xã hội Việt Nam" the agency.
    ids = new Set(kb.agencies.find(row.task).filter((m) => m.alias === kb.agencies.byId(m.agencyId)?.name).map((m) => m.agencyId));
    mentionCache.set(row, ids);
  }
  return ids;
}

/** A province, or every province at once: part C rows are its own. */
function provincial(agency: Agency): boolean {
  return agency.kind === 'province' || agency.kind === 'provinces';
}

/** Bodies "các bộ, ngành" (part A, A.5's assigned ministries) bound in 2023. */
function ministryLike(agency: Agency): boolean {
  return agency.kind === 'ministry' || agency.kind === 'ministry-level' || agency.kind === 'government-agency';
}

/** Whether the row's lead cell binds `agency` as one of a group (every ministry, every province…). */
function boundAsGroup(kb: KnowledgeBase, agency: Agency, row: AppendixRow): boolean {
  return kb.agencies.binds(row.lead, agency.id) || (row.lead.groups.includes('assigned') && ministryLike(agency) && !agency.formedAfterDirective);
}

/**
 * How a row concerns an agency, or undefined when it does not. `predecessors` are the bodies
 * merged whole into it in 2025: their lead rows are 'predecessor' rows, their cooperation rows are
 * its cooperation rows (`via` the predecessor), and a body formed in 2025 takes on the common rows
 * that bound them.
 */
function standingOf(kb: KnowledgeBase, agency: Agency, predecessors: readonly Agency[], row: AppendixRow): Classified | undefined {
  const reg = kb.agencies;
  if (row.lead.agencyIds.includes(agency.id)) return { row, standing: 'own' };
  // Part C is every province's own; part A is every ministry's own when the question names them all.
  const ownPart = provincial(agency) ? 'C' : agency.kind === 'ministries' ? 'A' : undefined;
  if (boundAsGroup(kb, agency, row)) return { row, standing: row.section === ownPart ? 'own' : 'shared' };
  const leadVia = predecessors.find((p) => row.lead.agencyIds.includes(p.id));
  if (leadVia !== undefined) return { row, standing: 'predecessor', via: leadVia.id };
  const sharedVia = agency.formedAfterDirective ? predecessors.find((p) => boundAsGroup(kb, p, row)) : undefined;
  if (sharedVia !== undefined) return { row, standing: 'shared', via: sharedVia.id };
  if (row.coop.agencyIds.includes(agency.id) || reg.binds(row.coop, agency.id)) return { row, standing: 'cooperation' };
  const coopVia = predecessors.find((p) => row.coop.agencyIds.includes(p.id) || reg.binds(row.coop, p.id));
  if (coopVia !== undefined) return { row, standing: 'cooperation', via: coopVia.id };
  if (mentionedIn(kb, row).has(agency.id)) return { row, standing: 'mentioned' };
  return undefined;
}

function roleAllows(role: Role, standing: Standing): boolean {
  if (role === 'any') return true;
  if (standing === 'mentioned') return true;
  return role === 'coop' ? standing === 'cooperation' : standing !== 'cooperation';
}

const STANDING_TAG: Record<Standing, { vi: string; en: string }> = {
  own: { vi: '(chủ trì)', en: '(leads)' },
  shared: { vi: '(nhiệm vụ chung)', en: '(common task)' },
  predecessor: { vi: '(giao cho cơ quan tiền thân)', en: '(given to a predecessor)' },
  cooperation: { vi: '(phối hợp)', en: '(cooperates)' },
  mentioned: { vi: '(có nhắc đến)', en: '(mentioned)' },
};

export interface ObligationsRequest {
  agencyIds: readonly string[];
  window: TimeWindow | undefined;
  role: Role;
  /** Only recurring / ongoing duties ("Bộ Y tế có nhiệm vụ thường xuyên nào?"). */
  recurringOnly?: boolean;
}

export function obligations(turn: Turn, req: ObligationsRequest): Reply {
  const { kb, q } = turn;
  const lang = q.language;
  const agencies = req.agencyIds.map((id) => kb.agencies.byId(id)).filter((a): a is Agency => a !== undefined);
  const groups: AnswerGroup[] = [];
  const intro: string[] = [];
  const notes: string[] = [];
  const listIds: string[] = [];
  const focus: string[] = [];
  const multi = agencies.length > 1;

  for (const agency of agencies) {
    // Rows of agencies merged whole into this one are its duties now; a split agency's rows are only noted.
    const predecessors = kb.agencies.predecessorsOf(agency.id).filter((p) => p.succession?.change !== 'split');
    let classified = kb.model.appendix
      .map((row) => standingOf(kb, agency, predecessors, row))
      .filter((c): c is Classified => c !== undefined);
    // "NHNN có được giao chủ trì việc gì?" of a body that leads nothing: its other tasks, and the summary says so.
    const leads = classified.some((c) => c.standing === 'own' || c.standing === 'predecessor');
    const role = req.role === 'lead' && !leads ? 'any' : req.role;
    classified = classified.filter((c) => roleAllows(role, c.standing));
    const short = lang === 'vi' ? agency.short : agency.nameEn;
    const prefix = multi ? `${short} — ` : '';
    const dated = (c: Classified) => c.row.deadline.kind === 'month';
    const inTime = (c: Classified) => {
      const k = deadlineMonth(c.row.deadline);
      return req.window === undefined || (k !== undefined && inWindow(k, req.window));
    };
    const started = (c: Classified) => {
      const k = deadlineMonth(c.row.deadline);
      return req.window?.to === undefined || (k !== undefined && k <= req.window.to);
    };
    const item = (c: Classified) => rowItem(kb, c.row, lang, viaTag(kb, c, lang));
    const tagged = (c: Classified): AnswerItem => {
      const it = item(c);
      return c.standing === 'predecessor' || c.via !== undefined ? it : { ...it, text: `${it.text} ${STANDING_TAG[c.standing][lang]}` };
    };
    const pick = (standing: Standing) => (req.recurringOnly ? [] : classified.filter((c) => c.standing === standing && dated(c) && inTime(c)));

    const own = pick('own');
    const shared = pick('shared');
    const pred = pick('predecessor');
    const coop = pick('cooperation');
    const mentioned = classified.filter((c) => c.standing === 'mentioned' && (!dated(c) || inTime(c)));
    const ongoing = (kind: 'from' | 'recurring' | 'external') => classified.filter((c) => c.standing !== 'mentioned' && c.row.deadline.kind === kind && (kind !== 'from' || started(c)));
    const from = ongoing('from');
    const recurring = ongoing('recurring');
    const external = ongoing('external');

    const provinceOwnTitle = agency.kind === 'ministries'
      ? t(lang, 'Nhiệm vụ chung của các bộ, ngành, địa phương (phần A của Phụ lục)', 'Common tasks of every ministry, agency and province (part A of the appendix)')
      : t(lang, 'Nhiệm vụ của địa phương (phần C của Phụ lục)', 'Tasks of the provinces (part C of the appendix)');
    groups.push(
      group('own', prefix + (provincial(agency) || agency.kind === 'ministries' ? provinceOwnTitle : t(lang, `Nhiệm vụ do ${short} chủ trì`, `Tasks ${short} leads`)), own.map(item)),
      group('shared', prefix + t(lang, 'Nhiệm vụ chung của các bộ, ngành, địa phương (phần A)', 'Common tasks of every ministry, agency and province (part A)'), shared.map(item)),
      group('predecessor', prefix + (provincial(agency)
        ? t(lang, `Nhiệm vụ Chỉ thị giao cho địa phương nay thuộc ${agency.name}`, `Tasks the directive gave to provinces now part of ${agency.nameEn}`)
        : t(lang, `Nhiệm vụ Chỉ thị giao cho cơ quan nay thuộc ${short}`, `Tasks the directive gave to bodies now part of ${short}`)), pred.map(item)),
      group('cooperation', prefix + t(lang, `Nhiệm vụ ${short} phối hợp thực hiện`, `Tasks ${short} cooperates on`), coop.map(item)),
      group('results', prefix + t(lang, `Nhiệm vụ có nhắc đến ${short} (không giao trực tiếp)`, `Tasks that mention ${short} (without assigning it)`), mentioned.map(item)),
      group('from', prefix + t(lang, 'Nhiệm vụ thực hiện từ một tháng trở đi', 'Ongoing tasks that start in a given month'), from.map(tagged)),
      group('recurring', prefix + t(lang, 'Nhiệm vụ thường xuyên', 'Recurring tasks'), recurring.map(tagged)),
      group('external', prefix + t(lang, 'Nhiệm vụ theo tiến độ của văn bản khác', "Tasks on another document's schedule"), external.map(tagged)),
    );
    const all = [...own, ...shared, ...pred, ...coop, ...mentioned, ...from, ...recurring, ...external];
    // "Trong số đó…", "cái thứ 3…" count from the agency's own tasks, which come first.
    const ownAll = [...own, ...pred, ...[...from, ...recurring, ...external].filter((c) => c.standing === 'own' || c.standing === 'predecessor')];
    listIds.push(...ownAll.map((c) => c.row.id), ...all.filter((c) => !ownAll.includes(c)).map((c) => c.row.id));
    // A row that names this body alone among many others' (C.5 for Gia Lai) is what "việc đó" refers to next.
    // The row "việc đó" refers to next, when one stands out: the only one naming this body among
    // its own (C.5 for Gia Lai), else its only own task in the window, else its only own task, else
    // the only row that names it as a cooperator.
    const named = ownAll.filter((c) => c.row.lead.agencyIds.includes(agency.id));
    const onlyOne = (list: readonly Classified[]) => (list.length === 1 ? list[0]!.row.id : undefined);
    const namedCoop = classified.filter((c) => c.standing === 'cooperation' && c.row.coop.agencyIds.includes(agency.id));
    const standsOut =
      (named.length === 1 && ownAll.length > 1 ? named[0]!.row.id : undefined) ??
      (req.window ? onlyOne(own) : undefined) ??
      onlyOne(ownAll) ??
      (ownAll.length === 0 ? onlyOne(namedCoop) : undefined);
    if (standsOut !== undefined) focus.push(standsOut);
    intro.push(summary(agency, lang, req, { own: own.length, shared: shared.length, pred: pred.length, coop: coop.length, ongoing: from.length + recurring.length + external.length }, classified.some((c) => c.standing === 'own')));
    notes.push(...successionNotes(kb, agency, lang));
    const sharedVia = [...new Set(classified.filter((c) => c.standing === 'shared' && c.via !== undefined).map((c) => c.via!))];
    if (sharedVia.length > 0) {
      const via = sharedVia.map((id) => kb.agencies.byId(id)).filter((a): a is Agency => a !== undefined);
      notes.push(t(lang,
        `${agency.name} được thành lập sau Chỉ thị; các nhiệm vụ chung của các bộ (phần A) được liệt kê vì Chỉ thị giao chúng cho mọi bộ, trong đó có cơ quan tiền thân: ${via.map((a) => a.name).join(', ')}.`,
        `The ${agency.nameEn} was formed after the directive; the common tasks of every ministry (part A) are listed because the directive gave them to every ministry, its predecessors among them: ${via.map((a) => a.nameEn).join(', ')}.`));
    }
    if (shared.some((c) => c.row.lead.groups.includes('assigned'))) {
      notes.push(t(lang, 'Nhiệm vụ A.5 áp dụng với các bộ, ngành được giao tại Đề án 06 và Quyết định số 422/QĐ-TTg.', 'Task A.5 applies to the ministries and agencies assigned in Đề án 06 and Decision 422/QĐ-TTg.'));
    }
  }
  // Local government named without a province: who the directive actually addresses, and C.5's eight.
  if (agencies.some((a) => a.kind === 'provinces') || (q.localBody !== undefined && agencies.some((a) => a.kind === 'province'))) {
    notes.push(msg(lang, 'localBodyNote'));
    const c5 = kb.model.appendix.find((r) => r.section === 'C' && r.lead.groups.length === 0 && r.lead.agencyIds.length > 0);
    if (c5 && agencies.some((a) => a.kind === 'provinces')) notes.push(msg(lang, 'c5Note', { id: c5.id, n: c5.lead.agencyIds.length, provinces: c5.lead.agencyIds.map((id) => kb.agencies.byId(id)?.short ?? id).join(', ') }));
  }
  // A body the preamble praises (Tập đoàn Điện lực Việt Nam…) is named there even when no row names it.
  const praised = agencies.filter((a) => kb.model.preamble.praised.agencyIds.includes(a.id));
  for (const a of praised) intro.push(t(lang, `Phần mở đầu của Chỉ thị nêu ${a.name} trong số các cơ quan, đơn vị được Thủ tướng biểu dương vì đã tích cực triển khai Đề án 06.`, `The preamble names the ${a.nameEn} among the bodies the Prime Minister praised for their work on Đề án 06.`));
  notes.push(deadlineNote(lang));

  const names = agencies.map((a) => (lang === 'vi' ? a.name : `${a.nameEn} (${a.name})`)).join(lang === 'vi' ? ' và ' : ' and ');
  const when = req.window ? ` ${req.window.label}` : '';
  const heading = req.recurringOnly
    ? t(lang, `${names}: nhiệm vụ thường xuyên và đang thực hiện theo Chỉ thị 05/CT-TTg`, `${names}: recurring and ongoing tasks under Directive 05/CT-TTg`)
    : t(lang, `${names}: nhiệm vụ${when} theo Chỉ thị 05/CT-TTg`, `${names}: tasks${when} under Directive 05/CT-TTg`);
  const first = groups.find((g) => g.items.length > 0)?.items[0]?.citationId;
  const answer = makeAnswer(kb, {
    intent: 'obligations',
    lang,
    heading,
    intro,
    groups,
    notes,
    ...(praised.length > 0 ? { cite: [...groups.flatMap((g) => g.items.map((i) => i.citationId)), 'PREAMBLE'] } : {}),
    suggestions: suggestionsFor(kb, agencies, req, lang, first),
  });
  const remember: Reply['remember'] = { lastIntent: 'obligations', agencyIds: agencies.map((a) => a.id), role: req.role, listIds, itemId: focus.length === 1 ? focus[0] : undefined };
  // An answer without a window clears the one an earlier turn left, so that "Còn Bộ Nội vụ?"
  // keeps this answer's window (none), not one from several turns ago.
  remember.time = req.window;
  return { answer, remember };
}

/** For a row that concerns the agency through a predecessor: whom the directive named, and as what. */
function viaTag(kb: KnowledgeBase, c: Classified, lang: Language): string | undefined {
  const via = c.via === undefined || c.standing === 'shared' ? undefined : kb.agencies.byId(c.via);
  if (via === undefined) return undefined;
  return c.standing === 'cooperation'
    ? t(lang, `(Chỉ thị giao cho ${via.name} phối hợp)`, `(the directive named ${via.nameEn} to cooperate)`)
    : t(lang, `(Chỉ thị giao cho ${via.name})`, `(the directive named ${via.nameEn})`);
}

function summary(
  agency: Agency,
  lang: Language,
  req: ObligationsRequest,
  n: { own: number; shared: number; pred: number; coop: number; ongoing: number },
  leadsAny: boolean,
): string {
  const name = lang === 'vi' ? agency.name : agency.nameEn;
  const when = req.window ? ` ${req.window.label}` : '';
  if (req.recurringOnly) {
    return t(lang, `${name} có ${n.ongoing} nhiệm vụ thường xuyên hoặc đang thực hiện liên quan.`, `${name} has ${n.ongoing} recurring or ongoing tasks.`);
  }
  const parts: string[] = [];
  if (!provincial(agency) && !leadsAny && !agency.formedAfterDirective) {
    parts.push(t(lang, `Chỉ thị không giao riêng cho ${name} nhiệm vụ nào để chủ trì.`, `The directive gives ${name} no task of its own to lead.`));
  } else if (!provincial(agency) && n.own === 0 && req.window) {
    parts.push(t(lang, `Không có nhiệm vụ nào do ${name} chủ trì có hạn${when}.`, `No task that ${name} leads is due${when}.`));
  }
  const counts = [
    n.own > 0 ? t(lang, `${n.own} nhiệm vụ ${provincial(agency) ? 'của địa phương' : 'chủ trì'}`, `${n.own} ${provincial(agency) ? 'provincial' : 'led'} task(s)`) : '',
    n.shared > 0 ? t(lang, `${n.shared} nhiệm vụ chung`, `${n.shared} common task(s)`) : '',
    n.pred > 0 ? t(lang, `${n.pred} nhiệm vụ giao cho cơ quan tiền thân`, `${n.pred} task(s) given to predecessors`) : '',
    n.coop > 0 ? t(lang, `${n.coop} nhiệm vụ phối hợp`, `${n.coop} task(s) as cooperator`) : '',
  ].filter(Boolean);
  if (counts.length > 0) parts.push(req.window ? t(lang, `Có hạn${when}: ${counts.join(', ')}.`, `Due${when}: ${counts.join(', ')}.`) : t(lang, `Có thời hạn theo tháng: ${counts.join(', ')}.`, `With a month deadline: ${counts.join(', ')}.`));
  if (n.ongoing > 0) parts.push(t(lang, `Ngoài ra ${n.ongoing} nhiệm vụ thường xuyên, thực hiện từ một tháng, hoặc theo tiến độ văn bản khác (liệt kê riêng).`, `Also ${n.ongoing} recurring, ongoing or externally scheduled task(s), listed apart.`));
  return parts.join(' ');
}

/** Follow-ups that make sense after this answer. */
function suggestionsFor(kb: KnowledgeBase, agencies: readonly Agency[], req: ObligationsRequest, lang: Language, firstId: string | undefined): string[] {
  const other = kb.agencies.ministries().find((a) => !agencies.some((x) => x.id === a.id) && a.id !== 'cong-an' && kb.model.appendix.some((r) => r.lead.agencyIds.includes(a.id)));
  const out: string[] = [];
  if (other) out.push(t(lang, `Còn ${other.name} thì sao?`, `What about the ${other.nameEn}?`));
  if (!req.window || req.window.from !== req.window.to) out.push(t(lang, 'Những việc nào trong số đó hạn tháng 6/2023?', 'Which of those are due in June 2023?'));
  if (firstId) out.push(t(lang, `${firstId} là gì?`, `What is ${firstId}?`));
  if (!req.recurringOnly) out.push(t(lang, 'Nhiệm vụ thường xuyên nào?', 'Which tasks are recurring?'));
  return out;
}
