/**
 * How errors leave the server. restify's own 4xx (404 ResourceNotFound, 405 MethodNotAllowed, …)
 * go out as its `{code, message}` JSON, except two of its body parser's messages, replaced by
 * ours: a malformed body (restify's quotes JSON.parse, which quotes the body back) and a body
 * over the limit. Anything else — a thrown Error, a rejected async handler — is logged with the
 * request id and its stack, and answered with a 500 JSON message carrying the request id but never
 * the error's message or stack (restify would send `String(err)`, which may quote a citizen's
 * message or a store key).
 */
import type { Logger } from 'pino';
import type { Request, Response, Server } from 'restify';

/** The body of every 500 (plus `requestId`). */
export const INTERNAL_ERROR_BODY = {
  code: 'InternalError',
  message: 'Đã có lỗi xảy ra; vui lòng thử lại. (An internal error occurred; please try again.)',
} as const;

export const MALFORMED_JSON_MESSAGE = 'The request body is not valid JSON.';

/** The 413 message. */
export function tooLargeMessage(limit: number): string {
  return `The request body is larger than ${limit} bytes.`;
}

/** Listens to restify's error events on `server`; `maxBodyBytes` is the body parser's limit. */
export function installErrorResponder(server: Server, logger: Logger, maxBodyBytes: number): void {
  server.on('restifyError', (req: Request, res: Response, err: unknown, done: () => void) => {
    const { name, statusCode } = (err ?? {}) as { name?: unknown; statusCode?: unknown };
    if (name === 'InvalidContentError') {
      res.send(400, { code: 'BadRequest', message: MALFORMED_JSON_MESSAGE });
      return done();
    }
    if (name === 'PayloadTooLargeError') {
      res.send(413, { code: 'PayloadTooLarge', message: tooLargeMessage(maxBodyBytes) });
      return done();
    }
    if (typeof statusCode === 'number' && statusCode < 500) return done();
    logger.error({ reqId: req.id(), method: req.method, route: req.getRoute()?.path, err }, 'request failed');
    if (!res.headersSent) res.send(500, { ...INTERNAL_ERROR_BODY, requestId: req.id() });
    done();
  });
}
