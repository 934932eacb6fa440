/**
 * The logger's shortcut: a log line that `needsRedaction` says holds nothing to redact is logged
 * as it is, so it must be exactly what `redactDeep` would have made of it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { needsRedaction, redactDeep } from '../../src/bot/logger.js';

describe('needsRedaction', () => {
  it('when a value is said to need no redaction, then redacting it would give it back unchanged', () => {
    // Strings from an alphabet that has digits and "@" now and then, so both sides of the test occur.
    const text = fc.string({ unit: fc.constantFrom('a', 'B', ' ', '.', '-', 'đ', '0', '9', '@', '+') });
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        text,
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('node'), { maxLength: 3 }),
        fc.dictionary(fc.string({ maxLength: 4 }), tie('node'), { maxKeys: 3 }),
      ),
    })).node;
    fc.assert(
      fc.property(value, (v) => {
        if (!needsRedaction(v)) expect(redactDeep(v)).toEqual(v);
      }),
      { numRuns: 2000 },
    );
  });

  it('when a line holds a phone number, an error or a buffer, then it needs redaction; when it holds numbers and words, then it does not', () => {
    expect(needsRedaction({ text: 'gọi 0912 345 678' })).toBe(true);
    expect(needsRedaction({ nested: [{ mail: 'a@b.vn' }] })).toBe(true);
    expect(needsRedaction({ err: new Error('x') })).toBe(true);
    expect(needsRedaction({ raw: Buffer.from('x') })).toBe(true);
    expect(needsRedaction({ intent: 'obligations', questionLength: 66, citations: 11, ms: 25 })).toBe(false);
  });
});
