/**
 * The guards `npm run bench` judges a run by: what users feel (answer latency, throughput against
 * the bare restify floor measured in the same run, memory, failed requests), each with its
 * threshold. `judge` is pure: figures in, one verdict per guard out. The bench prints the verdicts
 * and exits 1 when a guard is missed.
 */

/** The figures the guards read, from one run of `npm run bench`. */
export interface GuardFigures {
  /** POST /api/ask's requests/s over the floor's, the mean of the rounds' ratios. */
  askRatio: number;
  /** POST /api/messages' requests/s over the floor's, the mean of the rounds' ratios. */
  messagesRatio: number;
  /** p99 answer latency in ms at 32 conversations, the mean of the rounds'. */
  askP99Ms: number;
  messagesP99Ms: number;
  /** Server RSS after the load minus at ready, in MB. */
  rssGrowthMb: number;
  /** Non-2xx answers, socket errors and timeouts on /api/ask and /api/messages, every round. */
  failedRequests: number;
}

type Comparison = '≥' | '≤' | '<' | '=';

/** A guard: the figure it reads, how that must compare, and with what. */
interface Guard {
  name: string;
  figure: keyof GuardFigures;
  must: Comparison;
  threshold: number;
}

/** The guards, in the order they are printed. */
export const GUARDS: readonly Guard[] = [
  { name: '/api/ask req/s ÷ floor', figure: 'askRatio', must: '≥', threshold: 0.3 },
  { name: '/api/messages req/s ÷ floor', figure: 'messagesRatio', must: '≥', threshold: 0.12 },
  { name: '/api/ask p99 (ms)', figure: 'askP99Ms', must: '≤', threshold: 50 },
  { name: '/api/messages p99 (ms)', figure: 'messagesP99Ms', must: '≤', threshold: 50 },
  { name: 'memory growth (MB)', figure: 'rssGrowthMb', must: '<', threshold: 100 },
  { name: 'failed requests', figure: 'failedRequests', must: '=', threshold: 0 },
];

export interface Verdict {
  name: string;
  figure: number;
  /** E.g. "≥ 0.3". */
  threshold: string;
  met: boolean;
}

const holds: Record<Comparison, (figure: number, threshold: number) => boolean> = {
  '≥': (f, t) => f >= t,
  '≤': (f, t) => f <= t,
  '<': (f, t) => f < t,
  '=': (f, t) => f === t,
};

/** One verdict per guard, in the order of GUARDS. A figure that is not a number (NaN) misses. */
export function judge(figures: GuardFigures): Verdict[] {
  return GUARDS.map((g) => ({
    name: g.name,
    figure: figures[g.figure],
    threshold: `${g.must} ${g.threshold}`,
    met: holds[g.must](figures[g.figure], g.threshold),
  }));
}
