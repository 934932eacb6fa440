/**
 * POST /api/messages: the Teams channel. With BOT_ID set, a request without an Authorization
 * header is refused at once (401); the activity's shape is checked (400 with a JSON message); then
 * teams-ai's TeamsAdapter authenticates the token (401 when it is not valid) and runs the
 * Application, one turn at a time per conversation.
 */
import type { Request, Response, Server } from 'restify';
import type { BotDeps } from '../deps.js';
import { checkActivity } from './activity.js';
import { createTeamsAdapter } from './adapter.js';
import { createTeamsApp } from './app.js';
import { createConversationQueue } from './conversation-queue.js';

export const MESSAGES_PATH = '/api/messages';

export function registerTeamsRoutes(server: Server, deps: BotDeps): void {
  const adapter = createTeamsAdapter(deps.config);
  const app = createTeamsApp({ engine: deps.engine, storage: deps.storage, adapter, logger: deps.logger, ...(deps.config.BOT_ID ? { botAppId: deps.config.BOT_ID } : {}) });
  const queue = createConversationQueue();
  const log = deps.logger.child({ channel: 'teams' });
  const secured = deps.config.BOT_ID !== undefined;

  server.post(MESSAGES_PATH, async (req: Request, res: Response): Promise<void> => {
    if (secured && !req.header('authorization')) {
      res.send(401, { code: 'Unauthorized', message: 'A Bot Framework token is required (Authorization: Bearer …).' });
      return;
    }
    const check = checkActivity(req.body);
    if (!check.ok) {
      res.send(400, { code: 'BadRequest', message: check.message });
      return;
    }
    const key = `${check.activity.channelId}/${check.activity.conversation.id}`;
    try {
      await adapter.process(req, res, (context) => queue.run(key, async () => void (await app.run(context))));
    } catch (err) {
      log.error({ activityId: check.activity['id'], err: { type: (err as Error)?.name, message: (err as Error)?.message } }, 'teams: request failed');
      if (!res.headersSent) res.send(500, { code: 'InternalError', message: 'The message could not be processed.' });
    }
  });
}
