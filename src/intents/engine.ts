/**
 * The answer engine's public face. Channels (CLI, Teams, Zalo, web, /api/ask) depend on this
 * interface only; `createEngine` wires the knowledge base to the question parser and the intent
 * handlers. Pure: no I/O, no clock unless passed in.
 */
import type { Answer, Citation, CitationKind, Language } from './answer.js';
import type { ConversationContext } from './context.js';

export type TourOp = 'start' | 'next' | 'back' | 'exit' | { jump: number };

export interface AskResult {
  answer: Answer;
  /** The context to store for the next turn of this conversation. */
  context: ConversationContext;
}

/** The full text of a cited record, for "read the whole row / paragraph". */
export interface SourceRecord {
  id: string;
  kind: CitationKind;
  title: string;
  /** The directive's full Vietnamese wording. */
  text: string;
  lead?: string;
  coop?: string;
  deadline?: string;
  product?: string;
  /** Related ids (the body paragraph of a row, the rows of a paragraph). */
  related: string[];
}

export interface EngineStats {
  documentNumber: string;
  appendixRows: number;
  paragraphs: number;
  indexedDocuments: number;
  indexBuildMs: number;
}

export interface Engine {
  /** Answers one message of a conversation. Never throws; any string gives a valid Answer. */
  ask(text: string, context?: ConversationContext): AskResult;
  /** Moves the guided tour (buttons send these without text). */
  tour(op: TourOp, context?: ConversationContext, language?: Language): AskResult;
  /** Full text of a citation id (A.1…C.8, S3, S3.6, N4), or undefined when no such record exists. */
  source(id: string, language?: Language): SourceRecord | undefined;
  /** Ranked matches for a search box (the Teams message extension): rows and paragraphs. */
  search(text: string, limit?: number): Citation[];
  readonly stats: EngineStats;
}
