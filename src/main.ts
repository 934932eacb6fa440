/**
 * The composition root: `npm start`. Reads the settings from the environment, builds the service,
 * listens, and stops gracefully on SIGTERM / SIGINT.
 */
import { buildApp } from './bot/app.js';
import { loadConfig } from './bot/config.js';
import { createLogger } from './bot/logger.js';

async function main(): Promise<void> {
  const loaded = loadConfig(process.env);
  if (!loaded.ok) {
    process.stderr.write(`Trợ lý Chỉ thị 05 cannot start; fix these settings:\n${loaded.errors.map((e) => `  - ${e}`).join('\n')}\n`);
    process.exit(1);
  }
  const config = loaded.config;
  const logger = createLogger({ level: config.LOG_LEVEL });
  if (config.BOT_ID === undefined) {
    logger.warn('!!! BOT_ID is not set: POST /api/messages accepts UNAUTHENTICATED requests. Local use only — set BOT_ID, BOT_PASSWORD and BOT_TENANT_ID for Teams. !!!');
  }
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection (the server keeps running)'));
  process.on('uncaughtException', (err) => logger.error({ err }, 'uncaught exception (the server keeps running)'));

  const app = await buildApp(config, { logger });
  const { url, port } = await app.listen(config.PORT, config.HOST);
  logger.info({ url, port, store: config.STATE_STORE, document: app.deps.engine.stats.documentNumber }, `listening on ${url}`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: no new requests; finishing in-flight turns');
    setTimeout(() => {
      logger.error('shutdown took too long; exiting anyway');
      process.exit(1);
    }, config.SHUTDOWN_TIMEOUT_MS + 1000).unref();
    void app.close(config.SHUTDOWN_TIMEOUT_MS).then((clean) => {
      logger.info({ clean }, 'stopped');
      logger.flush();
      process.exit(clean ? 0 : 1);
    });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

void main().catch((e: unknown) => {
  process.stderr.write(`Trợ lý Chỉ thị 05 failed to start: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
