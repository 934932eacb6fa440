/**
 * What became of a ministry or province since the directive (ministries merged on 1 March 2025,
 * 34 provinces from 1 July 2025). The facts come from the agency registry, which records each
 * change with its date and source; the directive itself always keeps its 2023 names.
 */
import type { KnowledgeBase } from '../../knowledge/index.js';
import type { Agency } from '../../knowledge/schema.js';
import type { Language } from '../answer.js';
import { msg } from '../messages.js';
import { group, makeAnswer, rowItem } from '../present.js';
import type { Reply, Turn } from '../turn.js';

/** A date of the registry (YYYY-MM-DD) as the answer writes it. */
function date(iso: string, lang: Language): string {
  const [y, m, d] = iso.split('-');
  return msg(lang, 'date', { d: d!, m: m!, y: y! });
}

function names(agencies: readonly Agency[], lang: Language): string {
  return agencies.map((a) => msg(lang, 'agencyName', a)).join(msg(lang, 'agencySeparator'));
}

/** The clauses of a split's note that name the agency ("…; phần X chuyển về Bộ Y; …"). */
function shareOf(note: string, name: string): string {
  return note
    .split(';')
    .map((x) => x.trim())
    .filter((x) => x.includes(name))
    .join('; ');
}

/** Sentences on how an agency changed since 2023; empty when the registry records no change. */
export function successionNotes(kb: KnowledgeBase, agency: Agency, lang: Language): string[] {
  const reg = kb.agencies;
  const notes: string[] = [];
  const name = { name: agency.name, nameEn: agency.nameEn };
  const s = agency.succession;
  if (s) {
    const values = {
      ...name,
      when: date(s.effective, lang),
      successors: names(reg.successorsOf(agency.id), lang),
      note: s.note,
      noteEn: s.noteEn,
      source: s.source,
    };
    const key = s.change === 'split' ? 'splitNote' : s.change === 'renamed' ? 'renamedNote' : 'mergedNote';
    notes.push(msg(lang, key, values));
  }
  for (const p of reg.predecessorsOf(agency.id)) {
    const ps = p.succession;
    if (!ps) continue;
    const values = { ...name, when: date(ps.effective, lang), pname: p.name, pnameEn: p.nameEn, source: ps.source };
    if (ps.change === 'split') {
      // Only the part of the split that went to this agency.
      const unknown = msg(lang, 'splitShareUnknown');
      const part = shareOf(ps.note, agency.name) || unknown;
      const partEn = shareOf(ps.noteEn, agency.nameEn) || unknown;
      const led = kb.model.appendix.filter((r) => r.lead.agencyIds.includes(p.id)).map((r) => r.id);
      notes.push(msg(lang, 'splitShareNote', { ...values, part, partEn, led: led.join(', ') }));
    } else if (agency.formedAfterDirective) {
      notes.push(msg(lang, 'formedFromNote', values));
    } else if (!kb.model.appendix.some((r) => r.lead.agencyIds.includes(p.id))) {
      notes.push(msg(lang, 'absorbedNoTasksNote', values));
    } else {
      notes.push(msg(lang, 'absorbedNote', values));
    }
  }
  return notes;
}

export function restructure(turn: Turn): Reply {
  const { kb, q } = turn;
  const lang = q.language;
  const agencies = q.agencyIds.map((id) => kb.agencies.byId(id)).filter((a): a is Agency => a !== undefined);
  if (agencies.length === 0) {
    const changed = kb.agencies.all.filter((a) => a.succession && a.kind !== 'province');
    const lines = changed.flatMap((a) => successionNotes(kb, a, lang).slice(0, 1));
    return {
      answer: makeAnswer(kb, {
        intent: 'restructure',
        lang,
        heading: msg(lang, 'restructuredHeading'),
        intro: [...lines, msg(lang, 'provinces2025')],
        cite: [],
        suggestions: [msg(lang, 'askInformationMinistryNow'), msg(lang, 'askScienceMinistryDuties')],
      }),
      remember: { lastIntent: 'restructure' },
    };
  }
  const intro: string[] = [];
  const groups = [];
  for (const a of agencies) {
    const notes = successionNotes(kb, a, lang);
    const province = provinceNote(kb, a, lang);
    if (province) notes.push(province);
    intro.push(...(notes.length > 0 ? notes : [msg(lang, 'noChangeRecorded', { name: a.name, nameEn: a.nameEn })]));
    const led = kb.model.appendix.filter(
      (r) =>
        r.lead.agencyIds.includes(a.id) ||
        kb.agencies.predecessorsOf(a.id).some((p) => r.lead.agencyIds.includes(p.id)),
    );
    if (led.length > 0 && a.kind !== 'province') {
      const title = msg(lang, 'restructureTasks', { short: a.short });
      groups.push(
        group(
          'own',
          title,
          led.map((r) => rowItem(kb, r, lang)),
        ),
      );
    }
  }
  const main = agencies[0]!;
  const successor = kb.agencies.successorsOf(main.id)[0];
  return {
    answer: makeAnswer(kb, {
      intent: 'restructure',
      lang,
      heading: msg(lang, 'restructureHeading', { name: main.name, nameEn: main.nameEn }),
      intro,
      groups,
      suggestions: [...(successor ? [successor] : []), main].map((a) => msg(lang, 'askDuties', a)),
    }),
    remember: { lastIntent: 'restructure', agencyIds: agencies.map((a) => a.id) },
  };
}

/** For a province: which 2025 unit covers it now, or which former provinces it now includes. */
export function provinceNote(kb: KnowledgeBase, a: Agency, lang: Language): string | undefined {
  if (a.kind !== 'province') return undefined;
  const now = kb.agencies.provinceSince2025(a.id);
  const unit = kb.agencies.unitSince2025(a.id);
  const former = kb.agencies.formerProvincesOf(a.id).filter((p) => p.id !== a.id);
  if (former.length > 0) {
    const unitName = { unit: unit?.name ?? now?.name ?? a.name, unitEn: unit?.nameEn ?? now?.nameEn ?? a.nameEn };
    return msg(lang, 'provinceAbsorbed', { ...unitName, former: names(former, lang) });
  }
  if (unit?.keeperId === a.id && unit.memberIds.length === 1 && unit.name !== a.name) {
    return msg(lang, 'provinceRenamed', { unit: unit.name, unitEn: unit.nameEn, name: a.name, nameEn: a.nameEn });
  }
  if (now && !now.id.startsWith(a.id) && now.short !== a.short) {
    return msg(lang, 'provinceMerged', { name: a.name, nameEn: a.nameEn, now: now.name, nowEn: now.nameEn });
  }
  return undefined;
}
