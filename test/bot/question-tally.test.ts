/**
 * The question tally: one "questions answered" info line per interval instead of one per question.
 * First the tally itself (a real pino logger writing to memory, a fixed clock), then the real
 * server: a question on /api/ask and one on /api/messages are counted under their channels.
 */
import { Writable } from 'node:stream';
import type { DestinationStream } from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../../src/bot/logger.js';
import { createQuestionTally, TIME_BUCKETS_MS, type QuestionSummary } from '../../src/bot/question-tally.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

/** A logger writing to memory, and the summary lines it received. */
function capture() {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _e, cb) {
      lines.push(String(chunk));
      cb();
    },
  });
  const logger = createLogger({ level: 'info', destination: sink as unknown as DestinationStream });
  const summaries = () =>
    lines
      .join('')
      .split('\n')
      .filter((l) => l.includes('"msg":"questions answered"'))
      .map((l) => JSON.parse(l) as QuestionSummary & { level: number });
  return { logger, summaries };
}

describe('question tally', () => {
  it('when questions were recorded, then a flush logs one info line with the counts per channel and intent, and the times', () => {
    const { logger, summaries } = capture();
    let clock = 1_000_000;
    const tally = createQuestionTally({ logger, intervalMs: 0, now: () => clock });
    tally.record('api', 'obligations', 0.3);
    tally.record('api', 'item', 1.5);
    tally.record('teams', 'item', 4);
    tally.record('zalo', 'fallback', 12.34);
    clock += 61_000;
    tally.flush();
    const [line, ...more] = summaries();
    expect(more).toEqual([]);
    expect(line).toMatchObject({
      level: 30,
      questions: 4,
      seconds: 61,
      byChannel: { api: 2, teams: 1, zalo: 1 },
      byIntent: { obligations: 1, item: 2, fallback: 1 },
      // The mean and the maximum are exact; 0.3, 1.5, 4, 12.34 fall in the buckets ≤0.5, ≤2, ≤5, ≤20.
      ms: { mean: 4.54, max: 12.34, p50: 2, p99: 20 },
    });
  });

  it('when an interval had no questions, then nothing is logged, and the next line counts only its own', () => {
    const { logger, summaries } = capture();
    let clock = 0;
    const tally = createQuestionTally({ logger, intervalMs: 0, now: () => clock });
    tally.flush();
    expect(summaries()).toEqual([]);
    tally.record('api', 'help', 1);
    clock = 5_000;
    tally.flush();
    clock = 10_000;
    tally.flush();
    tally.record('teams', 'help', 1);
    clock = 12_500;
    tally.flush();
    expect(summaries().map((s) => [s.questions, s.seconds, s.byChannel])).toEqual([
      [1, 5, { api: 1 }],
      // The interval runs from the previous flush, logged or not.
      [1, 2.5, { teams: 1 }],
    ]);
  });

  it('when a question took longer than the last bucket, then the percentile says null (no bound) and the maximum is exact', () => {
    const { logger, summaries } = capture();
    const tally = createQuestionTally({ logger, intervalMs: 0 });
    const slowest = TIME_BUCKETS_MS[TIME_BUCKETS_MS.length - 1]! + 1;
    tally.record('api', 'item', slowest);
    tally.stop();
    expect(summaries()[0]?.ms).toEqual({ mean: slowest, p50: null, p99: null, max: slowest });
  });

  it('when 99 of 100 questions are fast, then p50 is their bucket and p99 still theirs; a second slow one moves p99', () => {
    const { logger, summaries } = capture();
    const tally = createQuestionTally({ logger, intervalMs: 0 });
    for (let i = 0; i < 99; i++) tally.record('api', 'item', 0.2);
    tally.record('api', 'item', 300);
    tally.flush();
    for (let i = 0; i < 98; i++) tally.record('api', 'item', 0.2);
    tally.record('api', 'item', 300);
    tally.record('api', 'item', 300);
    tally.flush();
    expect(summaries().map((s) => [s.ms.p50, s.ms.p99])).toEqual([
      [0.5, 0.5],
      [0.5, 500],
    ]);
  });

  it('when a time is negative or not a number (a clock stepped back), then it counts as 0 ms', () => {
    const { logger, summaries } = capture();
    const tally = createQuestionTally({ logger, intervalMs: 0 });
    tally.record('zalo', 'item', -3);
    tally.record('zalo', 'item', Number.NaN);
    tally.record('zalo', 'item', 2);
    tally.flush();
    expect(summaries()[0]?.ms).toEqual({ mean: 0.67, p50: 0.5, p99: 2, max: 2 });
  });

  it('when the interval passes, then the timer logs the summary by itself', () => {
    vi.useFakeTimers();
    const { logger, summaries } = capture();
    const tally = createQuestionTally({ logger, intervalMs: 50 });
    try {
      tally.record('zalo', 'help', 1);
      vi.advanceTimersByTime(49);
      expect(summaries()).toHaveLength(0);
      vi.advanceTimersByTime(1);
      expect(summaries()[0]).toMatchObject({ questions: 1, byChannel: { zalo: 1 } });
    } finally {
      tally.stop();
      vi.useRealTimers();
    }
  });
});

describe('question tally in the server', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ ASK_RATE_LIMIT_PER_MINUTE: 0 });
  });
  afterAll(async () => s.close());

  it('when questions come through /api/ask and Teams, then the summary counts each under its channel, and holds no question text', async () => {
    const secret = 'Tôi là Trần Thị Bí Mật';
    const asked = await fetch(`${s.url}/api/ask`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: `${secret}, B.6 là gì?` }),
    });
    expect(asked.status).toBe(200);
    const activity = {
      type: 'message',
      id: 'tally-1',
      channelId: 'msteams',
      serviceUrl: 'https://smba.trafficmanager.net/teams/',
      from: { id: 'u1' },
      recipient: { id: 'bot' },
      conversation: { id: 'tally-conv' },
      text: `${secret}: ai chủ trì B.6?`,
      deliveryMode: 'expectReplies',
    };
    const turned = await fetch(`${s.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    expect(turned.status).toBe(200);
    // At info, no line per question.
    expect(s.logs()).not.toContain('"msg":"question answered"');
    s.app.tally.flush();
    const line = s
      .logs()
      .split('\n')
      .find((l) => l.includes('"msg":"questions answered"'));
    expect(line).toBeDefined();
    const summary = JSON.parse(line!) as QuestionSummary;
    expect(summary.questions).toBe(2);
    expect(summary.byChannel).toEqual({ api: 1, teams: 1 });
    expect(Object.values(summary.byIntent).reduce((a, b) => a + (b ?? 0), 0)).toBe(2);
    expect(s.logs()).not.toContain('Bí Mật');
  });
});
