/**
 * Zalo's OAuth v4 refresh call for an Official Account: POST `<base>/v4/oa/access_token` with the
 * form fields `refresh_token`, `app_id` and `grant_type=refresh_token`, and the Zalo app's secret
 * key in the `secret_key` header. Zalo answers `{access_token, refresh_token, expires_in}` with
 * `expires_in` a string of seconds (about 90000, 25 hours). The refresh token is single-use: the
 * answer carries the next one, and the old access token stops working as soon as a new one is issued.
 *
 * Success or failure is read from the body, not the HTTP status: Zalo answers a refused refresh
 * with HTTP 200 and `{error: <negative>, error_name, error_description}`. Such an answer (or one
 * without the tokens) is terminal: the refresh token is expired, revoked or spent, and only a new
 * authorisation of the OA helps. No answer, a timeout, a 5xx, a 429 or a body that is not JSON is
 * transient: the refresh token was not spent, and a later call may succeed. Nothing here logs.
 */

/** A new token pair. */
export interface IssuedTokens {
  accessToken: string;
  refreshToken: string;
  /** Seconds the access token lives, as Zalo said (a string or a number), read as a number. */
  expiresInSeconds: number;
}

/** The outcome of one refresh call. */
export type RefreshOutcome =
  | { kind: 'ok'; tokens: IssuedTokens }
  /** Zalo refused the refresh token (or the app id / secret): no retry will help. */
  | { kind: 'refused'; errorCode: number | null; errorName: string | null }
  /** Zalo could not be asked, or did not answer properly: the refresh token was not spent. */
  | { kind: 'transient'; status: number | null; detail: string };

/** What the refresh call needs. */
export interface RefreshRequest {
  /** e.g. https://oauth.zaloapp.com (no trailing path). */
  baseUrl: string;
  appId: string;
  /** The Zalo app's secret key (not the OA secret key, which only signs webhooks). */
  appSecretKey: string;
  refreshToken: string;
  /** Default 10 s. */
  timeoutMs?: number;
  fetch?: typeof globalThis.fetch;
}

/** Zalo's lifetime when `expires_in` is missing or unreadable: 25 hours. */
const DEFAULT_EXPIRES_IN_SECONDS = 90_000;

/** `expires_in` read as seconds: "90000" or 90000; anything else → the documented 25 hours. */
export function readExpiresIn(value: unknown): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : NaN;
  return Number.isFinite(n) && n > 0 ? n : DEFAULT_EXPIRES_IN_SECONDS;
}

const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** Asks Zalo for a new token pair with `refreshToken`. Never throws. */
export async function refreshOaTokens(r: RefreshRequest): Promise<RefreshOutcome> {
  const doFetch = r.fetch ?? globalThis.fetch;
  let response: Response;
  try {
    response = await doFetch(new URL('/v4/oa/access_token', r.baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', secret_key: r.appSecretKey },
      body: new URLSearchParams({ refresh_token: r.refreshToken, app_id: r.appId, grant_type: 'refresh_token' }),
      signal: AbortSignal.timeout(r.timeoutMs ?? 10_000),
    });
  } catch (e) {
    const name = e instanceof Error ? e.name : 'Error';
    return { kind: 'transient', status: null, detail: name === 'TimeoutError' ? 'timed out' : 'unreachable' };
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  if (response.status >= 500 || response.status === 429 || typeof body !== 'object' || body === null)
    return { kind: 'transient', status: response.status, detail: 'no usable answer' };
  const b = body as Record<string, unknown>;
  const code = typeof b['error'] === 'number' ? b['error'] : b['error'] === undefined ? 0 : Number(b['error']);
  if (code === 0 && nonEmpty(b['access_token']) && nonEmpty(b['refresh_token']))
    return {
      kind: 'ok',
      tokens: {
        accessToken: b['access_token'].trim(),
        refreshToken: b['refresh_token'].trim(),
        expiresInSeconds: readExpiresIn(b['expires_in']),
      },
    };
  return {
    kind: 'refused',
    errorCode: Number.isFinite(code) ? code : null,
    errorName: typeof b['error_name'] === 'string' ? b['error_name'].slice(0, 100) : null,
  };
}
