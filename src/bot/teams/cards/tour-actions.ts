/**
 * The buttons of a guided-tour step: Back (when there is a step before), Next (or Finish on the
 * last step), Exit; after the tour has ended, the engine's follow-up questions and Start again.
 * The engine's own text suggestions ("Tiếp theo", "Quay lại", "Thoát") are replaced by these
 * buttons, which move the tour without going through the text parser.
 */
import type { Answer } from '../../../intents/answer.js';
import { askAction, tourAction } from './actions.js';
import type { CardAction } from './card.js';
import { label } from './labels.js';

/** Suggestions that only move the tour, which the tour buttons already offer. */
const TOUR_WORDS = new Set(['tiếp theo', 'quay lại', 'thoát', 'next', 'back', 'exit']);

/** Follow-up questions shown after the tour has ended. */
const MAX_QUESTIONS = 3;

export function tourActions(answer: Answer): CardAction[] {
  const tour = answer.tour;
  if (!tour) return [];
  const lang = answer.language;
  if (tour.ended) {
    const questions = answer.suggestions
      .filter((s) => !TOUR_WORDS.has(s.trim().toLowerCase()))
      .slice(0, MAX_QUESTIONS)
      .map(askAction);
    return [
      ...questions,
      ...(tour.canBack ? [tourAction('back', label('back', lang))] : []),
      tourAction('start', label('restart', lang)),
    ];
  }
  return [
    ...(tour.canBack ? [tourAction('back', label('back', lang))] : []),
    tourAction('next', tour.canNext ? label('next', lang) : label('finish', lang)),
    tourAction('exit', label('exit', lang)),
  ];
}
