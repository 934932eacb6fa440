/**
 * Settings: the defaults a fresh machine runs with, and a wrong value refused with its name (the
 * composition root prints these and exits).
 */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/bot/config.js';

describe('loadConfig', () => {
  it('when nothing is set, then the documented defaults hold (the question summary once a minute)', () => {
    const r = loadConfig({});
    expect(r.ok).toBe(true);
    expect(r.ok && r.config).toMatchObject({
      PORT: 3978,
      LOG_LEVEL: 'info',
      STATE_STORE: 'sqlite',
      REVIEW_MAX_GROUPS: 1000,
      ANSWER_CACHE_SIZE: 500,
      MAX_QUESTION_LENGTH: 2000,
      MAX_BODY_BYTES: 65536,
      SHUTDOWN_TIMEOUT_MS: 10000,
    });
  });

  it.each([
    ['REVIEW_MAX_GROUPS', '5'],
    ['REVIEW_MAX_AGE_DAYS', 'often'],
    ['REVIEW_MAX_AGE_DAYS', '1.5'],
    ['ADMIN_TOKEN', 'too-short'],
    ['MAX_BODY_BYTES', '10'],
    ['LOG_LEVEL', 'verbose'],
  ])('when %s is %j, then it is refused by name', (name, value) => {
    const r = loadConfig({ [name]: value });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors.join('\n')).toMatch(new RegExp(`^${name}: `, 'mu'));
  });

  it('when REVIEW_MAX_AGE_DAYS is a whole number of days, then it is taken', () => {
    const r = loadConfig({ REVIEW_MAX_AGE_DAYS: '30' });
    expect(r.ok && r.config.REVIEW_MAX_AGE_DAYS).toBe(30);
  });
});
