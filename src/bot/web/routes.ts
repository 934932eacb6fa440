/**
 * GET / (the help-desk chat page) and GET /static/:file (its script, style and icon, under
 * content-hashed names). Bytes are sent as they are, or gzip-coded for a client that accepts it
 * (send-parts.ts); restify's formatters are bypassed.
 */
import type { Next, Request, Response, Server } from 'restify';
import { sendParts } from '../http/send-parts.js';
import { loadWebAssets, type WebAssets } from './assets.js';
import { pageHeaders, staticHeaders } from './security-headers.js';

/** Registers the page and its files. */
export function registerWebRoutes(server: Server, assets: WebAssets = loadWebAssets()): void {
  server.get('/', (req: Request, res: Response, next: Next) => {
    sendParts(req, res, 200, [assets.html], { ...pageHeaders(), 'Content-Type': 'text/html; charset=utf-8' });
    return next(false);
  });

  server.get('/static/:file', (req: Request, res: Response, next: Next) => {
    const file = assets.files.get(String(req.params?.['file'] ?? ''));
    if (!file) {
      res.sendRaw(404, Buffer.from('Not found\n'), { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
      return next(false);
    }
    sendParts(req, res, 200, [file.body], { ...staticHeaders(), 'Content-Type': file.contentType });
    return next(false);
  });
}
