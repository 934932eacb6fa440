/** Card JSON walking for the Teams tests. */
export type Json = Record<string, unknown>;

/** Every object in a card (elements, actions, inlines, sub-cards), depth first. */
export function nodes(value: unknown, out: Json[] = []): Json[] {
  if (Array.isArray(value)) for (const v of value) nodes(v, out);
  else if (value !== null && typeof value === 'object') {
    out.push(value as Json);
    for (const v of Object.values(value)) nodes(v, out);
  }
  return out;
}
