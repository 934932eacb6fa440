/**
 * The request body's bytes exactly as received, for signature checks. The server's body parser
 * keeps them on `req.rawBody` (a Buffer, or the UTF-8 string restify's parser stores there).
 */
import type { Request } from 'restify';

/** The raw body, or undefined when the server kept none (e.g. an empty body). */
export function rawBodyOf(req: Request): Buffer | undefined {
  const raw: unknown = (req as { rawBody?: unknown }).rawBody;
  if (Buffer.isBuffer(raw)) return raw;
  if (typeof raw === 'string') return Buffer.from(raw, 'utf8');
  if (raw instanceof Uint8Array) return Buffer.from(raw);
  return undefined;
}
