/**
 * The targets for `npm run bench`, and the verdict on one run's figures: each target with
 * the figure measured and whether it was met. `npm run bench` prints the verdict and exits 1 when a
 * target was missed, so a run says by itself whether it passed.
 */

/** The targets on these 2-core machines. */
export const TARGETS = {
  /** The engine's p99 per question, in ms: below this. */
  engineP99Ms: 1,
  /** POST /api/ask's requests/s as a share of the floor's: at least this. */
  askRatio: 0.7,
  /** POST /api/messages' requests/s as a share of the floor's: at least this. */
  messagesRatio: 0.25,
  /** Server RSS growth over the load, in MB: below this. */
  rssGrowthMb: 150,
} as const;

/** The figures a verdict is made from. */
export interface RunFigures {
  engineP99Ms: number;
  askRatio: number;
  messagesRatio: number;
  rssGrowthMb: number;
  /** Errors, timeouts and non-2xx answers over every loaded route and round. */
  failedRequests: number;
  /** The server's exit code after SIGTERM. */
  shutdownExitCode: number | null;
}

/** One target's outcome. */
export interface TargetOutcome {
  target: string;
  measured: number | null;
  met: boolean;
}

/** Each target with what was measured and whether it was met. */
export function judge(f: RunFigures): TargetOutcome[] {
  return [
    { target: `engine p99 < ${TARGETS.engineP99Ms} ms`, measured: f.engineP99Ms, met: f.engineP99Ms < TARGETS.engineP99Ms },
    { target: `/api/ask ≥ ${TARGETS.askRatio} of the floor`, measured: f.askRatio, met: f.askRatio >= TARGETS.askRatio },
    { target: `/api/messages ≥ ${TARGETS.messagesRatio} of the floor`, measured: f.messagesRatio, met: f.messagesRatio >= TARGETS.messagesRatio },
    { target: 'no errors, timeouts or non-2xx under load', measured: f.failedRequests, met: f.failedRequests === 0 },
    { target: `RSS growth < ${TARGETS.rssGrowthMb} MB`, measured: f.rssGrowthMb, met: f.rssGrowthMb < TARGETS.rssGrowthMb },
    { target: 'exit 0 on SIGTERM', measured: f.shutdownExitCode, met: f.shutdownExitCode === 0 },
  ];
}
