/** How POST /api/ask reads its body and explains a wrong one. */
import { describe, expect, it } from 'vitest';
import { readAskBody } from '../../src/bot/helpdesk/ask-body.js';

describe('readAskBody', () => {
  it('when the body has text and a conversation id, then both are read', () => {
    expect(readAskBody({ text: 'B.6 là gì?', conversationId: 'abc12345-x' })).toEqual({ ok: true, body: { text: 'B.6 là gì?', conversationId: 'abc12345-x' } });
  });

  it('when the body arrives as JSON text (another content type), then it is parsed', () => {
    expect(readAskBody('{"text":"hi"}')).toEqual({ ok: true, body: { text: 'hi' } });
    expect(readAskBody(Buffer.from('{"text":"hi"}'))).toEqual({ ok: true, body: { text: 'hi' } });
  });

  it.each([
    [undefined, /^body: expected a JSON object.*no body/u],
    ['not json', /^body: .*not JSON/u],
    [[1, 2], /^body: .*an array/u],
    [{}, /^text: expected string, received undefined$/u],
    [{ text: 42 }, /^text: expected string, received number$/u],
    [{ text: '   ' }, /^text: must not be empty$/u],
    [{ text: 'ok', conversationId: 'a b' }, /^conversationId: expected 8 to 128 letters/u],
  ])('when the body is %j, then the message says what is wrong', (body, message) => {
    const r = readAskBody(body);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });
});
