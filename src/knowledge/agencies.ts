/**
 * The agency registry's resolver over the data of agency-data.ts. Pure; no I/O.
 *
 * - `find` spots agencies in a question: word-boundary matching over the folded text (case,
 *   diacritics and punctuation fold away), longest match first, no overlaps.
 * - `resolveParty` reads an appendix cell or an addressee, including group phrases such as
 *   "Các bộ, ngành, địa phương"; `binds` says whether such a party includes an agency.
 *
 * Matching rules (decisions on ambiguous names):
 * - Tone marks are forgiven ("Bộ Y tể" is Bộ Y tế), letters are not: a word typed with diacritics
 *   must have the alias's letters (ă â ê ô ơ ư đ), so "diễn biến" is not Điện Biên, "năm định" is
 *   not Nam Định and "bỏ thông tin" is not Bộ Thông tin. A word typed in plain ASCII matches any.
 * - Bare topic words are never aliases: "y tế", "tài chính", "tư pháp", "quốc phòng",
 *   "bảo hiểm xã hội", "giáo dục và đào tạo", "khoa học và công nghệ", "thông tin và truyền thông",
 *   "tài nguyên và môi trường", "giao thông vận tải", "kế hoạch và đầu tư", "ngoại giao" only count
 *   with "Bộ" (or as an abbreviation). So "tài chính công" names no agency. "Công an" and
 *   "Nội vụ" do count on their own (they name the body, not a topic). After "các bộ:" the bare
 *   names count ("Thứ trưởng các Bộ: Tài chính, Tư pháp, …").
 * - Acronyms that are words once folded (MOT "một", MOC "mọc", MOST, MIC, MAE) match only in capitals.
 * - Province names that are everyday words ("hòa bình", "cao bằng", "huệ"/"Huế", "thái bình",
 *   "hải dương", "diễn biến") match bare only when capitalised; with "tỉnh"/"UBND" always.
 * - "Bộ Nông nghiệp" is today's Bộ Nông nghiệp và Môi trường (the 2023 ministry needs its full name).
 */

import { AGENCIES, CAPITALISED_ONLY, PROVINCE_UNITS_2025, type ProvinceUnit2025 } from './agency-data.js';
import type { Agency, AgencyGroup, AgencyKind, PartyRef } from './schema.js';
import { canonical, fold, stripDiacritics } from './text.js';

export { AGENCIES, PROVINCE_UNITS_2025, PROVINCES_2025, type ProvinceUnit2025 } from './agency-data.js';

// ---------------------------------------------------------------------------------------------
// Resolver: types

/** An agency named in a text. */
export interface AgencyMention {
  agencyId: string;
  /** UTF-16 offsets of the mention in the text given to `find` (end exclusive). */
  start: number;
  end: number;
  /**
   * The registry alias that matched: the agency's `name` when the full name was written exactly;
   * for a ministry in a "các Bộ: …" list, its "Bộ …" alias.
   */
  alias: string;
  /** true when the diacritics matched too, not only the folded form. */
  exact: boolean;
}

export interface AgencyRegistry {
  readonly all: readonly Agency[];
  byId(id: string): Agency | undefined;
  /** Ministries, ministry-level and government agencies that existed in 2023. */
  ministries(): Agency[];
  /** The 63 provinces and centrally-run cities of 2023. */
  provinces(): Agency[];
  /** Agencies named in a question, in order of appearance, longest match first, no overlaps. */
  find(text: string): AgencyMention[];
  /** Reads an appendix cell or an addressee: the agencies it names and the groups it means. */
  resolveParty(cellText: string): PartyRef;
  /** true when the party includes the agency by name, or through 'all-ministries' / 'all-provinces'. */
  binds(party: PartyRef, agencyId: string): boolean;
  /** The agencies that took over from this one (empty when it did not change). */
  successorsOf(id: string): Agency[];
  /** The agencies this one took over from, wholly or in part (khoa-hoc-cong-nghe → thong-tin-truyen-thong). */
  predecessorsOf(id: string): Agency[];
  /** The province (the record of the unit's keeper) that has covered this 2023 province since 1 July 2025. */
  provinceSince2025(id: string): Agency | undefined;
  /** The 2023 provinces a 2025 province covers, itself first; empty for a province merged away. */
  formerProvincesOf(id: string): Agency[];
  /** The named 2025 unit covering this 2023 province ("Thành phố Huế" for Thừa Thiên Huế). */
  unitSince2025(id: string): ProvinceUnit2025 | undefined;
}

// ---------------------------------------------------------------------------------------------
// Resolver: words

/** A word: letters, digits and marks, with "&" joining ("TT & TT" is one word). */
const WORD = /[\p{L}\p{N}\p{M}]+(?:[ \t]*&[ \t]*[\p{L}\p{N}\p{M}]+)*/gu;
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const ASCII = /^\p{ASCII}*$/u;

