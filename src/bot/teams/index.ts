/** PLACEHOLDER CONTRACT (owned by the Teams engineer): registers POST /api/messages. */
import type { Server } from 'restify';
import type { BotDeps } from '../deps.js';

export function registerTeamsRoutes(_server: Server, _deps: BotDeps): void {}
