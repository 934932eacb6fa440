/**
 * The operator's routes (GET /metrics, GET /admin/review) answer only to `Authorization: Bearer
 * <ADMIN_TOKEN>`. Without ADMIN_TOKEN they do not exist (404), so an instance that was not given
 * one exposes nothing; a missing or wrong token gets 401. The token is compared in constant time
 * (./constant-time.ts) and never logged.
 */
import type { Request, Response } from 'restify';
import { constantTimeEqual } from './constant-time.js';

/** true when the request may go on; otherwise the 404 or 401 has been sent. */
export function adminAllowed(req: Request, res: Response, token: string | undefined): boolean {
  if (token === undefined) {
    res.send(404, { code: 'NotFound', message: 'This route is off: ADMIN_TOKEN is not set.' });
    return false;
  }
  const given = /^Bearer (.+)$/u.exec(req.header('authorization') ?? '')?.[1] ?? '';
  if (!constantTimeEqual(given, token)) {
    res.header('WWW-Authenticate', 'Bearer');
    res.send(401, { code: 'Unauthorized', message: 'Authorization: Bearer <ADMIN_TOKEN> is required.' });
    return false;
  }
  return true;
}
