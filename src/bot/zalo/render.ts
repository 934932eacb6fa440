/**
 * Renders an Answer as Zalo text messages: the answer's plain text (its listed duties are already
 * "• [B.6] …" lines), the other records it cites as "[S3.6] …" lines, and follow-up suggestions;
 * split into messages no longer than Zalo allows, on line boundaries so that no citation line is
 * ever cut in half.
 *
 * An answer that would take more than a few messages (an agency's whole list of duties is about
 * seven) is sent in a compact form instead: one short line per duty, then — if that is still too
 * long — the remaining item numbers, and a hint to ask for one item or one month. Zalo charges for
 * consultation messages beyond a few in a row without a reply from the citizen, and a help desk
 * should not flood a chat.
 */
import type { Answer, Citation } from '../../intents/answer.js';
import { clip } from '../text/clip.js';

/**
 * Longest text Zalo accepts in one OA message: 2000 characters ("text: Nội dung tin nhắn, tối
 * đa 2000 ký tự", developers.zalo.me, OA API v3 "Gửi tin Tư vấn dạng văn bản"). Measured here in
 * UTF-16 code units, which is never fewer than Zalo's characters, so chunks stay within the limit.
 */
export const ZALO_TEXT_LIMIT = 2000;

/** Longest quote shown on a citation line. */
const QUOTE_LENGTH = 160;
/** Follow-up suggestions offered at the end. */
const MAX_SUGGESTIONS = 3;
/** Messages one answer may take before it is sent in its compact form. */
export const DEFAULT_MAX_MESSAGES = 3;
/** Characters of a duty's text on a compact line. */
const COMPACT_ITEM_LENGTH = 90;
/** Characters of a note in the compact form. */
const COMPACT_NOTE_LENGTH = 240;

const LABELS = {
  sources: { vi: 'Nguồn trích dẫn (Chỉ thị 05/CT-TTg):', en: 'Sources (Directive 05/CT-TTg):' },
  suggestions: { vi: 'Bạn có thể hỏi tiếp:', en: 'You can also ask:' },
  deadline: { vi: 'hạn', en: 'due' },
  note: { vi: 'Lưu ý', en: 'Note' },
  more: { vi: 'Còn', en: 'Also' },
  shortened: {
    vi: 'Danh sách đã rút gọn cho Zalo. Hỏi từng nhiệm vụ (ví dụ "B.10 là gì?") hoặc theo tháng (ví dụ "… trong tháng 6/2023?") để xem đầy đủ.',
    en: 'The list is shortened for Zalo. Ask about one item (e.g. "What is B.10?") or one month (e.g. "… in June 2023?") for the full text.',
  },
} as const;

/** One "[id] title: quote" line; the quote is left out when the answer's text already shows it. */
export function citationLine(c: Citation, answerText: string): string {
  const quote = c.quote.replace(/…$/u, '').trim();
  const shown = quote.length > 0 && answerText.includes(quote.slice(0, 60));
  return shown || quote === '' ? `[${c.id}] ${c.title}` : `[${c.id}] ${c.title}: ${clip(quote, QUOTE_LENGTH)}`;
}

/** The whole reply as one plain text (before splitting). */
export function answerToZaloText(answer: Answer): string {
  const lang = answer.language;
  const parts = [answer.text.trim()];
  // Group items are already "• [B.6] …" lines of the text; list the other records cited.
  const listed = new Set(answer.groups.flatMap((g) => g.items.map((i) => i.citationId)));
  const others = answer.citations.filter((c) => !listed.has(c.id));
  if (others.length > 0) {
    parts.push([LABELS.sources[lang], ...others.map((c) => citationLine(c, answer.text))].join('\n'));
  }
  const suggestions = answer.suggestions.slice(0, MAX_SUGGESTIONS);
  if (suggestions.length > 0) parts.push([LABELS.suggestions[lang], ...suggestions.map((s) => `- ${s}`)].join('\n'));
  return parts.join('\n\n');
}

/** Splits one over-long line at word boundaries (never inside a surrogate pair). */
function splitLongLine(line: string, limit: number): string[] {
  const pieces: string[] = [];
  let rest = line;
  while (rest.length > limit) {
    let cut = rest.lastIndexOf(' ', limit);
    if (cut <= 0) {
      cut = limit;
      const code = rest.charCodeAt(cut - 1);
      if (code >= 0xd800 && code <= 0xdbff) cut -= 1; // keep a surrogate pair together
    }
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest !== '') pieces.push(rest);
  return pieces;
}

/**
 * Splits text into messages of at most `limit` characters, breaking only between lines (a line
 * longer than the limit on its own is broken at a word boundary). Preserves the order of lines;
 * messages never start or end with blank lines.
 */
