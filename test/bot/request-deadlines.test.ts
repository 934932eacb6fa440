/**
 * Slow and broken clients over real TCP: a body or headers that stall past REQUEST_TIMEOUT_MS, bytes
 * that are not HTTP, headers that are too large, and a body still trickling in when the server
 * shuts down. Each gets a JSON answer with a message, the connection is closed, nothing stays
 * counted in flight, and the server keeps serving. Then the deadlines' bookkeeping on its own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArrivalDeadlines, secondsInWords, type CutReason } from '../../src/bot/http/arrival-deadline.js';
import { lateBodyMessage, RESTART_RETRY_AFTER_SECONDS, RESTARTING_MESSAGE } from '../../src/bot/http/body-reader.js';
import { rawClient } from '../helpers/raw-client.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

/** Headers of a POST /api/ask whose connection the server closes after answering. */
const askHead = (length: number) => `POST /api/ask HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\nConnection: close\r\n\r\n`;

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ ASK_RATE_LIMIT_PER_MINUTE: 0, REQUEST_TIMEOUT_MS: 400 });
});
afterAll(async () => s.close());

describe('when a client is too slow', () => {
  it('when a body stalls past the deadline, then the client gets 408 with a message, the connection closes, and nothing is left in flight', async () => {
    const r = await rawClient(s.port, `${askHead(200)}{"text":"CCCD 001203004567 `, { trickle: 'a', everyMs: 100 });
    expect(r.status).toBe(408);
    expect(r.body).toEqual({ code: 'RequestTimeout', message: lateBodyMessage(400) });
    expect(r.headers['connection']).toBe('close');
    // Cut between the deadline and one check (a quarter of it) later, give or take the event loop.
    expect(r.closedAfterMs).toBeGreaterThanOrEqual(390);
    expect(r.closedAfterMs).toBeLessThan(2000);
    await s.app.requests.idle();
    expect(s.app.requests.count).toBe(0);
    expect(s.app.arrivals.waiting).toBe(0);
    expect(s.logs()).not.toContain('001203004567');
    expect(s.logs()).toMatch(/"route":"\/api\/ask","status":408,"msg":"request cut: its body was still arriving"/u);
  });

  it('when the body arrives in time, even in pieces, then the question is answered as usual', async () => {
    // ASCII only, so one character is one byte; 30 pieces, 5 ms apart: well within 400 ms.
    const body = JSON.stringify({ text: 'B.6 la gi?' });
    const r = await rawClient(s.port, `${askHead(body.length)}${body.slice(0, body.length - 30)}`, { trickle: body.slice(body.length - 30), everyMs: 5 });
    expect(r.status).toBe(200);
    expect((r.body as { citations: Array<{ id: string }> }).citations.map((c) => c.id)).toContain('B.6');
  });

  it('when headers stall past the deadline, then the client gets 408 saying so and the connection closes', async () => {
    const r = await rawClient(s.port, 'POST /api/ask HTTP/1.1\r\nHost: test\r\n', { trickle: 'X', everyMs: 100 });
    expect(r.status).toBe(408);
    expect(r.body).toEqual({ code: 'RequestTimeout', message: `The request headers did not arrive within ${secondsInWords(400)}.` });
    expect(r.headers['connection']).toBe('close');
    expect(r.headers['content-type']).toBe('application/json');
  });
});

