/**
 * Short plain-text renderings for the channels (Teams summaries, card titles and previews, Zalo
 * citation lines): whitespace collapsed, cut at a word boundary, ending with "…".
 */

/** Shortens text to at most `max` characters at a word boundary, ending with "…" when cut. */
export function clip(text: string, max: number): string {
  // Only the first part can be shown: collapse the whitespace of a prefix long enough to hold
  // `max` characters once collapsed (4×), not of a 30 KB answer text.
  const head = text.length > max * 4 ? text.slice(0, max * 4) : text;
  let t = head.replace(/\s+/gu, ' ').trim();
  if (head !== text && t.length <= max) t = text.replace(/\s+/gu, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.…]+$/u, '')}…`;
}
