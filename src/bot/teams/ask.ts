/**
 * Questions: the 'ask' button (clients that submit its data instead of Teams' messageBack) and
 * the catch-all route that sends every other message to the engine. Registered last, so the
 * buttons and whole-message commands are matched first.
 */
import type { Application } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { z } from 'zod/v4';
import type { Engine, AskResult } from '../../intents/engine.js';
import type { ConversationContext } from '../../intents/context.js';
import { welcomeCard, welcomeText } from './cards/welcome-card.js';
import { answerMessage, cardMessage } from './replies.js';
import type { TeamsConversations } from './state.js';

/** What an 'ask' button submits. */
const AskData = z.object({ verb: z.literal('ask'), question: z.string().trim().min(1).max(4000) });

/** Runs one engine call on the conversation's context, keeps the new context, then replies. */
export async function answerTurn(
  context: TurnContext,
  conversations: TeamsConversations,
  engine: Engine,
  call: (ctx: ConversationContext) => AskResult,
): Promise<void> {
  const answer = await conversations.answer(context, call);
  await context.sendActivity(answerMessage(answer, engine));
}

/** The 'ask' button as submitted data (verb 'ask'). A malformed one gets the welcome card. */
export function registerAskButton(app: Application, conversations: TeamsConversations, engine: Engine): void {
  app.adaptiveCards.actionSubmit('ask', async (context, _state, data) => {
    const parsed = AskData.safeParse(data);
    if (!parsed.success) {
      const lang = await conversations.language(context);
      await context.sendActivity(cardMessage(welcomeCard(lang), welcomeText(lang)));
      return;
    }
    await answerTurn(context, conversations, engine, (ctx) => engine.ask(parsed.data.question, ctx));
  });
}

/** Every other message: its text (empty for an attachment or sticker) goes to the engine. */
export function registerQuestions(app: Application, conversations: TeamsConversations, engine: Engine): void {
  app.activity(
    async (context) => context.activity.type === 'message',
    async (context) => {
      const text = typeof context.activity.text === 'string' ? context.activity.text : '';
      await answerTurn(context, conversations, engine, (ctx) => engine.ask(text, ctx));
    },
  );
}
