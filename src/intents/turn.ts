/** What every intent handler receives and returns. */
import type { KnowledgeBase } from '../knowledge/index.js';
import type { Answer } from './answer.js';
import type { ConversationContext } from './context.js';
import type { Retriever } from './retrieval.js';
import type { Query } from './understand.js';

export interface Turn {
  q: Query;
  kb: KnowledgeBase;
  ctx: ConversationContext;
  retriever: Retriever;
}

export interface Reply {
  answer: Answer;
  /** What the conversation remembers from this turn (merged into the stored context). */
  remember?: Partial<Omit<ConversationContext, 'v' | 'turns'>>;
}
