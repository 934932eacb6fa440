/**
 * The review of unanswered questions, from the command line: the groups of questions the bot
 * declined or answered only by plain search, largest first, read from the state store the server
 * writes them to (the same settings: STATE_STORE, STATE_SQLITE_PATH or REDIS_URL,
 * REVIEW_MAX_GROUPS, REVIEW_MAX_AGE_DAYS).
 *
 *   npm run --silent review                       a table: count, last seen, answer, channels, example
 *   npm run --silent review -- --limit 200        more groups (default 50)
 *   npm run --silent review -- --json             `{ "groups": [...] }`, as GET /admin/review gives it
 *
 * Texts are masked before they are stored (ID numbers, phone numbers, e-mail, names after
 * "tôi là"). Nothing is written besides what opening the store does (SQLite purges expired rows).
 * Errors go to stderr with status 1 (2 for a usage error).
 */
import { existsSync } from 'node:fs';
import { loadConfig } from './bot/config.js';
import { runIfMain } from './run-main.js';
import { createReview, type ReviewGroup } from './bot/review/review-store.js';
import { DEFAULT_LIMIT, MAX_LIMIT, parseLimit } from './bot/review/route.js';
import { openStore } from './bot/state/open-store.js';
import type { StateStore } from './bot/state/store.js';
import { clip } from './bot/text/clip.js';

const USAGE = `Usage: npm run --silent review [-- [--json] [--limit N]]
  --json       print { "groups": [...] } (as GET /admin/review) instead of a table
  --limit N    how many groups, largest first (1 to ${MAX_LIMIT}; default ${DEFAULT_LIMIT})
Reads STATE_STORE, STATE_SQLITE_PATH / REDIS_URL, REVIEW_MAX_GROUPS and REVIEW_MAX_AGE_DAYS as the server does.`;

interface Args {
  json: boolean;
  limit: number;
}

function parseArgs(args: readonly string[]): Args | string {
  let json = false;
  let limit = DEFAULT_LIMIT;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--json') json = true;
    else if (a === '--limit' || a.startsWith('--limit=')) {
      const raw = a === '--limit' ? args[++i] : a.slice('--limit='.length);
      const n = parseLimit(raw ?? null);
      if (raw === undefined || n === undefined) return `--limit needs a whole number from 1 to ${MAX_LIMIT}`;
      limit = n;
    } else return a === '--help' || a === '-h' ? '' : `unknown argument: ${a}`;
  }
  return { json, limit };
}

const ANSWER_LABEL: Readonly<Record<string, string>> = { fallback: 'declined', search: 'search' };

/** "api 3, zalo 1", largest first. */
function counts(record: Readonly<Record<string, number | undefined>>, label = (k: string) => k): string {
  return Object.entries(record)
    .filter((e): e is [string, number] => (e[1] ?? 0) > 0)
    .sort(([ka, a], [kb, b]) => b - a || (ka < kb ? -1 : 1))
    .map(([k, n]) => `${label(k)} ${n}`)
    .join(', ');
}

/** The groups as a fixed-width table (UTC times). */
export function formatTable(groups: readonly ReviewGroup[], total: number, where: string): string {
  if (groups.length === 0) return `No unanswered questions recorded (${where}).`;
  const rows = groups.map((g) => [
    String(g.count),
    `${g.lastSeen.slice(0, 16).replace('T', ' ')}`,
    counts(g.intents, (k) => ANSWER_LABEL[k] ?? k),
    counts(g.channels),
    clip(g.example, 80),
  ]);
  const header = ['COUNT', 'LAST SEEN (UTC)', 'ANSWER', 'CHANNELS', 'EXAMPLE'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padStart(widths[i]!) : i === cells.length - 1 ? c : c.padEnd(widths[i]!)))
      .join('  ');
  return [
    `Unanswered questions (${where}): ${groups.length} of ${total} groups, largest first.`,
    line(header),
    ...rows.map(line),
  ].join('\n');
}

/** Runs the command; returns the exit status. */
export async function runReviewCli(
  args: readonly string[],
  env: Record<string, string | undefined>,
  out: (text: string) => void,
  err: (text: string) => void,
): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    if (parsed !== '') err(parsed);
    err(USAGE);
    return parsed === '' ? 0 : 2;
  }
  // Only the store's and the review's settings: the server's other settings (and their checks) do not matter here.
  const loaded = loadConfig({
    STATE_STORE: env['STATE_STORE'],
    STATE_SQLITE_PATH: env['STATE_SQLITE_PATH'],
    REDIS_URL: env['REDIS_URL'],
    REDIS_COMMAND_TIMEOUT_MS: env['REDIS_COMMAND_TIMEOUT_MS'],
    STATE_TTL_SECONDS: env['STATE_TTL_SECONDS'],
    REVIEW_MAX_GROUPS: env['REVIEW_MAX_GROUPS'],
    REVIEW_MAX_AGE_DAYS: env['REVIEW_MAX_AGE_DAYS'],
  });
  if (!loaded.ok) {
    for (const e of loaded.errors) err(`Invalid setting: ${e}`);
    return 1;
  }
  const config = loaded.config;
  let where: string;
  switch (config.STATE_STORE) {
    case 'memory':
      err('STATE_STORE=memory keeps the review inside the server process only: use GET /admin/review instead.');
      return 1;
    case 'sqlite':
      where = `sqlite ${config.STATE_SQLITE_PATH}`;
      if (!existsSync(config.STATE_SQLITE_PATH)) {
        err(
          `Cannot open the state store: there is no file at ${config.STATE_SQLITE_PATH} (STATE_SQLITE_PATH). Run this where the server runs, with its settings.`,
        );
        return 1;
      }
      break;
    case 'redis':
      where = 'redis'; // never the URL: it may hold a password
      break;
  }

  let store: StateStore;
  try {
    store = await openStore(config);
  } catch (e) {
    err(`Cannot open the state store (${where}): ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
  try {
    const review = createReview(store, { maxGroups: config.REVIEW_MAX_GROUPS, maxAgeDays: config.REVIEW_MAX_AGE_DAYS });
    const all = await review.top(config.REVIEW_MAX_GROUPS);
    const groups = all.slice(0, parsed.limit);
    out(parsed.json ? JSON.stringify({ groups }, null, 2) : formatTable(groups, all.length, where));
    return 0;
  } catch (e) {
    err(`Cannot read the review from the state store (${where}): ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  } finally {
    await store.close().catch(() => undefined);
  }
}

runIfMain(import.meta.url, () =>
  runReviewCli(
    process.argv.slice(2),
    process.env,
    (text) => process.stdout.write(`${text}\n`),
    (text) => process.stderr.write(`${text}\n`),
  ),
);