describe('when a client sends what is not HTTP', () => {
  it('when the bytes are not HTTP/1.1, then the client gets 400 JSON and the log has the parser code but none of the bytes', async () => {
    const r = await rawClient(s.port, 'HELLO 0912345678 user@example.com\r\n\r\n');
    expect(r.status).toBe(400);
    expect(r.body).toEqual({ code: 'BadRequest', message: 'The request is not valid HTTP/1.1.' });
    expect(s.logs()).toMatch(/"code":"HPE_[A-Z_]+","status":400,"msg":"client error/u);
    expect(s.logs()).not.toContain('0912345678');
    expect(s.logs()).not.toContain('user@example.com');
  });

  it('when the headers are too large, then the client gets 431 JSON', async () => {
    const r = await rawClient(s.port, `GET /healthz HTTP/1.1\r\nHost: test\r\nX-Filler: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(r.status).toBe(431);
    expect(r.body).toEqual({ code: 'RequestHeaderFieldsTooLarge', message: 'The request headers are too large.' });
  });

  it('when all that is over, then the server still answers', async () => {
    expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
    expect(s.logs()).not.toMatch(/"level":50/u);
  });
});

describe('when the server shuts down while a body is still arriving', () => {
  it('when a client trickles its body, then it gets 503 with Retry-After and close reports a clean stop long before its timeout', async () => {
    const t = await startTestServer({ STATE_STORE: 'sqlite', ASK_RATE_LIMIT_PER_MINUTE: 0 });
    const slow = rawClient(t.port, `${askHead(500)}{"text":"`, { trickle: 'a', everyMs: 50, giveUpMs: 10_000 });
    await new Promise((r) => setTimeout(r, 100));
    expect(t.app.arrivals.waiting).toBe(1);
    expect(t.app.requests.count).toBe(1);
    const started = Date.now();
    expect(await t.app.close(8000)).toBe(true);
    // Cut at the grace (2 s from the request's start, a quarter of 8 s), not at the 8 s timeout.
    expect(Date.now() - started).toBeLessThan(4000);
    const r = await slow;
    expect(r.status).toBe(503);
    expect(r.headers['retry-after']).toBe(String(RESTART_RETRY_AFTER_SECONDS));
    expect(r.body).toEqual({ code: 'ServiceUnavailable', message: RESTARTING_MESSAGE });
    await t.close();
  });
});

describe('the arrival deadlines on their own', () => {
  /** Deadlines on a clock the test moves; checks run every 5 ms of real time. */
  function clocked(timeoutMs: number) {
    let clock = 0;
    const cuts: Array<[string, CutReason]> = [];
    const deadlines = createArrivalDeadlines({ timeoutMs, checkEveryMs: 5, now: () => clock });
    const start = (name: string) => deadlines.start((reason) => cuts.push([name, reason]));
    const after = async (ms: number) => {
      clock += ms;
      await new Promise((r) => setTimeout(r, 30));
    };
    return { deadlines, start, after, cuts };
  }

  it('when bodies pass their deadline, then each late one is cut once, in the order they started, and done ones never are', async () => {
    const { deadlines, start, after, cuts } = clocked(1000);
    start('a');
    await after(300);
    const b = start('b');
    start('c');
    await after(600);
    expect(cuts).toEqual([]);
    deadlines.done(b);
    await after(200);
    expect(cuts).toEqual([['a', 'late']]);
    await after(500);
    expect(cuts).toEqual([['a', 'late'], ['c', 'late']]);
    expect(deadlines.waiting).toBe(0);
    deadlines.close();
  });

  it('when a shutdown begins, then bodies get only the grace from their start and are cut for the shutdown', async () => {
    const { deadlines, start, after, cuts } = clocked(10_000);
    start('old');
    await after(3000);
    start('new');
    deadlines.stopWaiting(2000);
    await after(0);
    expect(cuts).toEqual([['old', 'shutdown']]);
    await after(2000);
    expect(cuts).toEqual([['old', 'shutdown'], ['new', 'shutdown']]);
    deadlines.close();
  });

  it('when the deadlines are closed, then nothing is cut any more', async () => {
    const { deadlines, start, after, cuts } = clocked(100);
    start('a');
    deadlines.close();
    await after(1000);
    expect(cuts).toEqual([]);
  });

  it('when a deadline is put in words, then one second is singular and others plural', () => {
    expect([secondsInWords(15_000), secondsInWords(1000), secondsInWords(400)]).toEqual(['15 seconds', '1 second', '0.4 seconds']);
  });
});
