/**
 * Outgoing Teams messages: an Adaptive Card attachment with a `summary` (the plain text Teams uses
 * in notifications and the chat list). The message has no `text` of its own: Teams would show it
 * above the card, saying everything twice.
 */
import type { Activity } from 'botbuilder';
import type { Answer } from '../../intents/answer.js';
import type { Engine } from '../../intents/engine.js';
import { answerCard, type FullText } from './cards/answer-card.js';
import { ADAPTIVE_CARD_CONTENT_TYPE, type AdaptiveCard } from './cards/card.js';
import { clip } from '../text/clip.js';

/** Characters of the summary shown in notifications. */
const SUMMARY_LENGTH = 280;

/** A message carrying one card. */
export function cardMessage(card: AdaptiveCard, summary: string): Partial<Activity> {
  return {
    type: 'message',
    summary: clip(summary, SUMMARY_LENGTH),
    attachments: [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card }],
  };
}

/** The full-text parts made from each engine's records (see AnswerCardOptions.fullTexts). */
const fullTextsOf = new WeakMap<Engine, Map<string, FullText>>();

/** An Answer as a message; cited records' full texts come from the engine. */
export function answerMessage(answer: Answer, engine: Engine): Partial<Activity> {
  let fullTexts = fullTextsOf.get(engine);
  if (!fullTexts) fullTextsOf.set(engine, (fullTexts = new Map<string, FullText>()));
  const card = answerCard(answer, { source: (id) => engine.source(id, answer.language), fullTexts });
  return cardMessage(card, answer.text);
}
