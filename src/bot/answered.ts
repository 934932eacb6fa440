/**
 * What every channel reports once it has answered a question, for whoever watches (the question
 * metrics, the review of unanswered questions). Listeners must not throw and must not keep
 * personal data: the question is the citizen's own text.
 */
import type { Answer } from '../intents/answer.js';

/** Where a question can come from. */
export const CHANNELS = ['api', 'teams', 'zalo', 'zalo-bot'] as const;
export type Channel = (typeof CHANNELS)[number];

export interface AnsweredEvent {
  channel: Channel;
  /** The question as the user wrote it (personal data possible: mask before keeping). */
  question: string;
  answer: Answer;
  /** Time to answer, store included, in ms. */
  ms: number;
}

export type AnswerListener = (event: AnsweredEvent) => void;

/** One listener calling each of `listeners` in turn; one that throws does not stop the others. */
export function allOf(listeners: readonly AnswerListener[], onError: (e: unknown) => void): AnswerListener {
  return (event) => {
    for (const listen of listeners) {
      try {
        listen(event);
      } catch (e) {
        onError(e);
      }
    }
  };
}
