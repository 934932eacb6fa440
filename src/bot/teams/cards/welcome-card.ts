/**
 * The welcome: what the assistant does, in Vietnamese with an English line, and three example
 * questions plus the guided tour as buttons. Sent when the bot is added to a conversation and for
 * the "ví dụ" / "examples" command.
 */
import type { Language } from '../../../intents/answer.js';
import { askAction, tourAction } from './actions.js';
import { adaptiveCard, type AdaptiveCard } from './card.js';
import { label } from './labels.js';
import { paragraph, run } from './text.js';

/** The example questions on the welcome card. */
export const WELCOME_EXAMPLES: Readonly<Record<Language, readonly string[]>> = {
  vi: ['Bộ Y tế phải hoàn thành gì đến hết tháng 6/2023?', 'B.6 là gì?', 'Ai chủ trì cấp giấy khai sinh điện tử?'],
  en: [
    'What must the Ministry of Health complete by June 2023?',
    'What is B.6?',
    'Who leads issuing electronic birth certificates?',
  ],
};

const TEXT = {
  vi: {
    title: 'Xin chào! Tôi là Trợ lý Chỉ thị 05.',
    what: 'Tôi trả lời câu hỏi về Chỉ thị số 05/CT-TTg ngày 23/02/2023 của Thủ tướng Chính phủ (Đề án 06): bộ, ngành, địa phương nào phải làm gì, hạn khi nào, ai chủ trì, ai phối hợp — luôn kèm số mục (B.6, Mục 3…) để đối chiếu.',
    limits:
      'Tôi chỉ trả lời từ nội dung Chỉ thị; câu hỏi ngoài phạm vi sẽ được nói rõ. Gõ "trợ giúp" để xem cách hỏi, "hướng dẫn" để đi một vòng giới thiệu.',
    english:
      'Directive 05 assistant: ask about tasks, deadlines and lead agencies of Directive 05/CT-TTg, in Vietnamese or English.',
    try: 'Thử hỏi:',
  },
  en: {
    title: 'Hello! I am the Directive 05 assistant.',
    what: 'I answer questions about Directive 05/CT-TTg of 23 February 2023 (Đề án 06): who must do what, by when, who leads and who cooperates — always citing item numbers (B.6, Section 3…).',
    limits:
      'I answer only from the directive and say so when it does not cover a question. Type "help" for how to ask, "tour" for a guided tour.',
    english: 'Trợ lý Chỉ thị 05: hỏi bằng tiếng Việt hoặc tiếng Anh.',
    try: 'Try:',
  },
} as const;

/** The welcome text without the card (fallback and notifications). */
export function welcomeText(language: Language = 'vi'): string {
  const t = TEXT[language];
  return [t.title, t.what, t.limits, `${t.try} ${WELCOME_EXAMPLES[language].join(' · ')}`].join('\n\n');
}

export function welcomeCard(language: Language = 'vi'): AdaptiveCard {
  const t = TEXT[language];
  return adaptiveCard(
    [
      paragraph(t.title, {}, { weight: 'Bolder', size: 'Large' }),
      paragraph(t.what, { spacing: 'Small' }),
      paragraph(t.limits, { spacing: 'Small' }),
      paragraph(t.english, { spacing: 'Small' }, { isSubtle: true, size: 'Small', italic: true }),
      paragraph([run(t.try, { weight: 'Bolder' })], { spacing: 'Medium' }),
    ],
    [...WELCOME_EXAMPLES[language].map(askAction), tourAction('start', label('tour', language))],
    welcomeText(language),
  );
}
