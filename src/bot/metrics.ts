/**
 * Prometheus metrics (prom-client), served on GET /metrics in the text format to
 * `Authorization: Bearer <ADMIN_TOKEN>` only (404 without ADMIN_TOKEN: ./http/admin-auth.ts).
 *
 * - `http_requests_total{route,method,status}`: every request, by restify's route pattern
 *   (`/api/source/:id`, never the raw URL, so no id or personal data becomes a label); a path no
 *   route matches is `route="unmatched"`.
 * - `answer_duration_seconds{channel}`: time to answer a question, store included.
 * - `answers_total{channel,intent}`, `answers_declined_total{channel}`: the declined-question rate
 *   is `answers_declined_total / answers_total` (summed over intents).
 * - `state_store_errors_total`, `state_store_up`: failed store calls, and whether the store answers.
 * - `zalo_channel_state{channel="oa"|"bot",state="ok"|"degraded"|"off"}`: 1 for each channel's
 *   current state, 0 for the others ("degraded": replies cannot be sent, e.g. a dead OA token).
 * - the process's own (CPU, memory, event-loop lag, GC, handles) from `collectDefaultMetrics`.
 *
 * Each instance has its own Registry (not prom-client's global one), so several servers in one
 * process (the tests) do not clash. Nothing here keeps the question's text: labels are a closed set.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Request, Response, Route, Server } from 'restify';
import { CHANNELS, type AnswerListener } from './answered.js';
import type { HelpdeskRoutes } from './helpdesk/index.js';
import { adminAllowed } from './http/admin-auth.js';
import type { StoreHealth } from './state/store-health.js';

export const METRICS_PATH = '/metrics';

/** What the metrics read at scrape time, known once the server is built. */
export interface MetricsSources {
  storeHealth: Pick<StoreHealth, 'up'>;
  zalo: HelpdeskRoutes['zalo'];
  /** GET /metrics answers only with this bearer token; undefined: 404. */
  adminToken: string | undefined;
}

export interface Metrics {
  readonly registry: Registry;
  /** Add to the composition root's `answered` listeners. */
  answered: AnswerListener;
  /** Counts a failed state-store call (createStoreHealth's `onFailure`). */
  storeFailed: () => void;
  /** Counts every request on `server` and registers GET /metrics on it. Call once. */
  serve(server: Server, sources: MetricsSources): void;
}

const ZALO_STATES = ['ok', 'degraded', 'off'] as const;

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  let sources: MetricsSources | undefined;

  const requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests answered, by route pattern (route="unmatched" when no route matched), method and status.',
    labelNames: ['route', 'method', 'status'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'answer_duration_seconds',
    help: 'Time to answer a question, state store included, by channel.',
    labelNames: ['channel'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const answers = new Counter({
    name: 'answers_total',
    help: 'Questions answered, by channel and intent.',
    labelNames: ['channel', 'intent'] as const,
    registers: [registry],
  });
  const declined = new Counter({
    name: 'answers_declined_total',
    help:
      'Questions declined (intent "fallback": outside the directive or nothing relevant found), by channel. ' +
      'The declined-question rate is answers_declined_total / answers_total.',
    labelNames: ['channel'] as const,
    registers: [registry],
  });
  for (const channel of CHANNELS) declined.inc({ channel }, 0);
  const storeErrors = new Counter({
    name: 'state_store_errors_total',
    help: 'State-store calls that failed (the turn went on without its conversation context).',
    registers: [registry],
  });
  new Gauge({
    name: 'state_store_up',
    help: '1 while the state store answers, 0 from a failed call until the next one that succeeds.',
    registers: [registry],
    collect() {
      this.set(sources === undefined || sources.storeHealth.up ? 1 : 0);
    },
  });
  new Gauge({
    name: 'zalo_channel_state',
    help: 'The Zalo channels (oa: Official Account, bot: Bot Platform): 1 for the current state. degraded: replies cannot be sent (e.g. the OA refresh token is dead); off: not configured.',
    labelNames: ['channel', 'state'] as const,
    registers: [registry],
    collect() {
      if (sources === undefined) return;
      const now = sources.zalo();
      for (const channel of ['oa', 'bot'] as const) {
        for (const state of ZALO_STATES) this.set({ channel, state }, now[channel] === state ? 1 : 0);
      }
    },
  });

  return {
    registry,
    answered: ({ channel, answer, ms }) => {
      answers.inc({ channel, intent: answer.intent });
      duration.observe({ channel }, ms / 1000);
      // A decline is the polite "the directive does not cover this" (src/intents/handlers/help.ts
      // `fallback`): out of scope, nothing relevant found, or a handler that failed. Help, the tour and
      // 'error' (an unreadable input line, CLI only) are not declines.
      if (answer.intent === 'fallback') declined.inc({ channel });
    },
    storeFailed: () => storeErrors.inc(),
    serve(server, given) {
      sources = given;
      server.on('after', (req: Request, res: Response) => {
        const route = req.getRoute() as Route | null | undefined;
        requests.inc({
          route: route ? String(route.path) : 'unmatched',
          method: req.method,
          status: String(res.statusCode),
        });
      });
      server.get(METRICS_PATH, async (req: Request, res: Response): Promise<void> => {
        if (!adminAllowed(req, res, given.adminToken)) return;
        const text = await registry.metrics();
        res.sendRaw(200, text, { 'Content-Type': registry.contentType, 'Cache-Control': 'no-store' });
      });
    },
  };
}
