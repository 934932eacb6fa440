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
import type { Role } from '../understand.js';
import { successionNotes } from './restructure.js';
import { msg, type MessageKey } from '../messages.js';

/** How a row concerns an agency; 'mentioned' rows name it in their text without giving it the duty. */
type Standing = 'own' | 'shared' | 'predecessor' | 'cooperation' | 'mentioned';

interface Classified {
  row: AppendixRow;
  standing: Standing;
  /** For a row that concerns the agency through a 2025 predecessor: the predecessor the directive named. */
  via?: string;
}

/** Agencies each row's task text names, computed once per row: `npm run bench` shows this cache matters. */
const mentionCache = new WeakMap<AppendixRow, ReadonlySet<string>>();
function mentionedIn(kb: KnowledgeBase, row: AppendixRow): ReadonlySet<string> {
  let ids = mentionCache.get(row);
  if (!ids) {
    // Only a full name counts: "bảo hiểm xã hội" in a task is a topic, "Bảo hiểm xã hội Việt Nam" the agency.
    ids = new Set(
      kb.agencies
        .find(row.task)
        .filter((m) => m.alias === kb.agencies.byId(m.agencyId)?.name)
        .map((m) => m.agencyId),
    );
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
  return (
    kb.agencies.binds(row.lead, agency.id) ||
    (row.lead.groups.includes('assigned') && ministryLike(agency) && !agency.formedAfterDirective)
  );
}

/**
 * How a row concerns an agency, or undefined when it does not. `predecessors` are the bodies
 * merged whole into it in 2025: their lead rows are 'predecessor' rows, their cooperation rows are
 * its cooperation rows (`via` the predecessor), and a body formed in 2025 takes on the common rows
 * that bound them.
 */
function standingOf(
  kb: KnowledgeBase,
  agency: Agency,
  predecessors: readonly Agency[],
  row: AppendixRow,
): Classified | undefined {
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

const STANDING_TAG = {
  own: 'tagOwn',
  shared: 'tagShared',
  predecessor: 'tagPredecessor',
  cooperation: 'tagCooperation',
  mentioned: 'tagMentioned',
} as const satisfies Record<Standing, MessageKey>;

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
    const agencyValues = { name: agency.name, short: agency.short, nameEn: agency.nameEn };
    const title = (text: string) => (multi ? msg(lang, 'ofAgency', { ...agencyValues, title: text }) : text);
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
      if (c.standing === 'predecessor' || c.via !== undefined) return it;
      return { ...it, text: `${it.text} ${msg(lang, STANDING_TAG[c.standing])}` };
    };
    const pick = (standing: Standing) =>
      req.recurringOnly ? [] : classified.filter((c) => c.standing === standing && dated(c) && inTime(c));

    const own = pick('own');
    const shared = pick('shared');
    const pred = pick('predecessor');
    const coop = pick('cooperation');
    const mentioned = classified.filter((c) => c.standing === 'mentioned' && (!dated(c) || inTime(c)));
    const ongoing = (kind: 'from' | 'recurring' | 'external') =>
      classified.filter(
        (c) => c.standing !== 'mentioned' && c.row.deadline.kind === kind && (kind !== 'from' || started(c)),
      );
    const from = ongoing('from');
    const recurring = ongoing('recurring');
    const external = ongoing('external');

    const predecessorTitle = provincial(agency) ? 'dutiesPredecessorProvinces' : 'dutiesPredecessor';
    const ownTitle =
      agency.kind === 'ministries'
        ? msg(lang, 'dutiesCommonAll')
        : provincial(agency)
          ? msg(lang, 'dutiesProvinces')
          : msg(lang, 'dutiesLeads', agencyValues);
    groups.push(
      group('own', title(ownTitle), own.map(item)),
      group('shared', title(msg(lang, 'dutiesShared')), shared.map(item)),
      group('predecessor', title(msg(lang, predecessorTitle, agencyValues)), pred.map(item)),
      group('cooperation', title(msg(lang, 'dutiesCooperation', agencyValues)), coop.map(item)),
      group('results', title(msg(lang, 'dutiesMentioned', agencyValues)), mentioned.map(item)),
      group('from', title(msg(lang, 'dutiesFrom')), from.map(tagged)),
      group('recurring', title(msg(lang, 'dutiesRecurring')), recurring.map(tagged)),
      group('external', title(msg(lang, 'dutiesExternal')), external.map(tagged)),
    );
    const all = [...own, ...shared, ...pred, ...coop, ...mentioned, ...from, ...recurring, ...external];
    // "Trong số đó…", "cái thứ 3…" count from the agency's own tasks, which come first.
    const ownAll = [
      ...own,
      ...pred,
      ...[...from, ...recurring, ...external].filter((c) => c.standing === 'own' || c.standing === 'predecessor'),
    ];
    listIds.push(...ownAll.map((c) => c.row.id), ...all.filter((c) => !ownAll.includes(c)).map((c) => c.row.id));
    // A row that names this body alone among many others' (C.5 for Gia Lai) is what "việc đó" refers to next.
    // The row "việc đó" refers to next, when one stands out: the only one naming this body among
    // its own (C.5 for Gia Lai), else its only own task in the window, else its only own task, else
    // the only row that names it as a cooperator.
    const named = ownAll.filter((c) => c.row.lead.agencyIds.includes(agency.id));
    const onlyOne = (list: readonly Classified[]) => (list.length === 1 ? list[0]!.row.id : undefined);
    const namedCoop = classified.filter(
      (c) => c.standing === 'cooperation' && c.row.coop.agencyIds.includes(agency.id),
    );
    const standsOut =
      (named.length === 1 && ownAll.length > 1 ? named[0]!.row.id : undefined) ??
      (req.window ? onlyOne(own) : undefined) ??
      onlyOne(ownAll) ??
      (ownAll.length === 0 ? onlyOne(namedCoop) : undefined);
    if (standsOut !== undefined) focus.push(standsOut);
    intro.push(
      summary(
        agency,
        lang,
        req,
        {
          own: own.length,
          shared: shared.length,
          pred: pred.length,
          coop: coop.length,
          ongoing: from.length + recurring.length + external.length,
        },
        classified.some((c) => c.standing === 'own'),
      ),
    );
    notes.push(...successionNotes(kb, agency, lang));
    const sharedVia = [
      ...new Set(classified.filter((c) => c.standing === 'shared' && c.via !== undefined).map((c) => c.via!)),
    ];
    if (sharedVia.length > 0) {
      const via = sharedVia.map((id) => kb.agencies.byId(id)).filter((a): a is Agency => a !== undefined);
      const viaNames = { via: via.map((a) => a.name).join(', '), viaEn: via.map((a) => a.nameEn).join(', ') };
      notes.push(msg(lang, 'formedAfterNote', { ...agencyValues, ...viaNames }));
    }
    if (shared.some((c) => c.row.lead.groups.includes('assigned'))) {
      notes.push(msg(lang, 'a5Note'));
    }
  }
  // Local government named without a province: who the directive actually addresses, and C.5's eight.
  if (
    agencies.some((a) => a.kind === 'provinces') ||
    (q.localBody !== undefined && agencies.some((a) => a.kind === 'province'))
  ) {
    notes.push(msg(lang, 'localBodyNote'));
    const c5 = kb.model.appendix.find(
      (r) => r.section === 'C' && r.lead.groups.length === 0 && r.lead.agencyIds.length > 0,
    );
    if (c5 && agencies.some((a) => a.kind === 'provinces'))
      notes.push(
        msg(lang, 'c5Note', {
          id: c5.id,
          n: c5.lead.agencyIds.length,
          provinces: c5.lead.agencyIds.map((id) => kb.agencies.byId(id)?.short ?? id).join(', '),
        }),
      );
  }
  // A body the preamble praises (Tập đoàn Điện lực Việt Nam…) is named there even when no row names it.
  const praised = agencies.filter((a) => kb.model.preamble.praised.agencyIds.includes(a.id));
  for (const a of praised) intro.push(msg(lang, 'praisedNote', { name: a.name, nameEn: a.nameEn }));
  notes.push(deadlineNote(lang));

  const names = agencies.map((a) => msg(lang, 'agencyName', a)).join(msg(lang, 'and'));
  const heading = req.recurringOnly
    ? msg(lang, 'dutiesHeadingRecurring', { names })
    : req.window
      ? msg(lang, 'dutiesHeadingWindow', { names, window: req.window.label })
      : msg(lang, 'dutiesHeading', { names });
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
  const remember: Reply['remember'] = {
    lastIntent: 'obligations',
    agencyIds: agencies.map((a) => a.id),
    role: req.role,
    listIds,
    itemId: focus.length === 1 ? focus[0] : undefined,
  };
  // An answer without a window clears the one an earlier turn left, so that "Còn Bộ Nội vụ?"
  // keeps this answer's window (none), not one from several turns ago.
  remember.time = req.window;
  return { answer, remember };
}

