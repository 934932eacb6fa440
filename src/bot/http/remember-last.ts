/**
 * A header's meaning remembered for the last value seen: clients send the same Content-Type and
 * Accept-Encoding on every request, so parsing each one again is work done twice.
 */

/** `read`, answering a value equal to the previous one without calling `read` again. */
export function rememberLast<T>(read: (value: string) => T): (value: string) => T {
  let last: string | undefined;
  let answer: T;
  return (value) => {
    if (value !== last) {
      answer = read(value);
      last = value;
    }
    return answer;
  };
}
