/** How POST /api/ask reads its body and explains a wrong one. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readAskBody } from '../../src/bot/helpdesk/ask-body.js';

describe('readAskBody', () => {
  it('when the text is any string, then it is accepted exactly when something is left of it after trimming', () => {
    // Every kind of whitespace JavaScript's trim() knows, among other characters.
    const ws = fc.constantFrom(
      ' ',
      '\t',
      '\n',
      '\r',
      '\v',
      '\f',
      '\u00a0',
      '\u1680',
      '\u2000',
      '\u200a',
      '\u2028',
      '\u2029',
      '\u202f',
      '\u205f',
      '\u3000',
      '\ufeff',
      '\u200b',
      'a',
      'đ',
    );
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: ws }), fc.string({ unit: 'grapheme' })), (text) => {
        expect(readAskBody({ text }).ok).toBe(text.trim() !== '');
      }),
      { numRuns: 3000 },
    );
  });

  it('when the body has text and a conversation id, then both are read', () => {
    expect(readAskBody({ text: 'B.6 là gì?', conversationId: 'abc12345-x' })).toEqual({
      ok: true,
      body: { text: 'B.6 là gì?', conversationId: 'abc12345-x' },
    });
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
