/**
 * The guards `npm run bench` judges a run by: figures in, one verdict per guard out.
 */
import { describe, expect, it } from 'vitest';
import { GUARDS, judge, type GuardFigures } from '../bench/targets.js';

const passing: GuardFigures = {
  askRatio: 0.37,
  messagesRatio: 0.19,
  askP99Ms: 25,
  messagesP99Ms: 31,
  rssGrowthMb: 60,
  failedRequests: 0,
};

describe('the bench guards', () => {
  it('when every figure is within its threshold, then every guard is met, with its figure and threshold', () => {
    expect(judge(passing)).toEqual([
      { name: '/api/ask req/s ÷ floor', figure: 0.37, threshold: '≥ 0.3', met: true },
      { name: '/api/messages req/s ÷ floor', figure: 0.19, threshold: '≥ 0.12', met: true },
      { name: '/api/ask p99 (ms)', figure: 25, threshold: '≤ 50', met: true },
      { name: '/api/messages p99 (ms)', figure: 31, threshold: '≤ 50', met: true },
      { name: 'memory growth (MB)', figure: 60, threshold: '< 100', met: true },
      { name: 'failed requests', figure: 0, threshold: '= 0', met: true },
    ]);
  });

  it('when a figure sits exactly on its threshold, then "≥" and "≤" are met and "<" is missed', () => {
    const verdict = judge({ ...passing, askRatio: 0.3, messagesRatio: 0.12, askP99Ms: 50, rssGrowthMb: 100 });
    expect(verdict.filter((v) => !v.met).map((v) => v.name)).toEqual(['memory growth (MB)']);
  });

  it('when /api/messages runs at 0.09 of the floor (stock teams-ai + botbuilder), then exactly that guard is missed', () => {
    expect(judge({ ...passing, messagesRatio: 0.09 }).filter((v) => !v.met)).toEqual([
      { name: '/api/messages req/s ÷ floor', figure: 0.09, threshold: '≥ 0.12', met: false },
    ]);
  });

  it('when one request failed and both routes are slow, then those three guards are missed', () => {
    const verdict = judge({ ...passing, askP99Ms: 50.5, messagesP99Ms: 80, failedRequests: 1 });
    expect(verdict.filter((v) => !v.met).map((v) => v.name)).toEqual([
      '/api/ask p99 (ms)',
      '/api/messages p99 (ms)',
      'failed requests',
    ]);
  });

  it('when a figure could not be measured (NaN), then its guard is missed', () => {
    expect(judge({ ...passing, askRatio: Number.NaN }).find((v) => v.name === '/api/ask req/s ÷ floor')?.met).toBe(
      false,
    );
  });

  it('when the guards are listed, then each figure is judged by exactly one guard', () => {
    expect(GUARDS.map((g) => g.figure).sort()).toEqual(Object.keys(passing).sort());
  });
});
