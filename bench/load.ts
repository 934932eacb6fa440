/**
 * One autocannon run against a local URL: requests/s, p50/p99 latency, failures.
 *
 * Each connection is one conversation with its own list of bodies, sent in turn. autocannon sends
 * a connection's next request only once the last one is answered, so a connection is a user who
 * asks, waits for the answer, and asks again at once.
 */
import autocannon from 'autocannon';

export interface LoadFigures {
  requestsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Non-2xx answers, socket errors and timeouts. */
  failed: number;
}

/** POSTs each conversation's bodies to `url` on a connection of its own for `seconds`. */
export async function runLoad(url: string, conversations: readonly string[][], seconds: number): Promise<LoadFigures> {
  let next = 0;
  const result = await autocannon({
    url,
    connections: conversations.length,
    duration: seconds,
    // The conversation's requests, built once; autocannon cycles through them.
    setupClient: (client) =>
      client.setRequests(
        conversations[next++]!.map((body) => ({
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        })),
      ),
  });
  return {
    requestsPerSec: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    failed: result.non2xx + result.errors + result.timeouts,
  };
}
