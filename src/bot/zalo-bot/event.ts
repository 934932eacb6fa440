/**
 * The parts of a Zalo Bot Platform webhook delivery the bot uses. The docs show the event wrapped
 * as `{ ok: true, result: { event_name, message } }`; what is delivered, as reported by those who
 * run bots, is the flat `{ event_name, message }`. Both are read. Only `message.text.received` is
 * answered; other events (images, stickers, voice, `message.unsupported.received` …) are
 * acknowledged and ignored.
 */
import { z } from 'zod/v4';

/** The event answered. */
export const TEXT_EVENT = 'message.text.received';

/** Ids are hex strings; numbers are accepted and read as strings. */
const Id = z.union([z.string().trim().min(1).max(128), z.number().int().nonnegative()]).transform(String);

const TextMessageSchema = z.object({
  from: z.object({ id: Id }),
  chat: z.object({ id: Id }),
  text: z.string(),
  // In the docs' sample but not in their field table: `date` (epoch ms) stands in when it is absent.
  message_id: Id.optional(),
  date: z.number().int().nonnegative().optional(),
});

/** What a delivery turned out to be. */
export type ZaloBotEvent =
  | { kind: 'text'; chatId: string; messageId: string; text: string; fromId: string }
  | { kind: 'other'; name: string }
  | { kind: 'malformed'; name: string };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Sorts a webhook body (either shape) into "a text to answer", "something else" or "malformed". */
export function readZaloBotEvent(body: unknown): ZaloBotEvent {
  if (!isRecord(body)) return { kind: 'malformed', name: '' };
  const event = body['ok'] === true && isRecord(body['result']) ? body['result'] : body;
  const rawName = event['event_name'];
  if (typeof rawName !== 'string' || rawName === '') return { kind: 'malformed', name: '' };
  const name = rawName.slice(0, 64);
  if (rawName !== TEXT_EVENT) return { kind: 'other', name };
  const parsed = TextMessageSchema.safeParse(event['message']);
  if (!parsed.success) return { kind: 'malformed', name };
  const m = parsed.data;
  const messageId = m.message_id ?? (m.date !== undefined ? `date-${m.date}` : undefined);
  if (messageId === undefined) return { kind: 'malformed', name };
  return { kind: 'text', chatId: m.chat.id, messageId, text: m.text, fromId: m.from.id };
}
