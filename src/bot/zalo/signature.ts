/**
 * Verifies that a webhook request comes from Zalo.
 *
 * Zalo sends `X-ZEvent-Signature: mac=<hex>` where hex is the plain SHA-256 (not an HMAC) of
 * `app_id + <the request body exactly as sent> + timestamp + OA secret key`; `timestamp` is the
 * event's own `timestamp` field (milliseconds since the epoch, sent as a string). The OA secret key
 * is the Official Account's, not the app's secret. Sources: developers.zalo.me, "Webhook" → "Xác
 * thực tính hợp lệ của sự kiện" (OA API v3), as also implemented by chatwoot's Zalo channel.
 */
import { createHash } from 'node:crypto';
import { constantTimeEqual } from '../http/constant-time.js';

/** The header Zalo signs webhook events with. */
export const ZALO_SIGNATURE_HEADER = 'x-zevent-signature';

/** Why a request was refused (for logs; the client only ever sees 401). */
export type SignatureFailure =
  'missing-signature' | 'unreadable-body' | 'missing-timestamp' | 'bad-signature' | 'stale-timestamp';

/** Accepted with the parsed body, or refused with the reason. */
export type SignatureCheck = { ok: true; body: Record<string, unknown> } | { ok: false; reason: SignatureFailure };

/** What {@link verifyZaloRequest} needs. */
export interface SignatureInput {
  /** The request body's bytes as received. */
  rawBody: Buffer;
  /** The X-ZEvent-Signature header, if any. */
  header: string | undefined;
  appId: string;
  oaSecretKey: string;
  /** Now, in ms since the epoch. */
  now: number;
  /** Refuse events whose timestamp is further than this from `now`. */
  windowSeconds: number;
}

/** The hex MAC Zalo would send for this body and timestamp. */
export function zaloMac(appId: string, rawBody: Buffer, timestamp: string, oaSecretKey: string): string {
  return createHash('sha256')
    .update(appId, 'utf8')
    .update(rawBody)
    .update(timestamp, 'utf8')
    .update(oaSecretKey, 'utf8')
    .digest('hex');
}

/** The header value Zalo would send: `mac=<hex>`. */
export function zaloSignatureHeader(appId: string, rawBody: Buffer, timestamp: string, oaSecretKey: string): string {
  return `mac=${zaloMac(appId, rawBody, timestamp, oaSecretKey)}`;
}

/** The timestamp field exactly as it is hashed: the string Zalo sent, or a number's digits. */
function timestampOf(body: Record<string, unknown>): string | undefined {
  const t = body['timestamp'];
  if (typeof t === 'string' && /^\d{1,16}$/u.test(t.trim())) return t;
  if (typeof t === 'number' && Number.isSafeInteger(t) && t >= 0) return String(t);
  return undefined;
}

/**
 * Checks the signature and the event's age. On success returns the parsed body (parsed from the
 * same bytes that were hashed, never from a re-serialization).
 */
export function verifyZaloRequest(input: SignatureInput): SignatureCheck {
  const header = input.header?.trim();
  if (!header || !/^mac=/iu.test(header)) return { ok: false, reason: 'missing-signature' };
  const sent = header.slice(4).trim().toLowerCase();
  let body: unknown;
  try {
    body = JSON.parse(input.rawBody.toString('utf8'));
  } catch {
    return { ok: false, reason: 'unreadable-body' };
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { ok: false, reason: 'unreadable-body' };
  const record = body as Record<string, unknown>;
  const timestamp = timestampOf(record);
  if (timestamp === undefined) return { ok: false, reason: 'missing-timestamp' };
  const expected = zaloMac(input.appId, input.rawBody, timestamp, input.oaSecretKey);
  if (!constantTimeEqual(sent, expected)) return { ok: false, reason: 'bad-signature' };
  if (Math.abs(input.now - Number(timestamp)) > input.windowSeconds * 1000)
    return { ok: false, reason: 'stale-timestamp' };
  return { ok: true, body: record };
}
