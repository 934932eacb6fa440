/**
 * Vietnamese text handling shared by the parser, the agency registry, the index and the
 * question parser. Pure functions, no state.
 *
 * Two forms of every string matter:
 * - the exact form: NFC, tone marks placed the modern way ("hòa", "thủy"), case kept;
 * - the folded form: lower case, diacritics removed, đ → d, punctuation turned into spaces,
 *   so that "Bộ Y tể", "BO Y TE" and "bo y te" compare equal.
 */

/** Tone marks moved from the first to the second vowel: "hòa" → "hoà", "thủy" → "thuỷ". */
const OLD_TONE_PAIR = /([òóỏõọ])([ae])(?!\p{L})|([ùúủũụ])(y)(?!\p{L})/giu;
const TONE_OF: Readonly<Record<string, string>> = {
  ò: '\u0300',
  ó: '\u0301',
  ỏ: '\u0309',
  õ: '\u0303',
  ọ: '\u0323',
  ù: '\u0300',
  ú: '\u0301',
  ủ: '\u0309',
  ũ: '\u0303',
  ụ: '\u0323',
};

function movePairTone(pair: string): string {
  const first = pair[0]!;
  const second = pair[1]!;
  const mark = TONE_OF[first.toLowerCase()];
  if (mark === undefined) return pair;
  const bare = stripDiacritics(first);
  return (bare + (second + mark).normalize('NFC')).normalize('NFC');
}

/**
 * NFC plus one canonical tone placement ("hoà" and "hòa" become the same string), with
 * whitespace collapsed. Case is kept.
 */
export function canonical(text: string): string {
  return text
    .normalize('NFC')
    .replace(OLD_TONE_PAIR, (pair) => movePairTone(pair))
    .replace(/\s+/g, ' ')
    .trim();
}

/** Letters that NFD does not decompose but that fold all the same. */
const CHAR_FOLD = new Map<string, string>([
  ['đ', 'd'],
  ['Đ', 'D'],
]);

/** One character folded: NFD, marks removed, NFC again (đ/Đ from the table). */
function foldChar(ch: string): string {
  return CHAR_FOLD.get(ch) ?? ch.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

const ASCII = /^\p{ASCII}*$/u;

/** Removes diacritics and folds đ/Đ (which NFD does not decompose) to d. Case is kept. */
export function stripDiacritics(text: string): string {
  if (ASCII.test(text)) return text;
  let out = '';
  for (const ch of text.normalize('NFC')) out += ch.charCodeAt(0) < 0x80 ? ch : foldChar(ch);
  return out.replace(/\p{M}/gu, '');
}

/**
 * The folded form used for matching: lower case, no diacritics, "&" kept as a word joiner
 * ("TT&TT" → "tt&tt"), every other non-alphanumeric run turned into one space.
 */
export function fold(text: string): string {
  return stripDiacritics(text.normalize('NFC'))
    .toLowerCase()
    .replace(/[^\p{L}\p{N}&./]+/gu, ' ')
    .replace(/(?<![\p{N}])[./]|[./](?![\p{N}])/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Lower-case exact form (diacritics kept), punctuation → spaces. */
export function lowerExact(text: string): string {
  return canonical(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}&./]+/gu, ' ')
    .replace(/(?<![\p{N}])[./]|[./](?![\p{N}])/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words (syllables) of the folded form. */
export function foldedWords(text: string): string[] {
  const f = fold(text);
  return f === '' ? [] : f.split(' ');
}

/** True when the text has at least one Vietnamese-specific letter (a diacritic or đ). */
export function hasVietnameseMarks(text: string): boolean {
  return /[àáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ]/iu.test(text.normalize('NFC'));
}

/** Joins hard-wrapped lines into one line of text, collapsing whitespace. */
export function unwrap(lines: readonly string[]): string {
  return lines
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A short quote: the first `max` characters, cut at a word boundary, with an ellipsis. */
export function shorten(text: string, max = 160): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const at = cut.lastIndexOf(' ');
  return `${(at > max * 0.6 ? cut.slice(0, at) : cut).replace(/[,;:\s]+$/u, '')}…`;
}
