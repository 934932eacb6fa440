/**
 * The JSON of shared, read-only objects — engine Answers (served to many conversations from the
 * engine's cache) and the Teams cards made from them — as UTF-8 bytes, made once per object and
 * kept as long as the object lives. Callers never change such an object after it is made, which is
 * what makes keeping its JSON exact.
 */
const kept = new WeakMap<object, Buffer>();

/** `Buffer.from(JSON.stringify(value))`, computed once per object. */
export function keptJson(value: object): Buffer {
  let json = kept.get(value);
  if (json === undefined) {
    json = Buffer.from(JSON.stringify(value), 'utf8');
    kept.set(value, json);
  }
  return json;
}
