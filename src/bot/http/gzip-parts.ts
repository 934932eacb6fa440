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
 * The member goes out in as few pieces as copying nothing requires: each segment as it is kept
 * (the first one kept together with the gzip header), and each run of the request's own parts in
 * one small buffer with the stored blocks' headers, the final block and the trailer around it. An
 * answer of /api/ask is then two pieces: its header-and-segment, and 80-odd bytes. A body that is
 * one kept part (the web page, its files) is the same member every time: it is kept whole.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { crc32Combine, crc32Shift } from './crc32-combine.js';
import { isKept } from './kept-bytes.js';
import { rememberLast } from './remember-last.js';
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
  /** The gzip header and the segment in one buffer, once the part has started a body. */
  headed?: Buffer;
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
    out.set(n === bytes.byteLength ? bytes : bytes.subarray(from, from + n), at + 5);
    at += 5 + n;
  }
  return at;
}

/** The CRC-32 and the length of the parts' bytes, from the segments' CRCs where there are some. */
function crcAndLength(parts: BodyParts, segs: ReadonlyArray<Segment | undefined>): { crc: number; length: number } {
  let crc = 0;
  let length = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const s = segs[i];
    if (s) crc = crc32Combine(crc, s.crc, s.shift);
    else if (part.byteLength > 0) crc = crc32(part, crc);
    length += part.byteLength;
  }
  return { crc, length };
}

/**
 * One piece of the member: the header if it starts the body, the parts `from`…`to` - 1 (none of
 * which has a segment) as stored blocks, then the final block and the trailer if it ends the body.
 */
function storedPiece(parts: BodyParts, from: number, to: number, whole: { crc: number; length: number } | undefined): Buffer {
  let size = from === 0 ? GZIP_HEADER.length : 0;
  for (let i = from; i < to; i++) size += storedLength(parts[i]!);
  if (whole) size += FINAL_EMPTY_BLOCK.length + 8;
  const out = Buffer.allocUnsafe(size);
  let at = 0;
  if (from === 0) {
    out.set(GZIP_HEADER, 0);
    at = GZIP_HEADER.length;
  }
  for (let i = from; i < to; i++) at = writeStored(out, at, parts[i]!);
  if (whole) {
    out.set(FINAL_EMPTY_BLOCK, at);
    at += FINAL_EMPTY_BLOCK.length;
    out.writeUInt32LE(whole.crc >>> 0, at);
    out.writeUInt32LE(whole.length % 2 ** 32, at + 4);
  }
  return out;
}

/** The member as pieces: each segment as it is kept, and each run of the other parts in one buffer. */
function member(parts: BodyParts, segs: ReadonlyArray<Segment | undefined>): Uint8Array[] {
  const whole = crcAndLength(parts, segs);
  const out: Uint8Array[] = [];
  let i = 0;
  while (i < parts.length) {
    const s = segs[i];
    if (s) {
      // The header goes with the first segment, kept with it.
      out.push(i === 0 ? (s.headed ??= Buffer.concat([GZIP_HEADER, s.deflated])) : s.deflated);
      i++;
      continue;
    }
    let j = i;
    while (j < parts.length && !segs[j]) j++;
    out.push(storedPiece(parts, i, j, j === parts.length ? whole : undefined));
    i = j;
  }
  if (segs[parts.length - 1]) out.push(storedPiece(parts, parts.length, parts.length, whole));
  return out;
}

/**
 * The parts as one gzip member, or undefined when none of them has a compressed segment yet (the
 * body then goes as it is). Decompressed, it is exactly the parts' bytes in order.
 */
export function gzipParts(parts: BodyParts): BodyParts | undefined {
  let anySegment = false;
  const segs: Array<Segment | undefined> = [];
  for (const part of parts) {
    const s = segmentOf(part);
    if (s) anySegment = true;
    segs.push(s);
  }
  if (!anySegment) return undefined;
  if (parts.length === 1) return [(segs[0]!.alone ??= Buffer.concat(member(parts, segs)))];
  return member(parts, segs);
}

/** RFC 9110 §12.4.2. */
const QVALUE = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/u;

/** `acceptsGzip` for the header's text, remembered for the last text seen. */
const acceptsGzipText = rememberLast((text: string): boolean => {
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
  return gzip !== undefined ? gzip > 0 : any !== undefined && any > 0;
});

/**
 * Whether an Accept-Encoding header value accepts gzip: "gzip" (or "x-gzip") with a q-value above
 * 0, or else "*" with one. No header, "identity", or "gzip;q=0" → false.
 */
export function acceptsGzip(header: string | readonly string[] | undefined): boolean {
  if (header === undefined) return false;
  return acceptsGzipText(typeof header === 'string' ? header : header.join(','));
}
