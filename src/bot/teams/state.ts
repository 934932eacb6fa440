/**
 * What the Teams bot keeps per conversation in teams-ai's conversation state (stored in
 * `deps.storage`): the engine's ConversationContext — validated with `readContext` whenever it is
 * read back — and whether the welcome was already sent.
 */
import type { TurnState } from '@microsoft/teams-ai';
import type { Language } from '../../intents/answer.js';
import { readContext, type ConversationContext } from '../../intents/context.js';

export interface TeamsConversationState {
  /** The engine's context, as the engine last returned it (validated on read). */
  engine?: unknown;
  /** true once the welcome card was sent to this conversation. */
  welcomed?: boolean;
}

export type TeamsTurnState = TurnState<TeamsConversationState>;

/** The engine's context of this conversation; an unreadable one starts afresh. */
export function engineContext(state: TeamsTurnState): ConversationContext {
  return readContext(state.conversation.engine);
}

/** Stores the context the engine returned, for the next turn. */
export function rememberContext(state: TeamsTurnState, context: ConversationContext): void {
  state.conversation.engine = context;
}

/** The language the conversation was last answered in (Vietnamese until known). */
export function conversationLanguage(state: TeamsTurnState): Language {
  return engineContext(state).language ?? 'vi';
}