interface WordForms {
  /** canonical(), "&" without spaces: for capitals-only aliases. */
  canon: string;
  lower: string;
  folded: string;
  /** Lower case without tone marks but with the letters ă â ê ô ơ ư đ. */
  toneless: string;
  ascii: boolean;
  capital: boolean;
}

/** A word of the text: its forms (shared through the cache) and where it is. */
interface Word {
  forms: WordForms;
  start: number;
  end: number;
}

function wordForms(raw: string): WordForms {
  const canon = canonical(raw).replace(/\s*&\s*/gu, '&');
  const lower = canon.toLowerCase();
  const first = raw[0]!;
  return {
    canon,
    lower,
    folded: fold(canon).replace(/ /gu, ''),
    toneless: lower.normalize('NFD').replace(TONE_MARKS, '').normalize('NFC'),
    ascii: ASCII.test(raw),
    capital: first !== first.toLowerCase(),
  };
}

/** Splits a text into words; word forms are memoised per reader (questions repeat their words), bounded. */
function wordsReader(): (text: string) => Word[] {
  const cache = new Map<string, WordForms>();
  const re = new RegExp(WORD.source, WORD.flags);
  return (text) => {
    const out: Word[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      let forms = cache.get(m[0]);
      if (forms === undefined) {
        if (cache.size >= 20_000) cache.clear();
        forms = wordForms(m[0]);
        cache.set(m[0], forms);
      }
      out.push({ forms, start: m.index, end: m.index + m[0].length });
    }
    return out;
  };
}

// ---------------------------------------------------------------------------------------------
// Resolver: compiled aliases

/** One spelling of an alias. */
interface Variant {
  alias: string;
  /** Punctuation between its words ("," in "Bộ Văn hóa, Thể thao và Du lịch"). */
  gaps: readonly string[];
  canon: readonly string[];
  toneless: readonly string[];
  lower: string;
  /** Whether typing it counts as exact (false for the ASCII copy of an alias with diacritics). */
  exact: boolean;
}

/** All aliases of one agency that fold to the same words. */
interface Entry {
  agencyId: string;
  words: readonly string[];
  variants: Variant[];
  upperOnly: boolean;
  capitalised: boolean;
}

interface Match {
  entry: Entry;
  alias: string;
  exact: boolean;
}

const MINISTRY_KINDS: ReadonlySet<AgencyKind> = new Set(['ministry', 'ministry-level', 'government-agency']);
/** Bodies that stand for a whole group (every province, every ministry): questions name them, cells name groups. */
const GROUP_KINDS: ReadonlySet<AgencyKind> = new Set(['provinces', 'ministries']);

/**
 * true for a body that stands for a whole group (every province, every ministry): questions name
 * it, cells name the group.
 */
export function isGroupBody(agency: Agency | undefined): boolean {
  return agency !== undefined && GROUP_KINDS.has(agency.kind);
}

function compileAliases(agencies: readonly Agency[]): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  const readWords = wordsReader();
  const add = (a: Agency, alias: string, upperOnly: boolean) => {
    const words = readWords(alias);
    if (words.length === 0) return;
    const key = `${upperOnly ? '^' : ''}${words.map((w) => w.forms.folded).join(' ')}`;
    let entry = entries.get(key);
    if (entry === undefined) {
      const bare = a.kind === 'province' && CAPITALISED_ONLY.has(key);
      entry = { agencyId: a.id, words: words.map((w) => w.forms.folded), variants: [], upperOnly, capitalised: bare };
      entries.set(key, entry);
    } else if (entry.agencyId !== a.id) {
      throw new Error(`agency registry: alias "${alias}" of ${a.id} folds like an alias of ${entry.agencyId}`);
    }
    const forms = words.map((w) => w.forms);
    const gaps = words.slice(1).map((w, k) => gapBetween(alias, words[k]!, w));
    const variant = {
      alias,
      gaps,
      canon: forms.map((w) => w.canon),
      toneless: forms.map((w) => w.toneless),
      lower: forms.map((w) => w.lower).join(' '),
      exact: true,
    };
    const same = (v: Variant) =>
      v.lower === variant.lower && v.canon.join(' ') === variant.canon.join(' ') && v.gaps.join(' ') === gaps.join(' ');
    if (!entry.variants.some(same)) entry.variants.push(variant);
  };
  for (const a of agencies) {
    for (const alias of [a.name, a.short, a.nameEn, ...a.aliases]) add(a, alias, false);
    for (const alias of a.upperOnlyAliases) add(a, alias, true);
  }
  for (const entry of entries.values()) {
    const marked = entry.variants.some((v) => !ASCII.test(v.alias));
    for (const v of entry.variants) v.exact = !marked || !ASCII.test(v.alias);
  }
  return entries;
}

