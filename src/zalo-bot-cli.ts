/**
 * Sets up the Zalo Bot Platform channel from the command line.
 *
 *   npm run --silent zalo-bot -- get-me                    the bot's account
 *   npm run --silent zalo-bot -- set-webhook https://host/zalo/bot/webhook
 *                                                          points the bot's events at this server,
 *                                                          signed with ZALO_BOT_SECRET_TOKEN
 *   npm run --silent zalo-bot -- webhook-info              the webhook's URL (not its secret)
 *   npm run --silent zalo-bot -- delete-webhook            removes the webhook
 *
 * Reads ZALO_BOT_TOKEN, ZALO_BOT_SECRET_TOKEN (set-webhook only) and ZALO_BOT_API_BASE_URL from
 * the environment. Zalo's `result` goes to stdout as JSON; errors go to stderr, never with the
 * token or the secret, and the exit status is 1 (2 for a usage error).
 */
import { loadConfig } from './bot/config.js';
import { runIfMain } from './run-main.js';
import { ZALO_BOT_WEBHOOK_PATH } from './bot/zalo-bot/webhook-route.js';
import { createZaloBotApi, describeFailure, type BotApiResult } from './bot/zalo-bot/api.js';

const USAGE = `Usage: npm run --silent zalo-bot -- <command>
  get-me               the bot's account (checks ZALO_BOT_TOKEN)
  set-webhook <url>    sends the bot's events to <url> (https://…${ZALO_BOT_WEBHOOK_PATH}), signed with ZALO_BOT_SECRET_TOKEN
  webhook-info         the webhook's URL
  delete-webhook       removes the webhook`;

/** Runs one command; returns the exit status. */
export async function runZaloBotCli(
  args: readonly string[],
  env: Record<string, string | undefined>,
  out: (line: string) => void,
  err: (line: string) => void,
): Promise<number> {
  const [command, ...rest] = args;
  const known = ['get-me', 'set-webhook', 'webhook-info', 'delete-webhook'];
  if (command === undefined || !known.includes(command) || rest.length !== (command === 'set-webhook' ? 1 : 0)) {
    err(USAGE);
    return 2;
  }
  // Only the bot's settings: the server's other settings (and their checks) do not matter here.
  const loaded = loadConfig({
    ZALO_BOT_TOKEN: env['ZALO_BOT_TOKEN'],
    ZALO_BOT_SECRET_TOKEN: env['ZALO_BOT_SECRET_TOKEN'],
    ZALO_BOT_API_BASE_URL: env['ZALO_BOT_API_BASE_URL'],
  });
  if (!loaded.ok) {
    for (const e of loaded.errors) err(`Invalid setting: ${e}`);
    return 1;
  }
  const config = loaded.config;
  if (config.ZALO_BOT_TOKEN === undefined) {
    err('ZALO_BOT_TOKEN is not set (the token from bot.zaloplatforms.com).');
    return 1;
  }
  const api = createZaloBotApi({ baseUrl: config.ZALO_BOT_API_BASE_URL, token: config.ZALO_BOT_TOKEN });

  let result: BotApiResult;
  if (command === 'set-webhook') {
    const url = rest[0]!;
    let parsed: URL | undefined;
    try {
      parsed = new URL(url);
    } catch {
      parsed = undefined;
    }
    if (parsed?.protocol !== 'https:') {
      err(`Not an HTTPS URL: ${url} (Zalo only delivers to https://…)`);
      return 1;
    }
    if (config.ZALO_BOT_SECRET_TOKEN === undefined) {
      err('ZALO_BOT_SECRET_TOKEN is not set (8 to 256 characters; the server checks it on every delivery).');
      return 1;
    }
    if (!parsed.pathname.endsWith(ZALO_BOT_WEBHOOK_PATH)) {
      err(`Note: this server receives the bot's events on ${ZALO_BOT_WEBHOOK_PATH}; ${parsed.pathname} is set anyway.`);
    }
    result = await api.setWebhook(url, config.ZALO_BOT_SECRET_TOKEN);
  } else if (command === 'get-me') {
    result = await api.getMe();
  } else if (command === 'webhook-info') {
    result = await api.getWebhookInfo();
  } else {
    result = await api.deleteWebhook();
  }

  if (!result.ok) {
    err(`Zalo Bot API call ${command} failed: ${describeFailure(result)}`);
    return 1;
  }
  out(JSON.stringify(result.result ?? null, null, 2));
  return 0;
}

runIfMain(import.meta.url, () =>
  runZaloBotCli(
    process.argv.slice(2),
    process.env,
    (line) => process.stdout.write(`${line}\n`),
    (line) => process.stderr.write(`${line}\n`),
  ),
);
