/**
 * What an incoming Bot Framework activity must have before it reaches the adapter: an object with
 * `type`, `channelId`, `from.id`, `recipient.id` and `conversation.id` (teams-ai keys conversation
 * state on them), and a `serviceUrl` whenever replies are posted back to the channel rather than
 * returned in the response (deliveryMode "expectReplies" and invokes return them). Anything else
 * gets 400 with a message naming the field, instead of an error deep inside botbuilder.
 */
import { z } from 'zod/v4';

const Id = z.string().min(1).max(1024);
const Account = z.looseObject({ id: Id });

export const IncomingActivitySchema = z
  .looseObject({
    type: z.string().min(1).max(64),
    channelId: z.string().min(1).max(64),
    from: Account,
    recipient: Account,
    conversation: z.looseObject({ id: Id }),
    serviceUrl: z.string().url().optional(),
    deliveryMode: z.string().optional(),
    text: z.string().optional(),
  })
  .refine((a) => a.serviceUrl !== undefined || a.deliveryMode === 'expectReplies' || a.type === 'invoke', {
    path: ['serviceUrl'],
    message: 'required unless deliveryMode is "expectReplies" (replies are posted to it)',
  });

export type IncomingActivity = z.infer<typeof IncomingActivitySchema>;

export type ActivityCheck = { ok: true; activity: IncomingActivity } | { ok: false; message: string };

export function checkActivity(body: unknown): ActivityCheck {
  if (body === undefined || body === null || typeof body !== 'object' || Array.isArray(body)) {
    return { ok: false, message: 'body: expected a Bot Framework activity (a JSON object)' };
  }
  const parsed = IncomingActivitySchema.safeParse(body);
  if (parsed.success) return { ok: true, activity: parsed.data };
  return {
    ok: false,
    message: parsed.error.issues
      .map((i) => `${i.path.join('.') || 'body'}: ${i.message.replace(/^Invalid input: /u, '')}`)
      .join('; '),
  };
}
