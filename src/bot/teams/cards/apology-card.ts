/** The short apology sent when a turn fails unexpectedly (the details go to the log only). */
import type { Language } from '../../../intents/answer.js';
import { adaptiveCard, type AdaptiveCard } from './card.js';
import { paragraph } from './text.js';

const APOLOGY: Record<Language, string> = {
  vi: 'Xin lỗi, đã có lỗi khi trả lời tin nhắn này. Bạn vui lòng thử lại sau ít phút.',
  en: 'Sorry, something went wrong while answering this message. Please try again in a moment.',
};

export function apologyText(language: Language = 'vi'): string {
  return APOLOGY[language];
}

export function apologyCard(language: Language = 'vi'): AdaptiveCard {
  return adaptiveCard([paragraph(APOLOGY[language], {}, { color: 'Attention' })], [], APOLOGY[language]);
}
