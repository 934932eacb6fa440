/**
 * Byte ranges that are sent many times and never change while they live: the JSON of the
 * engine's shared Answers and of their Teams cards (kept-json.ts), and the web page's files.
 * Marking them lets a response coding do its work once per range rather than once per request
 * (gzip-parts.ts compresses a kept range once and reuses the result).
 */
const kept = new WeakSet<Uint8Array>();

/** Marks `bytes` as kept: the caller promises never to change them. Returns them. */
export function keep<T extends Uint8Array>(bytes: T): T {
  kept.add(bytes);
  return bytes;
}

/** Whether `bytes` (this very object, not a copy or a view of it) was marked with `keep`. */
export function isKept(bytes: Uint8Array): boolean {
  return kept.has(bytes);
}
