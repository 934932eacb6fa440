/**
 * References to numbered parts of the directive, as people write them:
 * "B.6", "b6", "Item B.34", "mục 5 phần C", "nhiệm vụ số 29 phần B", "phụ lục A mục 10",
 * "Mục 3 của Chỉ thị", "S3.6", "đoạn 2 mục 10", "điểm nghẽn thứ 4", "N4", "bottleneck 4".
 * Returns what was asked for, whether or not it exists; the caller checks existence and says so.
 */

export type Reference =
  | { kind: 'row'; part: 'A' | 'B' | 'C'; no: number; id: string }
  | { kind: 'section'; no: number; id: string }
  | { kind: 'paragraph'; section: number; index: number; id: string }
  | { kind: 'bottleneck'; no: number; id: string }
  /** A part of the appendix as a whole ("phần C", "section B of the appendix"). */
  | { kind: 'part'; part: 'A' | 'B' | 'C'; id: string };

const row = (part: string, no: string): Reference => {
  const p = part.toUpperCase() as 'A' | 'B' | 'C';
  return { kind: 'row', part: p, no: Number(no), id: `${p}.${Number(no)}` };
};

const ITEM_WORD = '(?:muc|nhiem vu|nv|stt|so thu tu|dong|hang|item|task|row|no|number|so)';
const PART_WORD = '(?:phan|phu luc|part|section|appendix|pl)';
/** "đoạn 2 mục 10", "paragraph 2 of section 10". */
const PARAGRAPH_REF = new RegExp(
  String.raw`\b(?:doan|gach dau dong|y|paragraph|bullet)\s*(?:thu|so)?\s*(\d{1,2})\s*(?:cua|thuoc|` +
    String.raw`trong|of|in)?\s*(?:muc|section|khoan|dieu)\s*(\d{1,2})\b`,
  'gu',
);
/** "mục 3", "khoản 3", "section 3": a body section, unless an appendix part follows. */
const SECTION_REF = new RegExp(
  String.raw`\b(?:muc|khoan|dieu|section|diem)\s*(?:so\s*)?(\d{1,2})\b(?!\s*(?:cua\s*|thuoc\s*|` +
    String.raw`trong\s*|of\s*|in\s*)?(?:phu luc\s*)?(?:phan|part|pl|appendix)\b)`,
  'gu',
);

/**
 * Finds references in a question. `text` is the canonical question (for "B.6"), `folded` its
 * folded form (for worded references).
 */
