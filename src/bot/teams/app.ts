/**
 * The teams-ai Application (no AI planner). Handlers only translate: activity → engine call →
 * Answer → card. Routes are first-match-wins and a string route would match as a substring
 * anywhere in the text, so message routes are selectors, registered in this order:
 *   1. card buttons (Action.Submit without text): tour, source, ask
 *   2. whole-message commands (help / tour / examples, anchored)
 *   3. every other message → engine.ask (last)
 * plus the welcome on conversationUpdate and the search message extension (an invoke route,
 * matched separately). The engine's context lives in conversation state in `deps.storage`.
 */
import { Application, TurnState, type TeamsAdapter } from '@microsoft/teams-ai';
import type { Storage } from 'botbuilder';
import type { Logger } from 'pino';
import type { Engine } from '../../intents/engine.js';
import { registerAskButton, registerQuestions } from './ask.js';
import { registerCommands } from './commands.js';
import { turnErrorHandler } from './errors.js';
import { registerSearchExtension } from './search-extension.js';
import { registerSourceButton } from './source.js';
import type { TeamsConversationState, TeamsTurnState } from './state.js';
import { registerTourButtons } from './tour.js';
import { registerWelcome } from './welcome.js';

export interface TeamsAppOptions {
  engine: Engine;
  storage: Storage;
  adapter: TeamsAdapter;
  logger: Logger;
  botAppId?: string;
}

export function createTeamsApp(o: TeamsAppOptions): Application<TeamsTurnState> {
  const app = new Application<TeamsTurnState>({
    storage: o.storage,
    adapter: o.adapter,
    ...(o.botAppId ? { botAppId: o.botAppId } : {}),
    turnStateFactory: () => new TurnState<TeamsConversationState>(),
    // Answers are computed in memory in milliseconds; a typing timer would only add traffic.
    startTypingTimer: false,
    removeRecipientMention: true,
  });

  registerTourButtons(app, o.engine);
  registerSourceButton(app, o.engine);
  registerAskButton(app, o.engine);
  registerCommands(app, o.engine);
  registerWelcome(app);
  registerSearchExtension(app, o.engine);
  registerQuestions(app, o.engine); // must stay last: it takes every message

  app.error(turnErrorHandler(o.logger.child({ channel: 'teams' })));
  return app;
}
