/**
 * PLACEHOLDER CONTRACT (owned by the state/platform engineer, to be implemented):
 * keeps the engine's ConversationContext per conversation key on top of a botbuilder Storage,
 * and runs an update so that concurrent turns of one conversation never lose a write.
 */
import type { ConversationContext } from '../../intents/context.js';

export interface ContextStore {
  /**
   * Reads the context stored under `key` (a new one if none), calls `turn` with it, and stores
   * the context `turn` returns, retrying on eTag conflicts. Returns what `turn` returned.
   */
  update<T>(key: string, turn: (context: ConversationContext) => { context: ConversationContext; result: T }): Promise<T>;
}
