/** The short apology card sent when a turn fails unexpectedly (the details go to the log only). */
import type { Language } from '../../../intents/answer.js';
import { apologyText } from '../../text/apology.js';
import { adaptiveCard, type AdaptiveCard } from './card.js';
import { paragraph } from './text.js';

export function apologyCard(language: Language = 'vi'): AdaptiveCard {
  const text = apologyText(language);
  return adaptiveCard([paragraph(text, {}, { color: 'Attention' })], [], text);
}
