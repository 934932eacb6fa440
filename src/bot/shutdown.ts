/**
 * Graceful shutdown for the composition root: on SIGTERM or SIGINT, stop the service (no new
 * requests, in-flight ones finish, the state store is closed) and exit 0; if that does
 * not finish cleanly within the timeout, exit 1. A hard timer makes sure the process ends even if
 * closing hangs. Repeated signals while stopping are ignored (npm and the terminal both forward
 * Ctrl-C).
 */
import type { Logger } from 'pino';

export interface ShutdownOptions {
  /** Stops the service; resolves true when everything finished within `timeoutMs`. */
  stop(timeoutMs: number): Promise<boolean>;
  logger: Logger;
  timeoutMs: number;
  /** Default `process.exit`; tests pass a recorder. */
  exit?: (code: number) => void;
  /** Default SIGTERM and SIGINT. */
  signals?: NodeJS.Signals[];
  /** Where signals come from (default `process`). */
  emitter?: NodeJS.EventEmitter;
}

/** Extra time past `timeoutMs` before the hard exit, for the store to close and the log to flush. */
export const HARD_EXIT_GRACE_MS = 1000;

/**
 * Installs the signal handlers. Returns `shutdown(reason)`, which runs the same sequence (and
 * resolves with the exit code it used).
 */
export function installGracefulShutdown(options: ShutdownOptions): { shutdown: (reason: string) => Promise<number> } {
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const emitter = options.emitter ?? process;
  const log = options.logger;
  let running: Promise<number> | undefined;

  const shutdown = (reason: string): Promise<number> => {
    if (running) {
      log.info({ reason }, 'already shutting down');
      return running;
    }
    log.info({ reason, timeoutMs: options.timeoutMs }, 'shutting down: no new requests; finishing in-flight ones');
    const hard = setTimeout(() => {
      log.error({ timeoutMs: options.timeoutMs }, 'shutdown took too long; exiting anyway');
      exit(1);
    }, options.timeoutMs + HARD_EXIT_GRACE_MS);
    hard.unref();
    running = options
      .stop(options.timeoutMs)
      .catch((err: unknown) => {
        log.error({ err }, 'shutdown failed');
        return false;
      })
      .then(async (clean) => {
        clearTimeout(hard);
        const code = clean ? 0 : 1;
        log.info({ clean, code }, clean ? 'stopped' : 'stopped before everything finished');
        await new Promise<void>((resolve) => {
          const t = setTimeout(resolve, 200);
          log.flush(() => {
            clearTimeout(t);
            resolve();
          });
        });
        exit(code);
        return code;
      });
    return running;
  };

  for (const signal of options.signals ?? ['SIGTERM', 'SIGINT']) emitter.on(signal, () => void shutdown(signal));
  return { shutdown };
}