/** Entries by first folded word, longest first. */
function indexByFirst(entries: Iterable<Entry>): Map<string, Entry[]> {
  const index = new Map<string, Entry[]>();
  for (const e of entries) {
    const list = index.get(e.words[0]!) ?? [];
    list.push(e);
    index.set(e.words[0]!, list);
  }
  for (const list of index.values()) list.sort((x, y) => y.words.length - x.words.length);
  return index;
}

/** "Bộ X" aliases of ministries without "Bộ", for lists such as "các Bộ: Tài chính, Tư pháp". */
function ministryHeads(entries: Iterable<Entry>, byId: ReadonlyMap<string, Agency>): Entry[] {
  const heads: Entry[] = [];
  for (const e of entries) {
    if (e.upperOnly || e.words[0] !== 'bo' || e.words.length < 2 || !MINISTRY_KINDS.has(byId.get(e.agencyId)!.kind))
      continue;
    const variants = e.variants.map((v) => ({
      ...v,
      gaps: v.gaps.slice(1),
      canon: v.canon.slice(1),
      toneless: v.toneless.slice(1),
      lower: v.lower.split(' ').slice(1).join(' '),
    }));
    heads.push({ ...e, words: e.words.slice(1), variants });
  }
  return heads;
}

/** The punctuation between two words, whitespace removed. */
function gapBetween(text: string, a: Word, b: Word): string {
  return text.slice(a.end, b.start).replace(/\s+/gu, '');
}

/** Punctuation that may always sit inside a name ("Bộ Lao động - Thương binh", "TP. Hồ Chí Minh"). */
const SOFT_GAP = /^[-–—.]?$/u;

/**
 * Whether the words at `i` spell the entry: folded words equal, letters and capitals as required,
 * and no punctuation the alias does not have ("các bộ, y tế" is not Bộ Y tế).
 */
function matchEntry(e: Entry, text: string, words: readonly Word[], i: number): Match | undefined {
  const n = e.words.length;
  if (i + n > words.length) return undefined;
  for (let k = 1; k < n; k++) if (words[i + k]!.forms.folded !== e.words[k]) return undefined;
  const gaps = words.slice(i + 1, i + n).map((w, k) => gapBetween(text, words[i + k]!, w));
  const span = words.slice(i, i + n).map((w) => w.forms);
  if (e.capitalised && !span.every((w) => w.capital)) return undefined;
  const fits = e.variants.filter(
    (v) =>
      gaps.every((g, k) => SOFT_GAP.test(g) || g === v.gaps[k]) &&
      span.every((w, k) => (e.upperOnly ? w.canon === v.canon[k] : w.ascii || w.toneless === v.toneless[k])),
  );
  if (fits.length === 0) return undefined;
  const typed = span.map((w) => w.lower).join(' ');
  const exact = fits.find((v) => v.exact && v.lower === typed);
  return { entry: e, alias: (exact ?? fits[0]!).alias, exact: exact !== undefined };
}

