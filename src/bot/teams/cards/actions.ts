/**
 * The buttons on the bot's cards. Each Action.Submit carries a `verb` that one route of the Teams
 * application handles: 'ask' (a question), 'tour' (move the guided tour), 'source' (the full text
 * of a cited record).
 */
import type { CardAction } from './card.js';
import { clip } from '../../text/clip.js';

/** Longest button title shown before it is shortened. */
const TITLE_LENGTH = 60;

export type TourButtonOp = 'start' | 'next' | 'back' | 'exit';

/** What an 'ask' button submits (also sent by clients that do not honour messageBack). */
export interface AskData {
  verb: 'ask';
  question: string;
}

/**
 * A button that asks `question`. In Teams it is a messageBack: the question appears in the
 * conversation as the user's message and arrives as text; other clients submit `{verb:'ask'}`.
 */
export function askAction(question: string): CardAction {
  const data: AskData & { msteams: Record<string, string> } = {
    verb: 'ask',
    question,
    msteams: { type: 'messageBack', text: question, displayText: question },
  };
  return { type: 'Action.Submit', title: clip(question, TITLE_LENGTH), data };
}

/** A button that moves the guided tour. */
export function tourAction(op: TourButtonOp, title: string): CardAction {
  return { type: 'Action.Submit', title, data: { verb: 'tour', op } };
}

/** A button (or select action) that asks the bot for the full text of a cited record. */
export function sourceAction(id: string, title: string): CardAction {
  return { type: 'Action.Submit', title, data: { verb: 'source', id } };
}

/** Shows or hides elements of the same card (no round trip to the bot). */
export function toggleAction(targets: string[], title: string): CardAction {
  return { type: 'Action.ToggleVisibility', title, targetElements: targets };
}
