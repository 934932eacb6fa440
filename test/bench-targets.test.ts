/**
 * The verdict `npm run bench` prints: each of the targets, judged on one run's figures.
 */
import { describe, expect, it } from 'vitest';
import { judge, TARGETS } from '../bench/targets.js';

const passing = {
  engineP99Ms: 0.52,
  askRatio: 0.7,
  messagesRatio: 0.25,
  rssGrowthMb: 73.1,
  failedRequests: 0,
  shutdownExitCode: 0,
};

describe('the bench verdict', () => {
  it('when every figure is at or within its target, then every target is met (a ratio equal to its target counts)', () => {
    const verdict = judge(passing);
    expect(verdict).toHaveLength(6);
    expect(verdict.every((t) => t.met)).toBe(true);
    expect(verdict.map((t) => t.measured)).toEqual([0.52, 0.7, 0.25, 0, 73.1, 0]);
  });

  it('when /api/ask runs at 0.59 of the floor, then exactly that target is missed, with the figure', () => {
    const missed = judge({ ...passing, askRatio: 0.59 }).filter((t) => !t.met);
    expect(missed).toEqual([{ target: `/api/ask ≥ ${TARGETS.askRatio} of the floor`, measured: 0.59, met: false }]);
  });

  it('when a request failed, the engine is slow, memory grew or the shutdown was unclean, then each is missed', () => {
    const verdict = judge({
      engineP99Ms: 1,
      askRatio: 0.8,
      messagesRatio: 0.3,
      rssGrowthMb: 150,
      failedRequests: 1,
      shutdownExitCode: 1,
    });
    expect(verdict.filter((t) => !t.met).map((t) => t.target)).toEqual([
      'engine p99 < 1 ms',
      'no errors, timeouts or non-2xx under load',
      'RSS growth < 150 MB',
      'exit 0 on SIGTERM',
    ]);
  });
});
