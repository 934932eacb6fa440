/**
 * The short apology a channel sends when a turn fails unexpectedly (the details go to the log
 * only): the Teams apology card, and the Zalo message, so a citizen knows to ask again rather than
 * wait for an answer that is not coming.
 */
import type { Language } from '../../intents/answer.js';

const APOLOGY: Record<Language, string> = {
  vi: 'Xin lỗi, đã có lỗi khi trả lời tin nhắn này. Bạn vui lòng thử lại sau ít phút.',
  en: 'Sorry, something went wrong while answering this message. Please try again in a moment.',
};

export function apologyText(language: Language = 'vi'): string {
  return APOLOGY[language];
}
