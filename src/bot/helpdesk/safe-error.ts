/**
 * An error as it may be logged: its name and a short message with long digit runs (user ids,
 * phone numbers) masked, since an error from a store or the network can quote a key or a URL.
 * Logged under `error`, not `err`: pino's serializer for `err` would take this plain object for an
 * Error and write it as `"type":"Object","stack":""`.
 */
export function safeError(e: unknown): { name: string; message: string } {
  const name = e instanceof Error ? e.name : typeof e;
  const message = (e instanceof Error ? e.message : String(e)).replace(/\d{6,}/gu, '…').slice(0, 200);
  return { name, message };
}
