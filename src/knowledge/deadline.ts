/**
 * Deadlines as data. Appendix cells hold one deadline each ("Tháng 6/2023", "Từ tháng 02/2023",
 * "Thực hiện thường xuyên", "Theo tiến độ của Nghị quyết số 50/NQ-CP…"); body paragraphs state
 * theirs inside sentences ("hoàn thành trong tháng 6 năm 2023", "từ tháng 02 năm 2023").
 */
import type { Deadline } from './schema.js';
import { fold } from './text.js';

/** A month as one comparable number: year * 12 + (month - 1). */
export function monthKey(year: number, month: number): number {
  return year * 12 + (month - 1);
}

export function fromMonthKey(key: number): { year: number; month: number } {
  return { year: Math.floor(key / 12), month: (key % 12) + 1 };
}

/** Document numbers such as "50/NQ-CP", "107/2021/NĐ-CP", "766/QĐ-TTg". */
const DOCUMENT_NUMBER = /\d+\/(?:\d{4}\/)?[A-ZĐ]+(?:-[A-ZĐa-z]+)+/gu;

/** Parses an appendix deadline cell; undefined when the cell is not a deadline. */
export function parseDeadlineCell(text: string): Deadline | undefined {
  const f = fold(text);
  let m = /^thang (\d{1,2})\/(\d{4})$/.exec(f);
  if (m) return month('month', m[1]!, m[2]!, text);
  m = /^tu thang (\d{1,2})\/(\d{4})$/.exec(f);
  if (m) return month('from', m[1]!, m[2]!, text);
  if (/^(thuc hien )?thuong xuyen$/.test(f)) return { kind: 'recurring', text };
  if (/^theo tien do\b/.test(f)) return { kind: 'external', text, documents: text.match(DOCUMENT_NUMBER) ?? [] };
  return undefined;
}

function month(kind: 'month' | 'from', m: string, y: string, text: string): Deadline | undefined {
  const monthNo = Number(m);
  const year = Number(y);
  if (monthNo < 1 || monthNo > 12) return undefined;
  return { kind, year, month: monthNo, text };
}

/**
 * Deadlines stated inside a body paragraph, in order of appearance. "từ ngày 01 tháng 01 năm
 * 2023" (a date something takes effect) and "ngày 23 tháng 6 năm 2022" (a document's date) are
 * not deadlines and are not returned.
 */
export function findDeadlinesInText(text: string): Deadline[] {
  const found: Array<{ at: number; deadline: Deadline }> = [];
  const due = new RegExp(
    String.raw`(?:(?:thời gian\s+)?(?:phấn đấu\s+)?(?:hoàn thành(?: xong)?|trình|báo cáo[^.;]{0,40}?|` +
      String.raw`triển khai ngay|phục vụ triển khai toàn quốc|ban hành)\s+)?(?:chậm nhất\s+)?(?:trong|` +
      String.raw`đến) tháng (\d{1,2}) năm (\d{4})`,
    'giu',
  );
  for (const m of text.matchAll(due)) {
    const d = month('month', m[1]!, m[2]!, m[0].trim());
    if (d) found.push({ at: m.index, deadline: d });
  }
  const from = /(?:thời gian\s+)?(?:(?:bắt đầu\s+)?thực hiện\s+)?(?:bắt đầu\s+)?từ tháng (\d{1,2}) năm (\d{4})/giu;
  for (const m of text.matchAll(from)) {
    const d = month('from', m[1]!, m[2]!, m[0].trim());
    if (d) found.push({ at: m.index, deadline: d });
  }
  const fromYearStart = /(?:ngay\s+)?từ đầu năm (\d{4})/giu;
  for (const m of text.matchAll(fromYearStart)) {
    found.push({ at: m.index, deadline: { kind: 'from', year: Number(m[1]), month: 1, text: m[0].trim() } });
  }
  const recurring = /(?:(?:thực hiện|triển khai|tiến hành)\s+)?thường xuyên/giu;
  const firstRecurring = recurring.exec(text);
  if (firstRecurring)
    found.push({ at: firstRecurring.index, deadline: { kind: 'recurring', text: firstRecurring[0] } });
  return found.sort((a, b) => a.at - b.at).map((f) => f.deadline);
}

/** The month bounds a deadline occupies, for window filtering; undefined for recurring/external. */
export function deadlineMonth(d: Deadline): number | undefined {
  return d.kind === 'month' || d.kind === 'from' ? monthKey(d.year, d.month) : undefined;
}
