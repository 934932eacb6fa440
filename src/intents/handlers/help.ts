/**
 * Help (what the assistant can do) and the polite decline used whenever the directive does not
 * cover a question or nothing relevant clears the confidence floor. A decline cites no appendix row.
 */
import { makeAnswer } from '../present.js';
import type { Reply, Turn } from '../turn.js';
import { t } from '../turn.js';

export const EXAMPLES_VI = [
  'Bộ Y tế phải hoàn thành gì đến hết tháng 6/2023?',
  'B.6 là gì?',
  'Ai chủ trì cấp giấy khai sinh điện tử?',
];
export const EXAMPLES_EN = [
  'What must the Ministry of Health complete by June 2023?',
  'What is B.6?',
  'Who leads the national land database?',
];

export function help(turn: Turn, greeting = false): Reply {
  const { kb, q } = turn;
  const lang = q.language;
  const m = kb.model.meta;
  const intro = lang === 'vi'
    ? [
        `Tôi trả lời các câu hỏi về Chỉ thị số ${m.number} ngày 23/02/2023 của Thủ tướng Chính phủ về tiếp tục đẩy mạnh triển khai Đề án 06, và luôn dẫn số mục để bạn đối chiếu.`,
        'Bạn có thể hỏi: nhiệm vụ của một bộ, ngành hay tỉnh (có thể kèm tháng); ai chủ trì, ai phối hợp, hạn khi nào; một mục cụ thể (B.6, mục 5 phần C, Mục 3 của Chỉ thị); các nhiệm vụ hết hạn trong một tháng; nhiệm vụ thường xuyên; các điểm nghẽn; ai ký Chỉ thị; bộ nào đã sáp nhập từ năm 2025.',
        'Gõ "hướng dẫn" để đi một vòng giới thiệu Chỉ thị theo từng bước. Câu hỏi ngoài phạm vi Chỉ thị sẽ được nói rõ là không có trong Chỉ thị.',
      ]
    : [
        `I answer questions about the Prime Minister's Directive No. ${m.number} of 23 February 2023 on Đề án 06, always citing item numbers so you can check them.`,
        'Ask about: the tasks of a ministry, agency or province (optionally by month); who leads or cooperates and the deadline; a numbered item (B.6, section 3); tasks due in a month; recurring tasks; the bottlenecks; who signed; what became of a ministry since 2025.',
        'Type "tour" for a guided walk through the directive. Questions the directive does not cover are answered as such.',
      ];
  return {
    answer: makeAnswer(kb, {
      intent: 'help',
      lang,
      heading: greeting ? t(lang, 'Xin chào! Tôi là Trợ lý Chỉ thị 05.', 'Hello! I am the Directive 05 assistant.') : t(lang, 'Trợ lý Chỉ thị 05 có thể giúp gì', 'What the Directive 05 assistant can do'),
      intro,
      cite: ['META'],
      suggestions: [...(lang === 'vi' ? EXAMPLES_VI : EXAMPLES_EN), t(lang, 'Hướng dẫn', 'Tour')],
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
      heading: t(lang, 'Chỉ thị 05/CT-TTg không đề cập nội dung này', 'Directive 05/CT-TTg does not cover this'),
      intro: [
        reason ?? t(lang, 'Tôi không tìm thấy nội dung nào trong Chỉ thị 05/CT-TTg trả lời câu hỏi này, nên không đưa ra câu trả lời để tránh sai lệch.', 'I found nothing in Directive 05/CT-TTg that answers this, so I will not guess.'),
        t(lang, 'Tôi chỉ trả lời về nội dung Chỉ thị 05/CT-TTg (Đề án 06): nhiệm vụ, cơ quan chủ trì, phối hợp, thời hạn. Gõ "trợ giúp" để xem cách hỏi.', 'I only answer about Directive 05/CT-TTg (Đề án 06): tasks, lead and cooperating agencies, deadlines. Type "help" for examples.'),
      ],
      cite: [],
      suggestions: lang === 'vi' ? EXAMPLES_VI : EXAMPLES_EN,
    }),
    remember: { lastIntent: 'fallback' },
  };
}
