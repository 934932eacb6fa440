/**
 * A turn's response body, as UTF-8 JSON bytes: the replies of an expectReplies turn
 * (`{"activities": [...]}`) or an invoke's result. A reply's Adaptive Card is the shared,
 * read-only card made once per answer (replies.ts); its JSON — up to ~24 KB — is likewise made
 * once (kept-json.ts) and sent as it is between the envelope's pieces, so a turn serialises and
 * encodes only its own small envelope.
 */
import { randomUUID } from 'node:crypto';
import { keptJson } from '../http/kept-json.js';
import type { BodyParts } from '../http/send-parts.js';
import { ADAPTIVE_CARD_CONTENT_TYPE } from './cards/card.js';

/** Stands for a card while the envelope is serialised; unguessable, so no text can forge it. */
const MARK = `\u0000card-${randomUUID()}:`;
/** The mark as it appears in JSON (the NUL escaped), followed by the card's number. */
const MARKED = new RegExp(`"${JSON.stringify(MARK).slice(1, -1).replace(/[\\^$.*+?()[\]{}|]/gu, '\\$&')}(\\d+)"`, 'gu');

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The body with each card attachment of its activities replaced by a mark (the card's JSON goes
 * to `cards`). Shallow copies: the activities themselves are not changed, and every key keeps
 * its place, so the JSON differs from the original's only where the marks are.
 */
function marked(body: Json, cards: Buffer[]): Json {
  const activities = body['activities'] as unknown[];
  return {
    ...body,
    activities: activities.map((activity) => {
      if (!isObject(activity) || !Array.isArray(activity['attachments'])) return activity;
      return {
        ...activity,
        attachments: (activity['attachments'] as unknown[]).map((a) => {
          if (!isObject(a) || a['contentType'] !== ADAPTIVE_CARD_CONTENT_TYPE || !isObject(a['content'])) return a;
          cards.push(keptJson(a['content']));
          return { ...a, content: `${MARK}${cards.length - 1}` };
        }),
      };
    }),
  };
}

/**
 * `JSON.stringify(body)` as UTF-8, in parts. For an expectReplies body (`{"activities": [...]}`),
 * each Adaptive Card attachment's bytes are made once per card and sent as they are between the
 * envelope's pieces; any other body is serialised as it is.
 */
export function replyBody(body: unknown): BodyParts {
  if (!isObject(body) || !Array.isArray(body['activities'])) return [Buffer.from(JSON.stringify(body), 'utf8')];
  const cards: Buffer[] = [];
  const json = JSON.stringify(marked(body, cards));
  if (cards.length === 0) return [Buffer.from(json, 'utf8')];
  // split() with the capturing group alternates envelope pieces and card numbers.
  return json.split(MARKED).map((piece, i) => (i % 2 === 1 ? cards[Number(piece)]! : Buffer.from(piece, 'utf8')));
}
