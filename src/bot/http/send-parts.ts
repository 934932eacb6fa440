/**
 * Sends a response whose body is made of several byte ranges — kept serialisations and the
 * request's own few bytes — without re-serialising anything.
 *
 * An uncoded body is written part by part, without joining the parts (an answer's JSON is 16 KB on
 * average, a Teams reply's 24 KB): Node corks the socket for the writes of one tick, so they leave
 * in one system call. Copying them into one buffer first measured no better (`bench:ab`,
 * TOGETHER=1, 8 rounds: /api/ask without Accept-Encoding 1.005, /api/messages 0.987). A
 * gzip-coded body comes in as few pieces as copying nothing allows (gzip-parts.ts).
 *
 * A client that accepts gzip gets the body gzip-coded once its kept parts have been compressed
 * (gzip-parts.ts); the response then says `Content-Encoding: gzip`. Either way it says
 * `Vary: Accept-Encoding`.
 */
import type { Request, Response } from 'restify';
import { acceptsGzip, gzipParts } from './gzip-parts.js';

/** The bytes of a body, in order. */
export type BodyParts = readonly Uint8Array[];

/** Total length of the parts in bytes. */
export function partsLength(parts: BodyParts): number {
  let n = 0;
  for (const p of parts) n += p.byteLength;
  return n;
}

/**
 * Like restify's `res.sendRaw(status, body, headers)` for a body given in parts: headers set
 * before (Cache-Control…) are kept; Content-Length is the length of what is sent.
 */
export function sendParts(req: Request, res: Response, status: number, parts: BodyParts, headers: Readonly<Record<string, string>>): void {
  const gzipped = acceptsGzip(req.headers['accept-encoding']) ? gzipParts(parts) : undefined;
  const body = gzipped ?? parts;
  res.writeHead(status, headerList(headers, gzipped !== undefined, partsLength(body)));
  const last = body.length - 1;
  for (let i = 0; i < last; i++) res.write(body[i]);
  res.end(last >= 0 ? body[last] : undefined);
}

/**
 * The response's headers as Node's flat list (name, value, name, value…), which it writes as they
 * come. Not an object spread from `headers` (`{ ...headers, Vary: … }`): in V8 11 (Node 20) an
 * object spread from another and given more properties gets a hidden class of its own every time
 * (`%HaveSameMap` false; 1.4–3.6 µs to build each), and every response then paid for it where Node
 * reads the headers: a route sending 2 bytes this way served 0.896 of the requests/s of the same
 * route with its headers written out as an object literal, and 1.021 with them as this list
 * (loaded at the same time, pinned, 6 rounds).
 */
function headerList(headers: Readonly<Record<string, string>>, gzipped: boolean, length: number): string[] {
  const list: string[] = [];
  for (const name in headers) list.push(name, headers[name]!);
  list.push('Vary', 'Accept-Encoding');
  if (gzipped) list.push('Content-Encoding', 'gzip');
  list.push('Content-Length', String(length));
  return list;
}
