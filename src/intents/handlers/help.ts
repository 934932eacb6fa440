/**
 * Help (what the assistant can do) and the polite decline used whenever the directive does not
 * cover a question or nothing relevant clears the confidence floor. A decline cites no appendix row.
 */
import type { Language } from '../answer.js';
import { msg } from '../messages.js';
import { makeAnswer } from '../present.js';
import type { Reply, Turn } from '../turn.js';

/** Example questions, offered after help, a decline and the tour. */
export function examples(lang: Language): string[] {
  return [msg(lang, 'exampleDuties'), msg(lang, 'exampleItem'), msg(lang, 'exampleLead')];
}

export function help(turn: Turn, greeting = false): Reply {
  const { kb, q } = turn;
  const lang = q.language;
  const m = kb.model.meta;
  const intro = [msg(lang, 'helpAbout', { number: m.number }), msg(lang, 'helpAsk'), msg(lang, 'helpTour')];
  return {
    answer: makeAnswer(kb, {
      intent: 'help',
      lang,
      heading: msg(lang, greeting ? 'helpGreeting' : 'helpHeading'),
      intro,
      cite: ['META'],
      suggestions: [...examples(lang), msg(lang, 'askTour')],
    }),
    remember: { lastIntent: 'help' },
  };
}

/** Declines: the question is outside the directive, or nothing relevant was found. */
export function fallback(turn: Turn, reason?: string): Reply {
  const { kb, q } = turn;
  const lang = q.language;
  return {
    answer: makeAnswer(kb, {
      intent: 'fallback',
      lang,
      heading: msg(lang, 'fallbackHeading'),
      intro: [reason ?? msg(lang, 'fallbackNothing'), msg(lang, 'fallbackScope')],
      cite: [],
      suggestions: examples(lang),
    }),
    remember: { lastIntent: 'fallback' },
  };
}
