/**
 * GET / (the help-desk chat page) and GET /static/:file (its script, style and icon, under
 * content-hashed names), sent as they are; the reverse proxy compresses them.
 */
import type { Request, Response, Server } from 'restify';
import { loadWebAssets, type WebAssets } from './assets.js';
import { pageHeaders, staticHeaders } from './security-headers.js';

/** Registers the page and its files. */
export function registerWebRoutes(server: Server, assets: WebAssets = loadWebAssets()): void {
  server.get('/', async (_req: Request, res: Response): Promise<void> => {
    res.sendRaw(200, assets.html, { ...pageHeaders(), 'Content-Type': 'text/html; charset=utf-8' });
  });

  server.get('/static/:file', async (req: Request, res: Response): Promise<void> => {
    const params = req.params as Record<string, unknown> | undefined;
    const file = assets.files.get(typeof params?.['file'] === 'string' ? params['file'] : '');
    if (!file) {
      res.sendRaw(404, Buffer.from('Not found\n'), {
        'Content-Type': 'text/plain; charset=utf-8',
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      });
      return;
    }
    res.sendRaw(200, file.body, { ...staticHeaders(), 'Content-Type': file.contentType });
  });
}
