/**
 * Last-resort logging for errors outside any request (a timer callback, a stray promise): they are
 * logged, redacted like every log line, and the server keeps serving. Errors inside request
 * handlers never get here: the server answers them with 500 (see ./http/).
 */
import type { Logger } from 'pino';

/** Installs the process-wide handlers once. */
export function installProcessGuards(logger: Logger, emitter: NodeJS.EventEmitter = process): void {
  emitter.on('unhandledRejection', (reason: unknown) =>
    logger.error({ err: reason }, 'unhandled rejection (the server keeps running)'),
  );
  emitter.on('uncaughtException', (err: Error) =>
    logger.error({ err }, 'uncaught exception (the server keeps running)'),
  );
}
