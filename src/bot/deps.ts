/** What every channel adapter is given by the composition root (src/bot/app.ts). */
import type { Logger } from 'pino';
import type { Engine } from '../intents/engine.js';
import type { AnswerListener } from './answered.js';
import type { Config } from './config.js';
import type { Conversations } from './state/conversations.js';
import type { StateStore } from './state/store.js';
import type { StoreHealth } from './state/store-health.js';

export interface BotDeps {
  engine: Engine;
  config: Config;
  logger: Logger;
  /** The state store (get / set with an eTag) for what is not a conversation's context. */
  store: StateStore;
  /** Each conversation's context, on every channel, in `store`. */
  conversations: Conversations;
  /** Whether the state store is answering; the turns go on without it while it is not. */
  storeHealth: StoreHealth;
  /** Told of every question answered, on every channel (metrics, review). */
  answered: AnswerListener;
}
