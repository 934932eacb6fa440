/**
 * Turns a pasted or typed message into the question it asks: forwarded-mail headers, greetings,
 * thanks and polite particles go; chat shorthand ("ko", "đc", "lm", "ntn", "t6") is expanded; an
 * over-long message is cut to its first part. Also decides the answer's language.
 */
import { canonical, fold, hasVietnameseMarks } from '../knowledge/text.js';
import type { Language } from './answer.js';

export interface CleanQuestion {
  /** The question as typed, canonical (NFC, one tone placement), greetings removed. */
  text: string;
  /** Folded form with shorthand expanded: what the matchers read. */
  folded: string;
  language: Language;
  /** true when the message was longer than the limit and only its first part was read. */
  truncated: boolean;
  /** true when the message held nothing but a greeting or thanks. */
  greetingOnly: boolean;
}

/** Lines that belong to a forwarded message's envelope, not to the question. */
const ENVELOPE_LINE =
  /^\s*(?:-{2,}.*-{2,}|(?:from|to|sent|date|subject|cc|từ|tới|đến|gửi|ngày|chủ đề|tiêu đề)\s*:.*)$/imu;
const FORWARD_PREFIX = /^\s*(?:(?:fwd?|fw|tr|re|chuyển tiếp)\s*:\s*)+/iu;

/** Greetings, thanks and polite fillers, matched on the folded text as whole words. */
const FILLERS = [
  'xin chao',
  'chao ban',
  'chao ad',
  'chao admin',
  'chao anh chi',
  'chao anh',
  'chao chi',
  'chao em',
  'chao bot',
  'chao',
  'kinh gui',
  'kinh chao',
  'dear',
  'hello',
  'hi',
  'hey',
  'alo',
  'good morning',
  'good afternoon',
  'cam on ban',
  'cam on nhieu',
  'cam on',
  'thank you',
  'thanks',
  'tks',
  'thank',
  'cho em hoi',
  'cho minh hoi',
  'cho toi hoi',
  'cho hoi',
  'em muon hoi',
  'minh muon hoi',
  'toi muon hoi',
  'xin hoi',
  'lam on',
  'please',
  'vui long',
  'ban oi',
  'ad oi',
  'admin oi',
  'bot oi',
];
/** Sentence-final particles, removed from the exact text only ("nhà ở" must stay). */
const FINAL_PARTICLES = /\s+(?:ạ|ah|à|nhé|nhá|nha)(?=\s*[?.!,]*\s*$)/giu;
const FILLER_RE = new RegExp(`(?:^|\\s)(?:${FILLERS.map((f) => f.replace(/ /g, '\\s+')).join('|')})(?=\\s|$)`, 'gu');

/** Chat shorthand → folded words. */
const SHORTHAND: Readonly<Record<string, string>> = {
  ko: 'khong',
  k: 'khong',
  kg: 'khong',
  hok: 'khong',
  khg: 'khong',
  dc: 'duoc',
  đc: 'duoc',
  lm: 'lam',
  ntn: 'nhu the nao',
  j: 'gi',
  gj: 'gi',
  bn: 'bao nhieu',
  bnh: 'bao nhieu',
  nv: 'nhiem vu',
  nvu: 'nhiem vu',
  cv: 'cong viec',
  vs: 'voi',
  ng: 'nguoi',
  dv: 'dich vu',
  dvc: 'dich vu cong',
  tthc: 'thu tuc hanh chinh',
  csdl: 'co so du lieu',
  csdlqg: 'co so du lieu quoc gia',
  cccd: 'can cuoc cong dan',
  cmnd: 'chung minh nhan dan',
  qg: 'quoc gia',
  sp: 'san pham',
  dl: 'du lieu',
  ttin: 'thong tin',
  thg: 'thang',
  bh: 'bao gio',
  r: 'roi',
  ad: 'admin',
  mk: 'minh',
  e: 'em',
};

/**
 * Abbreviations expanded in the text itself, before agencies are looked up ("Tổng cty Bưu điện VN",
 * "UB Quản lý vốn nhà nước tại DN", "ĐA06", "CT05"). Whole words, case-insensitive.
 */
const TEXT_ABBREVIATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?<![\p{L}\d])(?:cty|c\.ty|cty\.)(?![\p{L}\d])/giu, 'công ty'],
  [/(?<![\p{L}\d])tct(?![\p{L}\d])/giu, 'tổng công ty'],
  [/(?<![\p{L}\d])UB(?![\p{L}\d])/gu, 'Ủy ban'],
  [/(?<![\p{L}\d])DN(?![\p{L}\d])/gu, 'doanh nghiệp'],
  [/(?<![\p{L}\d])(?:VN|Vn)(?![\p{L}\d])/gu, 'Việt Nam'],
  [/(?<![\p{L}\d])CP(?![\p{L}\d])/gu, 'Chính phủ'],
  [/(?<![\p{L}\d])(?:ĐA|DA|đa)\s?0?6(?![\p{L}\d])/gu, 'Đề án 06'],
  [/(?<![\p{L}\d])(?:CT|ct)\s?0?5(?![\p{L}\d])/gu, 'Chỉ thị 05'],
  [/(?<![\p{L}\d])(?:xd|XD)(?![\p{L}\d])/gu, 'xây dựng'],
  [/(?<![\p{L}\d])(?:qđ|QĐ|qd)(?![\p{L}\d/])/gu, 'quyết định'],
  [/(?<![\p{L}\d])(?:NĐ|nđ)(?![\p{L}\d/])/gu, 'nghị định'],
  [/(?<![\p{L}\d])(?:TTg)(?![\p{L}\d/])/gu, 'Thủ tướng'],
];