/** For a row that concerns the agency through a predecessor: whom the directive named, and as what. */
function viaTag(kb: KnowledgeBase, c: Classified, lang: Language): string | undefined {
  const via = c.via === undefined || c.standing === 'shared' ? undefined : kb.agencies.byId(c.via);
  if (via === undefined) return undefined;
  return msg(lang, c.standing === 'cooperation' ? 'viaCoop' : 'viaLead', { name: via.name, nameEn: via.nameEn });
}

function summary(
  agency: Agency,
  lang: Language,
  req: ObligationsRequest,
  n: { own: number; shared: number; pred: number; coop: number; ongoing: number },
  leadsAny: boolean,
): string {
  const name = { name: agency.name, nameEn: agency.nameEn };
  if (req.recurringOnly) return msg(lang, 'summaryRecurring', { ...name, n: n.ongoing });
  const parts: string[] = [];
  if (!provincial(agency) && !leadsAny && !agency.formedAfterDirective) {
    parts.push(msg(lang, 'summaryLeadsNothing', name));
  } else if (!provincial(agency) && n.own === 0 && req.window) {
    parts.push(msg(lang, 'summaryNoneDue', { ...name, window: req.window.label }));
  }
  const counts = [
    n.own > 0 ? msg(lang, provincial(agency) ? 'summaryProvincial' : 'summaryOwn', { n: n.own }) : '',
    n.shared > 0 ? msg(lang, 'summaryShared', { n: n.shared }) : '',
    n.pred > 0 ? msg(lang, 'summaryPredecessor', { n: n.pred }) : '',
    n.coop > 0 ? msg(lang, 'summaryCooperation', { n: n.coop }) : '',
  ]
    .filter(Boolean)
    .join(', ');
  if (counts !== '') {
    parts.push(
      req.window
        ? msg(lang, 'summaryDue', { window: req.window.label, counts })
        : msg(lang, 'summaryDated', { counts }),
    );
  }
  if (n.ongoing > 0) parts.push(msg(lang, 'summaryOngoing', { n: n.ongoing }));
  return parts.join(' ');
}

/** Follow-ups that make sense after this answer. */
function suggestionsFor(
  kb: KnowledgeBase,
  agencies: readonly Agency[],
  req: ObligationsRequest,
  lang: Language,
  firstId: string | undefined,
): string[] {
  const other = kb.agencies
    .ministries()
    .find(
      (a) =>
        !agencies.some((x) => x.id === a.id) &&
        a.id !== 'cong-an' &&
        kb.model.appendix.some((r) => r.lead.agencyIds.includes(a.id)),
    );
  const out: string[] = [];
  if (other) out.push(msg(lang, 'askOtherAgency', { name: other.name, nameEn: other.nameEn }));
  if (!req.window || req.window.from !== req.window.to) out.push(msg(lang, 'askThoseInJune'));
  if (firstId) out.push(msg(lang, 'whatIsId', { id: firstId }));
  if (!req.recurringOnly) out.push(msg(lang, 'askRecurring'));
  return out;
}
