/**
 * The JSON of a turn's response body: the replies of an expectReplies turn
 * (`{"activities": [...]}`) or an invoke's result. A reply's Adaptive Card is the shared,
 * read-only card made once per answer (replies.ts); its JSON — up to ~24 KB — is likewise made
 * once and spliced in, so a turn serialises only its own small envelope. Cards are never changed
 * after they are made, which is what makes keeping their JSON exact.
 */
import { randomUUID } from 'node:crypto';
import { ADAPTIVE_CARD_CONTENT_TYPE } from './cards/card.js';

const cardJson = new WeakMap<object, string>();

/** Stands for a card while the envelope is serialised; unguessable, so no text can forge it. */
const MARK = `\u0000card-${randomUUID()}:`;
/** The mark as it appears in JSON (the NUL escaped), followed by the card's number. */
const MARKED = new RegExp(`"${JSON.stringify(MARK).slice(1, -1).replace(/[\\^$.*+?()[\]{}|]/gu, '\\$&')}(\\d+)"`, 'gu');

function jsonOfCard(card: object): string {
  let json = cardJson.get(card);
  if (json === undefined) {
    json = JSON.stringify(card);
    cardJson.set(card, json);
  }
  return json;
}

/** `JSON.stringify(body)`, with each Adaptive Card attachment's JSON made once per card. */
export function replyBodyJson(body: unknown): string {
  const cards: string[] = [];
  const json = JSON.stringify(body, function (this: unknown, key: string, value: unknown) {
    if (key === 'content' && value !== null && typeof value === 'object' && (this as { contentType?: unknown }).contentType === ADAPTIVE_CARD_CONTENT_TYPE) {
      cards.push(jsonOfCard(value));
      return `${MARK}${cards.length - 1}`;
    }
    return value;
  });
  return cards.length === 0 ? json : json.replace(MARKED, (_m, i: string) => cards[Number(i)]!);
}