/** "t6", "th6", "T6/2023" → "thang 6", "thang 6/2023". */
const MONTH_SHORTHAND = /\b(?:th|t)(\d{1,2})\b/gu;

const EN_WORDS = new Set([
  'what',
  'which',
  'who',
  'whom',
  'when',
  'where',
  'why',
  'how',
  'does',
  'do',
  'did',
  'is',
  'are',
  'was',
  'the',
  'of',
  'by',
  'have',
  'has',
  'must',
  'should',
  'deliver',
  'ministry',
  'tasks',
  'task',
  'lead',
  'leads',
  'item',
  'items',
  'deadline',
  'deadlines',
  'due',
  'many',
  'much',
  'list',
  'show',
  'tell',
  'me',
  'about',
  'directive',
  'province',
  'national',
  'database',
  'responsible',
  'for',
  'with',
  'cooperate',
  'cooperates',
  'and',
  'or',
  'in',
  'before',
  'after',
  'until',
  'duties',
  'duty',
  'there',
  'signed',
  'issued',
  'bottlenecks',
  'bottleneck',
  'section',
  'part',
  'appendix',
  'help',
  'please',
  'can',
  'you',
  'its',
  'their',
  'it',
  'that',
  'this',
  'those',
  'these',
  'office',
  'bank',
  'state',
  'government',
  'people',
  'committee',
  'social',
  'security',
  'health',
  'justice',
  'finance',
  "what's",
  'whats',
  'january',
  'february',
  'march',
  'april',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);
const VI_WORDS = new Set([
  'bo',
  'nhiem',
  'vu',
  'gi',
  'nao',
  'cua',
  'co',
  'phai',
  'lam',
  'thang',
  'nam',
  'ai',
  'khi',
  'chu',
  'tri',
  'phoi',
  'hop',
  'la',
  'va',
  'trong',
  'den',
  'het',
  'truoc',
  'sau',
  'tu',
  'cho',
  'hoi',
  'nhung',
  'viec',
  'han',
  'bao',
  'nhieu',
  'khong',
  'duoc',
  'tinh',
  'ubnd',
  'thuc',
  'hien',
  'chi',
  'thi',
  'muc',
  'phan',
  'so',
  'nay',
  've',
  'cac',
  'mot',
  'thi',
  'sao',
  'con',
  'giao',
  'xong',
  'hoan',
  'thanh',
  'cap',
  'dien',
  'tu',
  'dan',
  'cu',
  'ten',
  'hien',
  'nay',
  'gio',
]);

/** English when the question has no Vietnamese marks and more English than Vietnamese words. */
export function detectLanguage(text: string): Language {
  if (hasVietnameseMarks(text)) return 'vi';
  const words = text.toLowerCase().match(/[a-z']+/g) ?? [];
  let en = 0;
  let vi = 0;
  for (const w of words) {
    if (EN_WORDS.has(w)) en++;
    if (VI_WORDS.has(w)) vi++;
  }
  return en > vi ? 'en' : 'vi';
}

export function cleanQuestion(raw: string, maxLength: number): CleanQuestion {
  // Lone surrogates and control characters carry no meaning here.
  const safe = raw
    // eslint-disable-next-line no-control-regex -- control characters are what this removes
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2066-\u2069]/gu, ' ')
    .toWellFormed();
  const truncated = safe.length > maxLength;
  const head = truncated ? safe.slice(0, maxLength) : safe;
  const lines = head
    .split(/\r?\n/u)
    .filter((l) => !ENVELOPE_LINE.test(l))
    .map((l) => l.replace(FORWARD_PREFIX, '').replace(/^\s*>+\s?/u, ''));
  let text = canonical(lines.join(' ').replace(FORWARD_PREFIX, '')).replace(FINAL_PARTICLES, '');
  for (const [re, full] of TEXT_ABBREVIATIONS) text = text.replace(re, full);
  const folded0 = fold(text);
  const withoutFillers = ` ${folded0} `.replace(FILLER_RE, ' ').replace(/\s+/gu, ' ').trim();
  const greetingOnly = folded0 !== '' && withoutFillers === '';
  const folded = withoutFillers
    .replace(MONTH_SHORTHAND, 'thang $1')
    .split(' ')
    .map((w) => (Object.hasOwn(SHORTHAND, w) ? SHORTHAND[w]! : w))
    .join(' ');
  return { text, folded, language: detectLanguage(text), truncated, greetingOnly };
}
