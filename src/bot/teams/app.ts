/**
 * The teams-ai Application (no AI planner). Handlers only translate: activity → engine call →
 * Answer → card. Routes are first-match-wins and a string route would match as a substring
 * anywhere in the text, so message routes are selectors, registered in this order:
 *   1. card buttons (Action.Submit without text): tour, source, ask
 *   2. whole-message commands (help / tour / examples, anchored)
 *   3. every other message → engine.ask (last)
 * plus the welcome on conversationUpdate and the search message extension (an invoke route,
 * matched separately). teams-ai stores no turn state: the conversations' contexts and welcomes are
 * kept by `conversations` (./state.ts).
 */
import { Application, type TeamsAdapter } from '@microsoft/teams-ai';
import type { Logger } from 'pino';
import type { Engine } from '../../intents/engine.js';
import { registerAskButton, registerQuestions } from './ask.js';
import { registerCommands } from './commands.js';
import { turnErrorHandler } from './errors.js';
import { registerSearchExtension } from './search-extension.js';
import { registerSourceButton } from './source.js';
import type { TeamsConversations } from './state.js';
import { registerTourButtons } from './tour.js';
import { registerWelcome } from './welcome.js';

export interface TeamsAppOptions {
  engine: Engine;
  conversations: TeamsConversations;
  adapter: TeamsAdapter;
  logger: Logger;
  botAppId?: string;
}

export function createTeamsApp(o: TeamsAppOptions): Application {
  const app = new Application({
    // No storage: teams-ai's turn state stays in memory for the turn and is never read or written.
    adapter: o.adapter,
    ...(o.botAppId ? { botAppId: o.botAppId } : {}),
    // Answers are computed in memory in milliseconds; a typing timer would only add traffic.
    startTypingTimer: false,
    removeRecipientMention: true,
  });

  registerTourButtons(app, o.conversations, o.engine);
  registerSourceButton(app, o.conversations, o.engine);
  registerAskButton(app, o.conversations, o.engine);
  registerCommands(app, o.conversations, o.engine);
  registerWelcome(app, o.conversations);
  registerSearchExtension(app, o.engine);
  registerQuestions(app, o.conversations, o.engine); // must stay last: it takes every message

  app.error(turnErrorHandler(o.logger.child({ channel: 'teams' })));
  return app;
}
