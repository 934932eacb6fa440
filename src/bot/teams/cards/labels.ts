/** Every fixed word the Teams cards show, in Vietnamese and English. */
import type { Language } from '../../../intents/answer.js';

const LABELS = {
  lead: { vi: 'Chủ trì', en: 'Lead' },
  coop: { vi: 'Phối hợp', en: 'Cooperating' },
  deadline: { vi: 'Hạn', en: 'Deadline' },
  product: { vi: 'Sản phẩm', en: 'Product' },
  note: { vi: 'Lưu ý', en: 'Note' },
  sources: { vi: 'Nguồn trích dẫn', en: 'Sources' },
  showSources: { vi: 'Xem nguồn trích dẫn', en: 'Show sources' },
  fullText: { vi: 'Toàn văn', en: 'Full text' },
  related: { vi: 'Liên quan', en: 'Related' },
  next: { vi: 'Tiếp theo ▶', en: 'Next ▶' },
  back: { vi: '◀ Quay lại', en: '◀ Back' },
  finish: { vi: 'Kết thúc', en: 'Finish' },
  exit: { vi: 'Thoát', en: 'Exit' },
  restart: { vi: 'Xem lại từ đầu', en: 'Start again' },
  tour: { vi: 'Hướng dẫn từng bước', en: 'Guided tour' },
  directive: {
    vi: 'Nguồn: Chỉ thị số 05/CT-TTg ngày 23/02/2023 của Thủ tướng Chính phủ',
    en: 'Source: Directive 05/CT-TTg of 23 February 2023 (Prime Minister)',
  },
} as const satisfies Record<string, Record<Language, string>>;

export type LabelKey = keyof typeof LABELS;

/** A fixed label in the answer's language. */
export function label(key: LabelKey, language: Language): string {
  return LABELS[key][language];
}
