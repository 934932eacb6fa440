/**
 * The search-based message extension (command 'searchDirective'): what is typed in the compose
 * box ("VNeID", "Bộ Y tế tháng 6", "B.6") → engine.search(text, 10) → a list of previews; the one
 * picked is inserted into the conversation as a card with the record in full. Opening the
 * extension (initialRun, empty query) lists a few useful starting points. Everything is in memory,
 * well within Teams' 5-second limit for invokes.
 */
import type { Application } from '@microsoft/teams-ai';
import type { MessagingExtensionResult } from 'botbuilder';
import type { Citation, Language } from '../../intents/answer.js';
import type { Engine } from '../../intents/engine.js';
import { searchResult } from './cards/search-cards.js';

export const SEARCH_COMMAND_ID = 'searchDirective';
/** The command's parameter in the manifest. */
export const SEARCH_PARAMETER = 'query';

/** Results per query (Teams shows a scrolling list). */
const MAX_RESULTS = 10;
/** Longest query read; the rest is ignored. */
const MAX_QUERY_LENGTH = 300;
/** Records listed when the extension opens, before anything is typed. */
export const STARTER_IDS = ['B.6', 'B.34', 'A.12', 'C.4', 'B.10', 'S3'];

const NO_RESULTS: Record<Language, string> = {
  vi: 'Không tìm thấy nội dung phù hợp trong Chỉ thị 05/CT-TTg. Thử "VNeID", "B.6" hoặc tên một bộ, ngành.',
  en: 'Nothing in Directive 05/CT-TTg matches. Try "VNeID", "B.6" or the name of a ministry.',
};

/** The typed query, whatever the parameter is called; '' on the initial run. */
export function queryText(parameters: Record<string, unknown>): string {
  const value = parameters[SEARCH_PARAMETER] ?? Object.entries(parameters).find(([k]) => k !== 'initialRun')?.[1];
  return typeof value === 'string' ? value.trim().slice(0, MAX_QUERY_LENGTH) : '';
}

/** The extension's answer to one query. */
export function searchDirective(engine: Engine, text: string, language: Language = 'vi'): MessagingExtensionResult {
  const hits: Citation[] =
    text === '' ? STARTER_IDS.flatMap((id) => engine.search(id, 1)) : engine.search(text, MAX_RESULTS);
  if (hits.length === 0) return { type: 'message', text: NO_RESULTS[language] };
  return {
    type: 'result',
    attachmentLayout: 'list',
    attachments: hits.map((hit) => searchResult(hit, engine.source(hit.id, language), language)),
  };
}

/** The language of the Teams client (its locale, e.g. "en-us"), for the cards' labels. */
export function clientLanguage(locale: unknown): Language {
  return typeof locale === 'string' && /^en\b/iu.test(locale) ? 'en' : 'vi';
}

export function registerSearchExtension(app: Application, engine: Engine): void {
  app.messageExtensions.query(SEARCH_COMMAND_ID, async (context, _state, query) =>
    searchDirective(engine, queryText(query.parameters), clientLanguage(context.activity.locale)),
  );
}
