/**
 * The Teams endpoint end to end over real HTTP on an ephemeral port. Activities with deliveryMode
 * "expectReplies" return their replies in the response body ({"activities": […]}), and invokes
 * return their result, so cards, the tour across turns, commands, the search extension, the
 * welcome and the error paths are checked without a Bot Framework connector.
 */
import { Writable } from 'node:stream';
import { pino } from 'pino';
import type { Server } from 'restify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigSchema } from '../../src/bot/config.js';
import { createLogger } from '../../src/bot/logger.js';
import { createServer } from '../../src/bot/server.js';
import { createMemoryStore } from '../../src/bot/state/memory-store.js';
import { ETagConflictError, type StateStore } from '../../src/bot/state/store.js';
import { registerTeamsRoutes } from '../../src/bot/teams/index.js';
import { skipRedisTests, startRedis, type TestRedis } from '../helpers/redis.js';
import { depsOver, startTestServer, type TestServer } from '../helpers/server.js';
import { nodes, type Json } from '../helpers/card-nodes.js';

interface Reply {
  type: string;
  summary?: string;
  attachments?: Array<{ contentType: string; content: Json }>;
  value?: Json;
}

let seq = 0;
const SERVICE_URL = 'https://smba.trafficmanager.net/teams/';

/** A Teams-like activity from user-1 to bot-1 in `conversation`, replies returned in the response. */
function activity(conversation: string, extra: Json = {}): Json {
  return {
    type: 'message',
    id: `act-${++seq}`,
    channelId: 'msteams',
    serviceUrl: SERVICE_URL,
    from: { id: 'user-1', name: 'Cán bộ' },
    recipient: { id: 'bot-1', name: 'Trợ lý Chỉ thị 05' },
    conversation: { id: conversation },
    deliveryMode: 'expectReplies',
    ...extra,
  };
}

function searchInvoke(parameters: Array<{ name: string; value: string }>): Json {
  return {
    ...activity('conv-me'),
    type: 'invoke',
    name: 'composeExtension/query',
    deliveryMode: undefined,
    value: { commandId: 'searchDirective', parameters, queryOptions: { skip: 0, count: 25 } },
  };
}

async function post(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: Json | undefined; raw: string }> {
  const r = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const raw = await r.text();
  let json: Json | undefined;
  try {
    json = JSON.parse(raw) as Json;
  } catch {
    json = undefined;
  }
  return { status: r.status, json, raw };
}

/** The replies of an expectReplies turn. */
async function turn(url: string, body: Json): Promise<Reply[]> {
  const r = await post(url, body);
  expect(r.status).toBe(200);
  return ((r.json?.['activities'] ?? []) as Reply[]).filter((a) => a.type === 'message');
}

const cardOf = (reply: Reply | undefined) =>
  reply?.attachments?.[0]?.content as {
    body: unknown[];
    actions?: Array<{ title: string; data: Json }>;
    fallbackText: string;
  };

const runs = (reply: Reply | undefined) =>
  nodes(cardOf(reply))
    .filter((n) => n['type'] === 'TextRun')
    .map((n) => String(n['text']));
/** Citation ids shown as items ("[B.10] ") or record titles on a card. */
const citedIds = (reply: Reply | undefined) => runs(reply).flatMap((t) => /^\[([A-Z0-9.]+)\] $/u.exec(t)?.[1] ?? []);
const tourStep = (reply: Reply | undefined) => /bước (\d+)\/\d+/u.exec(cardOf(reply).fallbackText)?.[1];

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => s.close());

