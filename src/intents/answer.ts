/**
 * The Answer: what every intent returns, whatever the channel. Channels (CLI, Teams cards, Zalo
 * text, the web page, /api/ask) only render it. Type and schema come from one place.
 */
import { z } from 'zod/v4';

export const IntentSchema = z.enum([
  'obligations', // what an agency (or province) must do, optionally in a time window
  'lead', // who leads / cooperates on a task
  'deadline', // when a task is due
  'item', // one appendix row, paragraph or bottleneck by its number
  'period', // tasks due in a month or period
  'recurring', // recurring ("thường xuyên") and ongoing ("từ tháng…") tasks
  'count', // how many tasks …
  'section', // a body section of the directive
  'bottlenecks', // the eight bottlenecks
  'meta', // number, date, signer, recipients
  'praised', // agencies and localities the directive praises
  'restructure', // what became of a ministry or province since 2025
  'search', // free-text search over tasks and paragraphs
  'help', // what the assistant can do
  'tour', // the guided tour
  'fallback', // outside the directive, or nothing relevant found
  'error', // the input could not be read (e.g. a JSONL line that is not JSON)
]);
export type Intent = z.infer<typeof IntentSchema>;

export const LanguageSchema = z.enum(['vi', 'en']);
export type Language = z.infer<typeof LanguageSchema>;

export const CitationKindSchema = z.enum(['appendix', 'paragraph', 'section', 'bottleneck', 'meta']);
export type CitationKind = z.infer<typeof CitationKindSchema>;

/** A record the answer relies on. `quote` is the directive's own Vietnamese wording (shortened). */
export const CitationSchema = z.object({
  id: z.string().min(1),
  kind: CitationKindSchema,
  /** "Phụ lục B.6" / "Appendix B.6", "Mục 3, đoạn 6" … in the answer's language. */
  title: z.string().min(1),
  quote: z.string(),
  lead: z.string().optional(),
  coop: z.string().optional(),
  deadline: z.string().optional(),
  product: z.string().optional(),
});
export type Citation = z.infer<typeof CitationSchema>;

/** One line of a grouped answer: a duty with its citation. */
export const AnswerItemSchema = z.object({
  citationId: z.string().min(1),
  text: z.string().min(1),
  lead: z.string().optional(),
  deadline: z.string().optional(),
  /** Other citations for the same duty (the body paragraph that states it). */
  alsoIds: z.array(z.string()).default([]),
});
export type AnswerItem = z.infer<typeof AnswerItemSchema>;

export const AnswerGroupKeySchema = z.enum([
  'own', // rows the agency leads
  'shared', // rows that bind it as one of "các bộ, ngành, địa phương" / every province
  'cooperation', // rows it cooperates on
  'predecessor', // rows the directive gave to an agency that has since merged into this one
  'recurring', // recurring duties
  'from', // duties that start in a month and go on
  'external', // duties on another document's schedule
  'results', // any other list (search hits, a month's tasks)
  'paragraphs', // body paragraphs
]);
export type AnswerGroupKey = z.infer<typeof AnswerGroupKeySchema>;

export const AnswerGroupSchema = z.object({
  key: AnswerGroupKeySchema,
  title: z.string().min(1),
  items: z.array(AnswerItemSchema),
});
export type AnswerGroup = z.infer<typeof AnswerGroupSchema>;

export const TourInfoSchema = z.object({
  step: z.number().int().min(0),
  total: z.number().int().min(1),
  stepId: z.string().min(1),
  title: z.string().min(1),
  canBack: z.boolean(),
  canNext: z.boolean(),
  /** true once the user left the tour. */
  ended: z.boolean(),
});
export type TourInfo = z.infer<typeof TourInfoSchema>;

export const AnswerSchema = z.object({
  intent: IntentSchema,
  language: LanguageSchema,
  /** One line that says what the answer is. */
  heading: z.string().min(1),
  /** The whole answer as plain text, for text channels. Citations appear as [B.6]. */
  text: z.string().min(1),
  /** Paragraphs before the grouped items (a row's full record, a summary, a reason to decline). */
  intro: z.array(z.string()).default([]),
  groups: z.array(AnswerGroupSchema),
  notes: z.array(z.string()),
  citations: z.array(CitationSchema),
  /** Follow-up questions to offer as buttons, in the answer's language. */
  suggestions: z.array(z.string()),
  tour: TourInfoSchema.optional(),
});
export type Answer = z.infer<typeof AnswerSchema>;
