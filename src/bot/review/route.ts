/**
 * GET /admin/review?limit=N → `{ groups: ReviewGroup[] }`, the N largest groups of unanswered
 * questions (default 50, at most 1000), as `npm run review -- --json` prints them. Only with
 * `Authorization: Bearer <ADMIN_TOKEN>` (404 when ADMIN_TOKEN is unset, 401 otherwise). The texts
 * are masked already; the answer is never cached. 503 when the state store cannot be read.
 */
import type { Logger } from 'pino';
import type { Request, Response, Server } from 'restify';
import { adminAllowed } from '../http/admin-auth.js';
import type { Review } from './review-store.js';

export const REVIEW_PATH = '/admin/review';
export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 1000;

/** The limit asked for: undefined when `raw` is not a whole number from 1 to MAX_LIMIT. */
export function parseLimit(raw: string | null): number | undefined {
  if (raw === null || raw === '') return DEFAULT_LIMIT;
  if (!/^\d{1,4}$/u.test(raw)) return undefined;
  const n = Number(raw);
  return n >= 1 && n <= MAX_LIMIT ? n : undefined;
}

/** Registers GET /admin/review; a store that cannot be read is logged on `logger` (without any question). */
export function registerReviewRoute(
  server: Server,
  review: Pick<Review, 'top'>,
  adminToken: string | undefined,
  logger?: Logger,
): void {
  server.get(REVIEW_PATH, async (req: Request, res: Response): Promise<void> => {
    if (!adminAllowed(req, res, adminToken)) return;
    res.header('Cache-Control', 'no-store');
    const limit = parseLimit(new URL(req.url ?? '/', 'http://x').searchParams.get('limit'));
    if (limit === undefined) {
      res.send(400, { code: 'BadRequest', message: `limit must be a whole number from 1 to ${MAX_LIMIT}.` });
      return;
    }
    let groups;
    try {
      groups = await review.top(limit);
    } catch (e) {
      logger?.warn({ err: e }, 'GET /admin/review: the state store could not be read');
      res.send(503, { code: 'ServiceUnavailable', message: 'The state store could not be read; try again later.' });
      return;
    }
    res.send(200, { groups });
  });
}
