/**
 * The typed model of Chỉ thị 05/CT-TTg. Every type comes from its zod schema (`z.infer`), and the
 * whole model is checked against `KnowledgeModelSchema` each time it is built from the seed.
 */
import { z } from 'zod/v4';

/** Citation ids: appendix rows, body sections and paragraphs, bottlenecks. */
export const AppendixIdSchema = z.string().regex(/^[ABC]\.\d{1,2}$/);
export const SectionIdSchema = z.string().regex(/^S\d{1,2}$/);
export const ParagraphIdSchema = z.string().regex(/^S\d{1,2}\.\d{1,2}$/);
export const BottleneckIdSchema = z.string().regex(/^N\d$/);

const MonthNumber = z.number().int().min(1).max(12);
const Year = z.number().int().min(2000).max(2100);

/**
 * A deadline as the directive states it. `text` is always the original wording.
 * - `month`: due within that month ("Tháng 6/2023", "hoàn thành trong tháng 6 năm 2023");
 * - `from`: starts in that month and goes on ("Từ tháng 02/2023");
 * - `recurring`: "Thường xuyên", "Thực hiện thường xuyên";
 * - `external`: follows another document's schedule ("Theo tiến độ của Nghị quyết số 50/NQ-CP…").
 */
export const DeadlineSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('month'), year: Year, month: MonthNumber, text: z.string().min(1) }),
  z.object({ kind: z.literal('from'), year: Year, month: MonthNumber, text: z.string().min(1) }),
  z.object({ kind: z.literal('recurring'), text: z.string().min(1) }),
  z.object({ kind: z.literal('external'), text: z.string().min(1), documents: z.array(z.string()) }),
]);
export type Deadline = z.infer<typeof DeadlineSchema>;

export const AgencyKindSchema = z.enum([
  'ministry', // bộ
  'ministry-level', // cơ quan ngang bộ (Văn phòng Chính phủ, Ngân hàng Nhà nước, Thanh tra Chính phủ, Ủy ban Dân tộc)
  'government-agency', // cơ quan thuộc Chính phủ (Bảo hiểm xã hội Việt Nam, Đài THVN, …)
  'province', // a provincial People's Committee
  'provinces', // every provincial People's Committee at once: "Ủy ban nhân dân các tỉnh, thành phố", "địa phương"
  'ministries', // every ministry and central agency at once: "các bộ, ngành"
  'press', // press agencies and portals
  'enterprise', // state-owned groups and corporations
  'other', // anything else the directive names (Ban Cơ yếu Chính phủ, Tổng cục Thuế, …)
]);
export type AgencyKind = z.infer<typeof AgencyKindSchema>;

/** A group the directive names instead of a list of agencies. */
export const AgencyGroupSchema = z.enum([
  'all-ministries', // "các bộ, ngành" — every ministry, ministry-level and government agency
  'all-provinces', // "Ủy ban nhân dân các tỉnh, thành phố", "địa phương"
  'related', // "các bộ, cơ quan liên quan" — unnamed related agencies
  'press-all', // "các cơ quan thông tấn báo chí Trung ương, địa phương"
  'assigned', // "Các bộ, ngành được giao tại Đề án 06 và Quyết định số 422/QĐ-TTg"
]);
export type AgencyGroup = z.infer<typeof AgencyGroupSchema>;

/** A change to an agency after 2023 (ministry mergers of 1 March 2025, provinces of 1 July 2025). */
export const SuccessionSchema = z.object({
  /** ids of the agencies that took over (several when the agency was split). */
  successorIds: z.array(z.string()).min(1),
  /** 'merged' (absorbed into another), 'split' (duties divided), 'renamed'. */
  change: z.enum(['merged', 'split', 'renamed']),
  effective: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  source: z.string().min(1),
  /** What moved where, in Vietnamese and English (for split agencies, the areas of work). */
  note: z.string().min(1),
  noteEn: z.string().min(1),
});
export type Succession = z.infer<typeof SuccessionSchema>;

