/**
 * The JSON of shared, read-only objects — engine Answers (served to many conversations from the
 * engine's cache) and the Teams cards made from them — as UTF-8 bytes, made once per object and
 * kept as long as the object lives. Callers never change such an object after it is made, which is
 * what makes keeping its JSON exact. The bytes are marked kept (kept-bytes.ts).
 */
import { keep } from './kept-bytes.js';

interface Kept {
  json: Buffer;
  /** The JSON without its closing brace, made on first request. */
  open?: Buffer;
}

const keptOf = new WeakMap<object, Kept>();

function entry(value: object): Kept {
  let k = keptOf.get(value);
  if (k === undefined) {
    k = { json: keep(Buffer.from(JSON.stringify(value), 'utf8')) };
    keptOf.set(value, k);
  }
  return k;
}

/** `Buffer.from(JSON.stringify(value))`, computed once per object. */
export function keptJson(value: object): Buffer {
  return entry(value).json;
}

/**
 * The kept JSON of an object (a plain object, so it ends with "}") without its closing brace — a
 * view of `keptJson(value)`, itself kept — for a caller that appends more members and the brace.
 */
export function keptJsonOpen(value: object): Buffer {
  const k = entry(value);
  if (k.open === undefined) {
    if (k.json[k.json.length - 1] !== 0x7d) throw new TypeError('keptJsonOpen needs an object, whose JSON ends with "}"');
    k.open = keep(k.json.subarray(0, k.json.length - 1));
  }
  return k.open;
}
