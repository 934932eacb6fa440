/**
 * What the Teams bot keeps per conversation: the engine's context, in the conversations every
 * channel shares (../state/conversations.ts) under `teams:<channelId>/<conversationId>`, and
 * whether the conversation was welcomed, one create-only item in the store, so two instances
 * cannot both welcome it. While the store fails, the welcome is sent anyway: a conversation
 * welcomed twice is better than one never welcomed.
 *
 * teams-ai's own turn state is not used (the Application has no storage): the context lives where
 * the other channels keep theirs, so one mechanism serves all of them.
 */
import type { TurnContext } from 'botbuilder';
import type { Answer, Language } from '../../intents/answer.js';
import type { ConversationContext } from '../../intents/context.js';
import type { AskResult } from '../../intents/engine.js';
import type { BotDeps } from '../deps.js';
import { claimOnce } from '../state/conversations.js';

/** The Teams conversations: their contexts and their welcomes. */
export interface TeamsConversations {
  /** Runs `call` on the conversation's context, keeps the context it returns, returns its answer. */
  answer(context: TurnContext, call: (current: ConversationContext) => AskResult): Promise<Answer>;
  /** The language the conversation was last answered in (Vietnamese until known). */
  language(context: TurnContext): Promise<Language>;
  /** Records that the conversation was welcomed; false if it already was (by any instance). */
  markWelcomed(context: TurnContext): Promise<boolean>;
}

/** Where a Teams conversation's engine context is kept. */
export function teamsConversationKey(channelId: string, conversationId: string): string {
  return `teams:${channelId}/${conversationId}`;
}

/** The store key recording that a conversation was welcomed. */
export function welcomedKey(channelId: string, conversationId: string): string {
  return `welcomed/teams:${channelId}/${conversationId}`;
}

/** The Teams conversations over the shared conversations and store; each answer is tallied. */
export function createTeamsConversations(
  deps: Pick<BotDeps, 'conversations' | 'store' | 'storeHealth' | 'answered'>,
): TeamsConversations {
  const key = (context: TurnContext) =>
    teamsConversationKey(context.activity.channelId, context.activity.conversation.id);
  return {
    async answer(context, call) {
      const started = performance.now();
      const answer = await deps.conversations.answer(key(context), call);
      const question = context.activity.text ?? '';
      deps.answered({ channel: 'teams', question, answer, ms: performance.now() - started });
      return answer;
    },
    language: (context) => deps.conversations.language(key(context)),
    async markWelcomed(context) {
      const { channelId, conversation } = context.activity;
      try {
        const first = await claimOnce(deps.store, welcomedKey(channelId, conversation.id), {
          welcomedAt: new Date().toISOString(),
        });
        deps.storeHealth.succeeded();
        return first;
      } catch (e) {
        deps.storeHealth.failed(e);
        return true;
      }
    },
  };
}
