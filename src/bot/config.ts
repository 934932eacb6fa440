/**
 * Every setting the server reads, from one place. `loadConfig` takes the environment as data and
 * returns a result: the composition root prints the issues and exits on failure.
 */
import { z } from 'zod/v4';
import { parseTrustedProxies } from './http/client-address.js';

const int = (def: number, min = 0) => z.coerce.number().int().min(min).default(def);
const optionalString = z.string().trim().min(1).optional().catch(undefined);

export const ConfigSchema = z.object({
  NODE_ENV: z.string().default('development'),
  /** Port of the HTTP server (Teams, Zalo, /api/ask, web page). 0 picks a free one. */
  PORT: int(3978),
  /** Address to listen on. */
  HOST: z.string().default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Path of the directive's text. */
  SEED_PATH: z.string().default('seeds/chi-thi-05-CT-TTg-2023.txt'),

  /** Azure Bot registration. Without BOT_ID the bot runs open (local use only). */
  BOT_ID: optionalString,
  BOT_PASSWORD: optionalString,
  /** Tenant of a single-tenant Azure bot (new bots are single-tenant). */
  BOT_TENANT_ID: optionalString,

  /** Conversation state: sqlite (default), redis, or memory (tests only). */
  STATE_STORE: z.enum(['sqlite', 'redis', 'memory']).default('sqlite'),
  STATE_SQLITE_PATH: z.string().default('data/state.sqlite'),
  REDIS_URL: optionalString,
  /** A Redis command not answered within this long fails, and the turn goes on without the store. */
  REDIS_COMMAND_TIMEOUT_MS: int(2000, 50),
  /** Conversations untouched for this long are forgotten. */
  STATE_TTL_SECONDS: int(30 * 24 * 3600, 60),

  /**
   * Zalo Official Account: the webhook (POST /zalo/webhook) is off (404) unless the app id, the OA
   * secret key (it signs the webhook's events) and a first token (access or refresh) are set.
   */
  ZALO_APP_ID: optionalString,
  ZALO_OA_SECRET_KEY: optionalString,
  /** The OA access token to start with (it lives about 25 hours). */
  ZALO_OA_ACCESS_TOKEN: optionalString,
  /**
   * The OA refresh token to start with (single-use, about 3 months). With ZALO_APP_SECRET_KEY the
   * access token is refreshed before it expires, and the newest pair is kept in the state store.
   */
  ZALO_OA_REFRESH_TOKEN: optionalString,
  /** The Zalo app's secret key (developers.zalo.me), sent to the OAuth v4 token endpoint. */
  ZALO_APP_SECRET_KEY: optionalString,
  ZALO_API_BASE_URL: z.string().url().default('https://openapi.zalo.me'),
  ZALO_OAUTH_BASE_URL: z.string().url().default('https://oauth.zaloapp.com'),
  /** The access token is refreshed this long before it expires. */
  ZALO_TOKEN_REFRESH_AHEAD_SECONDS: int(3600, 0),
  /** Webhook events whose timestamp is further than this from now are refused. */
  ZALO_TIMESTAMP_WINDOW_SECONDS: int(300, 1),
  /** An answer needing more Zalo messages than this is sent in its compact form. */
  ZALO_MAX_MESSAGES: int(3, 1),

  /** Zalo Bot Platform: the bot's webhook (POST /zalo/bot/webhook) is off (404) unless both are set. */
  ZALO_BOT_TOKEN: optionalString,
  /** The secret Zalo sends in X-Bot-Api-Secret-Token (8 to 256 characters; set with setWebhook). */
  ZALO_BOT_SECRET_TOKEN: z.string().trim().min(8).max(256).optional(),
  ZALO_BOT_API_BASE_URL: z.string().url().default('https://bot-api.zaloplatforms.com'),

  /** Requests per minute per client address on POST /api/ask; 0 turns the limit off. */
  ASK_RATE_LIMIT_PER_MINUTE: int(60),
  /**
   * Reverse proxies whose X-Forwarded-For is believed when finding a client's address (addresses
   * or CIDR ranges, comma-separated). Empty: the TCP peer is the client.
   */
  TRUST_PROXY: z.string().default(''),
  /** Longer messages are answered from their first part, with a note. */
  MAX_QUESTION_LENGTH: int(2000, 50),
  /**
   * Answers kept for repeated questions, shared by all conversations (0: none): the engine's one
   * cache (src/intents/answer-cache.ts), a few hundred KB.
   */
  ANSWER_CACHE_SIZE: int(500),
  /** Request bodies over this many bytes get 413 on every route. */
  MAX_BODY_BYTES: int(64 * 1024, 1024),
  /**
   * Node's requestTimeout and headersTimeout: a request whose headers and body have not arrived
   * within this long gets 408 and its connection is closed (Node checks every 30 s). Slow
   * clients are the reverse proxy's job (deploy/nginx.conf); this is the backstop.
   */
  REQUEST_TIMEOUT_MS: int(15_000, 100),
  /**
   * Node's keepAliveTimeout: an idle keep-alive connection is closed after this long. Longer than
   * the proxy's upstream keepalive_timeout (deploy/nginx.conf: 60 s), so the proxy closes first.
   */
  KEEP_ALIVE_TIMEOUT_MS: int(65_000, 100),
  /** On SIGTERM, in-flight turns get this long before the process exits anyway. */
  SHUTDOWN_TIMEOUT_MS: int(10_000, 100),
  /**
   * Bearer token for the operator's routes, GET /metrics (Prometheus) and GET /admin/review
   * (unanswered questions). Unset: both answer 404. At least 16 characters.
   */
  ADMIN_TOKEN: z.string().trim().min(16).optional(),
  /** Groups of unanswered questions kept for review, most recent first (older ones are dropped). */
  REVIEW_MAX_GROUPS: int(1000, 10),
  /** A group of unanswered questions not seen for this many days is dropped. */
  REVIEW_MAX_AGE_DAYS: int(90, 1),
});
export type Config = z.infer<typeof ConfigSchema>;

