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

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The body with each card attachment of its activities replaced by a mark (the card's JSON goes
 * to `cards`). Shallow copies: the activities themselves are not changed, and every key keeps
 * its place, so the JSON differs from the original's only where the marks are.
 */
function marked(body: Json, cards: string[]): Json {
  const activities = body['activities'] as unknown[];
  return {
    ...body,
    activities: activities.map((activity) => {
      if (!isObject(activity) || !Array.isArray(activity['attachments'])) return activity;
      return {
        ...activity,
        attachments: (activity['attachments'] as unknown[]).map((a) => {
          if (!isObject(a) || a['contentType'] !== ADAPTIVE_CARD_CONTENT_TYPE || !isObject(a['content'])) return a;
          cards.push(jsonOfCard(a['content']));
          return { ...a, content: `${MARK}${cards.length - 1}` };
        }),
      };
    }),
  };
}

/**
 * `JSON.stringify(body)`. For an expectReplies body (`{"activities": [...]}`), each Adaptive Card
 * attachment's JSON is made once per card and spliced in; any other body is serialised as it is.
 */
export function replyBodyJson(body: unknown): string {
  if (!isObject(body) || !Array.isArray(body['activities'])) return JSON.stringify(body);
  const cards: string[] = [];
  const json = JSON.stringify(marked(body, cards));
  return cards.length === 0 ? json : json.replace(MARKED, (_m, i: string) => cards[Number(i)]!);
}
