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
      QUESTION_SUMMARY_SECONDS: 60,
      MAX_QUESTION_LENGTH: 2000,
      MAX_BODY_BYTES: 65536,
      SHUTDOWN_TIMEOUT_MS: 10000,
    });
  });

  it.each([
    ['QUESTION_SUMMARY_SECONDS', '0'],
    ['QUESTION_SUMMARY_SECONDS', 'often'],
    ['QUESTION_SUMMARY_SECONDS', '1.5'],
    ['MAX_BODY_BYTES', '10'],
    ['LOG_LEVEL', 'verbose'],
  ])('when %s is %j, then it is refused by name', (name, value) => {
    const r = loadConfig({ [name]: value });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors.join('\n')).toMatch(new RegExp(`^${name}: `, 'mu'));
  });

  it('when QUESTION_SUMMARY_SECONDS is a whole number of seconds, then it is taken', () => {
    const r = loadConfig({ QUESTION_SUMMARY_SECONDS: '5' });
    expect(r.ok && r.config.QUESTION_SUMMARY_SECONDS).toBe(5);
  });
});
