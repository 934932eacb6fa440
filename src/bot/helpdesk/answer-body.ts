/**
 * The body of a 200 from POST /api/ask: the Answer's JSON with the conversation's id added as its
 * last member. Engine answers are shared, read-only objects (a repeated question gets the same
 * object from the engine's cache), so each one is serialised once (kept-json.ts) for as long as
 * the engine keeps the Answer; a request then only adds its conversation id.
 */
import type { Answer } from '../../intents/answer.js';
import { keptJsonOpen } from '../http/kept-json.js';
import type { BodyParts } from '../http/send-parts.js';

/**
 * `JSON.stringify({ ...answer, conversationId })` as UTF-8, byte for byte, in two parts and
 * without re-serialising the answer: its kept JSON minus the closing brace (a kept view, not a
 * copy), then `,"conversationId":"…"}`.
 */
export function askResponseBody(answer: Answer, conversationId: string): BodyParts {
  return [keptJsonOpen(answer), Buffer.from(`,"conversationId":${JSON.stringify(conversationId)}}`, 'utf8')];
}
