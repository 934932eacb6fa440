/**
 * The composition root (`npm start`, `npm run dev`): reads the settings from the environment,
 * builds the service (src/bot/app.ts), listens, and stops gracefully on SIGTERM / SIGINT.
 *
 * Exit codes: 1 when the settings are wrong or the service cannot start (message on stderr);
 * after a signal, 0 when everything finished within SHUTDOWN_TIMEOUT_MS, 1 otherwise.
 */
import { loadConfig } from './bot/config.js';

async function main(): Promise<void> {
  const loaded = loadConfig(process.env);
  if (!loaded.ok) {
    process.stderr.write(
      `Trợ lý Chỉ thị 05 cannot start; fix these settings:\n${loaded.errors.map((e) => `  - ${e}`).join('\n')}\n`,
    );
    process.exit(1);
  }
  const config = loaded.config;
  // Imported after the settings are checked, so a wrong setting fails at once.
  const [{ buildApp }, { createLogger }, { installGracefulShutdown }, { installProcessGuards }] = await Promise.all([
    import('./bot/app.js'),
    import('./bot/logger.js'),
    import('./bot/shutdown.js'),
    import('./bot/process-guards.js'),
  ]);
  const logger = createLogger({ level: config.LOG_LEVEL });
  // Start-up and shutdown lines are written even at LOG_LEVEL=warn/error (not at silent).
  const lifecycle = config.LOG_LEVEL === 'silent' ? logger : logger.child({}, { level: 'info' });
  installProcessGuards(logger);
  if (config.BOT_ID === undefined) {
    logger.warn(
      '!!! BOT_ID is not set: POST /api/messages accepts UNAUTHENTICATED requests. Local use only. Set BOT_ID, BOT_PASSWORD and BOT_TENANT_ID for Teams. !!!',
    );
  }

  const app = await buildApp(config, { logger });
  installGracefulShutdown({ stop: (ms) => app.close(ms), logger: lifecycle, timeoutMs: config.SHUTDOWN_TIMEOUT_MS });
  const { url, port } = await app.listen(config.PORT, config.HOST);
  lifecycle.info(
    { url, port, store: config.STATE_STORE, document: app.deps.engine.stats.documentNumber },
    `listening on ${url}`,
  );
}

main().catch((e: unknown) => {
  process.stderr.write(`Trợ lý Chỉ thị 05 failed to start: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
