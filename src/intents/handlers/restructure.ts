/**
 * What became of a ministry or province since the directive (ministries merged on 1 March 2025,
 * 34 provinces from 1 July 2025). The facts come from the agency registry, which records each
 * change with its date and source; the directive itself always keeps its 2023 names.
 */
import type { KnowledgeBase } from '../../knowledge/index.js';
import type { Agency } from '../../knowledge/schema.js';
import type { Language } from '../answer.js';
import { group, makeAnswer, rowItem } from '../present.js';
import type { Reply, Turn } from '../turn.js';
import { t } from '../turn.js';

function date(iso: string, lang: Language): string {
  const [y, m, d] = iso.split('-');
  return lang === 'vi' ? `${d}/${m}/${y}` : iso;
}

function names(agencies: readonly Agency[], lang: Language): string {
  return agencies.map((a) => (lang === 'vi' ? a.name : `${a.nameEn} (${a.name})`)).join(lang === 'vi' ? ', ' : '; ');
}

/** Sentences on how an agency changed since 2023; empty when the registry records no change. */
export function successionNotes(kb: KnowledgeBase, agency: Agency, lang: Language): string[] {
  const reg = kb.agencies;
  const notes: string[] = [];
  const name = lang === 'vi' ? agency.name : agency.nameEn;
  const s = agency.succession;
  if (s) {
    const successors = reg.successorsOf(agency.id);
    const when = date(s.effective, lang);
    const detail = lang === 'vi' ? s.note : s.noteEn;
    if (s.change === 'split') {
      notes.push(t(lang, `Từ ${when}, ${name} được chia tách; chức năng chuyển về: ${names(successors, lang)} — ${detail} (${s.source}). Chỉ thị (2023) vẫn ghi tên ${agency.name}.`, `Since ${when}, the ${name} has been split; its functions moved to: ${names(successors, lang)} — ${detail} (${s.source}). The directive (2023) names the ${name}.`));
    } else if (s.change === 'renamed') {
      notes.push(t(lang, `Từ ${when}, ${name} đổi thành ${names(successors, lang)} (${s.source}). ${detail}`, `Since ${when}, the ${name} is ${names(successors, lang)} (${s.source}). ${detail}`));
    } else {
      notes.push(t(lang, `Từ ${when} (${s.source}): ${detail} Nay là ${names(successors, lang)}; Chỉ thị (2023) vẫn ghi tên ${agency.name}.`, `Since ${when} (${s.source}): ${detail} Now: ${names(successors, lang)}; the directive (2023) names the ${name}.`));
    }
  }
  for (const p of reg.predecessorsOf(agency.id)) {
    const ps = p.succession;
    if (!ps) continue;
    const when = date(ps.effective, lang);
    const pname = lang === 'vi' ? p.name : p.nameEn;
    if (ps.change === 'split') {
      // Only the part of the split that went to this agency.
      const part = (lang === 'vi' ? ps.note : ps.noteEn).split(';').map((x) => x.trim()).filter((x) => x.includes(lang === 'vi' ? agency.name : agency.nameEn)).join('; ');
      const led = kb.model.appendix.filter((r) => r.lead.agencyIds.includes(p.id)).map((r) => r.id);
      notes.push(t(lang, `Từ ${when}, ${pname} được chia tách; phần chuyển về ${name}: ${part || '(xem nghị định quy định chức năng)'} (${ps.source}). Chỉ thị giao ${pname} chủ trì ${led.join(', ')} — hỏi từng nhiệm vụ để xem nội dung có thuộc lĩnh vực này không.`, `Since ${when}, the ${pname} has been split; the part that went to the ${name}: ${part || '(see the decree on its functions)'} (${ps.source}). The directive gave the ${pname} ${led.join(', ')} — check each task to see whether it falls in that area.`));
    } else if (agency.formedAfterDirective) {
      notes.push(t(lang, `${name} được thành lập từ ${when} (${ps.source}); Chỉ thị năm 2023 giao nhiệm vụ cho cơ quan tiền thân ${pname}, được liệt kê riêng.`, `The ${name} was formed on ${when} (${ps.source}); the 2023 directive gave the tasks listed apart to its predecessor, the ${pname}.`));
    } else if (!kb.model.appendix.some((r) => r.lead.agencyIds.includes(p.id))) {
      notes.push(t(lang, `Từ ${when}, ${pname} đã hợp nhất vào ${name} (${ps.source}); Chỉ thị không giao riêng nhiệm vụ nào cho ${pname}.`, `Since ${when}, the ${pname} has been merged into the ${name} (${ps.source}); the directive gave the ${pname} no task of its own.`));
    } else {
      notes.push(t(lang, `Từ ${when}, ${pname} đã hợp nhất vào ${name} (${ps.source}); nhiệm vụ Chỉ thị giao cho ${pname} được liệt kê riêng.`, `Since ${when}, the ${pname} has been merged into the ${name} (${ps.source}); the tasks the directive gave the ${pname} are listed apart.`));
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
        heading: t(lang, 'Các bộ, cơ quan được sắp xếp lại sau Chỉ thị 05/CT-TTg', 'Ministries and agencies restructured since Directive 05/CT-TTg'),
        intro: [...lines, t(lang, 'Từ 01/07/2025, cả nước có 34 đơn vị hành chính cấp tỉnh (Nghị quyết số 202/2025/QH15). Hỏi "Tỉnh X giờ thuộc tỉnh nào?" để xem từng tỉnh.', 'Since 1 July 2025 there are 34 provincial units (Resolution 202/2025/QH15). Ask about a province to see where it went.')],
        cite: [],
        suggestions: [t(lang, 'Bộ Thông tin và Truyền thông giờ là bộ nào?', 'What is the Ministry of Information and Communications now?'), t(lang, 'Bộ Khoa học và Công nghệ phải làm gì?', 'What must the Ministry of Science and Technology do?')],
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
    intro.push(...(notes.length > 0 ? notes : [t(lang, `Trợ lý không có ghi nhận nào về việc ${a.name} được sáp nhập, chia tách hay đổi tên sau khi Chỉ thị ban hành.`, `The assistant has no record of the ${a.nameEn} being merged, split or renamed since the directive.`)]));
    const led = kb.model.appendix.filter((r) => r.lead.agencyIds.includes(a.id) || kb.agencies.predecessorsOf(a.id).some((p) => r.lead.agencyIds.includes(p.id)));
    if (led.length > 0 && a.kind !== 'province') {
      groups.push(group('own', t(lang, `Nhiệm vụ Chỉ thị giao liên quan (${a.short})`, `Tasks the directive gave (${a.short})`), led.map((r) => rowItem(kb, r, lang))));
    }
  }
  const main = agencies[0]!;
  const successor = kb.agencies.successorsOf(main.id)[0];
  return {
    answer: makeAnswer(kb, {
      intent: 'restructure',
      lang,
      heading: t(lang, `${main.name} sau khi sắp xếp bộ máy năm 2025`, `The ${main.nameEn} after the 2025 restructuring`),
      intro,
      groups,
      suggestions: successor
        ? [t(lang, `${successor.name} phải làm gì?`, `What must the ${successor.nameEn} do?`), t(lang, `${main.name} phải làm gì?`, `What must the ${main.nameEn} do?`)]
        : [t(lang, `${main.name} phải làm gì?`, `What must the ${main.nameEn} do?`)],
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
    return t(lang, `Từ 01/07/2025 (Nghị quyết số 202/2025/QH15), ${unit?.name ?? now?.name ?? a.name} gồm cả ${names(former, lang)} trước đây.`, `Since 1 July 2025 (Resolution 202/2025/QH15), ${unit?.nameEn ?? now?.nameEn ?? a.nameEn} also covers the former ${names(former, lang)}.`);
  }
  if (unit && unit.keeperId === a.id && unit.memberIds.length === 1 && unit.name !== a.name) {
    return t(lang, `Trong danh sách 34 đơn vị hành chính cấp tỉnh từ 01/07/2025 (Nghị quyết số 202/2025/QH15), đơn vị này mang tên ${unit.name}; Chỉ thị (2023) ghi ${a.name}.`, `In the list of 34 provincial units from 1 July 2025 (Resolution 202/2025/QH15), this unit is named ${unit.nameEn}; the directive (2023) names ${a.nameEn}.`);
  }
  if (now && !now.id.startsWith(a.id) && now.short !== a.short) {
    return t(lang, `Từ 01/07/2025 (Nghị quyết số 202/2025/QH15), ${a.name} thuộc ${now.name}.`, `Since 1 July 2025 (Resolution 202/2025/QH15), ${a.nameEn} is part of ${now.nameEn}.`);
  }
  return undefined;
}
