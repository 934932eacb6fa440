/**
 * The floor for the HTTP benchmark: a bare restify server with the same body parsing as the bot,
 * whose one route parses JSON and answers. Whatever /api/ask and /api/messages cost beyond this is
 * the bot's own work. GET /healthz answers once it listens.
 */
import restify from 'restify';

const server = restify.createServer({ name: 'floor' });
server.use(restify.plugins.bodyParser({ maxBodySize: 64 * 1024, mapParams: false }));
server.post('/floor', (req, res, next) => {
  res.send(200, { ok: true, length: JSON.stringify(req.body ?? null).length });
  next();
});
server.get('/healthz', (_req, res, next) => {
  res.send(200, { status: 'ok' });
  next();
});
server.listen(Number(process.env['PORT'] ?? 0), '127.0.0.1');
process.on('SIGTERM', () => {
  server.close(() => process.exit(0));
});
