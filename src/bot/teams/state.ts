/**
 * What the Teams bot keeps per conversation, and where.
 *
 * - The engine's context lives in the context store (../state/context-store.ts) under
 *   `teams:<channelId>/<conversationId>`, as every other channel's does: a turn starts from the
 *   context this process last wrote (no read, no validation), writes the new one conditional on its
 *   eTag, and re-runs on what the store holds when another instance wrote in between.
 * - Whether a conversation was welcomed is one create-only item in the store, so two instances
 *   cannot both welcome it. While the store fails, the welcome is sent anyway: a conversation
 *   welcomed twice is better than one never welcomed.
 * - A failing store stops neither: the context store answers from memory (context-store.ts).
 *
 * teams-ai's own turn state is not stored: it would read, validate, hash and write the
 * conversation's state around every turn, the largest single cost of a Teams turn.
 */
import type { Storage, StoreItems, TurnContext } from 'botbuilder';
import type { Answer, Language } from '../../intents/answer.js';
import type { ConversationContext } from '../../intents/context.js';
import type { AskResult } from '../../intents/engine.js';
import type { ContextStore } from '../state/context-store.js';
import { isETagConflict, MUST_BE_NEW } from '../state/storage.js';
import { UNWATCHED_STORE, type StoreHealth } from '../state/store-health.js';

/** The Teams conversations: their contexts and their welcomes. */
export interface TeamsConversations {
  /** Runs `call` on the conversation's context, keeps the context it returns, returns its answer. */
  answer(context: TurnContext, call: (current: ConversationContext) => AskResult): Promise<Answer>;
  /** The language the conversation was last answered in (Vietnamese until known). */
  language(context: TurnContext): Promise<Language>;
  /** Records that the conversation was welcomed; false if it already was (by any instance). */
  markWelcomed(context: TurnContext): Promise<boolean>;
}

/** Where a Teams conversation's engine context is kept in the context store. */
export function teamsConversationKey(channelId: string, conversationId: string): string {
  return `teams:${channelId}/${conversationId}`;
}

/** The store key recording that a conversation was welcomed. */
export function welcomedKey(channelId: string, conversationId: string): string {
  return `welcomed/teams:${channelId}/${conversationId}`;
}

/** The Teams conversations over the context store and the store it writes to. */
export function createTeamsConversations(contexts: ContextStore, storage: Storage, health: StoreHealth = UNWATCHED_STORE): TeamsConversations {
  const ids = (context: TurnContext) => [context.activity.channelId, context.activity.conversation.id] as const;
  return {
    answer(context, call) {
      return contexts.update(teamsConversationKey(...ids(context)), (current) => {
        const result = call(current);
        return { context: result.context, result: result.answer };
      });
    },
    async language(context) {
      return (await contexts.read(teamsConversationKey(...ids(context)))).language ?? 'vi';
    },
    async markWelcomed(context) {
      const changes: StoreItems = { [welcomedKey(...ids(context))]: { welcomedAt: new Date().toISOString(), eTag: MUST_BE_NEW } };
      try {
        await storage.write(changes);
        health.succeeded();
        return true;
      } catch (e) {
        if (isETagConflict(e)) return false;
        health.failed(e);
        return true;
      }
    },
  };
}