function longestAt(
  index: ReadonlyMap<string, Entry[]>,
  text: string,
  words: readonly Word[],
  i: number,
): Match | undefined {
  for (const e of index.get(words[i]!.forms.folded) ?? []) {
    const m = matchEntry(e, text, words, i);
    if (m) return m;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Resolver: group phrases of party cells

/**
 * Group phrases over the folded cell (colons kept), tried in order; each match is removed before
 * the next rule runs, so "các bộ, ngành liên quan" is 'related' and not also 'all-ministries'.
 */
const GROUP_PHRASES: ReadonlyArray<readonly [RegExp, readonly AgencyGroup[]]> = [
  [/\b(?:cac )?bo nganh duoc giao\b(?: tai de an 0?6\b)?(?: va quyet dinh so 422 qd ttg\b)?/gu, ['assigned']],
  [/\b(?:va )?(?:cac )?co quan thong tan bao chi(?: trung uong)?(?: dia phuong)?\b/gu, ['press-all']],
  [/\b(?:va )?(?:cac )?(?:bo nganh dia phuong|bo nganh|bo co quan|bo|co quan)(?: co)? lien quan\b/gu, ['related']],
  // "Ủy ban nhân dân các tỉnh: Bắc Kạn, …" names its provinces: no group.
  [/\b(?:uy ban nhan dan|ubnd) (?:cac )?tinh(?: thanh pho)? ?:/gu, []],
  [
    /\b(?:tung dong chi )?bo truong thu truong co quan ngang bo(?: thu truong)?(?: co quan thuoc chinh phu)?\b/gu,
    ['all-ministries'],
  ],
  [
    new RegExp(
      String.raw`\b(?:cac dong chi )?(?:chu tich )?(?:uy ban nhan dan|` +
        String.raw`ubnd) (?:cac )?tinh(?: thanh pho)?(?: truc thuoc trung uong)?\b`,
      'gu',
    ),
    ['all-provinces'],
  ],
  [/\b(?:cac )?bo nganh dia phuong\b/gu, ['all-ministries', 'all-provinces']],
  [/\b(?:cac )?bo nganh\b/gu, ['all-ministries']],
  [/\b(?:cac )?dia phuong\b/gu, ['all-provinces']],
];

function groupsOf(text: string): AgencyGroup[] {
  let rest = stripDiacritics(canonical(text))
    .toLowerCase()
    .replace(/[^a-z0-9:]+/gu, ' ');
  const groups = new Set<AgencyGroup>();
  for (const [re, named] of GROUP_PHRASES) {
    rest = rest.replace(re, () => {
      for (const g of named) groups.add(g);
      return ' ';
    });
  }
  return [...groups];
}

// ---------------------------------------------------------------------------------------------
// Resolver

/** Builds the resolver over the agencies (the registry's data by default). */
export function createAgencyRegistry(agencies: readonly Agency[] = AGENCIES): AgencyRegistry {
  const byId = new Map(agencies.map((a) => [a.id, a]));
  const entries = compileAliases(agencies);
  const index = indexByFirst(entries.values());
  const heads = indexByFirst(ministryHeads(entries.values(), byId));
  const readWords = wordsReader();
  const unitOf = new Map(PROVINCE_UNITS_2025.flatMap((u) => u.memberIds.map((id) => [id, u] as const)));
  const existing = (ids: readonly string[]) =>
    ids.map((id) => byId.get(id)).filter((a): a is Agency => a !== undefined);
  const isMinistry = (a: Agency) => MINISTRY_KINDS.has(a.kind) && !a.formedAfterDirective;

  /** "bộ:" (or "các Bộ:") opens a list of ministries named without "Bộ". */
  const opensList = (text: string, words: readonly Word[], i: number) => {
    const [w, next] = [words[i]!, words[i + 1]];
    return (
      next !== undefined &&
      w.forms.folded === 'bo' &&
      (w.forms.ascii || w.forms.toneless === 'bô') &&
      gapBetween(text, w, next) === ':'
    );
  };

  function find(text: string): AgencyMention[] {
    const words = readWords(text);
    const out: AgencyMention[] = [];
    let inList = false;
    let i = 0;
    while (i < words.length) {
      if (opensList(text, words, i)) {
        inList = true;
        i++;
        continue;
      }
      const m = longestAt(index, text, words, i) ?? (inList ? longestAt(heads, text, words, i) : undefined);
      if (m === undefined) {
        inList = false;
        i++;
        continue;
      }
      const n = m.entry.words.length;
      out.push({
        agencyId: m.entry.agencyId,
        start: words[i]!.start,
        end: words[i + n - 1]!.end,
        alias: m.alias,
        exact: m.exact,
      });
      i += n;
      if (inList && words[i]?.forms.folded === 'va') i++;
      else if (inList && !/^[,;]$/u.test(words[i] ? gapBetween(text, words[i - 1]!, words[i]!) : '')) inList = false;
    }
    return out;
  }

  return {
    all: agencies,
    byId: (id) => byId.get(id),
    ministries: () => agencies.filter(isMinistry),
    provinces: () => agencies.filter((a) => a.kind === 'province'),
    find,
    // A cell naming every province or ministry is a group ('all-provinces', 'all-ministries'), not an
    // agency of its own.
    resolveParty: (text) => ({
      text,
      agencyIds: [...new Set(find(text).map((m) => m.agencyId))].filter((id) => !isGroupBody(byId.get(id))),
      groups: groupsOf(text),
    }),
    binds(party, agencyId) {
      if (party.agencyIds.includes(agencyId)) return true;
      const a = byId.get(agencyId);
      if (a === undefined) return false;
      return (
        (party.groups.includes('all-ministries') && (isMinistry(a) || a.kind === 'ministries')) ||
        (party.groups.includes('all-provinces') && (a.kind === 'province' || a.kind === 'provinces'))
      );
    },
    successorsOf: (id) => existing(byId.get(id)?.succession?.successorIds ?? []),
    predecessorsOf: (id) => existing(byId.get(id)?.predecessorIds ?? []),
    provinceSince2025: (id) => byId.get(unitOf.get(id)?.keeperId ?? ''),
    formerProvincesOf: (id) => (unitOf.get(id)?.keeperId === id ? existing(unitOf.get(id)!.memberIds) : []),
    unitSince2025: (id) => unitOf.get(id),
  };
}
