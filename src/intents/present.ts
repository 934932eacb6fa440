/**
 * Turns records of the directive into the parts of an Answer — citations, items, the plain-text
 * rendering — in Vietnamese or English. Quotes of the directive stay in Vietnamese.
 */
import type { KnowledgeBase } from '../knowledge/index.js';
import type { AppendixRow, Bottleneck, Deadline, Paragraph, PartyRef, Section } from '../knowledge/schema.js';
import { shorten } from '../knowledge/text.js';
import type { Answer, AnswerGroup, AnswerGroupKey, AnswerItem, Citation, Intent, Language } from './answer.js';
import { msg } from './messages.js';

const EN_MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A deadline in the answer's language; the original wording is kept in Vietnamese answers. */
export function deadlineLabel(d: Deadline, lang: Language): string {
  switch (d.kind) {
    case 'month':
      return msg(lang, 'deadlineMonth', { monthEn: EN_MONTH_NAMES[d.month - 1]!, year: d.year, text: d.text });
    case 'from':
      return msg(lang, 'deadlineFrom', { monthEn: EN_MONTH_NAMES[d.month - 1]!, year: d.year, text: d.text });
    case 'recurring':
      return msg(lang, 'deadlineRecurring', { text: d.text });
    case 'external':
      return msg(lang, 'deadlineExternal', { text: d.text });
  }
}

/** A party cell: the directive's wording, with English names added in English answers. */
export function partyLabel(kb: KnowledgeBase, party: PartyRef, lang: Language): string {
  if (party.agencyIds.length === 0) return party.text;
  const names = party.agencyIds.map((id) => kb.agencies.byId(id)?.nameEn).filter((n): n is string => n !== undefined);
  return names.length > 0 ? msg(lang, 'partyWithNames', { text: party.text, names: names.join('; ') }) : party.text;
}

export function agencyName(kb: KnowledgeBase, id: string, lang: Language): string {
  const a = kb.agencies.byId(id);
  if (!a) return id;
  return msg(lang, 'agencyName', a);
}

export function rowCitation(kb: KnowledgeBase, row: AppendixRow, lang: Language): Citation {
  const c: Citation = {
    id: row.id,
    kind: 'appendix',
    title: msg(lang, 'citeRow', { id: row.id }),
    quote: shorten(row.task, 160),
    lead: partyLabel(kb, row.lead, lang),
    deadline: deadlineLabel(row.deadline, lang),
  };
  if (row.coop.text !== '') c.coop = partyLabel(kb, row.coop, lang);
  if (row.product !== '') c.product = row.product;
  return c;
}

export function paragraphCitation(p: Paragraph, lang: Language): Citation {
  return {
    id: p.id,
    kind: 'paragraph',
    title: msg(lang, 'citeParagraph', { section: p.section, index: p.index }),
    quote: shorten(p.text, 160),
    ...(p.deadlines.length > 0 ? { deadline: p.deadlines.map((d) => d.text).join('; ') } : {}),
  };
}

export function sectionCitation(s: Section, lang: Language): Citation {
  return {
    id: s.id,
    kind: 'section',
    title: msg(lang, 'citeSection', { no: s.no }),
    quote: shorten(s.text, 240),
    lead: s.addressee.text,
  };
}

export function bottleneckCitation(b: Bottleneck, lang: Language): Citation {
  return {
    id: b.id,
    kind: 'bottleneck',
    title: msg(lang, 'citeBottleneck', { no: b.no }),
    quote: shorten(b.text, 240),
  };
}

export function metaCitation(kb: KnowledgeBase, id: 'META' | 'PREAMBLE' | 'RECIPIENTS', lang: Language): Citation {
  const m = kb.model.meta;
  if (id === 'PREAMBLE') {
    return { id, kind: 'meta', title: msg(lang, 'citePreamble'), quote: shorten(kb.model.preamble.praisedText, 240) };
  }
  if (id === 'RECIPIENTS') {
    return { id, kind: 'meta', title: msg(lang, 'citeRecipients'), quote: shorten(m.recipients.join('; '), 240) };
  }
  return {
    id,
    kind: 'meta',
    title: msg(lang, 'citeMeta', { number: m.number }),
    quote: shorten(
      `${m.issuer} — Số: ${m.number} — ${m.place}, ${m.dateText} — ${m.title} — ${m.signer.title} ${m.signer.name}`,
      240,
    ),
  };
}

