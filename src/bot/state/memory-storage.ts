/** STATE_STORE=memory (tests only): botbuilder's own MemoryStorage, which checks eTags. */
import { MemoryStorage } from 'botbuilder';
import type { ClosableStorage } from './storage.js';

export function createMemoryStorage(): ClosableStorage {
  const storage = new MemoryStorage() as MemoryStorage & ClosableStorage;
  storage.close = async () => {};
  return storage;
}
