/**
 * The gzip coding of bodies sent in parts: what a client decodes is exactly the body's bytes, with
 * node's own gunzip as the decoder (it checks the CRC and the length in the trailer); kept parts are
 * compressed from their second send; Accept-Encoding is read as RFC 9110 says.
 */
import { crc32, gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crc32Combine, crc32Shift } from '../../src/bot/http/crc32-combine.js';
import { acceptsGzip, gzipParts, MIN_COMPRESSED_PART_BYTES } from '../../src/bot/http/gzip-parts.js';
import { keep } from '../../src/bot/http/kept-bytes.js';
import { partsLength, type BodyParts } from '../../src/bot/http/send-parts.js';

const joined = (parts: BodyParts) => Buffer.concat(parts.map((p) => Buffer.from(p.buffer, p.byteOffset, p.byteLength)));
/** A kept part of JSON-like text, long enough to be compressed. */
const keptText = (text: string) => keep(Buffer.from(text, 'utf8'));
const answerLike = (n: number) => keptText(JSON.stringify({ heading: `Bộ Y tế ${n}`, items: Array.from({ length: 60 }, (_, i) => ({ id: `B.${i}`, text: 'Tổ chức thống kê, cập nhật thông tin, dữ liệu về y sĩ, bác sĩ' })) }));

describe('crc32Combine', () => {
  it('when two byte strings are concatenated, then the CRC combined from theirs is the CRC of the whole', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 3000 }), fc.uint8Array({ maxLength: 3000 }), (a, b) => {
      expect(crc32Combine(crc32(a), crc32(b), crc32Shift(b.length))).toBe(crc32(Buffer.concat([a, b])));
    }));
  });

  it('when a length is not a byte count, then crc32Shift says so', () => {
    expect(() => crc32Shift(-1)).toThrow(/length must be an integer in \[0, 2\^32\)/u);
    expect(() => crc32Shift(1.5)).toThrow(RangeError);
  });
});

describe('gzipParts', () => {
  it('when a kept part is sent the first time, then nothing is compressed; from the second time, it is', () => {
    const answer = answerLike(1);
    const tail = Buffer.from(',"conversationId":"abc"}');
    expect(gzipParts([answer, tail])).toBeUndefined();
    const coded = joined(gzipParts([answer, tail])!);
    expect(coded).toBeDefined();
    expect(gunzipSync(coded).equals(Buffer.concat([answer, tail]))).toBe(true);
    // The coded body is much smaller than the answer: the kept part went in compressed.
    expect(partsLength([coded])).toBeLessThan(answer.length / 4);
  });

  it('when no part is kept, or kept parts are short, then the body is never coded (identity is cheaper)', () => {
    const big = Buffer.from('x'.repeat(50_000));
    const short = keptText('{"ok":true}');
    expect(short.length).toBeLessThan(MIN_COMPRESSED_PART_BYTES);
    for (let i = 0; i < 3; i++) {
      expect(gzipParts([big])).toBeUndefined();
      expect(gzipParts([short, big])).toBeUndefined();
    }
  });

  it('when a body is one kept part, then its member is built once and the same bytes are sent every time after', () => {
    const page = answerLike(5);
    expect(gzipParts([page])).toBeUndefined();
    const first = gzipParts([page])!;
    expect(first).toHaveLength(1);
    expect(gunzipSync(first[0]!).equals(page)).toBe(true);
    expect(gzipParts([page])![0]).toBe(first[0]);
    // With another part after it, the body is a member of its own: the kept header-and-segment,
    // then one small piece holding the rest.
    const tail = Buffer.from('!');
    const two = gzipParts([page, tail])!;
    expect(two).toHaveLength(2);
    expect(gunzipSync(joined(two)).equals(Buffer.concat([page, tail]))).toBe(true);
    expect(gzipParts([page])![0]).toBe(first[0]);
  });

  it('when a view of a kept part is sent, then it is not taken for the kept part (only that very object is)', () => {
    const answer = answerLike(2);
    gzipParts([answer]);
    expect(gzipParts([answer.subarray(0, answer.length - 1)])).toBeUndefined();
  });

  it('when parts of any sizes are mixed (kept or not, empty, over 64 KB, any bytes), then gunzip gives back exactly their concatenation', () => {
    const keptPool = [answerLike(3), answerLike(4), keptText('é'.repeat(40_000)), keep(Buffer.alloc(70_000, 7))];
    // Each kept part has been sent once already, so it is compressed wherever it appears.
    for (const k of keptPool) gzipParts([k]);
    const part = fc.oneof(
      fc.constantFrom(...keptPool),
      fc.uint8Array({ maxLength: 300 }).map((a) => Buffer.from(a)),
      fc.constant(Buffer.alloc(0)),
      fc.integer({ min: 65_530, max: 140_000 }).map((n) => Buffer.alloc(n, 0x41)),
    );
    fc.assert(fc.property(fc.array(part, { minLength: 1, maxLength: 6 }), (parts) => {
      const coded = gzipParts(parts);
      if (!parts.some((p) => keptPool.includes(p))) {
        expect(coded).toBeUndefined();
      } else {
        expect(coded).toBeDefined();
        expect(gunzipSync(joined(coded!)).equals(joined(parts))).toBe(true);
      }
    }), { numRuns: 150 });
  });
});

describe('acceptsGzip', () => {
  it.each([
    ['gzip, deflate, br, zstd', true], // Chromium
    ['gzip, deflate', true], // undici (Node's fetch)
    ['GZIP', true],
    ['x-gzip', true],
    ['br;q=1.0, gzip;q=0.8, *;q=0.1', true],
    ['*', true],
    ['identity', false],
    ['br, deflate', false],
    ['gzip;q=0', false],
    ['gzip;q=0.000', false],
    ['*;q=0', false],
    ['*, gzip;q=0', false], // gzip itself refused, whatever "*" says
    ['gzip;q=0, *', false],
    ['', false],
    ['gzip;q=abc', false],
  ])('when Accept-Encoding is %j, then gzip is accepted: %s', (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
    // Asked again (the answer is remembered per header), the same.
    expect(acceptsGzip(header)).toBe(expected);
  });

  it('when there is no header, or it is repeated, then it is read as one list', () => {
    expect(acceptsGzip(undefined)).toBe(false);
    expect(acceptsGzip(['br', 'gzip'])).toBe(true);
  });
});
