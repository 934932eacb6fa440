/**
 * GET / (the help-desk chat page) and GET /static/:file (its script, style and icon, under
 * content-hashed names). Bytes are sent as they are; restify's formatters are bypassed.
 */
import type { Next, Request, Response, Server } from 'restify';
import { loadWebAssets, type WebAssets } from './assets.js';
import { pageHeaders, staticHeaders } from './security-headers.js';

/** Registers the page and its files. */
export function registerWebRoutes(server: Server, assets: WebAssets = loadWebAssets()): void {
  server.get('/', (_req: Request, res: Response, next: Next) => {
    res.sendRaw(200, assets.html, { ...pageHeaders(), 'Content-Type': 'text/html; charset=utf-8' });
    return next(false);
  });

  server.get('/static/:file', (req: Request, res: Response, next: Next) => {
    const file = assets.files.get(String(req.params?.['file'] ?? ''));
    if (!file) {
      res.sendRaw(404, Buffer.from('Not found\n'), { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
      return next(false);
    }
    res.sendRaw(200, file.body, { ...staticHeaders(), 'Content-Type': file.contentType });
    return next(false);
  });
}
