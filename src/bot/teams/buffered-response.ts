/**
 * A stand-in for the HTTP response that botbuilder's adapter writes to. The adapter ends failed
 * requests with a bare string (the error's own message, e.g. a failed key download); keeping what
 * it wrote lets the route answer those with a short JSON message instead and log the detail.
 * Successful answers (200 with {"activities": …} or an invoke result) pass through unchanged.
 */
import type { Response as BotResponse } from 'botbuilder';

export interface BufferedResponse extends BotResponse {
  readonly statusCode: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
  readonly ended: boolean;
}

export function createBufferedResponse(): BufferedResponse {
  let statusCode = 200;
  let body: unknown;
  let ended = false;
  const headers: Record<string, string> = {};
  const response = {
    socket: undefined,
    get statusCode() {
      return statusCode;
    },
    get headers() {
      return headers;
    },
    get body() {
      return body;
    },
    get ended() {
      return ended;
    },
    status(code: number) {
      statusCode = code;
      return response;
    },
    header(name: string, value: unknown) {
      headers[name] = String(value);
      return response;
    },
    send(value?: unknown) {
      body = value;
      return response;
    },
    end() {
      ended = true;
      return response;
    },
  };
  return response as unknown as BufferedResponse;
}
