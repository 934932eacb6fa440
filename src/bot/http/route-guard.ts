/**
 * restify 11 turns a rejected async handler into `next(err)`, but an exception THROWN by a
 * callback-style handler `(req, res, next)` escapes as an uncaught exception and the request
 * hangs. `guardRoutes` wraps every handler registered through server.get/post/… (before or after
 * the call) so a synchronous throw becomes `next(err)`, which the error responder answers with 500.
 */
import type { Logger } from 'pino';
import type { Next, Request, Response, Server } from 'restify';

const ROUTE_METHODS = ['get', 'post', 'put', 'patch', 'del', 'head', 'opts'] as const;

type Handler = (req: Request, res: Response, next: Next) => unknown;

function isAsync(f: unknown): boolean {
  return typeof f === 'function' && f.constructor.name === 'AsyncFunction';
}

function guard(handler: Handler, logger: Logger): Handler {
  const guarded = function (req: Request, res: Response, next: Next): unknown {
    let nextCalled = false;
    const once = ((arg?: unknown) => {
      nextCalled = true;
      return (next as (a?: unknown) => unknown)(arg);
    }) as Next;
    try {
      return handler(req, res, once);
    } catch (err) {
      if (nextCalled || res.headersSent) {
        // Too late to answer with an error; keep the process up and say what happened.
        logger.error({ reqId: req.id(), route: req.getRoute()?.path, err }, 'handler threw after answering');
        return undefined;
      }
      once(err as Error);
      return undefined;
    }
  };
  Object.defineProperty(guarded, 'name', { value: handler.name || 'handler' });
  return guarded;
}

function wrapAll(args: unknown[], logger: Logger): unknown[] {
  return args.map((a, i) => {
    if (i === 0) return a; // path or route options
    if (Array.isArray(a)) return wrapAll([undefined, ...a], logger).slice(1);
    return typeof a === 'function' && !isAsync(a) && a.length === 3 ? guard(a as Handler, logger) : a;
  });
}

/** Makes every route handler registered on `server` from now on answer 500 instead of hanging on a throw. */
export function guardRoutes(server: Server, logger: Logger): void {
  for (const method of ROUTE_METHODS) {
    const original = (server[method] as (...args: unknown[]) => unknown).bind(server);
    (server as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => original(...wrapAll(args, logger));
  }
}
