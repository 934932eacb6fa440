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

/**
 * The message made for each Answer the engine has handed out. The engine serves repeated
 * questions as the same read-only Answer (its answer cache) and a card depends only on the Answer
 * and the directive, so each is laid out once; `npm run bench` shows that laying it out on every
 * turn costs /api/messages most of its throughput. Each turn gets its own shallow copy (botbuilder
 * stamps ids and addresses on the activity it sends); the card itself is shared, read-only.
 */
const messages = new WeakMap<Answer, Partial<Activity>>();

/** An Answer as a message; cited records' full texts come from the engine. */
export function answerMessage(answer: Answer, engine: Engine): Partial<Activity> {
  let message = messages.get(answer);
  if (!message) {
    let fullTexts = fullTextsOf.get(engine);
    if (!fullTexts) fullTextsOf.set(engine, (fullTexts = new Map<string, FullText>()));
    const card = answerCard(answer, { source: (id) => engine.source(id, answer.language), fullTexts });
    messages.set(answer, (message = cardMessage(card, answer.text)));
  }
  return { ...message };
}
