/** The last header value's meaning, remembered: the same answers as reading every time, and fewer reads. */
import { describe, expect, it } from 'vitest';
import { rememberLast } from '../../src/bot/http/remember-last.js';

describe('rememberLast', () => {
  it('when values repeat and alternate, then each answer is what reading it gives, and a repeat is not read again', () => {
    const reads: string[] = [];
    const length = rememberLast((v: string) => (reads.push(v), v.length));
    expect(['ab', 'ab', 'abc', 'ab', 'ab', ''].map(length)).toEqual([2, 2, 3, 2, 2, 0]);
    expect(reads).toEqual(['ab', 'abc', 'ab', '']);
  });
});
