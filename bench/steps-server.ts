/**
 * The bot's server (as buildApp makes it, SQLite store) with five more routes, for
 * `npm run bench:steps`. Each route does one more of POST /api/ask's steps than the one before,
 * with the route's own functions, so that timing them under the same load shows what each step
 * adds to a request:
 *
 *   /bench/steps/floor     the floor's handler (parse JSON, answer), inside the bot's server
 *   /bench/steps/checked   + the route's shape: async handler, Cache-Control, the body checked
 *                            (zod), a 2-byte body sent with sendParts
 *   /bench/steps/answered  + the engine's answer (contexts kept in a Map, no state store)
 *   /bench/steps/logged    + the question counted in the tally, and its line at debug (as the route)
 *   /bench/steps/sent      + the answer's body (gzip-coded when accepted) instead of 2 bytes
 *   /api/ask               + the state store: the route itself
 *
 * Never part of the product: only bench/steps.ts starts it. Prints "listening <port>" when ready.
 */
import type { Request, Response, Next } from 'restify';
import { buildApp } from '../src/bot/app.js';
import { loadConfig } from '../src/bot/config.js';
import { askResponseBody } from '../src/bot/helpdesk/answer-body.js';
import { readAskBody } from '../src/bot/helpdesk/ask-body.js';
import { sendParts } from '../src/bot/http/send-parts.js';
import { createLogger } from '../src/bot/logger.js';
import type { ConversationContext } from '../src/intents/context.js';

/** The steps in order; each route's path is STEPS_PATH + its name. */
const STEPS = ['floor', 'checked', 'answered', 'logged', 'sent'] as const;
type Step = (typeof STEPS)[number];
const STEPS_PATH = '/bench/steps/';

const loaded = loadConfig(process.env);
if (!loaded.ok) throw new Error(loaded.errors.join('; '));
const logger = createLogger({ level: loaded.config.LOG_LEVEL });
const app = await buildApp(loaded.config, { logger });
const { engine } = app.deps;
const log = logger.child({ channel: 'api' });
const contexts = new Map<string, ConversationContext>();
// As /api/ask sends them: Cache-Control with the others, in one go.
const JSON_TYPE = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' };
const TINY = [Buffer.from('{}')];

app.server.post(`${STEPS_PATH}floor`, (req: Request, res: Response, next: Next) => {
  res.send(200, { ok: true, length: JSON.stringify(req.body ?? null).length });
  next();
});

/** A route doing the steps up to `last`. */
function upTo(last: Exclude<Step, 'floor'>) {
  const at = STEPS.indexOf(last);
  return async (req: Request, res: Response): Promise<void> => {
    const body = readAskBody(req.body);
    if (!body.ok) {
      res.header('Cache-Control', 'no-store');
      res.send(400, { code: 'BadRequest', message: body.message });
      return;
    }
    if (at < STEPS.indexOf('answered')) return sendParts(req, res, 200, TINY, JSON_TYPE);
    const id = body.body.conversationId ?? 'none';
    const r = engine.ask(body.body.text, contexts.get(id));
    contexts.set(id, r.context);
    if (at >= STEPS.indexOf('logged')) {
      app.deps.tally.record('api', r.answer.intent, 0);
      log.debug({ intent: r.answer.intent, questionLength: body.body.text.length, citations: r.answer.citations.length, ms: 0 }, 'question answered');
    }
    sendParts(req, res, 200, at >= STEPS.indexOf('sent') ? askResponseBody(r.answer, id) : TINY, JSON_TYPE);
  };
}
for (const step of STEPS) if (step !== 'floor') app.server.post(`${STEPS_PATH}${step}`, upTo(step));

const { port } = await app.listen(loaded.config.PORT, loaded.config.HOST);
process.stdout.write(`listening ${port}\n`);
logger.flush();
process.on('SIGTERM', () => void app.close(2000).then(() => process.exit(0)));
