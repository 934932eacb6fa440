/**
 * The Teams layer's small decisions, as tables: which whole messages are commands, when the
 * welcome is sent, which activities pass the shape check, and how the search extension reads its
 * query. (How turns of one conversation are ordered: conversation-queue.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { checkActivity } from '../../src/bot/teams/activity.js';
import { matchCommand } from '../../src/bot/teams/commands.js';
import { clientLanguage, queryText } from '../../src/bot/teams/search-extension.js';
import { shouldWelcome } from '../../src/bot/teams/welcome.js';

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

describe('shouldWelcome', () => {
  const base = { recipient: { id: 'bot' } };
  const cases: Array<[string, Record<string, unknown>, boolean, boolean]> = [
    ['the bot is added to a team', { membersAdded: [{ id: 'bot' }], conversation: { id: 'c', conversationType: 'channel' } }, false, true],
    ['the bot is added again after a welcome', { membersAdded: [{ id: 'bot' }], conversation: { id: 'c', conversationType: 'groupChat' } }, true, true],
    ['a user joins a channel', { membersAdded: [{ id: 'u' }], conversation: { id: 'c', conversationType: 'channel' } }, false, false],
    ['a user joins a group chat', { membersAdded: [{ id: 'u' }], conversation: { id: 'c', conversationType: 'groupChat' } }, false, false],
    ['a personal chat starts', { membersAdded: [{ id: 'u' }], conversation: { id: 'c', conversationType: 'personal' } }, false, true],
    ['a personal chat was already welcomed', { membersAdded: [{ id: 'u' }], conversation: { id: 'c', conversationType: 'personal' } }, true, false],
    ['an emulator chat without a type starts', { membersAdded: [{ id: 'u' }], conversation: { id: 'c' } }, false, true],
    ['nobody is listed', { membersAdded: [], conversation: { id: 'c' } }, false, false],
  ];
  for (const [why, activity, welcomed, expected] of cases) {
    it(`when ${why}, then the welcome is ${expected ? '' : 'not '}sent`, () => {
      expect(shouldWelcome({ ...base, ...activity }, welcomed)).toBe(expected);
    });
  }
});

describe('checkActivity', () => {
  const valid = { type: 'message', channelId: 'msteams', serviceUrl: 'https://smba.trafficmanager.net/teams/', from: { id: 'u' }, recipient: { id: 'b' }, conversation: { id: 'c' } };
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
    expect(['en-us', 'en-GB', 'vi-vn', 'fr-fr', undefined, 3].map(clientLanguage)).toEqual(['en', 'en', 'vi', 'vi', 'vi', 'vi']);
  });
});
