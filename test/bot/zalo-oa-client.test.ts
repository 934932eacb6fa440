/** The OA API client against a local stand-in of Zalo. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOaClient } from '../../src/bot/zalo/oa-client.js';
import type { OaTokens, TokenLease } from '../../src/bot/zalo/oa-token.js';
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
    expect(await client.sendText('246845883529197922', 'Xin chào')).toEqual({
      ok: false,
      errorCode: -216,
      tokenProblem: 'access-token-rejected',
    });
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

  describe('with a token that can be replaced', () => {
    /** Tokens handing out `first`, then `second` after a rejection; records what it is told. */
    function tokens(first: string, second: TokenLease) {
      const told: string[] = [];
      const t: OaTokens = {
        refreshes: true,
        accessToken: () => Promise.resolve({ ok: true, token: first }),
        refreshAfterRejection: (bad) => (told.push(`refresh after ${bad}`), Promise.resolve(second)),
        rejected: (token) => void told.push(`rejected ${token}`),
        accepted: (token) => void told.push(`accepted ${token}`),
        status: () => 'ok',
        start: () => undefined,
        stop: () => undefined,
      };
      return { t, told };
    }

    it('when Zalo says the access token is invalid, then a new one is asked for once and the send is retried with it', async () => {
      const log = captureLogger();
      zalo.reply({ error: -216, message: 'Access token is invalid' });
      const { t, told } = tokens('old-token', { ok: true, token: 'new-token' });
      const client = createOaClient({ baseUrl: zalo.url, tokens: t, logger: log.logger });
      const sending = client.sendText('1', 'x');
      await zalo.waitFor(1);
      zalo.reply({ error: 0, message: 'Success' });
      expect(await sending).toEqual({ ok: true });
      expect(zalo.sent.map((m) => m.accessToken)).toEqual(['old-token', 'new-token']);
      expect(told).toEqual(['refresh after old-token', 'accepted new-token']);
      expect(log.text()).not.toContain('new-token');
    });

    it('when the new token is refused too, then the send is not tried a third time and the token is reported refused', async () => {
      const log = captureLogger();
      zalo.reply({ error: -220, message: 'access_token is expired or removed' });
      const { t, told } = tokens('old-token', { ok: true, token: 'new-token' });
      const client = createOaClient({ baseUrl: zalo.url, tokens: t, logger: log.logger });
      expect(await client.sendText('1', 'x')).toEqual({ ok: false, errorCode: -220 });
      expect(zalo.sent).toHaveLength(2);
      expect(told).toEqual(['refresh after old-token', 'rejected new-token']);
    });

    it('when no token can replace the refused one, then the reason is returned and nothing else is sent', async () => {
      const log = captureLogger();
      zalo.reply({ error: -216, message: 'Access token is invalid' });
      const { t } = tokens('old-token', { ok: false, problem: 'refresh-token-refused' });
      const client = createOaClient({ baseUrl: zalo.url, tokens: t, logger: log.logger });
      expect(await client.sendText('1', 'x')).toEqual({
        ok: false,
        errorCode: -216,
        tokenProblem: 'refresh-token-refused',
      });
      expect(zalo.sent).toHaveLength(1);
    });

    it('when Zalo refuses the message for another reason (no interaction for 7 days), then no new token is asked for', async () => {
      const log = captureLogger();
      zalo.reply({ error: -230, message: 'User has not interacted with the OA in the past 7 days' });
      const { t, told } = tokens('tok', { ok: true, token: 'never' });
      const client = createOaClient({ baseUrl: zalo.url, tokens: t, logger: log.logger });
      expect(await client.sendText('1', 'x')).toEqual({ ok: false, errorCode: -230 });
      expect(told).toEqual([]);
      expect(zalo.sent).toHaveLength(1);
    });

    it('when there is no valid token at all, then nothing is sent and the reason is returned', async () => {
      const log = captureLogger();
      const t: OaTokens = {
        ...tokens('unused', { ok: false, problem: 'access-token-expired' }).t,
        accessToken: () => Promise.resolve({ ok: false, problem: 'access-token-expired' }),
      };
      const client = createOaClient({ baseUrl: zalo.url, tokens: t, logger: log.logger });
      expect(await client.sendText('1', 'x')).toEqual({ ok: false, tokenProblem: 'access-token-expired' });
      expect(zalo.sent).toHaveLength(0);
    });
  });
});
