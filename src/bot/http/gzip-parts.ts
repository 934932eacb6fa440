/**
 * The gzip content coding (RFC 9110 §8.4.1.3) for bodies sent in parts (send-parts.ts), cheap
 * enough to use on every request.
 *
 * Compressing a whole answer per request would cost far more than sending it (about 265 µs for
 * an average 18 KB answer at zlib's default level, against a request budget of ~150 µs). Instead
 * each kept part (kept-bytes.ts: an Answer's or a card's JSON, a page file) is compressed once,
 * into a raw DEFLATE segment that ends with a sync flush (byte-aligned, not final), and a body is
 * one gzip member made of:
 *   header · for each part, its segment, or its bytes as-is in stored blocks · an empty final
 *   block · CRC-32 and length of the whole,
 * which is valid DEFLATE: a decoder only needs each segment's back-references to stay within the
 * data before it, and they stay within the segment. The CRC is combined from the kept parts'
 * CRCs (crc32-combine.ts), so a request reads only its own few bytes. A kept part is compressed
 * the second time it is sent: a body sent once is not worth the CPU, one asked again is (the
 * bench's answers shrink 6.6 times). A body none of whose parts has a segment yet is sent as it is.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { crc32Combine, crc32Shift } from './crc32-combine.js';
import { isKept } from './kept-bytes.js';
import type { BodyParts } from './send-parts.js';

/** Kept parts shorter than this are sent as they are (stored): compression would gain little. */
export const MIN_COMPRESSED_PART_BYTES = 1024;
/** zlib's default: the bench's answers shrink 6.6 times (level 1: 5.7 times, at half the cost). */
const LEVEL = 6;

/** A kept part, compressed. */
interface Segment {
  deflated: Buffer;
  crc: number;
  shift: number;
}

/** Per kept part: 'seen' once sent, its segment once sent twice. Dies with the part. */
const segments = new WeakMap<Uint8Array, Segment | 'seen'>();

/** ID1 ID2, CM = deflate, no flags, no mtime, XFL 0, OS unknown. */
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
/** A final stored block of length 0: BFINAL=1 BTYPE=00, LEN=0, NLEN=~0. */
const FINAL_EMPTY_BLOCK = Buffer.from([0x01, 0x00, 0x00, 0xff, 0xff]);
const MAX_STORED_BLOCK = 0xffff;

function segmentOf(part: Uint8Array): Segment | undefined {
  if (part.byteLength < MIN_COMPRESSED_PART_BYTES || !isKept(part)) return undefined;
  const known = segments.get(part);
  if (known === undefined) {
    segments.set(part, 'seen');
    return undefined;
  }
  if (known !== 'seen') return known;
  const segment: Segment = {
    deflated: deflateRawSync(part, { level: LEVEL, finishFlush: constants.Z_SYNC_FLUSH }),
    crc: crc32(part),
    shift: crc32Shift(part.byteLength),
  };
  segments.set(part, segment);
  return segment;
}

/** `bytes` as non-final stored blocks (each: BFINAL=0 BTYPE=00, LEN, NLEN, the bytes). */
function pushStored(out: Uint8Array[], bytes: Uint8Array): void {
  for (let at = 0; at < bytes.byteLength; at += MAX_STORED_BLOCK) {
    const n = Math.min(MAX_STORED_BLOCK, bytes.byteLength - at);
    const block = Buffer.allocUnsafe(5 + n);
    block[0] = 0x00;
    block.writeUInt16LE(n, 1);
    block.writeUInt16LE(~n & 0xffff, 3);
    block.set(bytes.subarray(at, at + n), 5);
    out.push(block);
  }
}

/**
 * The parts as one gzip member, or undefined when none of them has a compressed segment yet (the
 * body then goes as it is). Decompressed, the result is exactly the parts' bytes in order.
 */
export function gzipParts(parts: BodyParts): BodyParts | undefined {
  let anySegment = false;
  const segs = parts.map((part) => {
    const s = segmentOf(part);
    if (s) anySegment = true;
    return s;
  });
  if (!anySegment) return undefined;
  const out: Uint8Array[] = [GZIP_HEADER];
  let crc = 0;
  let length = 0;
  parts.forEach((part, i) => {
    const s = segs[i];
    if (s) {
      out.push(s.deflated);
      crc = crc32Combine(crc, s.crc, s.shift);
    } else if (part.byteLength > 0) {
      pushStored(out, part);
      crc = crc32(part, crc);
    }
    length += part.byteLength;
  });
  const trailer = Buffer.allocUnsafe(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(length % 2 ** 32, 4);
  out.push(FINAL_EMPTY_BLOCK, trailer);
  return out;
}

/** RFC 9110 §12.4.2. */
const QVALUE = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/u;

let lastHeader: string | undefined;
let lastAccepts = false;

/**
 * Whether an Accept-Encoding header value accepts gzip: "gzip" (or "x-gzip") with a q-value above
 * 0, or else "*" with one. No header, "identity", or "gzip;q=0" → false.
 */
export function acceptsGzip(header: string | readonly string[] | undefined): boolean {
  if (header === undefined) return false;
  const text = typeof header === 'string' ? header : header.join(',');
  // Clients send the same header on every request: remember the last answer.
  if (text === lastHeader) return lastAccepts;
  let gzip: number | undefined;
  let any: number | undefined;
  for (const item of text.split(',')) {
    const [coding = '', ...params] = item.split(';');
    const name = coding.trim().toLowerCase();
    if (name !== 'gzip' && name !== 'x-gzip' && name !== '*') continue;
    let q = 1;
    for (const param of params) {
      const [pname = '', value = ''] = param.split('=');
      // A weight that is not a qvalue ("0" to "1", three decimals at most) is taken as a refusal.
      if (pname.trim().toLowerCase() === 'q') q = QVALUE.test(value.trim()) ? Number(value) : 0;
    }
    if (name === '*') any = Math.max(any ?? 0, q);
    else gzip = Math.max(gzip ?? 0, q);
  }
  lastHeader = text;
  lastAccepts = gzip !== undefined ? gzip > 0 : any !== undefined && any > 0;
  return lastAccepts;
}
