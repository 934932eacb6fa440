/**
 * The server's logger: pino, JSON lines on stdout, with personal data redacted before anything is
 * written. Citizens' messages may hold ID numbers (12-digit CCCD, 9-digit CMND), phone numbers and
 * e-mail addresses: every string in a log line (the message, printf arguments, every field at any
 * depth, child bindings, error messages and stacks) passes through `redactPersonalData`, and
 * secrets (authorization headers, tokens, signatures, passwords) are removed by path.
 */
import { pino, type DestinationStream, type Logger } from 'pino';

/**
 * One pass over the text; at each position the first alternative that matches wins:
 * - `keep`: machine ids that merely contain digit runs (UUIDs such as request ids, hex tokens of 16+
 *   characters with a letter, e.g. message ids) stay as they are, so logs remain useful;
 * - `email`; `id12`: 12-digit citizen ID (CCCD), grouped by 3 or 4 with spaces, dots or dashes;
 * - `phone`: 0xxxxxxxxx, +84 / 84 / (+84) followed by 9 digits, with optional separators;
 * - `id9`: 9-digit old ID (CMND), possibly grouped by 3.
 */
const PERSONAL = new RegExp(
  [
    String.raw`(?<keep>(?<![\p{L}\p{N}])(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|(?=[0-9a-fA-F]*[a-fA-F])[0-9a-fA-F]{16,})(?![\p{L}\p{N}]))`,
    String.raw`(?<email>[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,})`,
    String.raw`(?<id12>(?<!\p{N})(?:\d{3}[\s.-]?\d{3}[\s.-]?\d{3}[\s.-]?\d{3}|\d{4}[\s.-]\d{4}[\s.-]\d{4})(?!\p{N}))`,
    String.raw`(?<phone>(?<!\p{N})(?:\(?\+?84\)?|0)(?:[\s.-]?\d){9}(?!\p{N}))`,
    String.raw`(?<id9>(?<!\p{N})\d{3}[\s.-]?\d{3}[\s.-]?\d{3}(?!\p{N}))`,
  ].join('|'),
  'gu',
);

/** What every alternative of PERSONAL needs somewhere in the text. */
const MAY_HOLD_PERSONAL = /[0-9@]/u;

export const REDACTED_ID = '[số định danh]';
export const REDACTED_PHONE = '[số điện thoại]';
export const REDACTED_EMAIL = '[email]';

/**
 * Replaces e-mail addresses, phone numbers and ID numbers (CCCD, CMND) in a text with
 * «[email]», «[số điện thoại]», «[số định danh]». Item numbers (B.6), dates (6/2023), document
 * numbers (107/2021/NĐ-CP), UUIDs and long hex ids are left alone; other digit runs that merely
 * look like an ID or a phone number are redacted too (a log loses little by it).
 */
export function redactPersonalData(text: string): string {
  // Every pattern needs an ASCII digit or an "@": a text with neither is returned as it is.
  if (!MAY_HOLD_PERSONAL.test(text)) return text;
  return text.replace(PERSONAL, (match, ...rest: unknown[]) => {
    const groups = rest[rest.length - 1] as Record<string, string | undefined>;
    if (groups['keep'] !== undefined) return match;
    if (groups['email'] !== undefined) return REDACTED_EMAIL;
    if (groups['phone'] !== undefined) return REDACTED_PHONE;
    return REDACTED_ID;
  });
}

const MAX_DEPTH = 8;

/** A copy of `value` with every string redacted; errors become {type, message, stack}. */
export function redactDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactPersonalData(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth > MAX_DEPTH) return '[too deep]';
  if (value instanceof Error) {
    const out: Record<string, unknown> = { type: value.name, message: redactPersonalData(value.message) };
    if (value.stack) out['stack'] = redactPersonalData(value.stack);
    const code = (value as { code?: unknown }).code;
    if (code !== undefined) out['code'] = redactDeep(code, depth + 1);
    return out;
  }
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, depth + 1));
  if (Buffer.isBuffer(value)) return `[${value.length} bytes]`;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = redactDeep(v, depth + 1);
  return out;
}

/**
 * Whether `redactDeep` would change anything in `value`: a string that may hold personal data, an
 * error, a buffer, or nesting deeper than it goes. Most log lines hold none (numbers, intents,
 * ids), and are then logged as they are instead of copied.
 */
export function needsRedaction(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return MAY_HOLD_PERSONAL.test(value);
  if (value === null || typeof value !== 'object') return false;
  if (depth > MAX_DEPTH || value instanceof Error || Buffer.isBuffer(value)) return true;
  if (Array.isArray(value)) return value.some((v) => needsRedaction(v, depth + 1));
  for (const k in value) if (needsRedaction((value as Record<string, unknown>)[k], depth + 1)) return true;
  return false;
}

/** Secrets removed by path, wherever a request, headers or settings are logged. */
export const SECRET_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-zevent-signature"]',
  'req.headers["x-bot-api-secret-token"]',
  'req.headers.access_token',
  'req.headers.secret_key',
  'headers.authorization',
  'headers.cookie',
  'headers["x-zevent-signature"]',
  'headers["x-bot-api-secret-token"]',
  'headers.access_token',
  'headers.secret_key',
  'access_token',
  'accessToken',
  'refresh_token',
  'refreshToken',
  'secret_key',
  'password',
  'config.BOT_PASSWORD',
  'config.ZALO_OA_SECRET_KEY',
  'config.ZALO_OA_ACCESS_TOKEN',
  'config.ZALO_OA_REFRESH_TOKEN',
  'config.ZALO_APP_SECRET_KEY',
  'config.ZALO_BOT_TOKEN',
  'config.ZALO_BOT_SECRET_TOKEN',
  'BOT_PASSWORD',
  'ADMIN_TOKEN',
  'config.ADMIN_TOKEN',
  'ZALO_OA_SECRET_KEY',
  'ZALO_OA_ACCESS_TOKEN',
  'ZALO_OA_REFRESH_TOKEN',
  'ZALO_APP_SECRET_KEY',
  'ZALO_BOT_TOKEN',
  'ZALO_BOT_SECRET_TOKEN',
];

export interface LoggerOptions {
  /** pino level name (default info). */
  level?: string;
  /** Where lines go (default stdout); tests pass a stream to read them back. */
  destination?: DestinationStream;
}

/** A pino logger writing JSON lines, redacting personal data and secrets from every line. */
export function createLogger(options: LoggerOptions = {}): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      base: { service: 'tro-ly-chi-thi-05' },
      redact: { paths: SECRET_PATHS, censor: '[redacted]' },
      formatters: {
        log: (object) => (needsRedaction(object) ? (redactDeep(object) as Record<string, unknown>) : object),
      },
      hooks: {
        logMethod(args, method) {
          // The message string and any printf-style arguments are redacted too (copied only when
          // one of them may hold personal data).
          const redacted = args.some((a) => typeof a === 'string' && MAY_HOLD_PERSONAL.test(a));
          method.apply(
            this,
            (redacted ? args.map((a) => (typeof a === 'string' ? redactPersonalData(a) : a)) : args) as Parameters<
              typeof method
            >,
          );
        },
      },
    },
    options.destination ?? pino.destination(1),
  );
}
