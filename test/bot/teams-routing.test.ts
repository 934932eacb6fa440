/**
 * The Teams layer's small decisions, as tables: which whole messages are commands, when the
 * welcome is sent, which activities pass the shape check, how the search extension reads its
 * query, and what a failed turn answers. (How turns of one conversation are ordered:
 * conversation-queue.test.ts.)
 */
import { TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { pino } from 'pino';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { checkActivity } from '../../src/bot/teams/activity.js';
import { turnErrorHandler } from '../../src/bot/teams/errors.js';
import { matchCommand } from '../../src/bot/teams/commands.js';
import { clientLanguage, queryText } from '../../src/bot/teams/search-extension.js';
import { welcomeFor } from '../../src/bot/teams/welcome.js';

describe('matchCommand', () => {
  const cases: Array<[string, string | undefined, string]> = [
    ['help', 'help/en', 'the English command'],
    ['  /HELP  ', 'help/en', 'case, slash and spaces do not matter'],
    ['Trợ giúp!', 'help/vi', 'trailing punctuation is allowed'],
    ['tro giup', 'help/vi', 'typed without diacritics'],
    ['trợ giúp'.normalize('NFD'), 'help/vi', 'decomposed Vietnamese (some keyboards) is normalised first'],
    ['hướng dẫn', 'tour/vi', 'the tour'],
    ['Hướng dẫn?', 'tour/vi', 'the tour, asked'],
    ['tour', 'tour/en', 'the English tour'],
    ['Ví dụ', 'examples/vi', 'examples'],
    ['examples', 'examples/en', 'English examples'],
    ['Hướng dẫn nấu phở bò', undefined, 'a question starting with the command word is not the command'],
    ['help me with B.6', undefined, 'an English question starting with help'],
    ['Cần trợ giúp về B.6', undefined, 'the command word inside a question'],
    ['Bộ Y tế phải làm gì? help', undefined, 'the command word at the end of a question'],
    ['', undefined, 'an empty message'],
  ];
  for (const [text, expected, why] of cases) {
    it(`when the message is "${text}" (${why}), then it is ${expected ?? 'not a command'}`, () => {
      const hit = matchCommand(text);
      expect(hit ? `${hit.name}/${hit.language}` : undefined).toBe(expected);
    });
  }
});

describe('welcomeFor', () => {
  const base = { recipient: { id: 'bot' } };
  // 'first-time': sent only if the conversation was never welcomed (the store records it).
  const cases: Array<[string, Record<string, unknown>, 'always' | 'first-time' | 'never']> = [
    [
      'the bot is added to a team',
      { membersAdded: [{ id: 'bot' }], conversation: { id: 'c', conversationType: 'channel' } },
      'always',
    ],
    [
      'the bot is added to a group chat, even one welcomed before',
      { membersAdded: [{ id: 'bot' }], conversation: { id: 'c', conversationType: 'groupChat' } },
      'always',
    ],
    [
      'a user joins a channel',
      { membersAdded: [{ id: 'u' }], conversation: { id: 'c', conversationType: 'channel' } },
      'never',
    ],
    [
      'a user joins a group chat',
      { membersAdded: [{ id: 'u' }], conversation: { id: 'c', conversationType: 'groupChat' } },
      'never',
    ],
    [
      'a personal chat starts',
      { membersAdded: [{ id: 'u' }], conversation: { id: 'c', conversationType: 'personal' } },
      'first-time',
    ],
    [
      'an emulator chat without a type starts',
      { membersAdded: [{ id: 'u' }], conversation: { id: 'c' } },
      'first-time',
    ],
    ['nobody is listed', { membersAdded: [], conversation: { id: 'c' } }, 'never'],
  ];
  for (const [why, activity, expected] of cases) {
    it(`when ${why}, then the welcome is sent ${expected}`, () => {
      expect(welcomeFor({ ...base, ...activity })).toBe(expected);
    });
  }
});

describe('checkActivity', () => {
  const valid = {
    type: 'message',
    channelId: 'msteams',
    serviceUrl: 'https://smba.trafficmanager.net/teams/',
    from: { id: 'u' },
    recipient: { id: 'b' },
    conversation: { id: 'c' },
  };
  it('when a complete activity arrives (with extra Teams fields), then it passes unchanged', () => {
    const withExtras = { ...valid, channelData: { tenant: { id: 't' } }, entities: [], text: 'B.6' };
    expect(checkActivity(withExtras)).toEqual({ ok: true, activity: withExtras });
  });
  it('when replies come back in the response (expectReplies) or it is an invoke, then serviceUrl may be absent', () => {
    const { serviceUrl: _s, ...noUrl } = valid;
    expect(checkActivity({ ...noUrl, deliveryMode: 'expectReplies' }).ok).toBe(true);
    expect(checkActivity({ ...noUrl, type: 'invoke' }).ok).toBe(true);
    expect(checkActivity(noUrl)).toEqual({ ok: false, message: expect.stringMatching(/^serviceUrl: /u) });
  });
  it('when fields have the wrong type, then the message names each of them', () => {
    const r = checkActivity({ ...valid, type: 3, conversation: { id: '' } });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toMatch(/type: /u);
      expect(r.message).toMatch(/conversation\.id: /u);
    }
  });
});

