/**
 * The user-facing sentences of the intents, Vietnamese and English side by side, so that wording
 * is reviewed in one place. `{name}` marks a value filled in by `msg`. Quotes of the directive are
 * never here: they come from the parsed text.
 */
import type { Language } from './answer.js';

const MESSAGES = {
  // Topic answers (handlers/search.ts)
  topicHeading: { vi: 'Nội dung liên quan trong Chỉ thị 05/CT-TTg', en: 'What Directive 05/CT-TTg says on this' },
  directiveSays: { vi: 'Chỉ thị 05/CT-TTg viết (trích nguyên văn):', en: 'Directive 05/CT-TTg says (quoted in Vietnamese):' },
  relatedTasks: { vi: 'Nhiệm vụ liên quan', en: 'Related tasks' },
  whoAndWhen: {
    vi: '[{id}] Chủ trì: {lead}. Phối hợp: {coop}. Thời hạn: {deadline}.',
    en: '[{id}] Lead: {lead}. Cooperating: {coop}. Deadline: {deadline}.',
  },
  noCoop: { vi: 'Phụ lục không ghi đơn vị phối hợp', en: 'no cooperating agency is listed' },
  personalMatters: {
    vi: 'Chỉ thị giao nhiệm vụ cho các cơ quan nhà nước; Chỉ thị không quy định thủ tục cá nhân, giấy tờ, lệ phí hay thời gian giải quyết — người dân hỏi cơ quan giải quyết thủ tục hoặc Cổng Dịch vụ công quốc gia.',
    en: 'The directive assigns tasks to government bodies; it sets no personal procedures, papers, fees or waiting times — those are for the body that handles the procedure or the National Public Service Portal.',
  },
  whatIsId: { vi: '{id} là gì?', en: 'What is {id}?' },
  whoCooperates: { vi: 'Ai phối hợp thực hiện?', en: 'Who cooperates on it?' },
  mentionHeading: { vi: 'Nơi Chỉ thị nhắc đến {phrases}', en: 'Where the directive mentions {phrases}' },
  mentionCount: {
    vi: '{phrases} được nhắc trong {rows} nhiệm vụ của Phụ lục: {ids}.',
    en: '{phrases} appears in {rows} task(s) of the appendix: {ids}.',
  },
  // Declines (rules.ts)
  outOfScope_money: {
    vi: 'Chỉ thị 05/CT-TTg không quy định mức tiền (lệ phí, mức đóng, phụ cấp, giá).',
    en: 'Directive 05/CT-TTg sets no amounts of money (fees, contributions, allowances, prices).',
  },
  outOfScope_penalty: {
    vi: 'Chỉ thị 05/CT-TTg không quy định mức phạt hay chế tài; việc xử phạt do văn bản pháp luật khác quy định.',
    en: 'Directive 05/CT-TTg sets no fines or penalties; those are in other legislation.',
  },
  outOfScope_papers: {
    vi: 'Chỉ thị 05/CT-TTg không quy định điều kiện, độ tuổi hay giấy tờ của từng thủ tục.',
    en: 'Directive 05/CT-TTg does not set the conditions, ages or papers of individual procedures.',
  },
  outOfScope_howTo: {
    vi: 'Chỉ thị 05/CT-TTg không hướng dẫn từng bước sử dụng ứng dụng hay tài khoản (cài đặt, kích hoạt, mật khẩu).',
    en: 'Directive 05/CT-TTg gives no step-by-step instructions for apps or accounts (installing, activating, passwords).',
  },
  outOfScope_contact: {
    vi: 'Chỉ thị 05/CT-TTg không nêu số điện thoại, tổng đài hay địa chỉ liên hệ.',
    en: 'Directive 05/CT-TTg gives no phone numbers, hotlines or contact addresses.',
  },
  outOfScope_caseStatus: {
    vi: 'Chỉ thị 05/CT-TTg không theo dõi hồ sơ hay thời gian giải quyết của từng người; hãy hỏi cơ quan tiếp nhận hồ sơ.',
    en: 'Directive 05/CT-TTg does not track individual applications or their processing times; ask the office that received the file.',
  },
  outOfScope_schedule: {
    vi: 'Chỉ thị 05/CT-TTg không nêu lịch họp hay lịch làm việc cụ thể.',
    en: 'Directive 05/CT-TTg gives no meeting dates or working schedules.',
  },
  outOfScope_ranking: {
    vi: 'Chỉ thị 05/CT-TTg không có xếp hạng hay chỉ số đánh giá các bộ, địa phương.',
    en: 'Directive 05/CT-TTg holds no rankings or indexes of ministries or provinces.',
  },
  outOfScope_politics: {
    vi: 'Câu hỏi về nhân sự, bầu cử hay chính trị nằm ngoài nội dung Chỉ thị 05/CT-TTg.',
    en: 'Personnel, elections and politics are outside Directive 05/CT-TTg.',
  },
  outOfScope_approval: {
    vi: 'Chỉ thị 05/CT-TTg không nêu số, ngày của quyết định phê duyệt Đề án 06 (Quyết định số 422/QĐ-TTg và 766/QĐ-TTg mà Chỉ thị dẫn là các văn bản khác).',
    en: 'Directive 05/CT-TTg does not give the number or date of the decision approving Đề án 06 (the decisions 422/QĐ-TTg and 766/QĐ-TTg it cites are other documents).',
  },
  laterYears: {
    vi: 'Chỉ thị 05/CT-TTg ban hành ngày 23/02/2023 và đặt thời hạn trong năm 2023; Chỉ thị không có thông tin về năm {years} (tình hình thực hiện, số liệu, kế hoạch của các năm sau).',
    en: 'Directive 05/CT-TTg was issued on 23 February 2023 and sets deadlines in 2023; it holds nothing on {years} (progress, figures or later plans).',
  },
  nearest: {
    vi: 'Nội dung gần nhất trong Chỉ thị (để tham khảo): {ids}.',
    en: 'The nearest content of the directive, for reference: {ids}.',
  },
  // Local government (obligations)
  localBodyNote: {
    vi: 'Chỉ thị không giao nhiệm vụ riêng cho các sở, công an tỉnh hay cấp huyện, cấp xã: nhiệm vụ của địa phương được giao cho Ủy ban nhân dân các tỉnh, thành phố (Mục 16, phần C của Phụ lục); các cơ quan ở địa phương thực hiện theo phân công của Ủy ban nhân dân tỉnh.',
    en: 'The directive gives provincial departments, provincial police, districts and communes no task of their own: local tasks go to the provincial People’s Committees (section 16, appendix part C), and local bodies act as their province assigns.',
  },
  c5Note: {
    vi: 'Nhiệm vụ {id} chỉ giao cho {n} tỉnh được nêu tên: {provinces}.',
    en: 'Task {id} binds only the {n} provinces it names: {provinces}.',
  },
  // Follow-ups
  productOf: { vi: '[{id}] Sản phẩm: {product}', en: '[{id}] Product (Vietnamese text): {product}' },
  productHeading: { vi: 'Sản phẩm của nhiệm vụ {id}', en: 'Product of task {id}' },
  noProduct: { vi: '[{id}] Phụ lục không ghi sản phẩm cho nhiệm vụ này.', en: '[{id}] The appendix names no product for this task.' },
  earliestHeading: { vi: 'Nhiệm vụ có hạn sớm nhất {scope}', en: 'The earliest-due task {scope}' },
  latestHeading: { vi: 'Nhiệm vụ có hạn muộn nhất {scope}', en: 'The latest-due task {scope}' },
  earliestIs: { vi: 'Hạn sớm nhất: {id} — {deadline}.', en: 'Due first: {id} — {deadline}.' },
  latestIs: { vi: 'Hạn muộn nhất: {id} — {deadline}.', en: 'Due last: {id} — {deadline}.' },
  overdueHeading: { vi: 'Nhiệm vụ đã quá thời hạn tính đến tháng {month}', en: 'Tasks whose deadline had passed by {month}' },
  overdueIntro: {
    vi: 'Tính đến tháng {month}, {n} nhiệm vụ {scope} có thời hạn đã qua (hạn trước tháng {month}): {ids}. Chỉ thị chỉ đặt thời hạn, không ghi nhận việc đã hoàn thành hay chưa.',
    en: 'By {month}, {n} task(s) {scope} had a deadline that had passed (due before {month}): {ids}. The directive sets deadlines only; it records no completion.',
  },
  overdueNone: {
    vi: 'Tính đến tháng {month}, không có nhiệm vụ nào {scope} có thời hạn đã qua.',
    en: 'By {month}, no task {scope} had a deadline that had passed.',
  },
  scopeList: { vi: 'trong danh sách trước', en: 'in the previous list' },
  scopeAll: { vi: 'trong Phụ lục', en: 'in the appendix' },
  scopeAgency: { vi: 'của {name}', en: 'of the {name}' },
  shareHeading: { vi: '{name}: {n} trong {total} nhiệm vụ của danh sách trước', en: '{name}: {n} of the {total} tasks of the previous list' },
  shareIntro: {
    vi: 'Trong {total} nhiệm vụ của danh sách trước, {name} chủ trì {n} nhiệm vụ: {ids}.',
    en: 'Of the {total} tasks of the previous list, the {name} leads {n}: {ids}.',
  },
  // Overview (handlers/overview.ts)
  overviewHeading: { vi: 'Chỉ thị 05/CT-TTg nói gì — tóm tắt', en: 'What Directive 05/CT-TTg says — in brief' },
  overviewIntro: {
    vi: 'Chỉ thị số {number} ngày 23/02/2023 của Thủ tướng Chính phủ yêu cầu tiếp tục đẩy mạnh triển khai Đề án 06 ({title}). Phần mở đầu đánh giá kết quả và nêu 8 "điểm nghẽn" [N1–N8]; phần nội dung có {sections} mục, mỗi mục giao cho một đối tượng; Phụ lục có {rows} nhiệm vụ (phần A: {a}, B: {b}, C: {c}).',
    en: 'Directive No. {number} of 23 February 2023 from the Prime Minister pushes on with Đề án 06 ({title}). Its preamble reviews results and lists 8 "bottlenecks" [N1–N8]; its body has {sections} sections, most addressed to one body; its appendix lists {rows} tasks (part A: {a}, B: {b}, C: {c}).',
  },
  sectionsTitle: { vi: 'Các mục của Chỉ thị', en: 'Sections of the directive' },
  sectionLine: { vi: 'Mục {no} — {addressee}', en: 'Section {no} — {addressee}' },
  tourOffer: { vi: 'Gõ "hướng dẫn" để đi một vòng giới thiệu Chỉ thị theo từng bước.', en: 'Type "tour" for a step-by-step walk through the directive.' },
  structureHeading: { vi: 'Phụ lục của Chỉ thị chia làm ba phần', en: 'The appendix has three parts' },
  structureIntro: {
    vi: 'Phụ lục chia nhiệm vụ theo đối tượng được giao: phần A giao chung cho mọi bộ, ngành, địa phương; phần B giao riêng cho từng bộ, ngành (ghi cơ quan chủ trì); phần C giao riêng cho địa phương (Ủy ban nhân dân các tỉnh, thành phố; C.5 chỉ cho 8 tỉnh được nêu tên).',
    en: 'The appendix divides tasks by whom they bind: part A binds every ministry, agency and province; part B binds each ministry or agency by name (its lead); part C binds the provinces (C.5 only the 8 it names).',
  },
  partLine: { vi: 'Phần {part}: "{title}" — {n} nhiệm vụ ({part}.1–{part}.{n}).', en: 'Part {part}: "{title}" — {n} tasks ({part}.1–{part}.{n}).' },
  mostHeading: { vi: 'Cơ quan chủ trì nhiều nhiệm vụ nhất trong Phụ lục', en: 'The body that leads the most tasks in the appendix' },
  mostIntro: {
    vi: '{name} chủ trì nhiều nhiệm vụ nhất: {n} nhiệm vụ ({ids}). Tiếp theo: {others}.',
    en: 'The {name} leads the most tasks: {n} ({ids}). Next: {others}.',
  },
  mostCoopHeading: { vi: 'Nhiệm vụ có nhiều đơn vị phối hợp nhất trong Phụ lục', en: 'The task with the most cooperating bodies' },
  mostCoopIntro: {
    vi: '[{id}] có {n} cơ quan được nêu tên phối hợp: {names}.',
    en: '[{id}] names {n} cooperating bodies: {names}.',
  },
} as const satisfies Record<string, { vi: string; en: string }>;

export type MessageKey = keyof typeof MESSAGES;

/** The message in the answer's language, with `{name}` filled from `values`. */
export function msg(lang: Language, key: MessageKey, values: Readonly<Record<string, string | number>> = {}): string {
  return MESSAGES[key][lang].replace(/\{(\w+)\}/gu, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