export const AgencySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  kind: AgencyKindSchema,
  /** The name as the directive (or, for agencies formed later, the law) writes it. */
  name: z.string().min(1),
  nameEn: z.string().min(1),
  /** Short name for display ("Bộ TT&TT"). */
  short: z.string().min(1),
  /** Names people type: full names with and without diacritics, abbreviations, English names. */
  aliases: z.array(z.string().min(1)),
  /** Aliases that only count when typed in capitals ("MOT" is also Vietnamese "một"). */
  upperOnlyAliases: z.array(z.string().min(1)).default([]),
  /** true for agencies that exist only since the 2025 restructuring (not named in the directive). */
  formedAfterDirective: z.boolean().default(false),
  succession: SuccessionSchema.optional(),
  /** For agencies formed after the directive: the ids of the agencies they took over from. */
  predecessorIds: z.array(z.string()).default([]),
});
export type Agency = z.infer<typeof AgencySchema>;

/** A party cell or addressee: the original wording plus what it resolves to. */
export const PartyRefSchema = z.object({
  text: z.string(),
  agencyIds: z.array(z.string()),
  groups: z.array(AgencyGroupSchema),
});
export type PartyRef = z.infer<typeof PartyRefSchema>;

export const MetaSchema = z.object({
  number: z.literal('05/CT-TTg'),
  kind: z.string().min(1),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  dateText: z.string().min(1),
  issuer: z.string().min(1),
  place: z.string().min(1),
  title: z.string().min(1),
  signer: z.object({ name: z.string().min(1), title: z.string().min(1) }),
  recipients: z.array(z.string().min(1)).min(1),
  appendixTitle: z.string().min(1),
});
export type Meta = z.infer<typeof MetaSchema>;

export const BottleneckSchema = z.object({
  id: BottleneckIdSchema,
  no: z.number().int().min(1).max(8),
  text: z.string().min(1),
});
export type Bottleneck = z.infer<typeof BottleneckSchema>;

export const PreambleSchema = z.object({
  paragraphs: z.array(z.string().min(1)).min(1),
  praised: PartyRefSchema,
  praisedText: z.string().min(1),
});
export type Preamble = z.infer<typeof PreambleSchema>;

export const ParagraphSchema = z.object({
  id: ParagraphIdSchema,
  section: z.number().int().min(1).max(19),
  index: z.number().int().min(1),
  text: z.string().min(1),
  /** Every deadline the paragraph states, in order (a bullet may hold two duties with two deadlines). */
  deadlines: z.array(DeadlineSchema),
  /** Appendix rows that restate a duty of this paragraph. */
  appendixIds: z.array(AppendixIdSchema),
  line: z.number().int().min(1),
});
export type Paragraph = z.infer<typeof ParagraphSchema>;

export const SectionSchema = z.object({
  id: SectionIdSchema,
  no: z.number().int().min(1).max(19),
  addressee: PartyRefSchema,
  text: z.string().min(1),
  paragraphs: z.array(ParagraphSchema).min(1),
  line: z.number().int().min(1),
});
export type Section = z.infer<typeof SectionSchema>;

export const AppendixSectionSchema = z.enum(['A', 'B', 'C']);
export type AppendixSection = z.infer<typeof AppendixSectionSchema>;

export const AppendixRowSchema = z.object({
  id: AppendixIdSchema,
  section: AppendixSectionSchema,
  no: z.number().int().min(1),
  task: z.string().min(1),
  lead: PartyRefSchema,
  coop: PartyRefSchema,
  deadline: DeadlineSchema,
  product: z.string(),
  /** Body paragraphs that state the same duty. */
  bodyIds: z.array(ParagraphIdSchema),
  line: z.number().int().min(1),
});
export type AppendixRow = z.infer<typeof AppendixRowSchema>;

export const AppendixPartSchema = z.object({
  section: AppendixSectionSchema,
  title: z.string().min(1),
  rows: z.array(AppendixRowSchema).min(1),
});
export type AppendixPart = z.infer<typeof AppendixPartSchema>;

export const KnowledgeModelSchema = z.object({
  meta: MetaSchema,
  preamble: PreambleSchema,
  bottlenecks: z.array(BottleneckSchema).length(8),
  sections: z.array(SectionSchema).length(19),
  appendixParts: z.array(AppendixPartSchema).length(3),
  appendix: z.array(AppendixRowSchema).length(72),
  agencies: z.array(AgencySchema).min(1),
});
export type KnowledgeModel = z.infer<typeof KnowledgeModelSchema>;
