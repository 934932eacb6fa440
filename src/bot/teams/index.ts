/**
 * POST /api/messages: the Teams channel. With BOT_ID set, a request without an Authorization
 * header is refused at once (401); the activity's shape is checked (400 naming the field); then
 * `TeamsAdapter.process` authenticates the token (401 when it is not valid) and runs the
 * Application. The replies of an expectReplies turn (or an invoke's result) are the response body.
 * Refusals and failures leave as short JSON messages; their detail goes to the log with the
 * activity's ids, never the message's text.
 */
import type { Response as BotResponse } from 'botbuilder';
import type { Request, Response, Server } from 'restify';
import type { BotDeps } from '../deps.js';
import { checkActivity } from './activity.js';
import { createTeamsAdapter } from './adapter.js';
import { createTeamsApp } from './app.js';
import { createTeamsConversations } from './state.js';

export const MESSAGES_PATH = '/api/messages';

const UNAUTHORIZED = {
  code: 'Unauthorized',
  message: 'A valid Bot Framework token is required (Authorization: Bearer …).',
};
const INTERNAL_ERROR = { code: 'InternalError', message: 'The message could not be processed.' };

/**
 * The response `TeamsAdapter.process` writes to (botbuilder's `Response` interface), translated to
 * restify's: a turn's status and body pass as they are; a refused token and a failure become the
 * short JSON messages above, and both are logged (the adapter would send its error's text).
 */
function turnResponse(res: Response, onFailure: (status: number, detail: unknown) => void): BotResponse {
  let status = 200;
  let body: unknown;
  return {
    socket: res.socket,
    header: (name: string, value: unknown) => {
      res.header(name, value);
    },
    status: (code: number) => {
      status = code;
    },
    send: (sent: unknown) => {
      body = sent;
    },
    end: () => {
      if (status === 401 || status >= 500) onFailure(status, body);
      if (status === 401) res.send(401, UNAUTHORIZED);
      else if (status >= 500) {
        res.send(500, INTERNAL_ERROR);
      } else res.send(status, body);
    },
  };
}

export function registerTeamsRoutes(server: Server, deps: BotDeps): void {
  const adapter = createTeamsAdapter(deps.config);
  const conversations = createTeamsConversations(deps);
  const app = createTeamsApp({
    engine: deps.engine,
    conversations,
    adapter,
    logger: deps.logger,
    ...(deps.config.BOT_ID ? { botAppId: deps.config.BOT_ID } : {}),
  });
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
    const { activity } = check;
    const ids = { activityId: activity['id'], activityType: activity.type, conversationId: activity.conversation.id };
    const failed = (status: number, detail: unknown) => {
      const reason = typeof detail === 'string' ? detail : undefined;
      if (status === 401) log.warn({ ...ids, reason }, 'teams: request refused by Bot Framework authentication');
      else log.error({ ...ids, status, reason }, 'teams: the turn failed');
    };
    await adapter.process(req, turnResponse(res, failed), async (context) => {
      await app.run(context);
    });
  });
}
