/**
 * POST /api/ask: `{"text", "conversationId"?}` → 200 with the Answer plus its conversationId (the
 * shape of the CLI's `--json` output, plus the id). A wrong body → 400 saying what is wrong; over
 * the per-client rate limit → 429 with Retry-After. Conversations are kept under `web:<id>`.
 */
import { randomUUID } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import type { Answer } from '../../intents/answer.js';
import type { BotDeps } from '../deps.js';
import { clientAddress, parseTrustedProxies, TRUST_NO_PROXY } from '../http/client-address.js';
import { readAskBody } from './ask-body.js';
import { TokenBucketLimiter } from './rate-limit.js';

/** The route's path. */
export const ASK_PATH = '/api/ask';

/** The conversation key of a web / API conversation. */
export function webConversationKey(conversationId: string): string {
  return `web:${conversationId}`;
}

/** Optional replacements for tests. */
export interface AskRouteOptions {
  now?: () => number;
}

/** Registers POST /api/ask. */
export function registerAskRoute(server: Server, deps: BotDeps, options: AskRouteOptions = {}): void {
  const log = deps.logger.child({ channel: 'api' });
  const perMinute = deps.config.ASK_RATE_LIMIT_PER_MINUTE;
  const limiter =
    perMinute > 0 ? new TokenBucketLimiter({ perMinute, ...(options.now ? { now: options.now } : {}) }) : undefined;
  // loadConfig has refused a TRUST_PROXY that does not parse.
  const proxies = parseTrustedProxies(deps.config.TRUST_PROXY);
  const trusted = proxies.ok ? proxies.trusted : TRUST_NO_PROXY;

  // restify runs an async handler (arity 2) and continues the chain when its promise settles.
  server.post(ASK_PATH, async (req: Request, res: Response): Promise<void> => {
    res.header('Cache-Control', 'no-store');
    if (limiter) {
      const decision = limiter.take(clientAddress(req, trusted));
      if (!decision.allowed) {
        res.header('Retry-After', String(decision.retryAfterSeconds));
        res.send(429, {
          code: 'TooManyRequests',
          message: `Too many questions from this address; try again in ${decision.retryAfterSeconds} s.`,
          retryAfterSeconds: decision.retryAfterSeconds,
        });
        return;
      }
    }
    const body = readAskBody(req.body);
    if (!body.ok) {
      res.send(400, { code: 'BadRequest', message: body.message });
      return;
    }
    const conversationId = body.body.conversationId ?? randomUUID();
    const started = performance.now();
    const answer = await deps.conversations.answer(webConversationKey(conversationId), (context) =>
      deps.engine.ask(body.body.text, context),
    );
    const ms = performance.now() - started;
    deps.answered({ channel: 'api', question: body.body.text, answer, ms });
    log.debug(
      {
        intent: answer.intent,
        questionLength: body.body.text.length,
        citations: answer.citations.length,
        ms: Math.round(ms),
      },
      'question answered',
    );
    // The answer's JSON without its closing brace, then the id: Node writes both parts in one go.
    const tail = Buffer.from(`,"conversationId":${JSON.stringify(conversationId)}}`);
    const head = answerJson(answer);
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': head.length + tail.length });
    res.write(head);
    res.end(tail);
  });
}

/**
 * The JSON of each Answer the engine has handed out, as UTF-8 without its closing brace. The engine
 * serves repeated questions as the same read-only Answer (its answer cache), so each is serialised
 * once; `npm run bench` shows that serialising and encoding it on every request costs /api/ask a
 * large share of its throughput.
 */
const answerJsons = new WeakMap<Answer, Buffer>();

function answerJson(answer: Answer): Buffer {
  let json = answerJsons.get(answer);
  if (json === undefined) answerJsons.set(answer, (json = Buffer.from(JSON.stringify(answer).slice(0, -1))));
  return json;
}
