/**
 * botbuilder builds a new connector client — a whole Azure HTTP pipeline, with its sanitizer and
 * service-client context — and a new user-token client on every turn, even for a turn answered
 * in the response body (expectReplies) that never calls out. Both depend only on the bot's app
 * id, the channel's service URL and the token audience, so they are built once per such key and
 * reused (botbuilder's clients are safe to share; tokens are cached by their credentials).
 */
import type { TeamsAdapter } from '@microsoft/teams-ai';
import type { BotFrameworkAuthentication, ClaimsIdentity } from 'botframework-connector';

/** At most this many distinct keys are kept (a bot talks to a handful of service URLs). */
const MAX_KEYS = 64;

function memo<T>(cache: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  let p = cache.get(key);
  if (!p) {
    if (cache.size >= MAX_KEYS) cache.delete(cache.keys().next().value as string);
    p = make();
    cache.set(key, p);
    // A failed build is not remembered: the next turn tries again.
    p.catch(() => cache.delete(key));
  }
  return p;
}

function appIdOf(claims: ClaimsIdentity | undefined): string {
  const c = claims?.claims.find((x) => x.type === 'appid' || x.type === 'azp' || x.type === 'aud');
  return c?.value ?? '';
}

export function reuseConnectors(adapter: TeamsAdapter): void {
  const auth = (adapter as unknown as { botFrameworkAuthentication?: BotFrameworkAuthentication }).botFrameworkAuthentication;
  if (!auth) return;
  const connectors = new Map<string, Promise<unknown>>();
  const tokenClients = new Map<string, Promise<unknown>>();
  const authenticate = auth.authenticateRequest.bind(auth);
  auth.authenticateRequest = async (activity, authHeader) => {
    const result = await authenticate(activity, authHeader);
    const factory = result.connectorFactory;
    if (!factory) return result;
    const appId = appIdOf(result.claimsIdentity);
    result.connectorFactory = {
      create: (serviceUrl: string, audience?: string) => memo(connectors, `${appId}\u0000${serviceUrl}\u0000${audience ?? ''}`, () => factory.create(serviceUrl, audience)),
    } as typeof factory;
    return result;
  };
  const createUserTokenClient = auth.createUserTokenClient.bind(auth);
  auth.createUserTokenClient = (claims) => memo(tokenClients, appIdOf(claims), () => createUserTokenClient(claims)) as ReturnType<typeof createUserTokenClient>;
}
