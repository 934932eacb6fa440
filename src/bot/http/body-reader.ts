/**
 * The server's one body reader, run for every request on every route.
 *
 * - Over `limit` bytes (declared in Content-Length or counted while streaming) → 413 with a JSON
 *   message; the rest of the upload is discarded and the connection closed.
 * - `req.rawBody` is ALWAYS a `Buffer` holding the exact bytes received (empty when there was no
 *   body). The Zalo webhook signature is a SHA-256 over these bytes, so they are never re-encoded.
 * - `req.body`: a JSON content type (or none) is parsed with JSON.parse; malformed JSON → 400 with
 *   a message (never 500). Other content types get the body as UTF-8 text. No body → undefined.
 * - A body still arriving at its deadline (./arrival-deadline.ts) → 408, or 503 with Retry-After
 *   once a shutdown has begun; the connection is closed.
 * - A connection closed after a 413, 408 or 503 is closed lingering (./lingering-close.ts), so a
 *   client still sending gets to read the answer.
 *
 * restify's own bodyParser is not used: it would need two passes to keep the bytes and its errors
 * are not the messages we want.
 */
import type { IncomingMessage } from 'node:http';
import type { Logger } from 'pino';
import type { RequestHandler } from 'restify';
import { secondsInWords, type ArrivalDeadlines, type CutReason } from './arrival-deadline.js';
import { lingerAfterResponse } from './lingering-close.js';
import { rememberLast } from './remember-last.js';

/** What the reader leaves on the request (restify's typings already declare both as `any`). */
export type ReadRequest = IncomingMessage & { rawBody?: Buffer; body?: unknown };

/** The 413 message, also used by tests. */
export function tooLargeMessage(limit: number): string {
  return `The request body is larger than ${limit} bytes.`;
}

export const MALFORMED_JSON_MESSAGE = 'The request body is not valid JSON.';

/** The 408 message for a body that took longer than `timeoutMs` to arrive. */
export function lateBodyMessage(timeoutMs: number): string {
  return `The request body did not arrive within ${secondsInWords(timeoutMs)}.`;
}

/** The 503 message for a body still arriving when the server began to shut down. */
export const RESTARTING_MESSAGE = 'The service is restarting. Send the request again in a few seconds.';

/** Retry-After (seconds) sent with that 503. */
export const RESTART_RETRY_AFTER_SECONDS = 5;

const isJsonType = rememberLast((contentType: string): boolean => {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  return type === '' || type === 'application/json' || type.endsWith('+json');
});

/**
 * A restify handler (for `server.use`) that reads and parses the body within `limit` bytes, and
 * within the time `deadlines` give it. A body cut for its deadline is logged at info with the
 * route's pattern and the status only (as the client errors of ./client-errors.ts are).
 */
export function bodyReader(limit: number, deadlines: ArrivalDeadlines, logger: Logger): RequestHandler {
  const lateMessage = lateBodyMessage(deadlines.timeoutMs);
  return (req, res, next) => {
    const raw = req as unknown as ReadRequest;
    let settled = false;
    const fail = (status: number, code: string, message: string) => {
      if (settled) return;
      settled = true;
      deadlines.done(arrival);
      if (status === 413 || status === 408 || status === 503) {
        // Stop keeping the upload: answer, then close the connection once the answer is out,
        // reading what the client still sends meanwhile so that it gets to read the answer.
        res.header('Connection', 'close');
        lingerAfterResponse(req.socket);
        raw.resume();
      }
      res.send(status, { code, message });
      next(false);
    };
    // Called from the deadlines' timer: nothing may escape it (it would end the process).
    const cut = (reason: CutReason) => {
      const route = req.getRoute()?.path;
      logger.info({ route, status: reason === 'late' ? 408 : 503 }, 'request cut: its body was still arriving');
      try {
        if (reason === 'late') return fail(408, 'RequestTimeout', lateMessage);
        res.header('Retry-After', String(RESTART_RETRY_AFTER_SECONDS));
        fail(503, 'ServiceUnavailable', RESTARTING_MESSAGE);
      } catch (err) {
        logger.error({ route, err }, 'answering a request cut for its deadline failed');
      }
    };
    const arrival = deadlines.start(cut);

    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) return fail(413, 'PayloadTooLarge', tooLargeMessage(limit));

    const chunks: Buffer[] = [];
    let size = 0;
    raw.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > limit) return fail(413, 'PayloadTooLarge', tooLargeMessage(limit));
      chunks.push(chunk);
    });
    raw.on('error', () => fail(400, 'BadRequest', 'The request body could not be read.'));
    raw.on('end', () => {
      if (settled) return;
      deadlines.done(arrival);
      // A body that came in one chunk (most do) is used as it is, not copied.
      const bytes = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size);
      raw.rawBody = bytes;
      if (bytes.length === 0) {
        raw.body = undefined;
      } else if (isJsonType(String(req.headers['content-type'] ?? ''))) {
        try {
          raw.body = JSON.parse(bytes.toString('utf8'));
        } catch {
          // V8's parse message quotes the input; the client gets a message without it.
          return fail(400, 'BadRequest', MALFORMED_JSON_MESSAGE);
        }
      } else {
        raw.body = bytes.toString('utf8');
      }
      settled = true;
      next();
    });
  };
}