describe('queryText', () => {
  it('when the extension sends its parameter, the initial run, or another name, then the typed text is read', () => {
    expect(queryText({ query: '  VNeID ' })).toBe('VNeID');
    expect(queryText({ initialRun: 'true' })).toBe('');
    expect(queryText({ searchQuery: 'B.6' })).toBe('B.6');
    expect(queryText({ query: 'x'.repeat(1000) })).toHaveLength(300);
  });
});

describe('clientLanguage', () => {
  it('when the Teams client is English, then the search cards are labelled in English; otherwise in Vietnamese', () => {
    expect(['en-us', 'en-GB', 'vi-vn', 'fr-fr', undefined, 3].map(clientLanguage)).toEqual([
      'en',
      'en',
      'vi',
      'vi',
      'vi',
      'vi',
    ]);
  });
});

describe('turnErrorHandler', () => {
  /** Runs the handler on a turn of botbuilder's own TestAdapter; returns what it sent and logged. */
  async function fail(activity: Partial<Activity>): Promise<{ sent: Array<Partial<Activity>>; log: string }> {
    const lines: string[] = [];
    const logger = pino(
      new Writable({
        write(chunk, _e, cb) {
          lines.push(String(chunk));
          cb();
        },
      }),
    );
    const context = new TurnContext(new TestAdapter(), {
      id: 'act-1',
      channelId: 'msteams',
      conversation: { id: 'c-1' },
      from: { id: 'u' },
      recipient: { id: 'b' },
      ...activity,
    } as Activity);
    const sent: Array<Partial<Activity>> = [];
    context.onSendActivities(async (_c, activities, next) => {
      sent.push(...activities);
      return next();
    });
    await turnErrorHandler(logger)(context, new Error('store unavailable'));
    return { sent, log: lines.join('') };
  }

  it('when a search invoke fails, then its result is the apology as a message (Teams does not wait for a timeout), and the log has the ids only', async () => {
    const { sent, log } = await fail({
      type: 'invoke',
      name: 'composeExtension/query',
      value: { parameters: [{ name: 'query', value: 'CCCD 012345678901' }] },
    });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      type: 'invokeResponse',
      value: { status: 200, body: { composeExtension: { type: 'message', text: expect.stringMatching(/^Xin lỗi/u) } } },
    });
    expect(log).toContain('act-1');
    expect(log).not.toContain('012345678901');
  });

  it('when another invoke fails, then it is answered 500 without a body', async () => {
    const { sent } = await fail({ type: 'invoke', name: 'adaptiveCard/action' });
    expect(sent[0]).toMatchObject({ type: 'invokeResponse', value: { status: 500 } });
  });

  it('when a message turn fails, then the user gets the apology card', async () => {
    const { sent } = await fail({ type: 'message', text: 'B.6' });
    expect(sent).toHaveLength(1);
    expect(sent[0]?.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(sent[0]?.summary ?? '').toMatch(/^Xin lỗi/u);
  });
});
