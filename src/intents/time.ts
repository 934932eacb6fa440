/**
 * Time expressions in questions, Vietnamese (with or without diacritics) and English:
 * "tháng 6/2023", "T6", "trước tháng 4 năm 2023", "đến hết tháng 6", "sau tháng 3", "từ tháng 5",
 * "từ tháng 3 đến tháng 6", "quý 1", "6 tháng đầu năm", "by March 2023", "in June", "after May",
 * and dates with a day ("trước ngày 30/6/2023", "đến 15/9"), read at the month granularity of the
 * directive's deadlines. A month without a year means 2023 (the directive's year). Works on the
 * folded text.
 */
import { monthKey } from '../knowledge/deadline.js';
import type { TimeWindow } from './context.js';
import { msg } from './messages.js';

export const DIRECTIVE_YEAR = 2023;

export type TimeParse =
  | { kind: 'none' }
  | { kind: 'window'; window: TimeWindow }
  /** A month that cannot exist ("tháng 13"): said to be impossible, never guessed. */
  | { kind: 'invalid'; text: string };

const EN_MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
const EN_MONTH = Object.keys(EN_MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

interface MonthMention {
  month: number;
  year: number;
  at: number;
  end: number;
  /** The qualifier before it: before, through, in, after, from. */
  qualifier: 'before' | 'through' | 'in' | 'after' | 'from';
}

const VI_QUALIFIER: ReadonlyArray<readonly [RegExp, MonthMention['qualifier']]> = [
  [/(?:truoc|chua den)\s*$/u, 'before'],
  [/(?:den het|den cuoi|toi het|cho den|den|toi|cham nhat|han chot|muon nhat)\s*$/u, 'through'],
  [/(?:sau|ke tu sau)\s*$/u, 'after'],
  [/(?:tu|bat dau tu|ke tu)\s*$/u, 'from'],
];
const EN_QUALIFIER: ReadonlyArray<readonly [RegExp, MonthMention['qualifier']]> = [
  [/(?:before|prior to)\s*$/u, 'before'],
  [/(?:by|until|till|through|no later than|by the end of|up to)\s*(?:end of\s*)?$/u, 'through'],
  [/(?:after)\s*$/u, 'after'],
  [/(?:from|since|starting)\s*$/u, 'from'],
];

function qualifierBefore(folded: string, at: number, english: boolean): MonthMention['qualifier'] {
  const before = folded.slice(Math.max(0, at - 24), at);
  for (const [re, q] of english ? EN_QUALIFIER : VI_QUALIFIER) if (re.test(before)) return q;
  for (const [re, q] of english ? VI_QUALIFIER : EN_QUALIFIER) if (re.test(before)) return q;
  return 'in';
}

function label(from: number | undefined, to: number | undefined, english: boolean): string {
  const lang = english ? 'en' : 'vi';
  const fmt = (k: number) => `${(k % 12) + 1}/${Math.floor(k / 12)}`;
  if (from !== undefined && to !== undefined && from === to) return msg(lang, 'windowIn', { month: fmt(from) });
  if (from !== undefined && to !== undefined) return msg(lang, 'windowBetween', { from: fmt(from), to: fmt(to) });
  if (to !== undefined) return msg(lang, 'windowThrough', { to: fmt(to) });
  if (from !== undefined) return msg(lang, 'windowFrom', { from: fmt(from) });
  return '';
}

function makeWindow(from: number | undefined, to: number | undefined, english: boolean): TimeWindow {
  const w: TimeWindow = { label: label(from, to, english) };
  if (from !== undefined) w.from = from;
  if (to !== undefined) w.to = to;
  return w;
}

function windowOf(from: number | undefined, to: number | undefined, english: boolean): TimeParse {
  return { kind: 'window', window: makeWindow(from, to, english) };
}

/** "Nghị định 45/2020", "và 107/2021": a document number, not a month. */
const DOCUMENT_BEFORE = new RegExp(
  String.raw`(?:nghi dinh|quyet dinh|thong tu|nghi quyet|cong van|van ban|luat|decree|decision|` +
    String.raw`resolution|so|va|,)\s*(?:so\s*)?$`,
  'u',
);

/** Parses the time window a (folded, shorthand-expanded) question asks about. */
export function parseTime(folded: string, english: boolean): TimeParse {
  const year = (s: string | undefined) => (s === undefined ? DIRECTIVE_YEAR : Number(s));

  // Quarters and halves.
  const quarter = /\b(?:quy|quarter|q)\s*(1|2|3|4|i{1,3}|iv)\b(?:\s*(?:\/|nam|of)?\s*(20\d\d))?/u.exec(folded);
  if (quarter) {
    const q = ({ i: 1, ii: 2, iii: 3, iv: 4 } as Record<string, number>)[quarter[1]!] ?? Number(quarter[1]);
    const y = year(quarter[2]);
    return windowOf(monthKey(y, q * 3 - 2), monthKey(y, q * 3), english);
  }
  const half = /\b(6 thang|nua) (dau|cuoi) nam\b(?:\s*(20\d\d))?|\b(first|second) half(?: of)?(?: (20\d\d))?/u.exec(
    folded,
  );
  if (half) {
    const first = half[2] === 'dau' || half[4] === 'first';
    const y = year(half[3] ?? half[5]);
    return first
      ? windowOf(monthKey(y, 1), monthKey(y, 6), english)
      : windowOf(monthKey(y, 7), monthKey(y, 12), english);
  }

  const mentions: MonthMention[] = [];
  // Dates with a day: "30/6/2023", "ngày 15/9", "trước 1-7-2023". Without a year, only after
  // "ngày" or a qualifier ("3/4" alone may be a fraction). Deadlines are months, so a day is read
  // as its month: before the 1st of M is before M; before or by any other day of M includes M;
  // after the 28th or later of M starts the next month; after an earlier day starts in M.
  const dated = /(?<![\p{L}\d/.-])(ngay\s*)?(\d{1,2})\s*[/-]\s*(\d{1,2})(?:\s*[/-]\s*(20\d\d))?(?![\d/])/gu;
  for (const m of folded.matchAll(dated)) {
    const day = Number(m[2]);
    const month = Number(m[3]);
    const qualifier = qualifierBefore(folded, m.index, english);
    if (m[4] === undefined && m[1] === undefined && qualifier === 'in') continue;
    if (day < 1 || day > 31) continue;
    if (month < 1 || month > 12) return { kind: 'invalid', text: m[0] };
    const asMonth: MonthMention['qualifier'] =
      qualifier === 'before'
        ? day === 1
          ? 'before'
          : 'through'
        : qualifier === 'after'
          ? day >= 28
            ? 'after'
            : 'from'
          : qualifier;
    mentions.push({ month, year: year(m[4]), at: m.index, end: m.index + m[0].length, qualifier: asMonth });
  }
  const vi = /\b(?:thang|th|t)\s*(\d{1,2})(?:\s*(?:\/|-|nam)\s*(20\d\d))?(?!\d)/gu;
  for (const m of folded.matchAll(vi)) {
    if (mentions.some((x) => m.index >= x.at && m.index < x.end)) continue;
    const month = Number(m[1]);
    if (month < 1 || month > 12) return { kind: 'invalid', text: m[0] };
    mentions.push({
      month,
      year: year(m[2]),
      at: m.index,
      end: m.index + m[0].length,
      qualifier: qualifierBefore(folded, m.index, english),
    });
  }
  const slash = /(?<![\d/])(\d{1,2})\/(20\d\d)(?![\d/])/gu;
  for (const m of folded.matchAll(slash)) {
    if (mentions.some((x) => m.index >= x.at && m.index < x.end)) continue;
    if (DOCUMENT_BEFORE.test(folded.slice(Math.max(0, m.index - 24), m.index))) continue;
    const month = Number(m[1]);
    if (month < 1 || month > 12) return { kind: 'invalid', text: m[0] };
    mentions.push({
      month,
      year: year(m[2]),
      at: m.index,
      end: m.index + m[0].length,
      qualifier: qualifierBefore(folded, m.index, english),
    });
  }
  const en = new RegExp(`\\b(${EN_MONTH})\\b(?:\\s*,?\\s*(20\\d\\d))?`, 'gu');
  if (english) {
    for (const m of folded.matchAll(en)) {
      // "may" is also a verb: only take it with a year or after a qualifier.
      const q = qualifierBefore(folded, m.index, true);
      if (m[1] === 'may' && m[2] === undefined && q === 'in' && !/\bin\s*$/u.test(folded.slice(0, m.index))) continue;
      mentions.push({
        month: EN_MONTHS[m[1]!]!,
        year: year(m[2]),
        at: m.index,
        end: m.index + m[0].length,
        qualifier: q,
      });
    }
  }
  // A year written only once, after the second month of a range ("từ tháng 3 đến tháng 6/2024").
  mentions.sort((a, b) => a.at - b.at);
  if (mentions.length === 0) {
    const bareYear = /\b(?:nam|in|year)\s*(20\d\d)\b/u.exec(folded);
    if (bareYear && Number(bareYear[1]) !== DIRECTIVE_YEAR) {
      const y = Number(bareYear[1]);
      return windowOf(monthKey(y, 1), monthKey(y, 12), english);
    }
    return { kind: 'none' };
  }

  const [first, second] = mentions;
  if (first && second) {
    const y2 = second.year;
    const y1 = /\d{4}/u.test(folded.slice(first.at, first.end)) ? first.year : y2;
    const a = monthKey(y1, first.month);
    const b = monthKey(y2, second.month);
    return windowOf(Math.min(a, b), Math.max(a, b), english);
  }
  const k = monthKey(first!.year, first!.month);
  switch (first!.qualifier) {
    case 'before': {
      const w = windowOf(undefined, k - 1, english);
      const month = `${first!.month}/${first!.year}`;
      if (w.kind === 'window') w.window.label = msg(english ? 'en' : 'vi', 'windowBefore', { month });
      return w;
    }
    case 'through':
      return windowOf(undefined, k, english);
    case 'after':
      return windowOf(k + 1, undefined, english);
    case 'from':
      return windowOf(k, undefined, english);
    default:
      return windowOf(k, k, english);
  }
}

/**
 * The window in the answer's language: a window kept from an earlier turn carries the label of
 * that turn's language ("trong tháng 3/2023"), which an English answer must not show.
 */
export function inLanguage(w: TimeWindow, english: boolean): TimeWindow {
  return makeWindow(w.from, w.to, english);
}

/** true when month key `k` lies in the window. */
export function inWindow(k: number, w: TimeWindow): boolean {
  return (w.from === undefined || k >= w.from) && (w.to === undefined || k <= w.to);
}
