/** What every channel adapter is given by the composition root (src/main.ts). */
import type { Storage } from 'botbuilder';
import type { Logger } from 'pino';
import type { Engine } from '../intents/engine.js';
import type { Config } from './config.js';
import type { QuestionTally } from './question-tally.js';
import type { ContextStore } from './state/context-store.js';
import type { StoreHealth } from './state/store-health.js';

export interface BotDeps {
  engine: Engine;
  config: Config;
  logger: Logger;
  /** Conversation state for teams-ai (botbuilder's Storage: read / write / delete, eTag checked). */
  storage: Storage;
  /** The answer engine's per-conversation context for non-Teams channels (Zalo, web, /api/ask). */
  contexts: ContextStore;
  /** Whether the state store is answering; the turns go on without it while it is not. */
  storeHealth: StoreHealth;
  /** Counts the questions every channel answered; logs a summary per interval. */
  tally: QuestionTally;
}