export function findReferences(text: string, folded: string): Reference[] {
  const found: Reference[] = [];
  /** Spans of the folded text already read as a reference (so "mục 5 phần C" is not also "mục 5"). */
  const taken: Array<[number, number]> = [];
  const add = (at: number, len: number, ref: Reference) => {
    if (len > 0 && taken.some(([a, b]) => at < b && at + len > a)) return;
    if (len > 0) taken.push([at, at + len]);
    found.push(ref);
  };

  // Worded appendix references, both orders.
  for (const m of folded.matchAll(
    new RegExp(
      `\\b${ITEM_WORD}\\s*(?:so\\s*)?(\\d{1,2})\\s*(?:cua|thuoc|trong|of|in)?\\s*` +
        `(?:phu luc\\s*)?${PART_WORD}\\s*([abc])\\b`,
      'gu',
    ),
  )) {
    add(m.index, m[0].length, row(m[2]!, m[1]!));
  }
  for (const m of folded.matchAll(
    new RegExp(
      `\\b${PART_WORD}\\s*([abc])\\s*,?\\s*(?:cua phu luc\\s*)?,?\\s*${ITEM_WORD}\\s*(?:so\\s*)?(\\d{1,2})\\b`,
      'gu',
    ),
  )) {
    add(m.index, m[0].length, row(m[1]!, m[2]!));
  }
  // Compact ids: "B.6", "b6", "B-6", "C 7" after item/task words.
  for (const m of text.matchAll(/(?<![\p{L}\d])([ABCabc])\s?[.\-–]?\s?(\d{1,2})(?![\d.,]*\d)(?!\s*\/)/gu)) {
    // "C06", "A05" name police departments and the like, not rows: a row number is not written with a leading zero.
    const leadingZero = /^[ABCabc]0\d/u.test(m[0]);
    // "bằng lái B2", "hạng B1": a driving-licence class, not a row.
    if (/(?:bằng|bang|hạng|hang|lái|lai|licen[cs]e|class)\s*$/iu.test(text.slice(0, m.index))) continue;
    const compact = !leadingZero && (/^[ABC]/u.test(m[1]!) || /[.\-–]/u.test(m[0]) || /^[abc]\d/u.test(m[0]));
    if (!compact) continue;
    add(0, 0, row(m[1]!, m[2]!));
  }
  // Bottlenecks.
  for (const m of folded.matchAll(
    /\b(?:diem nghen|nut that|bottleneck)\s*(?:thu|so|number|no|#)?\s*\(?(\d{1,2})\)?/gu,
  )) {
    const no = Number(m[1]);
    add(m.index, m[0].length, { kind: 'bottleneck', no, id: `N${no}` });
  }
  for (const m of text.matchAll(/(?<![\p{L}\d])N([1-9]\d?)(?![\d.])/gu)) {
    const no = Number(m[1]);
    add(0, 0, { kind: 'bottleneck', no, id: `N${no}` });
  }
  // Body paragraphs: "S3.6", "đoạn 6 mục 3", "gạch đầu dòng thứ 2 của mục 9".
  for (const m of text.matchAll(/(?<![\p{L}\d])S(\d{1,2})\.(\d{1,2})(?!\d)/gu)) {
    add(0, 0, {
      kind: 'paragraph',
      section: Number(m[1]),
      index: Number(m[2]),
      id: `S${Number(m[1])}.${Number(m[2])}`,
    });
  }
  for (const m of folded.matchAll(PARAGRAPH_REF)) {
    add(m.index, m[0].length, {
      kind: 'paragraph',
      section: Number(m[2]),
      index: Number(m[1]),
      id: `S${Number(m[2])}.${Number(m[1])}`,
    });
  }
  // Body sections: "S3", "mục 3 (của chỉ thị)", "section 3 of the directive", "khoản 3".
  for (const m of text.matchAll(/(?<![\p{L}\d])S(\d{1,2})(?![\d.])/gu)) {
    add(0, 0, { kind: 'section', no: Number(m[1]), id: `S${Number(m[1])}` });
  }
  for (const m of folded.matchAll(SECTION_REF)) {
    add(m.index, m[0].length, { kind: 'section', no: Number(m[1]), id: `S${Number(m[1])}` });
  }
  // A whole appendix part: "phần C", "phụ lục B", "section A of the appendix".
  for (const m of folded.matchAll(/\b(?:phan|phu luc|part|appendix)\s*([abc])\b/gu)) {
    const p = m[1]!.toUpperCase() as 'A' | 'B' | 'C';
    add(m.index, m[0].length, { kind: 'part', part: p, id: p });
  }
  const unique = found.filter((r, i) => found.findIndex((o) => o.kind === r.kind && o.id === r.id) === i);
  // "mục 5 phần C" names row C.5; the part C it mentions on the way is not a second reference.
  return unique.filter((r) => r.kind !== 'part' || !unique.some((o) => o.kind === 'row' && o.part === r.part));
}

const VI_ORDINALS: Readonly<Record<string, number>> = {
  nhat: 1,
  hai: 2,
  ba: 3,
  tu: 4,
  nam: 5,
  sau: 6,
  bay: 7,
  tam: 8,
  chin: 9,
  muoi: 10,
};
const EN_ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  last: -1,
};

const VI_POSITION = new RegExp(
  String.raw`\b(?:viec|nhiem vu|nv|muc|cai|dong|y)\s+(?:(dau tien)|(cuoi cung|cuoi)|thu\s+(\d{1,2}|` +
    String.raw`nhat|hai|ba|tu|nam|sau|bay|tam|chin|muoi))\b`,
  'u',
);
const EN_POSITION = new RegExp(
  String.raw`\bthe\s+(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|` +
    String.raw`(\d{1,2})(?:st|nd|rd|th))\s+(?:one|task|item|row)\b`,
  'u',
);

/**
 * A position in the previous answer's list: "việc đầu tiên", "nhiệm vụ thứ 2", "mục thứ ba",
 * "cái cuối cùng", "the first one", "the 2nd task", "the last one". 1-based; -1 is the last.
 * Only with a word that means a task or an item, so "điểm nghẽn thứ 4" and "Mục 3" are not read
 * as positions.
 */
export function listPosition(folded: string): number | undefined {
  const vi = VI_POSITION.exec(folded);
  if (vi) {
    if (vi[1]) return 1;
    if (vi[2]) return -1;
    const n = VI_ORDINALS[vi[3]!] ?? Number(vi[3]);
    return n >= 1 ? n : undefined;
  }
  const en = EN_POSITION.exec(folded);
  if (en) {
    const n = en[2] !== undefined ? Number(en[2]) : EN_ORDINALS[en[1]!]!;
    return n === -1 || n >= 1 ? n : undefined;
  }
  return undefined;
}