describe('questions and commands', () => {
  it('when a question arrives with expectReplies, then one Adaptive Card answers it citing B.10 and B.12, with a summary for notifications', async () => {
    const [reply, ...rest] = await turn(
      s.url,
      activity('conv-q', { text: 'Bộ Y tế phải hoàn thành gì đến hết tháng 6/2023?' }),
    );
    expect(rest).toEqual([]);
    expect(reply!.attachments![0]!.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(cardOf(reply).fallbackText).toMatch(/^Bộ Y tế/u);
    expect(reply!.summary).toMatch(/^Bộ Y tế/u);
    const own = citedIds(reply);
    expect(own).toContain('B.10');
    expect(own).toContain('B.12');
    expect(own).not.toContain('B.34');
  });

  it('when the bot is @mentioned in a channel, then the mention is removed before the question is answered', async () => {
    const [reply] = await turn(
      s.url,
      activity('conv-mention', {
        text: '<at>Trợ lý Chỉ thị 05</at> B.6 là gì?',
        entities: [
          {
            type: 'mention',
            text: '<at>Trợ lý Chỉ thị 05</at>',
            mentioned: { id: 'bot-1', name: 'Trợ lý Chỉ thị 05' },
          },
        ],
        conversation: { id: 'conv-mention', conversationType: 'channel' },
      }),
    );
    expect(runs(reply)[0]).toMatch(/B\.6/u);
  });

  it('when a follow-up refers to the previous answer, then the conversation context was kept between turns', async () => {
    await turn(s.url, activity('conv-follow', { text: 'Ai chủ trì cấp giấy khai sinh điện tử?' }));
    const [reply] = await turn(s.url, activity('conv-follow', { text: 'Hạn khi nào?' }));
    expect(cardOf(reply).fallbackText).toMatch(/B\.34/u);
  });

  it('when the whole message is a command (trợ giúp, help, ví dụ), then help or the examples come back; a question that starts with "Hướng dẫn" reaches the engine', async () => {
    const [help] = await turn(s.url, activity('conv-cmd', { text: 'trợ giúp' }));
    expect(runs(help)[0]).toMatch(/có thể giúp gì/u);
    const [english] = await turn(s.url, activity('conv-cmd-en', { text: '/help' }));
    expect(runs(english)[0]).toBe('What the Directive 05 assistant can do');
    const [examples] = await turn(s.url, activity('conv-cmd', { text: 'Ví dụ' }));
    expect(cardOf(examples).actions!.map((a) => a.title)).toContain('Ai chủ trì cấp giấy khai sinh điện tử?');
    const [pho] = await turn(s.url, activity('conv-cmd', { text: 'Hướng dẫn nấu phở bò' }));
    expect(cardOf(pho).fallbackText).toMatch(/không đề cập/u);
    expect(tourStep(pho)).toBeUndefined();
  });

  it('when an example button is pressed (messageBack text, or submitted data without text), then its question is answered', async () => {
    const [messageBack] = await turn(
      s.url,
      activity('conv-btn', { text: 'B.6 là gì?', value: { verb: 'ask', question: 'B.6 là gì?' } }),
    );
    expect(citedIds(messageBack)).toContain('B.6');
    const [submit] = await turn(
      s.url,
      activity('conv-btn', { value: { verb: 'ask', question: 'Ai chủ trì cấp giấy khai sinh điện tử?' } }),
    );
    expect(citedIds(submit)).toContain('B.34');
    const [broken] = await turn(s.url, activity('conv-btn', { value: { verb: 'ask' } }));
    expect(cardOf(broken).fallbackText).toMatch(/^Xin chào/u);
  });

  it('when an item’s full text is requested with the source button, then the whole row comes back', async () => {
    const [reply] = await turn(s.url, activity('conv-src', { value: { verb: 'source', id: 'B.6' } }));
    expect(runs(reply)).toContain(s.app.deps.engine.source('B.6')!.text);
  });

  it('when a question carries markup, then it comes back only as literal TextRun text, never in a markdown field', async () => {
    const evil = '<script>alert(1)</script> **x** [click](http://evil.example)';
    for (const body of [
      activity('conv-xss', { text: evil }),
      activity('conv-xss', { value: { verb: 'ask', question: evil } }),
    ]) {
      const replies = await turn(s.url, body);
      for (const n of replies.flatMap((r) => nodes(r.attachments))) {
        if (n['type'] === 'TextBlock') expect(String(n['text'])).not.toMatch(/<script>|\]\(http/u);
      }
    }
  });
});

describe('the guided tour', () => {
  it('when the tour is walked across turns (start → next → next → back → exit), then each step follows from the state kept between turns', async () => {
    const conv = `conv-tour-${Date.now()}`;
    const steps: Array<string | undefined> = [];
    const [first] = await turn(s.url, activity(conv, { text: 'hướng dẫn' }));
    steps.push(tourStep(first));
    expect(cardOf(first).actions!.map((a) => a.data)).toEqual([
      { verb: 'tour', op: 'next' },
      { verb: 'tour', op: 'exit' },
    ]);
    for (const op of ['next', 'next', 'back'])
      steps.push(tourStep((await turn(s.url, activity(conv, { value: { verb: 'tour', op } })))[0]));
    expect(steps).toEqual(['1', '2', '3', '2']);
    const [typed] = await turn(s.url, activity(conv, { text: 'tiếp theo' }));
    expect(tourStep(typed)).toBe('3');
    const [exit] = await turn(s.url, activity(conv, { value: { verb: 'tour', op: 'exit' } }));
    expect(cardOf(exit).fallbackText).toMatch(/thoát/iu);
    expect(cardOf(exit).actions!.map((a) => a.data['op'])).toContain('start');
  });

  it('when ten Next presses of one conversation arrive at once, then they run one after another and each step is shown once', async () => {
    const conv = `conv-burst-${Date.now()}`;
    await turn(s.url, activity(conv, { value: { verb: 'tour', op: 'start' } }));
    const replies = await Promise.all(
      Array.from({ length: 10 }, () => turn(s.url, activity(conv, { value: { verb: 'tour', op: 'next' } }))),
    );
    expect(replies.map((r) => Number(tourStep(r[0]))).sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });
});

describe('the search message extension', () => {
  it('when "VNeID" and "Bộ Y tế tháng 6" are searched, then matching items come back as a list within Teams’ 5 seconds', async () => {
    for (const [query, expected] of [
      ['VNeID', 'B.6'],
      ['Bộ Y tế tháng 6', 'B.10'],
    ] as const) {
      const started = Date.now();
      const r = await post(s.url, searchInvoke([{ name: 'query', value: query }]));
      expect(Date.now() - started).toBeLessThan(1000);
      expect(r.status).toBe(200);
      const result = (
        r.json as {
          composeExtension: {
            type: string;
            attachmentLayout: string;
            attachments: Array<{ contentType: string; preview: { content: { title: string } } }>;
          };
        }
      ).composeExtension;
      expect(result).toMatchObject({ type: 'result', attachmentLayout: 'list' });
      expect(result.attachments.map((a) => a.preview.content.title).join(' ')).toContain(`[${expected}]`);
      expect(result.attachments.every((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')).toBe(true);
    }
  });

  it('when the extension opens (initialRun) or nothing matches, then it lists starters or says nothing matched', async () => {
    const initial = await post(s.url, searchInvoke([{ name: 'initialRun', value: 'true' }]));
    expect((initial.json!['composeExtension'] as { attachments: unknown[] }).attachments.length).toBeGreaterThan(2);
    const none = await post(s.url, searchInvoke([{ name: 'query', value: 'qwxz zzyq' }]));
    expect(none.json!['composeExtension']).toMatchObject({ type: 'message' });
    const english = await post(s.url, { ...searchInvoke([{ name: 'query', value: 'B.6' }]), locale: 'en-us' });
    expect(JSON.stringify(english.json)).toContain('Appendix, task B.6');
  });
});

describe('the welcome', () => {
  it('when the bot is added to a team, then it sends the welcome card with the three example questions', async () => {
    const [reply] = await turn(
      s.url,
      activity('conv-welcome-team', {
        type: 'conversationUpdate',
        membersAdded: [{ id: 'bot-1' }],
        conversation: { id: 'conv-welcome-team', conversationType: 'channel' },
      }),
    );
    expect(cardOf(reply).fallbackText).toMatch(/^Xin chào/u);
    expect(
      cardOf(reply)
        .actions!.filter((a) => a.data['verb'] === 'ask')
        .map((a) => a.title),
    ).toEqual([
      'Bộ Y tế phải hoàn thành gì đến hết tháng 6/2023?',
      'B.6 là gì?',
      'Ai chủ trì cấp giấy khai sinh điện tử?',
    ]);
  });

  it('when a user joins a group chat, then nothing is sent; when a personal chat starts, the welcome is sent once', async () => {
    expect(
      await turn(
        s.url,
        activity('conv-welcome-group', {
          type: 'conversationUpdate',
          membersAdded: [{ id: 'user-9' }],
          conversation: { id: 'conv-welcome-group', conversationType: 'groupChat' },
        }),
      ),
    ).toEqual([]);
    const personal = () =>
      turn(
        s.url,
        activity('conv-welcome-personal', {
          type: 'conversationUpdate',
          membersAdded: [{ id: 'user-1' }],
          conversation: { id: 'conv-welcome-personal', conversationType: 'personal' },
        }),
      );
    expect(await personal()).toHaveLength(1);
    expect(await personal()).toEqual([]);
  });
});

describe('malformed requests', () => {
  it('when the body is not JSON, not an activity, or lacks conversation/from/recipient/channelId, then the answer is 400 with a JSON message', async () => {
    const cases: Array<[unknown, RegExp]> = [
      ['{"type": "message", ', /JSON/u],
      [[1, 2], /activity/u],
      ['"text"', /activity/u],
      [
        {
          type: 'message',
          text: 'hi',
          channelId: 'msteams',
          from: { id: 'u' },
          recipient: { id: 'b' },
          deliveryMode: 'expectReplies',
        },
        /conversation/u,
      ],
      [{ ...activity('c'), from: undefined }, /from/u],
      [{ ...activity('c'), recipient: { name: 'no id' } }, /recipient\.id/u],
      [{ ...activity('c'), channelId: undefined }, /channelId/u],
      [{ ...activity('c'), type: undefined }, /type/u],
      [{ ...activity('c'), deliveryMode: undefined, serviceUrl: undefined }, /serviceUrl/u],
    ];
    for (const [body, message] of cases) {
      const r = await post(s.url, body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(String(r.json?.['message']), JSON.stringify(body)).toMatch(message);
    }
    expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
  });
});

describe('with BOT_ID set', () => {
  it('when a request carries no token or an invalid one, then it is refused with 401 and a JSON message, and nothing is answered', async () => {
    const secured = await startTestServer({
      BOT_ID: '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b',
      BOT_PASSWORD: 'not-a-real-secret',
      BOT_TENANT_ID: '11111111-2222-3333-4444-555555555555',
    });
    try {
      const none = await post(secured.url, activity('conv-auth', { text: 'B.6' }));
      expect(none.status).toBe(401);
      expect(none.json).toMatchObject({ code: 'Unauthorized' });
      const garbage = await post(secured.url, activity('conv-auth', { text: 'B.6' }), {
        authorization: 'Bearer abc.def.ghi',
      });
      expect(garbage.status).toBe(401);
      expect(garbage.json).toMatchObject({ code: 'Unauthorized' });
      expect((await post(secured.url, 'not json', { authorization: 'Bearer x' })).status).toBe(400);
      expect(secured.logs()).not.toContain('not-a-real-secret');
    } finally {
      await secured.close();
    }
  });

  it('when a well-formed token cannot be checked (its signing keys are out of reach here), then it is refused and the reply reveals no internals', async () => {
    const secured = await startTestServer({
      BOT_ID: '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b',
      BOT_PASSWORD: 'not-a-real-secret',
    });
    const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const token = `${b64({ alg: 'RS256', typ: 'JWT', kid: 'unknown' })}.${b64({ iss: 'https://api.botframework.com', aud: '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b', exp: Math.floor(Date.now() / 1000) + 600 })}.c2ln`;
    try {
      const r = await post(secured.url, activity('conv-auth-jwt', { text: 'B.6' }), {
        authorization: `Bearer ${token}`,
      });
      // 401 when the key download works and the key is unknown; 500 when it cannot be downloaded.
      expect([401, 500]).toContain(r.status);
      expect(r.json?.['code']).toMatch(/^(Unauthorized|InternalError)$/u);
      expect(r.raw).not.toMatch(/botframework\.com|ENOTFOUND|activities/u);
    } finally {
      await secured.close();
    }
  }, 30_000);
});

describe('when a turn fails', () => {
  /** A server with the real engine and Teams routes over a store that fails the way it is told. */
  async function serverWith(store: StateStore): Promise<{ url: string; logs: () => string; server: Server }> {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _e, cb) {
        lines.push(String(chunk));
        cb();
      },
    });
    const config = ConfigSchema.parse({ STATE_STORE: 'memory', LOG_LEVEL: 'info' });
    const logger = createLogger({ destination: sink as unknown as pino.DestinationStream });
    const deps = depsOver(store, config, logger);
    const { server } = createServer(deps, (srv: Server) => registerTeamsRoutes(srv, deps));
    await new Promise<void>((resolve) => {
      server.listen(0, '127.0.0.1', resolve);
    });
    return { url: `http://127.0.0.1:${server.address().port}`, logs: () => lines.join(''), server };
  }

  // (A store that fails outright does not fail the turn: see store-outage.test.ts. A turn whose
  // write keeps losing the eTag race, eight tries in a row, does.)
  it('when a turn cannot be stored because its eTag keeps conflicting, then a question gets a short apology, the log has the activity id but not the message, the search (which needs no state) still answers, and the server keeps answering', async () => {
    let failing = true;
    const memory = createMemoryStore();
    const store: StateStore = {
      ...memory,
      set: async (key, value, expected) => {
        if (failing && key.includes('conv-fail')) throw new ETagConflictError(key);
        return memory.set(key, value, expected);
      },
    };
    const srv = await serverWith(store);
    try {
      const body = activity('conv-fail', { text: 'Câu hỏi riêng tư của tôi về B.6' });
      const [reply] = await turn(srv.url, body);
      expect(cardOf(reply).fallbackText).toMatch(/^Xin lỗi/u);
      const search = await post(srv.url, searchInvoke([{ name: 'query', value: 'VNeID' }]));
      expect(search.status).toBe(200);
      expect(search.json!['composeExtension']).toMatchObject({ type: 'result', attachmentLayout: 'list' });
      expect(srv.logs()).toContain(String(body['id']));
      expect(srv.logs()).not.toContain('riêng tư');
      failing = false;
      expect(citedIds((await turn(srv.url, activity('conv-fail', { text: 'B.6 là gì?' })))[0])).toContain('B.6');
    } finally {
      srv.server.close();
    }
  });

  it('when another instance wrote the conversation in between (eTag conflict), then the turn re-runs on what the store holds and its answer comes back, with no apology', async () => {
    const memory = createMemoryStore();
    let conflicts = 0;
    const store: StateStore = {
      ...memory,
      // The first write of conv-race loses the race, as if another instance had just answered it.
      set: async (key, value, expected) => {
        if (conflicts === 0 && key.includes('conv-race')) {
          conflicts++;
          throw new ETagConflictError(key);
        }
        return memory.set(key, value, expected);
      },
    };
    const srv = await serverWith(store);
    try {
      const replies = await turn(srv.url, activity('conv-race', { text: 'B.6 là gì?' }));
      expect(conflicts).toBe(1);
      expect(replies).toHaveLength(1);
      expect(citedIds(replies[0])).toContain('B.6');
      expect(cardOf(replies[0]).fallbackText).not.toMatch(/^Xin lỗi/u);
      // The context was written on the second try: a follow-up continues from it.
      const follow = await turn(srv.url, activity('conv-race', { text: 'Ai phối hợp?' }));
      expect(citedIds(follow[0])).toContain('B.6');
      expect(srv.logs()).not.toMatch(/"level":50/u);
    } finally {
      srv.server.close();
    }
  });
});

describe.skipIf(skipRedisTests)('two instances sharing Redis', () => {
  let redis: TestRedis;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => redis.stop());

  it('when one conversation alternates between two instances, then each continues it (tour and follow-ups)', async () => {
    const a = await startTestServer({ STATE_STORE: 'redis', REDIS_URL: redis.url });
    const b = await startTestServer({ STATE_STORE: 'redis', REDIS_URL: redis.url });
    try {
      const conv = `conv-shared-${Date.now()}`;
      const t1 = tourStep((await turn(a.url, activity(conv, { text: 'hướng dẫn' })))[0]);
      const t2 = tourStep((await turn(b.url, activity(conv, { value: { verb: 'tour', op: 'next' } })))[0]);
      const t3 = tourStep((await turn(a.url, activity(conv, { value: { verb: 'tour', op: 'next' } })))[0]);
      expect([t1, t2, t3]).toEqual(['1', '2', '3']);
      // The help-desk API shares the same store: a follow-up on the other instance keeps the window.
      const ask = (url: string, text: string) =>
        fetch(`${url}/api/ask`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ text, conversationId: `${conv}-api` }),
        }).then((r) => r.json() as Promise<{ citations: Array<{ id: string }> }>);
      await ask(a.url, 'Bộ Tài chính phải làm gì trong tháng 3/2023?');
      const ids = (await ask(b.url, 'Còn Bộ Nội vụ?')).citations.map((c) => c.id);
      expect(ids).toContain('B.21');
      expect(ids).not.toContain('B.20');
    } finally {
      await a.close();
      await b.close();
    }
  });
});
