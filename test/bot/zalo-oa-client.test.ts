/** The OA API client against a local stand-in of Zalo. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOaClient } from '../../src/bot/zalo/oa-client.js';
import { captureLogger, startZaloStandIn, type ZaloStandIn } from '../helpers/zalo-stand-in.js';

let zalo: ZaloStandIn;
beforeEach(async () => {
  zalo = await startZaloStandIn();
});
afterEach(async () => {
  await zalo.close();
});

describe('OA client', () => {
  it('when a text is sent, then Zalo receives the recipient, the text and the access token header', async () => {
    const { logger } = captureLogger();
    const client = createOaClient({ baseUrl: zalo.url, accessToken: 'tok-1', logger });
    expect(await client.sendText('246845883529197922', 'Xin chào')).toEqual({ ok: true });
    expect(zalo.sent).toEqual([{ accessToken: 'tok-1', userId: '246845883529197922', text: 'Xin chào' }]);
  });

  it('when Zalo answers with an error code, then it is logged with the code and message and returned, not thrown', async () => {
    const log = captureLogger();
    zalo.reply({ error: -216, message: 'Access token is invalid' });
    const client = createOaClient({ baseUrl: zalo.url, accessToken: 'expired', logger: log.logger });
    expect(await client.sendText('246845883529197922', 'Xin chào')).toEqual({ ok: false, errorCode: -216 });
    const line = log.lines().find((l) => l['zaloError'] === -216);
    expect(line?.['zaloMessage']).toBe('Access token is invalid');
    expect(log.text()).not.toContain('246845883529197922');
    expect(log.text()).not.toContain('Xin chào');
  });

  it('when Zalo answers with an HTTP error, then the status is reported', async () => {
    const log = captureLogger();
    zalo.reply({ httpStatus: 502 });
    const client = createOaClient({ baseUrl: zalo.url, accessToken: 't', logger: log.logger });
    expect(await client.sendText('1', 'x')).toEqual({ ok: false, status: 502 });
    expect(log.lines().some((l) => l['status'] === 502)).toBe(true);
  });

  it('when Zalo cannot be reached, then the failure is logged and returned', async () => {
    const log = captureLogger();
    const url = zalo.url;
    await zalo.close();
    const client = createOaClient({ baseUrl: url, accessToken: 't', logger: log.logger, timeoutMs: 2000 });
    expect(await client.sendText('1', 'x')).toEqual({ ok: false });
    expect(log.text()).toContain('Zalo OA API unreachable');
    zalo = await startZaloStandIn(); // for afterEach
  });
});
