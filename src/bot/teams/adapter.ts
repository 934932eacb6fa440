/**
 * The Teams adapter from the settings. With BOT_ID every request is authenticated by botbuilder
 * (a request without a valid token gets 401); new Azure bots are single-tenant, so BOT_TENANT_ID
 * makes the app SingleTenant. Without BOT_ID authentication is off (local use; main.ts warns).
 */
import { TeamsAdapter } from '@microsoft/teams-ai';
import type { Activity, InvokeResponse, TurnContext } from 'botbuilder';
import type { Config } from '../config.js';
import { reuseConnectors } from './reuse-connectors.js';

/**
 * teams-ai's TeamsAdapter with the one entry point the route needs. `process(req, res, logic)`
 * re-validates the request with zod schemas it builds anew on every call and writes the reply
 * through the response object; the route has already checked the activity (activity.ts) and
 * writes the reply itself, so it calls the adapter's turn processing directly.
 */
export class BotAdapter extends TeamsAdapter {
  /**
   * Authenticates `authHeader` (when the bot has an app id), runs `logic` for the turn, and
   * returns the response for an invoke or an expectReplies turn (undefined otherwise). A bad token
   * rejects with botframework-connector's AuthenticationError.
   */
  runTurn(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, activity, logic);
  }
}

export function createTeamsAdapter(config: Config): BotAdapter {
  const adapter = build(config);
  reuseConnectors(adapter);
  return adapter;
}

function build(config: Config): BotAdapter {
  if (config.BOT_ID === undefined) return new BotAdapter({});
  return new BotAdapter({
    MicrosoftAppId: config.BOT_ID,
    MicrosoftAppPassword: config.BOT_PASSWORD ?? '',
    MicrosoftAppType: config.BOT_TENANT_ID ? 'SingleTenant' : 'MultiTenant',
    ...(config.BOT_TENANT_ID ? { MicrosoftAppTenantId: config.BOT_TENANT_ID } : {}),
  });
}
