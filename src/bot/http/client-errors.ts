/**
 * What a client is told when Node's HTTP parser gives up on it before any route sees a request:
 * headers that do not arrive in time, headers that are too large, bytes that are not HTTP. Node
 * answers these with a bare status line; here they get a JSON body with a message, like every
 * other 4xx of this server, and the connection is closed. Errors of a connection that is already
 * gone (reset, broken pipe) get no answer.
 *
 * The headers' deadline is Node's `headersTimeout`, set here to the same time a body gets
 * (REQUEST_TIMEOUT_MS; Node's default is a minute), with Node's check of its connections every
 * second instead of every 30 s.
 */
import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from 'pino';
import { secondsInWords } from './arrival-deadline.js';
import { endLingering } from './lingering-close.js';

/** A JSON answer written straight to the socket. */
interface ClientErrorAnswer {
  status: number;
  reason: string;
  code: string;
  message: string;
}

/** The answer to a client error by Node's error code, or undefined when the client is gone. */
export function clientErrorAnswer(errorCode: string | undefined, headersTimeoutMs: number): ClientErrorAnswer | undefined {
  switch (errorCode) {
    case 'ECONNRESET':
    case 'EPIPE':
      return undefined;
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return { status: 408, reason: 'Request Timeout', code: 'RequestTimeout', message: `The request headers did not arrive within ${secondsInWords(headersTimeoutMs)}.` };
    case 'HPE_HEADER_OVERFLOW':
      return { status: 431, reason: 'Request Header Fields Too Large', code: 'RequestHeaderFieldsTooLarge', message: 'The request headers are too large.' };
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return { status: 413, reason: 'Payload Too Large', code: 'PayloadTooLarge', message: 'The chunk extensions of the request body are too large.' };
    default:
      return { status: 400, reason: 'Bad Request', code: 'BadRequest', message: 'The request is not valid HTTP/1.1.' };
  }
}

/** The whole HTTP response for `answer`, closing the connection. */
function rawResponse(answer: ClientErrorAnswer): Buffer {
  const body = Buffer.from(JSON.stringify({ code: answer.code, message: answer.message }), 'utf8');
  const head = `HTTP/1.1 ${answer.status} ${answer.reason}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n`;
  return Buffer.concat([Buffer.from(head, 'latin1'), body]);
}

/** Checks of Node's connections (headers still arriving) this often, in milliseconds. */
const CONNECTIONS_CHECK_EVERY_MS = 1000;

/**
 * Sets the headers' deadline on `server` (before it listens: Node starts its checks then) and
 * answers client errors with JSON. Logs each one at info with Node's error code only: no address,
 * no bytes of the request.
 */
export function installClientErrorAnswers(server: Server, options: { headersTimeoutMs: number; logger: Logger }): void {
  server.headersTimeout = options.headersTimeoutMs;
  // Read by Node when the server starts listening (`connectionsCheckingInterval` option).
  (server as Server & { connectionsCheckingInterval: number }).connectionsCheckingInterval = Math.min(CONNECTIONS_CHECK_EVERY_MS, options.headersTimeoutMs);
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    const answer = clientErrorAnswer(err.code, options.headersTimeoutMs);
    // As Node does: answer only if no response on this connection has begun to be written.
    const current = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
    if (answer && socket.writable && current?.headersSent !== true) {
      options.logger.info({ code: err.code, status: answer.status }, 'client error: answered and closed the connection');
      endLingering(socket, rawResponse(answer));
    } else socket.destroy();
  });
}
