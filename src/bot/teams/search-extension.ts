/**
 * The search-based message extension: what is typed in the compose box ("VNeID", "Bộ Y tế tháng
 * 6") lists matching items as cards that can be inserted into a conversation. In-memory, well
 * within Teams' 5-second invoke limit.
 */
import type { Application, TurnState } from '@microsoft/teams-ai';
import { CardFactory, type MessagingExtensionResult } from 'botbuilder';
import type { Engine } from '../../intents/engine.js';
import { citationCard } from './cards.js';

export const SEARCH_COMMAND_ID = 'searchDirective';
const STARTERS = ['VNeID', 'Bộ Y tế tháng 6', 'B.6', 'căn cước công dân gắn chip', 'UBND tỉnh'];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function registerSearchExtension<S extends TurnState<any>>(app: Application<S>, engine: Engine): void {
  app.messageExtensions.query(SEARCH_COMMAND_ID, async (_context, _state, query): Promise<MessagingExtensionResult> => {
    const raw = (query.parameters as Record<string, unknown>)['query'] ?? (query.parameters as Record<string, unknown>)['searchQuery'];
    const text = typeof raw === 'string' ? raw.trim().slice(0, 500) : '';
    const limit = Math.min(Math.max(query.count ?? 10, 1), 25);
    const citations = text === '' ? STARTERS.flatMap((s) => engine.search(s, 1)).slice(0, limit) : engine.search(text, limit);
    return {
      type: 'result',
      attachmentLayout: 'list',
      attachments: citations.map((c) => ({
        ...CardFactory.adaptiveCard(citationCard(c, 'vi')),
        preview: CardFactory.thumbnailCard(`[${c.id}] ${c.title}`, `${c.quote.slice(0, 120)}${c.deadline ? ` — ${c.deadline}` : ''}`),
      })),
    };
  });
}
