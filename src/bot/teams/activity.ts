/**
 * What an incoming Bot Framework activity must have before it reaches the adapter: a body that is
 * an object with `type`, `from`, `recipient` and `conversation`. Anything else gets 400 with a
 * message saying which field is wrong, instead of an error deep inside botbuilder.
 */
import { z } from 'zod/v4';

const Account = z.object({ id: z.string().min(1) }).passthrough();

export const IncomingActivitySchema = z
  .object({
    type: z.string().min(1),
    from: Account,
    recipient: Account,
    conversation: z.object({ id: z.string().min(1) }).passthrough(),
  })
  .passthrough();

export type ActivityCheck = { ok: true } | { ok: false; message: string };

export function checkActivity(body: unknown): ActivityCheck {
  if (body === undefined || body === null || typeof body !== 'object' || Array.isArray(body)) {
    return { ok: false, message: 'body: expected a Bot Framework activity (a JSON object)' };
  }
  const parsed = IncomingActivitySchema.safeParse(body);
  if (parsed.success) return { ok: true };
  return { ok: false, message: parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message.replace(/^Invalid input: /u, '')}`).join('; ') };
}
