/**
 * How errors leave the server. restify's own 4xx (404 ResourceNotFound, 405 MethodNotAllowed, …)
 * already go out as `{code, message}` JSON. Anything else — a thrown Error, a rejected async
 * handler, `next(err)` — is logged with the request id and its stack, and answered with a 500 JSON
 * message carrying the request id but never the error's message or stack (restify would send
 * `String(err)`, which may quote a citizen's message or a store key).
 */
import type { Logger } from 'pino';
import type { Request, Response, Server } from 'restify';

/** The body of every 500 (plus `requestId`). */
export const INTERNAL_ERROR_BODY = {
  code: 'InternalError',
  message: 'Đã có lỗi xảy ra; vui lòng thử lại. (An internal error occurred; please try again.)',
} as const;

/** Listens to restify's error events on `server`. */
export function installErrorResponder(server: Server, logger: Logger): void {
  server.on('restifyError', (req: Request, res: Response, err: unknown, done: () => void) => {
    const status = (err as { statusCode?: unknown } | null)?.statusCode;
    if (typeof status === 'number' && status < 500) return done();
    logger.error({ reqId: req.id(), method: req.method, route: req.getRoute()?.path, err }, 'request failed');
    if (!res.headersSent) res.send(500, { ...INTERNAL_ERROR_BODY, requestId: req.id() });
    done();
  });
}