export type ConfigResult = { ok: true; config: Config } | { ok: false; errors: string[] };

/** Reads settings from an environment-like record. Never throws. */
export function loadConfig(env: Record<string, string | undefined>): ConfigResult {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = ConfigSchema.safeParse(cleaned);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  }
  const config = parsed.data;
  const errors: string[] = [];
  if (config.STATE_STORE === 'redis' && config.REDIS_URL === undefined) {
    errors.push('REDIS_URL: required when STATE_STORE=redis');
  }
  if (config.BOT_ID !== undefined && config.BOT_PASSWORD === undefined) {
    errors.push('BOT_PASSWORD: required when BOT_ID is set');
  }
  const proxies = parseTrustedProxies(config.TRUST_PROXY);
  if (!proxies.ok) {
    errors.push(`TRUST_PROXY: not an IP address or CIDR range: ${proxies.invalid.join(', ')}`);
  }
  if (config.ZALO_OA_REFRESH_TOKEN !== undefined && config.ZALO_APP_SECRET_KEY === undefined) {
    errors.push('ZALO_APP_SECRET_KEY: required when ZALO_OA_REFRESH_TOKEN is set (the token endpoint needs it)');
  }
  if (config.NODE_ENV === 'production' && config.BOT_ID === undefined) {
    errors.push('BOT_ID: required when NODE_ENV=production (the bot would otherwise accept unauthenticated requests)');
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, config };
}

/** true when the Zalo OA channel is configured: app id, OA secret key and a first token. */
export function zaloEnabled(config: Config): boolean {
  return (
    config.ZALO_APP_ID !== undefined &&
    config.ZALO_OA_SECRET_KEY !== undefined &&
    (config.ZALO_OA_ACCESS_TOKEN !== undefined || config.ZALO_OA_REFRESH_TOKEN !== undefined)
  );
}

/** true when the Zalo Bot Platform channel is configured: its token and its webhook secret. */
export function zaloBotEnabled(config: Config): boolean {
  return config.ZALO_BOT_TOKEN !== undefined && config.ZALO_BOT_SECRET_TOKEN !== undefined;
}
