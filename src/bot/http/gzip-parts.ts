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
 *
 * The member is assembled in one buffer of a few KB (the segments are the compressed sizes): one
 * allocation per request instead of one per stored block and trailer, and one write instead of
 * five (on /api/ask no change measurable: `bench:ab` TOGETHER=1 gave 1.020 and 0.999). A body that
 * is one kept part (the web page, its files) is the same member every time, so that member is
 * kept with the part and sent again as it is.
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
  /** The whole gzip member of a body made of this part alone, once sent that way. */
  alone?: Buffer;
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

/** The bytes `bytes` takes as non-final stored blocks: 5 bytes of block header per 64 KB, and itself. */
function storedLength(bytes: Uint8Array): number {
  return bytes.byteLength + 5 * Math.ceil(bytes.byteLength / MAX_STORED_BLOCK);
}

/** Writes `bytes` at `at` as non-final stored blocks (each: BFINAL=0 BTYPE=00, LEN, NLEN, the bytes); returns the end. */
function writeStored(out: Buffer, at: number, bytes: Uint8Array): number {
  for (let from = 0; from < bytes.byteLength; from += MAX_STORED_BLOCK) {
    const n = Math.min(MAX_STORED_BLOCK, bytes.byteLength - from);
    out[at] = 0x00;
    out.writeUInt16LE(n, at + 1);
    out.writeUInt16LE(~n & 0xffff, at + 3);
    out.set(bytes.subarray(from, from + n), at + 5);
    at += 5 + n;
  }
  return at;
}

/** The gzip member of the parts, given the segments of those that have one. */
function member(parts: BodyParts, segs: ReadonlyArray<Segment | undefined>): Buffer {
  let size = GZIP_HEADER.length + FINAL_EMPTY_BLOCK.length + 8;
  for (let i = 0; i < parts.length; i++) size += segs[i]?.deflated.length ?? storedLength(parts[i]!);
  const out = Buffer.allocUnsafe(size);
  out.set(GZIP_HEADER, 0);
  let at = GZIP_HEADER.length;
  let crc = 0;
  let length = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const s = segs[i];
    if (s) {
      out.set(s.deflated, at);
      at += s.deflated.length;
      crc = crc32Combine(crc, s.crc, s.shift);
    } else if (part.byteLength > 0) {
      at = writeStored(out, at, part);
      crc = crc32(part, crc);
    }
    length += part.byteLength;
  }
  out.set(FINAL_EMPTY_BLOCK, at);
  at += FINAL_EMPTY_BLOCK.length;
  out.writeUInt32LE(crc >>> 0, at);
  out.writeUInt32LE(length % 2 ** 32, at + 4);
  return out;
}

/**
 * The parts as one gzip member, in one buffer, or undefined when none of them has a compressed
 * segment yet (the body then goes as it is). Decompressed, it is exactly the parts' bytes in order.
 */
export function gzipParts(parts: BodyParts): Buffer | undefined {
  let anySegment = false;
  const segs: Array<Segment | undefined> = [];
  for (const part of parts) {
    const s = segmentOf(part);
    if (s) anySegment = true;
    segs.push(s);
  }
  if (!anySegment) return undefined;
  if (parts.length === 1) return (segs[0]!.alone ??= member(parts, segs));
  return member(parts, segs);
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
