/**
 * The teams-ai Application (no AI planner): routes turn an activity into an engine call and an
 * Answer into a card. Routes are first-match-wins and a string route would match as a substring
 * anywhere, so every message route is an anchored RegExp or a selector, registered in this order:
 *   1. card buttons: tour (next/back/exit/start), source (full text of a citation)
 *   2. /^help$/-style commands from the manifest's command list: help, tour, examples
 *   3. every other message → engine.ask (last)
 * plus the welcome on conversationUpdate and the search message extension.
 */
import { Application, TurnState, type TeamsAdapter } from '@microsoft/teams-ai';
import { CardFactory, MessageFactory, type Activity, type Storage, type TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { Answer, Language } from '../../intents/answer.js';
import { readContext, type ConversationContext } from '../../intents/context.js';
import type { Engine, TourOp } from '../../intents/engine.js';
import { EXAMPLES_EN, EXAMPLES_VI } from '../../intents/handlers/help.js';
import { answerCard, apologyCard, sourceCard, welcomeCard, type Card } from './cards.js';
import { registerSearchExtension, SEARCH_COMMAND_ID } from './search-extension.js';

export { SEARCH_COMMAND_ID };

interface ConversationState {
  engine?: unknown;
}
type State = TurnState<ConversationState>;

/** Whole-message commands (the manifest's command list); anchored so "help" inside a question is not one. */
export const COMMANDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^\s*\/?(?:help|trợ giúp|tro giup|giúp|giup)\s*$/iu, 'trợ giúp'],
  [/^\s*\/?(?:tour|hướng dẫn|huong dan)\s*$/iu, 'hướng dẫn'],
  [/^\s*\/?(?:examples?|ví dụ|vi du)\s*$/iu, 'ví dụ'],
];

function reply(card: Card, summary: string): Partial<Activity> {
  const activity = MessageFactory.attachment(CardFactory.adaptiveCard(card));
  activity.summary = summary.slice(0, 200);
  return activity;
}

export function answerActivity(answer: Answer): Partial<Activity> {
  return reply(answerCard(answer), answer.heading);
}

export interface TeamsAppOptions {
  engine: Engine;
  storage: Storage;
  adapter: TeamsAdapter;
  logger: Logger;
  botAppId?: string;
}

export function createTeamsApp(o: TeamsAppOptions): Application<State> {
  const app = new Application<State>({
    storage: o.storage,
    adapter: o.adapter,
    ...(o.botAppId ? { botAppId: o.botAppId } : {}),
    startTypingTimer: false,
    removeRecipientMention: true,
  });
  const log = o.logger.child({ channel: 'teams' });

  const contextOf = (state: State): ConversationContext => readContext(state.conversation.engine);
  const languageOf = (state: State): Language => contextOf(state).language ?? 'vi';
  const answerWith = async (context: TurnContext, state: State, run: (ctx: ConversationContext) => { answer: Answer; context: ConversationContext }) => {
    const result = run(contextOf(state));
    state.conversation.engine = result.context;
    await context.sendActivity(answerActivity(result.answer));
  };

  // 1. Card buttons.
  app.adaptiveCards.actionSubmit('tour', async (context, state, data: { op?: unknown }) => {
    const op: TourOp = data.op === 'back' || data.op === 'exit' || data.op === 'start' ? data.op : 'next';
    await answerWith(context, state, (ctx) => o.engine.tour(op, ctx, ctx.language));
  });
  app.adaptiveCards.actionSubmit('source', async (context, state, data: { id?: unknown }) => {
    const lang = languageOf(state);
    const source = typeof data.id === 'string' ? o.engine.source(data.id, lang) : undefined;
    if (!source) {
      await answerWith(context, state, (ctx) => o.engine.ask(String(data.id ?? ''), ctx));
      return;
    }
    await context.sendActivity(reply(sourceCard(source, lang), source.title));
  });
  app.adaptiveCards.actionSubmit('ask', async (context, state, data: { question?: unknown }) => {
    await answerWith(context, state, (ctx) => o.engine.ask(typeof data.question === 'string' ? data.question : '', ctx));
  });

  // 2. Commands.
  for (const [pattern, asText] of COMMANDS) {
    if (asText === 'ví dụ') {
      app.message(pattern, async (context, state) => {
        await context.sendActivity(reply(welcomeCard(languageOf(state) === 'vi' ? EXAMPLES_VI : EXAMPLES_EN, languageOf(state)), 'Ví dụ câu hỏi'));
      });
    } else {
      app.message(pattern, async (context, state) => answerWith(context, state, (ctx) => o.engine.ask(asText, ctx)));
    }
  }

  // 3. Everything else a user types goes to the engine (last).
  app.activity(
    async (context) => context.activity.type === 'message',
    async (context, state) => answerWith(context, state, (ctx) => o.engine.ask(typeof context.activity.text === 'string' ? context.activity.text : '', ctx)),
  );

  app.conversationUpdate('membersAdded', async (context) => {
    const added = context.activity.membersAdded ?? [];
    if (added.length === 0) return;
    await context.sendActivity(reply(welcomeCard(EXAMPLES_VI), 'Xin chào! Tôi là Trợ lý Chỉ thị 05.'));
  });

  registerSearchExtension(app, o.engine);

  app.error(async (context, error) => {
    log.error({ activityId: context.activity?.id, conversationId: context.activity?.conversation?.id, err: error }, 'teams turn failed');
    try {
      await context.sendActivity(reply(apologyCard('vi'), 'Xin lỗi, đã có lỗi.'));
    } catch {
      // The reply itself failed (e.g. the channel is gone); nothing more to do.
    }
  });
  return app;
}