export function splitMessages(text: string, limit: number = ZALO_TEXT_LIMIT): string[] {
  if (limit < 1) throw new RangeError('limit must be positive');
  const lines = text.split('\n').flatMap((l) => (l.length > limit ? splitLongLine(l, limit) : [l]));
  const messages: string[] = [];
  let current: string[] = [];
  let size = 0;
  const flush = () => {
    const m = current.join('\n').replace(/^\n+|\n+$/gu, '');
    if (m.trim() !== '') messages.push(m);
    current = [];
    size = 0;
  };
  for (const line of lines) {
    const added = current.length === 0 ? line.length : size + 1 + line.length;
    if (added > limit) {
      flush();
      if (line.trim() === '') continue;
      current = [line];
      size = line.length;
    } else {
      current.push(line);
      size = added;
    }
  }
  flush();
  return messages;
}

/**
 * The answer in few lines: heading, summary, each group's duties as "• [id] short text — hạn …",
 * notes shortened, suggestions. Lines are added while they fit in `budget` characters; the item
 * numbers that did not fit are then named on one line, so every duty is still cited.
 */
export function compactZaloText(answer: Answer, budget: number): string {
  const lang = answer.language;
  const head = [answer.heading, ...answer.intro].filter((l) => l.trim() !== '');
  const tail = [
    ...answer.notes.map((n) => `${LABELS.note[lang]}: ${clip(n, COMPACT_NOTE_LENGTH)}`),
    LABELS.shortened[lang],
  ];
  const suggestions = answer.suggestions.slice(0, MAX_SUGGESTIONS);
  if (suggestions.length > 0) tail.push([LABELS.suggestions[lang], ...suggestions.map((x) => `- ${x}`)].join('\n'));
  const size = (ls: readonly string[]) => ls.reduce((n, l) => n + l.length + 2, 0);

  const body: string[] = [];
  const left: string[] = [];
  // Room for the item lines: the budget minus the fixed parts and the "Còn: …" line at the worst.
  const allIds = answer.groups.flatMap((g) => g.items.map((i) => i.citationId));
  let room = budget - size(head) - size(tail) - (LABELS.more[lang].length + 2 + allIds.join(', ').length + 2);
  for (const g of answer.groups) {
    if (g.items.length === 0) continue;
    const title = `${g.title}:`;
    const lines = g.items.map(
      (i) =>
        `• [${i.citationId}] ${clip(i.text, COMPACT_ITEM_LENGTH)}${i.deadline ? ` — ${LABELS.deadline[lang]} ${i.deadline}` : ''}`,
    );
    let shown = 0;
    if (room >= title.length + 2 + (lines[0]?.length ?? 0) + 1) {
      body.push(title);
      room -= title.length + 2;
      for (const line of lines) {
        if (line.length + 1 > room) break;
        body.push(line);
        room -= line.length + 1;
        shown++;
      }
    }
    left.push(...g.items.slice(shown).map((i) => i.citationId));
  }
  if (left.length > 0) body.push(`${LABELS.more[lang]}: ${left.join(', ')}`);
  return [head.join('\n'), body.join('\n'), tail.join('\n\n')].filter((p) => p !== '').join('\n\n');
}

/** Room kept in each message for its part number, "(2/3)" and a line break. */
const PART_MARK_ROOM = 8;

/** Numbers the parts of a reply sent in several messages: "(1/3)", "(2/3)"… on a line of their own. */
function numbered(parts: string[]): string[] {
  return parts.length <= 1 ? parts : parts.map((p, i) => `(${i + 1}/${parts.length})\n${p}`);
}

/** Options for renderForZalo. */
export interface ZaloRenderOptions {
  /** Longest message (default ZALO_TEXT_LIMIT, 2000). */
  limit?: number;
  /** An answer needing more messages than this is sent in its compact form (default 3). */
  maxMessages?: number;
}

/**
 * The Zalo messages for an answer, in the order to send them: the full text when it fits in
 * `maxMessages` messages, else the compact form (which fits, as long as the answer's fixed parts
 * — heading, notes, suggestions — do). A reply in several messages is numbered "(1/3)"… so the
 * citizen can tell that more follows and in which order; each message, number included, stays
 * within `limit`.
 */
export function renderForZalo(answer: Answer, options: ZaloRenderOptions = {}): string[] {
  return numbered(splitForZalo(answer, (options.limit ?? ZALO_TEXT_LIMIT) - PART_MARK_ROOM, options.maxMessages));
}

function splitForZalo(answer: Answer, limit: number, maxMessages = DEFAULT_MAX_MESSAGES): string[] {
  const full = splitMessages(answerToZaloText(answer), limit);
  if (full.length <= maxMessages) return full;
  // Splitting on line boundaries leaves part of each message unused; aim a little lower each time.
  let compact = full;
  for (const share of [0.9, 0.75, 0.6, 0.5]) {
    compact = splitMessages(compactZaloText(answer, Math.floor(maxMessages * limit * share)), limit);
    if (compact.length <= maxMessages) break;
  }
  return compact;
}
