/**
 * The knowledge base: the parsed directive, its agency registry and its search index, with
 * lookups by citation id. Built once from the seed's text; pure (the caller reads the file).
 */
import { createAgencyRegistry, type AgencyRegistry } from './agencies.js';
import { createLexicon, type Lexicon } from './lexicon.js';
import { parseDirective, type ParseError } from './parse.js';
import type { AppendixRow, AppendixSection, Bottleneck, KnowledgeModel, Paragraph, Section } from './schema.js';
import { buildIndex, type DirectiveIndex, type IndexOptions } from './search-index.js';
import { foldedWords } from './text.js';

export interface KnowledgeBase {
  model: KnowledgeModel;
  agencies: AgencyRegistry;
  index: DirectiveIndex;
  /** What people type instead of the directive's words (lexicon-data.ts), compiled. */
  lexicon: Lexicon;
  /** Every folded word of the directive. */
  vocabulary: ReadonlySet<string>;
  row(id: string): AppendixRow | undefined;
  /** The rows of these ids, in their order; ids that name no row are skipped. */
  rows(ids: readonly string[]): AppendixRow[];
  paragraph(id: string): Paragraph | undefined;
  section(no: number): Section | undefined;
  bottleneck(no: number): Bottleneck | undefined;
  rowsOfPart(part: AppendixSection): readonly AppendixRow[];
  /** true when the id names a record of the directive (A.1…C.8, S1…S19, S3.6, N1…N8). */
  exists(id: string): boolean;
  /** Leading numbers of the other documents the directive cites ("107" for Nghị định số 107/2021/NĐ-CP). */
  citedDocumentNumbers: ReadonlySet<string>;
}

export type LoadResult = { ok: true; kb: KnowledgeBase } | { ok: false; error: ParseError };

export interface LoadOptions {
  index?: IndexOptions;
  /** Clock for the index build time (default performance.now). */
  now?: () => number;
}

export function loadKnowledge(seedText: string, options: LoadOptions = {}): LoadResult {
  const agencies = createAgencyRegistry();
  const parsed = parseDirective(seedText, agencies);
  if (!parsed.ok) return parsed;
  const model = parsed.model;
  const rows = new Map(model.appendix.map((r) => [r.id, r]));
  const paragraphs = new Map(model.sections.flatMap((s) => s.paragraphs.map((p) => [p.id, p] as const)));
  const parts = new Map(model.appendixParts.map((p) => [p.section, p.rows]));
  const index = buildIndex(model, options.index, options.now);
  const allText = [
    ...model.preamble.paragraphs,
    ...model.sections.map((s) => s.text),
    ...model.appendix.map((r) => `${r.task} ${r.deadline.text}`),
  ].join(' ');
  const vocabulary = new Set(
    foldedWords(
      [
        ...model.preamble.paragraphs,
        ...model.sections.map((s) => s.text),
        ...model.appendix.map((r) => `${r.task} ${r.product}`),
        model.meta.title,
      ].join(' '),
    ),
  );
  const citedDocumentNumbers = new Set(
    [...allText.matchAll(/(\d+)\/(?:\d{4}\/)?[A-ZĐ]/gu)].map((m) => String(Number(m[1]))),
  );
  return {
    ok: true,
    kb: {
      model,
      agencies,
      index,
      lexicon: createLexicon(),
      vocabulary,
      row: (id) => rows.get(id),
      rows: (ids) => ids.map((id) => rows.get(id)).filter((r): r is AppendixRow => r !== undefined),
      paragraph: (id) => paragraphs.get(id),
      section: (no) => model.sections[no - 1],
      bottleneck: (no) => model.bottlenecks[no - 1],
      rowsOfPart: (part) => parts.get(part) ?? [],
      citedDocumentNumbers,
      exists(id) {
        if (rows.has(id) || paragraphs.has(id)) return true;
        const s = /^S(\d{1,2})$/u.exec(id);
        if (s) return Number(s[1]) >= 1 && Number(s[1]) <= model.sections.length;
        const n = /^N(\d)$/u.exec(id);
        return n !== null && Number(n[1]) >= 1 && Number(n[1]) <= model.bottlenecks.length;
      },
    },
  };
}

/** Renders a parse error for people: "line 812: appendix row B.1: …". */
export function describeParseError(error: ParseError): string {
  return error.line === undefined ? error.message : `line ${error.line}: ${error.message}`;
}
