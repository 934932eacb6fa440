/**
 * Whether the state store is answering, as the turns find it. A store that fails (Redis stopped or
 * unreachable, a command timing out, a SQLite file that cannot be written) does not stop the bot:
 * the turns are still answered, but their conversation context is not kept while it fails (see
 * conversations.ts), and this records the outage. It logs one error line when the store first
 * fails and one info line when a call succeeds again, with how many store calls failed in between
 * and for how long; nothing per turn, so an outage under load does not flood the log. `/healthz` reports `up`.
 */
import type { Logger } from 'pino';
import { safeError } from '../helpdesk/safe-error.js';

export interface StoreHealth {
  /** False from a failed store call until the next one that succeeds. */
  readonly up: boolean;
  /** A store call failed and the turn went on without it. */
  failed(e: unknown): void;
  /** A store call succeeded (called on every turn: costs one check while the store is up). */
  succeeded(): void;
}

export interface StoreHealthOptions {
  logger: Logger;
  now?: () => number;
  /** Told of every failed store call (metrics: state_store_errors_total). */
  onFailure?: () => void;
}

export function createStoreHealth(options: StoreHealthOptions): StoreHealth {
  const now = options.now ?? Date.now;
  const log = options.logger;
  let up = true;
  let downSince = 0;
  let failures = 0;
  return {
    get up() {
      return up;
    },
    failed(e) {
      failures += 1;
      options.onFailure?.();
      if (!up) return;
      up = false;
      downSince = now();
      log.error(
        { error: safeError(e) },
        'state store unavailable: turns are still answered, but their conversation context is not kept until it is back',
      );
    },
    succeeded() {
      if (up) return;
      up = true;
      log.info({ failedCalls: failures, downMs: now() - downSince }, 'state store back');
      failures = 0;
    },
  };
}

/** A StoreHealth that records nothing (for stores used outside the server, such as the CLI's). */
export const UNWATCHED_STORE: StoreHealth = { up: true, failed: () => undefined, succeeded: () => undefined };
