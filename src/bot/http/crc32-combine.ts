/**
 * CRC-32 (the gzip trailer's checksum) of a concatenation, from the CRCs of its parts: the CRC of
 * A‖B is `combine(crc(A), crc(B), shift(B.length))`. A kept part's CRC and shift are computed once,
 * so a body made of kept parts is checksummed without reading their bytes again (zlib.crc32 runs
 * at about 2.5 GB/s here: 7 µs for an average answer, on every request).
 *
 * The arithmetic is zlib's (crc32.c, `crc32_combine_gen` / `crc32_combine_op`): polynomials over
 * GF(2) in the reflected bit order of CRC-32, where appending n zero bytes to a message multiplies
 * its CRC register by x^(8n) modulo the CRC polynomial.
 */

/** The CRC-32 polynomial, reflected. */
const POLY = 0xedb88320;

/** a(x)·b(x) modulo the polynomial; both in reflected order (x^0 is the top bit). */
function multModP(a: number, b: number): number {
  let m = 0x80000000;
  let p = 0;
  for (;;) {
    if (a & m) {
      p ^= b;
      if ((a & (m - 1)) === 0) break;
    }
    m >>>= 1;
    b = b & 1 ? (b >>> 1) ^ POLY : b >>> 1;
  }
  return p >>> 0;
}

/** X2N[k] = x^(2^k) modulo the polynomial. */
const X2N: number[] = (() => {
  const table: number[] = [];
  let p = 0x40000000; // x^1
  table.push(p);
  for (let k = 1; k < 32; k++) table.push((p = multModP(p, p)));
  return table;
})();

/**
 * The operator that shifts a CRC past `length` bytes (x^(8·length) modulo the polynomial), for
 * `crc32Combine`. `length` is a byte count below 2^32.
 */
export function crc32Shift(length: number): number {
  if (!Number.isInteger(length) || length < 0 || length >= 2 ** 32) throw new RangeError(`crc32Shift: length must be an integer in [0, 2^32), not ${length}`);
  let p = 0x80000000; // x^0
  let k = 3; // 8·length = length·2^3
  for (let n = length; n > 0; n = Math.floor(n / 2), k++) if (n % 2 === 1) p = multModP(X2N[k & 31]!, p);
  return p;
}

/** The CRC-32 of A‖B, given crc(A), crc(B) and `crc32Shift(B.length)`. */
export function crc32Combine(crcA: number, crcB: number, shiftB: number): number {
  return (multModP(shiftB, crcA) ^ crcB) >>> 0;
}