/** Citations for ids, in order, skipping ids that name no record (so none is ever invented). */
export function citationsFor(kb: KnowledgeBase, ids: readonly string[], lang: Language): Citation[] {
  const out: Citation[] = [];
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) continue;
    seen.add(id);
    const row = kb.row(id);
    if (row) {
      out.push(rowCitation(kb, row, lang));
      continue;
    }
    const p = kb.paragraph(id);
    if (p) {
      out.push(paragraphCitation(p, lang));
      continue;
    }
    const s = /^S(\d{1,2})$/u.exec(id);
    const section = s ? kb.section(Number(s[1])) : undefined;
    if (section) {
      out.push(sectionCitation(section, lang));
      continue;
    }
    const n = /^N(\d)$/u.exec(id);
    const b = n ? kb.bottleneck(Number(n[1])) : undefined;
    if (b) {
      out.push(bottleneckCitation(b, lang));
      continue;
    }
    if (id === 'META' || id === 'PREAMBLE' || id === 'RECIPIENTS') out.push(metaCitation(kb, id, lang));
  }
  return out;
}

export function rowItem(kb: KnowledgeBase, row: AppendixRow, lang: Language, note?: string): AnswerItem {
  const text = shorten(row.task, 150);
  return {
    citationId: row.id,
    text: note ? `${text} ${note}` : text,
    lead: partyLabel(kb, row.lead, lang),
    deadline: deadlineLabel(row.deadline, lang),
    alsoIds: row.bodyIds,
  };
}

export function paragraphItem(p: Paragraph, maxQuote = 200): AnswerItem {
  return {
    citationId: p.id,
    text: shorten(p.text, maxQuote),
    ...(p.deadlines[0] ? { deadline: p.deadlines.map((d) => d.text).join('; ') } : {}),
    alsoIds: p.appendixIds,
  };
}

export function group(key: AnswerGroupKey, title: string, items: AnswerItem[]): AnswerGroup {
  return { key, title, items };
}

function itemLine(it: AnswerItem, lang: Language): string {
  const facts = [
    it.lead ? msg(lang, 'itemLead', { lead: it.lead }) : '',
    it.deadline ? msg(lang, 'itemDeadline', { deadline: it.deadline }) : '',
  ]
    .filter(Boolean)
    .join('. ');
  return `• [${it.citationId}] ${it.text}${facts ? ` — ${facts}.` : ''}`;
}

/** The plain-text rendering every text channel shows. */
export function renderText(
  heading: string,
  intro: readonly string[],
  groups: readonly AnswerGroup[],
  notes: readonly string[],
  lang: Language,
): string {
  const lines: string[] = [heading];
  for (const p of intro) lines.push('', p);
  for (const g of groups) {
    if (g.items.length === 0) continue;
    lines.push('', `${g.title}:`);
    for (const it of g.items) lines.push(itemLine(it, lang));
  }
  if (notes.length > 0) {
    lines.push('');
    for (const n of notes) lines.push(msg(lang, 'noteLine', { note: n }));
  }
  return lines.join('\n');
}

export interface AnswerParts {
  intent: Intent;
  lang: Language;
  heading: string;
  intro?: string[];
  groups?: AnswerGroup[];
  notes?: string[];
  /** Ids of every record relied on; turned into citations (unknown ids are dropped). */
  cite?: string[];
  suggestions?: string[];
  tour?: Answer['tour'];
}

/** Freezes an answer and everything in it, so no handler or channel can change an answer once made. */
export function frozenAnswer(answer: Answer): Answer {
  return deepFreeze(answer);
}

function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  for (const v of Object.values(value)) deepFreeze(v);
  return Object.freeze(value);
}

/** Assembles an Answer, frozen; the text is rendered from the same parts the structured fields hold. */
export function makeAnswer(kb: KnowledgeBase, parts: AnswerParts): Answer {
  const groups = (parts.groups ?? []).filter((g) => g.items.length > 0);
  const notes = parts.notes ?? [];
  const answer: Answer = {
    intent: parts.intent,
    language: parts.lang,
    heading: parts.heading,
    text: renderText(parts.heading, parts.intro ?? [], groups, notes, parts.lang),
    intro: parts.intro ?? [],
    groups,
    notes,
    citations: citationsFor(kb, parts.cite ?? groups.flatMap((g) => g.items.map((i) => i.citationId)), parts.lang),
    suggestions: (parts.suggestions ?? []).slice(0, 4),
  };
  if (parts.tour) answer.tour = parts.tour;
  return frozenAnswer(answer);
}

/** The standard reminder on deadlines: set in 2023; completion is not recorded in the directive. */
export function deadlineNote(lang: Language): string {
  return msg(lang, 'deadlineNote');
}
