/** Secrets compared without telling an attacker, by the time taken, how much of a guess was right. */
import { createHash, timingSafeEqual } from 'node:crypto';

/** Compares two strings in time independent of where they differ (and of their lengths). */
export function constantTimeEqual(a: string, b: string): boolean {
  // Hashing first gives equal-length inputs, so timingSafeEqual never throws nor leaks the length.
  const ha = createHash('sha256').update(a, 'utf8').digest();
  const hb = createHash('sha256').update(b, 'utf8').digest();
  return timingSafeEqual(ha, hb) && a.length === b.length;
}
