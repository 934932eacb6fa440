/**
 * One autocannon run against a local URL: requests/s, latency percentiles, errors.
 * Traffic goes to 127.0.0.1 only, bounded in time.
 */
import autocannon from 'autocannon';

export interface LoadFigures {
  route: string;
  requestsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
  timeouts: number;
  requests: number;
}

export interface LoadRequest {
  route: string;
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  /** Bodies sent in turn (a rotating set of questions). */
  bodies?: string[];
  connections?: number;
  durationSec?: number;
}

export async function runLoad(r: LoadRequest): Promise<LoadFigures> {
  const bodies = r.bodies ?? [];
  let i = 0;
  const result = await autocannon({
    url: r.url,
    method: r.method ?? 'POST',
    connections: r.connections ?? 32,
    duration: r.durationSec ?? 10,
    headers: { 'content-type': 'application/json', ...r.headers },
    requests: bodies.length > 0 ? [{ setupRequest: (req) => ({ ...req, body: bodies[i++ % bodies.length] }) }] : undefined,
    ...(bodies.length === 0 ? { body: '{}' } : {}),
  });
  return {
    route: r.route,
    requestsPerSec: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
    timeouts: result.timeouts,
    requests: result.requests.total,
  };
}
