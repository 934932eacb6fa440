/**
 * GET /api/source/:id → the full source record of a citation id (engine.source), or 404. The web
 * page uses it for "show the full text". `?lang=en` gives English titles and labels.
 */
import type { Request, Response, Server } from 'restify';
import type { BotDeps } from '../deps.js';

/** The route's path. */
export const SOURCE_PATH = '/api/source/:id';

/** Registers GET /api/source/:id. */
export function registerSourceRoute(server: Server, deps: BotDeps): void {
  server.get(SOURCE_PATH, async (req: Request, res: Response): Promise<void> => {
    const params = req.params as Record<string, unknown> | undefined;
    const id = typeof params?.['id'] === 'string' ? params['id'] : '';
    const lang = new URL(req.url ?? '/', 'http://x').searchParams.get('lang') === 'en' ? 'en' : 'vi';
    const record = /^[A-Za-z0-9.]{1,16}$/u.test(id) ? deps.engine.source(id, lang) : undefined;
    if (!record) {
      res.send(404, { code: 'NotFound', message: `No record of the directive has the id "${id.slice(0, 16)}".` });
      return;
    }
    // The directive does not change while the server runs; a short cache spares repeat requests.
    res.header('Cache-Control', 'public, max-age=3600');
    res.send(200, record);
  });
}
