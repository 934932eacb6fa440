/**
 * The parts of a Zalo OA webhook event the bot uses. Only `user_send_text` is answered; every
 * other event (follow, seen, images, …) is acknowledged and ignored.
 */
import { z } from 'zod/v4';

const Id = z.union([z.string().trim().min(1).max(64), z.number().int().nonnegative()]).transform(String);

/** A text message a user sent to the Official Account. */
export const UserSendTextSchema = z.object({
  event_name: z.literal('user_send_text'),
  sender: z.object({ id: Id }),
  message: z.object({
    text: z.string(),
    msg_id: Id,
  }),
});
/** A parsed `user_send_text` event (ids as strings). */
export type UserSendText = z.infer<typeof UserSendTextSchema>;

/** What an event turned out to be. */
export type ZaloEvent =
  { kind: 'text'; event: UserSendText } | { kind: 'other'; name: string } | { kind: 'malformed'; name: string };

/** Sorts a verified webhook body into "a text to answer", "something else" or "a malformed text event". */
export function readZaloEvent(body: Record<string, unknown>): ZaloEvent {
  const name = typeof body['event_name'] === 'string' ? body['event_name'] : '';
  if (name !== 'user_send_text') return { kind: 'other', name: name.slice(0, 64) };
  const parsed = UserSendTextSchema.safeParse(body);
  return parsed.success ? { kind: 'text', event: parsed.data } : { kind: 'malformed', name };
}
