/**
 * The body of a 200 from POST /api/ask: the Answer's JSON with the conversation's id added as its
 * last member. Engine answers are shared, read-only objects (a repeated question gets the same
 * object from the engine's cache), so each one is serialised once (kept-json.ts) for as long as
 * the engine keeps the Answer; a request then only appends its conversation id.
 */
import type { Answer } from '../../intents/answer.js';
import { keptJson } from '../http/kept-json.js';

/**
 * `JSON.stringify({ ...answer, conversationId })`, byte for byte, without re-serialising the
 * answer: its JSON minus the closing brace, then `,"conversationId":"…"}`.
 */
export function askResponseBody(answer: Answer, conversationId: string): Buffer {
  const json = keptJson(answer);
  const tail = Buffer.from(`,"conversationId":${JSON.stringify(conversationId)}}`, 'utf8');
  return Buffer.concat([json.subarray(0, json.length - 1), tail], json.length - 1 + tail.length);
}
