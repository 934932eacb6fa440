/**
 * The Teams adapter from the settings. With BOT_ID every request is authenticated by botbuilder
 * (a request without a valid token gets 401); new Azure bots are single-tenant, so BOT_TENANT_ID
 * makes the app SingleTenant. Without BOT_ID authentication is off (local use; main.ts warns).
 */
import { TeamsAdapter } from '@microsoft/teams-ai';
import type { Config } from '../config.js';

export function createTeamsAdapter(config: Config): TeamsAdapter {
  if (config.BOT_ID === undefined) return new TeamsAdapter({});
  return new TeamsAdapter({
    MicrosoftAppId: config.BOT_ID,
    MicrosoftAppPassword: config.BOT_PASSWORD ?? '',
    MicrosoftAppType: config.BOT_TENANT_ID ? 'SingleTenant' : 'MultiTenant',
    ...(config.BOT_TENANT_ID ? { MicrosoftAppTenantId: config.BOT_TENANT_ID } : {}),
  });
}
