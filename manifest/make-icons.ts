/**
 * Writes the app package's icons with node:zlib alone: color.png 192×192 (a red square with a
 * white "05" badge) and outline.png 32×32 (white on transparent). Run: npx tsx manifest/make-icons.ts
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** RGBA pixels → PNG. */
export function png(size: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A 5×7 bitmap font for the two glyphs used. */
const GLYPHS: Record<string, string[]> = {
  '0': ['01110', '10001', '10011', '10101', '11001', '10001', '01110'],
  '5': ['11111', '10000', '11110', '00001', '00001', '10001', '01110'],
};
function inText(x: number, y: number, size: number): boolean {
  const scale = Math.floor(size / 16);
  const w = (5 * 2 + 1) * scale;
  const h = 7 * scale;
  const ox = Math.floor((size - w) / 2);
  const oy = Math.floor((size - h) / 2);
  const gx = Math.floor((x - ox) / scale);
  const gy = Math.floor((y - oy) / scale);
  if (gy < 0 || gy >= 7 || gx < 0 || gx >= 11 || gx === 5) return false;
  const glyph = GLYPHS[gx < 5 ? '0' : '5']!;
  return glyph[gy]![gx < 5 ? gx : gx - 6] === '1';
}

/** color.png: 192×192, the accent red (#B71C1C, the manifest's accentColor) with a white "05". */
export function colorIcon(): Buffer {
  return png(192, (x, y) => (inText(x, y, 192) ? [255, 255, 255, 255] : [183, 28, 28, 255]));
}

/** outline.png: 32×32, a white "05" in a white frame on a transparent background. */
export function outlineIcon(): Buffer {
  return png(32, (x, y) =>
    inText(x, y, 32) || x === 0 || y === 0 || x === 31 || y === 31 ? [255, 255, 255, 255] : [0, 0, 0, 0],
  );
}

if (process.argv[1]?.endsWith('make-icons.ts')) {
  const dir = new URL('.', import.meta.url).pathname;
  writeFileSync(`${dir}color.png`, colorIcon());
  writeFileSync(`${dir}outline.png`, outlineIcon());
}
