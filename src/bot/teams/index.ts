/**
 * POST /api/messages: the Teams channel. Checks the activity's shape (400 with a message when it
 * is wrong), then hands the request to teams-ai's TeamsAdapter, which authenticates it when BOT_ID
 * is set (401 without a valid token) and runs the Application.
 */
import type { Request, Response, Server } from 'restify';
import type { BotDeps } from '../deps.js';
import { checkActivity } from './activity.js';
import { createTeamsAdapter } from './adapter.js';
import { createTeamsApp } from './app.js';

export const MESSAGES_PATH = '/api/messages';

export function registerTeamsRoutes(server: Server, deps: BotDeps): void {
  const adapter = createTeamsAdapter(deps.config);
  const app = createTeamsApp({ engine: deps.engine, storage: deps.storage, adapter, logger: deps.logger, ...(deps.config.BOT_ID ? { botAppId: deps.config.BOT_ID } : {}) });
  const log = deps.logger.child({ channel: 'teams' });

  server.post(MESSAGES_PATH, async (req: Request, res: Response): Promise<void> => {
    const check = checkActivity(req.body);
    if (!check.ok) {
      res.send(400, { code: 'BadRequest', message: check.message });
      return;
    }
    try {
      await adapter.process(req, res, async (context) => {
        await app.run(context);
      });
    } catch (err) {
      log.error({ activityId: (req.body as { id?: unknown }).id, err }, 'teams request failed');
      if (!res.headersSent) res.send(500, { code: 'InternalError', message: 'The message could not be processed.' });
    }
  });
}
