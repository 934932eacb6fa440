/**
 * Renders an Answer as Zalo text messages: the answer's plain text (its listed duties are already
 * "• [B.6] …" lines), the other records it cites as "[S3.6] …" lines, and follow-up suggestions; split into messages no longer than Zalo allows,
 * on line boundaries so that no citation line is ever cut in half.
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

const LABELS = {
  sources: { vi: 'Nguồn trích dẫn (Chỉ thị 05/CT-TTg):', en: 'Sources (Directive 05/CT-TTg):' },
  suggestions: { vi: 'Bạn có thể hỏi tiếp:', en: 'You can also ask:' },
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

/** The Zalo messages for an answer, in the order to send them. */
export function renderForZalo(answer: Answer, limit: number = ZALO_TEXT_LIMIT): string[] {
  return splitMessages(answerToZaloText(answer), limit);
}
