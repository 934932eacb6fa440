/**
 * The HTTP server: restify 11 with one body reader for every route (413 past the limit, 400 for
 * malformed JSON, never 500), the raw request bytes kept for signature checks,
 * GET /healthz, and the channel routes (Teams, help desk). Errors inside a handler are logged with
 * the request id and answered with a short JSON message; the process stays up.
 */
import type { IncomingMessage } from 'node:http';
import restify, { type Request, type Response, type Server } from 'restify';
import type { BotDeps } from './deps.js';

/** Requests currently being handled, for graceful shutdown. */
export interface InFlightRequests {
  readonly count: number;
  /** Resolves once no request is in flight. */
  idle(): Promise<void>;
}

export interface CreatedServer {
  server: Server;
  requests: InFlightRequests;
}

type RawRequest = IncomingMessage & { rawBody?: Buffer; body?: unknown };

const NO_BODY = new Set(['GET', 'HEAD', 'OPTIONS', 'DELETE']);

/**
 * Reads the body once, for every route: over `limit` bytes → 413 (the rest is discarded);
 * `req.rawBody` keeps the exact bytes (the Zalo signature is a hash over them); a JSON body
 * (or one without a content type) is parsed into `req.body`, and malformed JSON → 400. Other
 * content types leave `req.body` as text.
 */
function readBody(limit: number): restify.RequestHandler {
  return (req, res, next) => {
    const raw = req as unknown as RawRequest;
    if (NO_BODY.has(req.method ?? 'GET')) return next();
    const declared = Number(req.headers['content-length'] ?? NaN);
    const tooLarge = () => {
      res.header('Connection', 'close');
      res.send(413, { code: 'PayloadTooLarge', message: `Request body is larger than ${limit} bytes.` });
      raw.resume();
      next(false);
    };
    if (Number.isFinite(declared) && declared > limit) return tooLarge();
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    raw.on('data', (chunk: Buffer) => {
      if (failed) return;
      size += chunk.length;
      if (size > limit) {
        failed = true;
        tooLarge();
        return;
      }
      chunks.push(chunk);
    });
    raw.on('error', () => {
      if (failed) return;
      failed = true;
      res.send(400, { code: 'BadRequest', message: 'The request body could not be read.' });
      next(false);
    });
    raw.on('end', () => {
      if (failed) return;
      const bytes = Buffer.concat(chunks);
      raw.rawBody = bytes;
      const type = String(req.headers['content-type'] ?? '').toLowerCase();
      const text = bytes.toString('utf8');
      if (bytes.length === 0) {
        raw.body = undefined;
      } else if (type === '' || type.includes('json')) {
        try {
          raw.body = JSON.parse(text);
        } catch (e) {
          res.send(400, { code: 'BadRequest', message: `Request body is not valid JSON: ${e instanceof Error ? e.message.slice(0, 120) : 'parse error'}` });
          next(false);
          return;
        }
      } else {
        raw.body = text;
      }
      next();
    });
  };
}

export function createServer(deps: BotDeps, register: (server: Server) => void): CreatedServer {
  const { config, logger } = deps;
  const server = restify.createServer({ name: 'tro-ly-chi-thi-05', handleUncaughtExceptions: false });
  let inFlight = 0;
  let waiters: Array<() => void> = [];
  server.pre((req, res, next) => {
    inFlight++;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      inFlight--;
      if (inFlight === 0) {
        const w = waiters;
        waiters = [];
        for (const f of w) f();
      }
    };
    res.once('finish', finish);
    res.once('close', finish);
    next();
  });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(readBody(config.MAX_BODY_BYTES));

  server.get('/healthz', (_req: Request, res: Response, next) => {
    res.send(200, {
      status: 'ok',
      document: deps.engine.stats.documentNumber,
      appendixRows: deps.engine.stats.appendixRows,
      indexedDocuments: deps.engine.stats.indexedDocuments,
      store: config.STATE_STORE,
    });
    next();
  });

  register(server);

  // Every error response leaves as a short JSON message; a 5xx never shows internals.
  server.on('restifyError', (req: Request, res: Response, err: Error & { statusCode?: number; body?: { code?: string; message?: string }; toJSON?: () => unknown }, cb: () => void) => {
    const status = err.statusCode ?? 500;
    if (status >= 500) {
      logger.error({ reqId: req.id(), route: req.getRoute()?.path, err }, 'request failed');
      err.toJSON = () => ({ code: 'InternalError', message: 'Đã có lỗi xảy ra; vui lòng thử lại. (An internal error occurred; please try again.)' });
    }
    cb();
  });

  return {
    server,
    requests: {
      get count() {
        return inFlight;
      },
      idle: () => (inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve))),
    },
  };
}
