/**
 * Personal data masked out of a citizen's question before the review keeps it: what the logs
 * already redact (`redactPersonalData`: e-mail, phone numbers, 12-digit CCCD, 9-digit CMND), any
 * other run of 7 or more digits (a social-insurance or tax code), and the name a writer gives for
 * themselves ("tôi là Nguyễn Văn A" → "tôi là [tên]").
 *
 * A name is the run of capitalised words after "tôi là", "em là", "mình là", "tớ là", "tên tôi là",
 * "tôi tên là", "họ và tên:" and the like (with or without diacritics, any case). A name typed in
 * lower case ("tôi là nguyễn văn a") cannot be told from "tôi là người dân" and is not masked.
 */
import { REDACTED_ID, redactPersonalData } from '../logger.js';

export const REDACTED_NAME = '[tên]';

/** Each letter of a phrase as [xX], so the phrase matches in any case (the "i" flag cannot be used: see NAME). */
function anyCase(phrase: string): string {
  return [...phrase]
    .map((ch) => {
      if (ch === ' ') return String.raw`\s+`;
      const lower = ch.toLowerCase();
      const upper = ch.toUpperCase();
      return lower === upper ? ch : `[${lower}${upper}]`;
    })
    .join('');
}

const SELF = ['tôi', 'em', 'mình', 'tớ', 'toi', 'minh'];
/** Phrases after which a writer gives their own name. */
const NAME_CUES = [
  ...SELF.flatMap((s) => [
    `tên ${s} là`,
    `ten ${s} la`,
    `${s} tên là`,
    `${s} ten la`,
    `${s} tên`,
    `${s} ten`,
    `${s} là`,
    `${s} la`,
  ]),
  'họ và tên',
  'ho va ten',
  'họ tên',
  'ho ten',
]
  // Longer cues first, so "tên tôi là" wins over "tôi là".
  .sort((a, b) => b.length - a.length)
  .map(anyCase);

/**
 * A cue, then the capitalised words that follow it. Without the "i" flag on purpose: with it, \p{Lu}
 * would match lower-case letters too (case-insensitive property escapes), and "tôi là người dân"
 * would lose its words.
 */
const NAME = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?<cue>${NAME_CUES.join('|')})(?<sep>\s*[:,-]\s*|\s+)(?<name>\p{Lu}\p{L}*(?:[ \t]+\p{Lu}\p{L}*)*)(?![\p{L}\p{N}])`,
  'gu',
);

/** Digit runs redactPersonalData leaves (7 digits or more, unbroken). */
const LONG_NUMBER = /(?<!\p{N})\d{7,}(?!\p{N})/gu;

/** The text with personal data replaced by «[email]», «[số điện thoại]», «[số định danh]», «[tên]». NFC. */
export function maskPersonalData(text: string): string {
  return redactPersonalData(text.normalize('NFC'))
    .replace(LONG_NUMBER, REDACTED_ID)
    .replace(NAME, (...args: unknown[]) => {
      const groups = args[args.length - 1] as Record<string, string>;
      return `${groups['cue']}${groups['sep']}${REDACTED_NAME}`;
    });
}
