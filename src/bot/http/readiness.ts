/**
 * GET /readyz, readiness: whether this instance should be sent traffic now. It is ready when the
 * state store answers a read (a `get` of a fixed key that nothing writes) within `timeoutMs`
 * (default 1 s); a store that rejects, or does not answer in time, makes it 503. GET /healthz stays
 * liveness (the process serves, 200 even while the store is down, since the bot still answers
 * without context): restart on /healthz, route traffic on /readyz.
 *
 *   200 {"status":"ready"}
 *   503 {"status":"unavailable","store":"timeout"}   no answer within timeoutMs
 *   503 {"status":"unavailable","store":"error"}     the read failed (the reason is logged, not sent)
 *
 * Never cached (Cache-Control: no-store). Probes that arrive while a read is still under way share
 * it, so a store that hangs holds one read, however often the route is polled. The log has one
 * line when readiness is lost and one when it is back, not one per probe.
 */
import type { Logger } from 'pino';
import type { Request, Response, Server } from 'restify';
import type { StateStore } from '../state/store.js';

/** The key read by the probe; nothing is ever stored under it. */
export const READINESS_PROBE_KEY = 'readyz/probe';
export const DEFAULT_READINESS_TIMEOUT_MS = 1000;

export interface ReadinessDeps {
  store: StateStore;
  /** How long the store may take to answer (default 1000 ms). */
  timeoutMs?: number;
  /** Where a loss and a return of readiness are logged. */
  logger?: Logger;
}

/** GET /readyz body. */
export type Readiness = { status: 'ready' } | { status: 'unavailable'; store: 'timeout' | 'error' };

type Outcome = 'ok' | 'timeout' | 'error';

/** Registers GET /readyz on `server`. */
export function registerReadiness(server: Server, deps: ReadinessDeps): void {
  const { store, logger } = deps;
  const timeoutMs = deps.timeoutMs ?? DEFAULT_READINESS_TIMEOUT_MS;
  let inFlight: Promise<void> | undefined;
  /** The last probe's outcome was 'ok' (or there was none yet). */
  let ready = true;

  /** The read under way, or a new one; a store that throws at once counts as a failed read. */
  const read = (): Promise<void> =>
    (inFlight ??= Promise.resolve()
      .then(() => store.get(READINESS_PROBE_KEY))
      .then(() => undefined)
      .finally(() => {
        inFlight = undefined;
      }));

  async function check(): Promise<Outcome> {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<Outcome>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    let failure: unknown;
    const answered = read().then(
      (): Outcome => 'ok',
      (e: unknown): Outcome => {
        failure = e;
        return 'error';
      },
    );
    try {
      const outcome = await Promise.race([answered, timedOut]);
      if (outcome === 'ok' && !ready) logger?.info('readiness: the state store answers again; GET /readyz is 200');
      else if (outcome !== 'ok' && ready)
        logger?.warn(
          {
            store: outcome,
            timeoutMs,
            ...(failure instanceof Error ? { err: { type: failure.name, message: failure.message } } : {}),
          },
          'readiness: the state store does not answer; GET /readyz is 503',
        );
      ready = outcome === 'ok';
      return outcome;
    } finally {
      clearTimeout(timer);
    }
  }

  server.get('/readyz', async (_req: Request, res: Response): Promise<void> => {
    const outcome = await check();
    const body: Readiness = outcome === 'ok' ? { status: 'ready' } : { status: 'unavailable', store: outcome };
    res.header('Cache-Control', 'no-store');
    res.send(outcome === 'ok' ? 200 : 503, body);
  });
}
