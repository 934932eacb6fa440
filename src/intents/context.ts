/**
 * What a conversation remembers between turns: small, serializable, validated when read back, so
 * the bot can keep it in any store. An unreadable stored context is treated as a new conversation.
 */
import { z } from 'zod/v4';
import { LanguageSchema } from './answer.js';

export const TimeWindowSchema = z.object({
  /** Inclusive bounds as year*12 + (month-1); either may be open. */
  from: z.number().int().optional(),
  to: z.number().int().optional(),
  /** The words that set it, for the heading ("đến hết tháng 6/2023"). */
  label: z.string(),
});
export type TimeWindow = z.infer<typeof TimeWindowSchema>;

export const ConversationContextSchema = z.object({
  v: z.literal(1).default(1),
  language: LanguageSchema.optional(),
  lastIntent: z.string().optional(),
  /** Agencies the last agency question was about. */
  agencyIds: z.array(z.string()).optional(),
  role: z.enum(['lead', 'coop', 'any']).optional(),
  time: TimeWindowSchema.optional(),
  /** Ids listed by the last answer (for "which of those…"). */
  listIds: z.array(z.string()).optional(),
  /** The single item the last answer was about (for "who cooperates?"). */
  itemId: z.string().optional(),
  /** Position in the guided tour, when one is under way. */
  tourStep: z.number().int().min(0).optional(),
  turns: z.number().int().min(0).default(0),
});
export type ConversationContext = z.infer<typeof ConversationContextSchema>;

/** Every field a context can have, in the schema's order. */
export const CONTEXT_FIELDS: readonly string[] = Object.keys(ConversationContextSchema.shape);

export function emptyContext(): ConversationContext {
  return { v: 1, turns: 0 };
}

/**
 * The mark of a context known to be valid: produced by validation here, or built by the engine
 * from a valid context and a typed reply (`builtContext`). A context is never changed once made (a
 * turn makes a new one), so a marked one is not checked again when the next layer reads it (the
 * channel's store, then the engine, read each turn's context). The mark is a non-enumerable
 * property under a symbol of this module: JSON, spreads, `for…in` and equality checks never see
 * it, and no stored or received value can carry it. (A WeakSet of valid contexts did the same
 * at a higher cost per turn, plus the garbage collector's work on its entries.)
 */
const VALID = Symbol('valid conversation context');
const MARK: PropertyDescriptor = { value: true };

function isMarked(value: object): boolean {
  return (value as { [VALID]?: unknown })[VALID] === true;
}

/**
 * Marks a context the engine built itself (a valid context merged with a reply's typed fields) as
 * valid, so the next turn does not validate it again. Returns it.
 */
export function builtContext(context: ConversationContext): ConversationContext {
  if (!isMarked(context)) Object.defineProperty(context, VALID, MARK);
  return context;
}

/** Reads a stored context; anything that does not validate starts afresh. */
export function readContext(value: unknown): ConversationContext {
  if (typeof value === 'object' && value !== null && isMarked(value)) return value as ConversationContext;
  const parsed = ConversationContextSchema.safeParse(value);
  if (!parsed.success) return emptyContext();
  return builtContext(parsed.data);
}
