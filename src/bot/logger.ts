/**
 * The server's logger: pino, JSON lines on stdout, with personal data redacted before anything is
 * written. Citizens' messages may hold ID numbers (12-digit CCCD, 9-digit CMND), phone numbers and
 * e-mail addresses; every string in a log line passes through `redactPersonalData`, and secret
 * headers are removed by path.
 */
import { pino, type DestinationStream, type Logger } from 'pino';

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
/** Vietnamese phone numbers: 0xxxxxxxxx or +84 / 84 followed by 9 digits, with optional separators. */
const PHONE = /(?<![\p{N}])(?:\+?84|0)(?:[\s.-]?\d){9}(?![\p{N}])/gu;
/** 12-digit citizen ID (CCCD) and 9-digit old ID (CMND), possibly grouped with spaces or dots. */
const ID_12 = /(?<![\p{N}])\d{3}[\s.]?\d{3}[\s.]?\d{3}[\s.]?\d{3}(?![\p{N}])/gu;
const ID_9 = /(?<![\p{N}])\d{3}[\s.]?\d{3}[\s.]?\d{3}(?![\p{N}])/gu;

/** Replaces e-mail addresses, phone numbers and ID numbers in a text. */
export function redactPersonalData(text: string): string {
  return text
    .replace(EMAIL, '[email]')
    .replace(ID_12, '[số định danh]')
    .replace(PHONE, '[số điện thoại]')
    .replace(ID_9, '[số CMND]');
}

function redactDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactPersonalData(value);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return { type: value.name, message: redactPersonalData(value.message), stack: value.stack ? redactPersonalData(value.stack) : undefined };
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = redactDeep(v, depth + 1);
  return out;
}

export interface LoggerOptions {
  level?: string;
  /** Where lines go (default stdout); tests pass a stream to read them back. */
  destination?: DestinationStream;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      base: { service: 'tro-ly-chi-thi-05' },
      redact: {
        paths: ['req.headers.authorization', 'req.headers["x-zevent-signature"]', 'req.headers.access_token', 'headers.authorization', 'headers.access_token', 'accessToken', 'password', 'BOT_PASSWORD', 'ZALO_OA_SECRET_KEY', 'ZALO_OA_ACCESS_TOKEN'],
        censor: '[redacted]',
      },
      formatters: { log: (object) => redactDeep(object) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          // The message string itself (and any printf-style arguments) are redacted too.
          method.apply(this, args.map((a) => (typeof a === 'string' ? redactPersonalData(a) : a)) as Parameters<typeof method>);
        },
      },
    },
    options.destination ?? pino.destination({ dest: 1, sync: false }),
  );
}
