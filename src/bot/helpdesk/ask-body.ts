/**
 * The body of POST /api/ask and how a wrong one is explained: one message naming each field
 * that is wrong, from zod's issues ("text: expected string, received undefined").
 */
import { z } from 'zod/v4';

/** `{"text": "...", "conversationId": "..."}`; conversationId is optional. */
export const AskBodySchema = z.object({
  text: z.string().regex(/\S/u, { message: 'must not be empty' }),
  conversationId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,128}$/u, { message: 'expected 8 to 128 letters, digits, "-" or "_"' })
    .optional(),
});
/** A well-formed /api/ask body. */
export type AskBody = z.infer<typeof AskBodySchema>;

/** The body, or the 400 message saying what is wrong with it. */
export type AskBodyResult = { ok: true; body: AskBody } | { ok: false; message: string };

/** zod's "Invalid input: expected string, received undefined" without the generic prefix. */
function issueText(message: string): string {
  return message.replace(/^Invalid input: /u, '');
}

/**
 * Reads the request body: an object the server already parsed, or JSON text (a client that sent
 * another content type). Never throws.
 */
export function readAskBody(body: unknown): AskBodyResult {
  let value = body;
  if (Buffer.isBuffer(value)) value = value.toString('utf8');
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return { ok: false, message: 'body: expected a JSON object like {"text": "..."}, got text that is not JSON' };
    }
  }
  if (value === undefined || value === null || typeof value !== 'object' || Array.isArray(value)) {
    return {
      ok: false,
      message: `body: expected a JSON object like {"text": "..."}, received ${value === undefined ? 'no body' : Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'null' : typeof value}`,
    };
  }
  const parsed = AskBodySchema.safeParse(value);
  if (parsed.success) return { ok: true, body: parsed.data };
  return {
    ok: false,
    message: parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${issueText(i.message)}`).join('; '),
  };
}
