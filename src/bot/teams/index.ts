/**
 * POST /api/messages: the Teams channel. With BOT_ID set, a request without an Authorization
 * header is refused at once (401); the activity's shape is checked (400 with a JSON message); then
 * teams-ai's TeamsAdapter authenticates the token (401 when it is not valid) and runs the
 * Application, one turn at a time per conversation. Refusals and failures leave as short JSON
 * messages; their detail goes to the log with the activity's ids.
 */
import type { Request, Response, Server } from 'restify';
import type { BotDeps } from '../deps.js';
import { checkActivity } from './activity.js';
import { createBufferedResponse } from './buffered-response.js';
import { createTeamsAdapter } from './adapter.js';
import { createTeamsApp } from './app.js';
import { createConversationQueue } from './conversation-queue.js';

export const MESSAGES_PATH = '/api/messages';

const UNAUTHORIZED = { code: 'Unauthorized', message: 'A valid Bot Framework token is required (Authorization: Bearer …).' };
const INTERNAL_ERROR = { code: 'InternalError', message: 'The message could not be processed.' };

export function registerTeamsRoutes(server: Server, deps: BotDeps): void {
  const adapter = createTeamsAdapter(deps.config);
  const app = createTeamsApp({ engine: deps.engine, storage: deps.storage, adapter, logger: deps.logger, ...(deps.config.BOT_ID ? { botAppId: deps.config.BOT_ID } : {}) });
  const queue = createConversationQueue();
  const log = deps.logger.child({ channel: 'teams' });
  const secured = deps.config.BOT_ID !== undefined;

  server.post(MESSAGES_PATH, async (req: Request, res: Response): Promise<void> => {
    if (secured && !req.header('authorization')) {
      res.send(401, UNAUTHORIZED);
      return;
    }
    const check = checkActivity(req.body);
    if (!check.ok) {
      res.send(400, { code: 'BadRequest', message: check.message });
      return;
    }
    const key = `${check.activity.channelId}/${check.activity.conversation.id}`;
    const ids = { activityId: check.activity['id'], activityType: check.activity.type, conversationId: check.activity.conversation.id };
    const out = createBufferedResponse();
    try {
      await adapter.process(req, out, (context) => queue.run(key, async () => void (await app.run(context))));
    } catch (err) {
      log.error({ ...ids, err: { type: (err as Error)?.name, message: (err as Error)?.message } }, 'teams: request failed');
      res.send(500, INTERNAL_ERROR);
      return;
    }
    if (out.statusCode === 401 || out.statusCode === 403) {
      log.warn({ ...ids, status: out.statusCode, reason: String(out.body ?? '') }, 'teams: request refused by Bot Framework authentication');
      res.send(out.statusCode, UNAUTHORIZED);
    } else if (out.statusCode >= 500) {
      log.error({ ...ids, status: out.statusCode, reason: String(out.body ?? '') }, 'teams: the adapter could not process the request');
      res.send(out.statusCode, INTERNAL_ERROR);
    } else {
      for (const [name, value] of Object.entries(out.headers)) res.header(name, value);
      if (out.body === undefined) res.send(out.statusCode);
      else res.send(out.statusCode, out.body);
    }
  });
}
