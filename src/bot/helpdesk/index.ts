/** PLACEHOLDER CONTRACT (owned by the help-desk engineer): registers /zalo/webhook, /api/ask, GET / and its assets. */
import type { Server } from 'restify';
import type { BotDeps } from '../deps.js';

export function registerHelpdeskRoutes(_server: Server, _deps: BotDeps): void {}
