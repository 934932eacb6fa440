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
  // Each response's headers, made once: an object spread from another and given more properties
  // gets a hidden class of its own every time it is made (see ../http/send-parts.ts).
  const pageHeadersWithType = { ...pageHeaders(), 'Content-Type': 'text/html; charset=utf-8' };
  const fileHeaders = new Map([...assets.files].map(([name, file]) => [name, { ...staticHeaders(), 'Content-Type': file.contentType }]));

  server.get('/', (req: Request, res: Response, next: Next) => {
    sendParts(req, res, 200, [assets.html], pageHeadersWithType);
    return next(false);
  });

  server.get('/static/:file', (req: Request, res: Response, next: Next) => {
    const name = String(req.params?.['file'] ?? '');
    const file = assets.files.get(name);
    if (!file) {
      res.sendRaw(404, Buffer.from('Not found\n'), { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
      return next(false);
    }
    sendParts(req, res, 200, [file.body], fileHeaders.get(name)!);
    return next(false);
  });
}
