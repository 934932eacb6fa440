/**
 * POST /api/messages: the Teams channel. With BOT_ID set, a request without an Authorization
 * header is refused at once (401); the activity's shape is checked (400 with a JSON message); then
 * the adapter authenticates the token (401 when it is not valid) and runs the Application (turns
 * of one conversation update its context one after another: the context store queues them). The
 * replies of an expectReplies turn (or an invoke's result) are the response body. Refusals and
 * failures leave as short JSON messages; their detail goes to the log with the activity's ids.
 */
import type { Request, Response, Server } from 'restify';
import type { BotDeps } from '../deps.js';
import { sendParts } from '../http/send-parts.js';
import type { QuestionTally } from '../question-tally.js';
import { checkActivity, toBotActivity } from './activity.js';
import { createTeamsAdapter } from './adapter.js';
import { createTeamsApp } from './app.js';
import { replyBody } from './reply-body.js';
import { createTeamsConversations, type TeamsConversations } from './state.js';

export const MESSAGES_PATH = '/api/messages';

const UNAUTHORIZED = { code: 'Unauthorized', message: 'A valid Bot Framework token is required (Authorization: Bearer …).' };
const INTERNAL_ERROR = { code: 'InternalError', message: 'The message could not be processed.' };

/** The conversations, with each answer counted in the question tally. */
function countingAnswers(conversations: TeamsConversations, tally: QuestionTally): TeamsConversations {
  return {
    ...conversations,
    async answer(context, call) {
      const started = performance.now();
      const answer = await conversations.answer(context, call);
      tally.record('teams', answer.intent, performance.now() - started);
      return answer;
    },
  };
}

export function registerTeamsRoutes(server: Server, deps: BotDeps): void {
  const adapter = createTeamsAdapter(deps.config);
  const conversations = countingAnswers(createTeamsConversations(deps.contexts, deps.storage, deps.storeHealth), deps.tally);
  const app = createTeamsApp({ engine: deps.engine, conversations, adapter, logger: deps.logger, ...(deps.config.BOT_ID ? { botAppId: deps.config.BOT_ID } : {}) });
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
    const ids = { activityId: check.activity['id'], activityType: check.activity.type, conversationId: check.activity.conversation.id };
    let response: Awaited<ReturnType<typeof adapter.runTurn>>;
    try {
      const auth = req.header('authorization') ?? '';
      response = await adapter.runTurn(auth, toBotActivity(check.activity), async (context) => {
        await app.run(context);
      });
    } catch (err) {
      const status = (err as { statusCode?: unknown } | undefined)?.statusCode;
      const reason = { type: (err as Error)?.name, message: (err as Error)?.message };
      if (status === 401 || status === 403) {
        log.warn({ ...ids, status, reason: reason.message }, 'teams: request refused by Bot Framework authentication');
        res.send(401, UNAUTHORIZED);
      } else {
        log.error({ ...ids, err: reason }, 'teams: request failed');
        res.send(500, INTERNAL_ERROR);
      }
      return;
    }
    // teams-ai's TeamsAdapter.process() sends its User-Agent with every answer; so does this route. A
    // reply body gets it with its other headers, which Node then writes in one go.
    const status = response?.status ?? 200;
    if (status < 500 && response?.body !== undefined) {
      sendParts(req, res, status, replyBody(response.body), { 'Content-Type': 'application/json; charset=utf-8', 'User-Agent': adapter.userAgent });
      return;
    }
    res.header('User-Agent', adapter.userAgent);
    if (status >= 500) {
      log.error({ ...ids, status }, 'teams: the turn failed');
      res.send(status, INTERNAL_ERROR);
    } else res.send(status);
  });
}
