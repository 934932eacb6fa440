/**
 * The user-facing sentences of the intents, Vietnamese and English side by side, so that wording
 * is reviewed in one place: headings, intros, notes, group titles, suggested questions, citation
 * titles, and the small forms they are built from (names, dates, deadlines, list separators).
 * `{name}` marks a value filled in by `msg`; a Vietnamese and an English text may use different
 * values (`{name}`, `{nameEn}`). Quotes of the directive are never here: they come from the parsed
 * text.
 */
import type { Language } from './answer.js';

/** The parts of a string, joined; as a type too, so a long message keeps its `{name}` placeholders. */
type Joined<T extends readonly string[]> = T extends readonly [infer H extends string, ...infer R extends string[]]
  ? `${H}${Joined<R>}`
  : '';

/** A message too long for one line, written in parts: `joined('Tôi … ', '… {number} …')`. */
function joined<const T extends readonly string[]>(...parts: T): Joined<T> {
  return parts.join('') as Joined<T>;
}

const MESSAGES = {
  // Names, dates and lists (present.ts and every handler)
  agencyName: { vi: '{name}', en: '{nameEn} ({name})' },
  date: { vi: '{d}/{m}/{y}', en: '{y}-{m}-{d}' },
  /** Between the names of a list of agencies. */
  agencySeparator: { vi: ', ', en: '; ' },
  /** Between the last two names of a list ("Bộ Y tế và Bộ Tư pháp"). */
  and: { vi: ' và ', en: ' and ' },
  // Deadlines and parties as the answer shows them (present.ts); Vietnamese keeps the directive's wording
  deadlineMonth: { vi: '{text}', en: '{monthEn} {year} ({text})' },
  deadlineFrom: { vi: '{text}', en: 'from {monthEn} {year} on ({text})' },
  deadlineRecurring: { vi: '{text}', en: 'recurring ({text})' },
  deadlineExternal: { vi: '{text}', en: 'on the schedule of another document ({text})' },
  partyWithNames: { vi: '{text}', en: '{text} ({names})' },
  deadlineNote: {
    vi: joined(
      'Các thời hạn là mốc do Chỉ thị đặt ra năm 2023; Chỉ thị không ghi nhận việc các nhiệm vụ ',
      'đã hoàn thành hay chưa.',
    ),
    en: joined(
      'Deadlines are those the directive set in 2023; the directive does not record whether the ',
      'tasks were completed.',
    ),
  },
  // Citation titles (present.ts, engine.ts)
  citeRow: { vi: 'Phụ lục, nhiệm vụ {id}', en: 'Appendix, task {id}' },
  citeParagraph: { vi: 'Mục {section}, đoạn {index}', en: 'Section {section}, paragraph {index}' },
  citeSection: { vi: 'Mục {no} của Chỉ thị', en: 'Section {no} of the directive' },
  citeBottleneck: { vi: 'Điểm nghẽn ({no})', en: 'Bottleneck ({no})' },
  citePreamble: { vi: 'Phần mở đầu của Chỉ thị', en: 'Preamble of the directive' },
  citeRecipients: { vi: 'Nơi nhận', en: 'Recipients' },
  citeMeta: { vi: 'Chỉ thị số {number}', en: 'Directive No. {number}' },
  // Lines of the plain-text rendering (present.ts, engine.ts)
  itemLead: { vi: 'Chủ trì: {lead}', en: 'Lead: {lead}' },
  itemDeadline: { vi: 'Hạn: {deadline}', en: 'Deadline: {deadline}' },
  noteLine: { vi: 'Lưu ý: {note}', en: 'Note: {note}' },
  // The engine (engine.ts)
  truncated: {
    vi: 'Tin nhắn dài hơn {max} ký tự; tôi chỉ đọc phần đầu của tin nhắn.',
    en: 'The message is longer than {max} characters; only its first part was read.',
  },
  // Time windows, as headings and sentences show them (time.ts); a month is "6/2023"
  windowIn: { vi: 'trong tháng {month}', en: 'in {month}' },
  windowBetween: { vi: 'từ tháng {from} đến tháng {to}', en: 'from {from} to {to}' },
  windowThrough: { vi: 'đến hết tháng {to}', en: 'by the end of {to}' },
  windowFrom: { vi: 'từ tháng {from} trở đi', en: 'from {from} on' },
  windowBefore: { vi: 'trước tháng {month}', en: 'before {month}' },
  // Suggested questions, shared by several handlers
  askTour: { vi: 'Hướng dẫn', en: 'Tour' },
  askBottlenecks: { vi: 'Những điểm nghẽn trong triển khai Đề án 06 là gì?', en: 'What are the bottlenecks?' },
  askRecurring: { vi: 'Nhiệm vụ thường xuyên nào?', en: 'Which tasks are recurring?' },
  askJune: { vi: 'Những nhiệm vụ nào hết hạn trong tháng 6/2023?', en: 'Which tasks are due in June 2023?' },
  askDuties: { vi: '{name} phải làm gì?', en: 'What must the {nameEn} do?' },
  // Help and declines (handlers/help.ts); the examples follow help, a decline and the tour
  exampleDuties: {
    vi: 'Bộ Y tế phải hoàn thành gì đến hết tháng 6/2023?',
    en: 'What must the Ministry of Health complete by June 2023?',
  },
  exampleItem: { vi: 'B.6 là gì?', en: 'What is B.6?' },
  exampleLead: { vi: 'Ai chủ trì cấp giấy khai sinh điện tử?', en: 'Who leads the national land database?' },
  helpGreeting: { vi: 'Xin chào! Tôi là Trợ lý Chỉ thị 05.', en: 'Hello! I am the Directive 05 assistant.' },
  helpHeading: { vi: 'Trợ lý Chỉ thị 05 có thể giúp gì', en: 'What the Directive 05 assistant can do' },
  helpAbout: {
    vi: joined(
      'Tôi trả lời các câu hỏi về Chỉ thị số {number} ngày 23/02/2023 của Thủ tướng Chính phủ về ',
      'tiếp tục đẩy mạnh triển khai Đề án 06, và luôn dẫn số mục để bạn đối chiếu.',
    ),
    en: joined(
      "I answer questions about the Prime Minister's Directive No. {number} of 23 February 2023 ",
      'on Đề án 06, always citing item numbers so you can check them.',
    ),
  },
  helpAsk: {
    vi: joined(
      'Bạn có thể hỏi: nhiệm vụ của một bộ, ngành, tỉnh hay của địa phương nói chung (có thể kèm ',
      'tháng); ai chủ trì, ai phối hợp, hạn khi nào, sản phẩm là gì; Chỉ thị nói gì về một việc ',
      '(khai sinh, thẻ BHYT, bằng lái, lưu trú…), kể cả khi dán nguyên tin nhắn của người dân; ',
      'một mục cụ thể (B.6, mục 5 phần C, Mục 3 của Chỉ thị); các nhiệm vụ hết hạn trong một ',
      'tháng; nhiệm vụ thường xuyên; các điểm nghẽn; ai ký Chỉ thị; bộ nào đã sáp nhập từ năm ',
      '2025. Sau mỗi câu trả lời có thể hỏi tiếp: "trong số đó cái nào hạn tháng 6?", "cái thứ 2 ',
      'ai phối hợp?".',
    ),
    en: joined(
      'Ask about: the tasks of a ministry, agency, province or of local government in general ',
      '(optionally by month); who leads or cooperates, the deadline, the product; what the ',
      'directive says on a matter (birth certificates, health insurance cards, driving licences, ',
      "accommodation reporting…), even by pasting a citizen's whole message; a numbered item ",
      '(B.6, section 3); tasks due in a month; recurring tasks; the bottlenecks; who signed; ',
      'what became of a ministry since 2025. Follow up on any answer: "which of those are due in ',
      'June?", "who cooperates on the second one?".',
    ),
  },
  helpTour: {
    vi: joined(
      'Gõ "hướng dẫn" để đi một vòng giới thiệu Chỉ thị theo từng bước. Câu hỏi ngoài phạm vi ',
      'Chỉ thị sẽ được nói rõ là không có trong Chỉ thị.',
    ),
    en: joined(
      'Type "tour" for a guided walk through the directive. Questions the directive does not ',
      'cover are answered as such.',
    ),
  },
  fallbackHeading: { vi: 'Chỉ thị 05/CT-TTg không đề cập nội dung này', en: 'Directive 05/CT-TTg does not cover this' },
  fallbackNothing: {
    vi: joined(
      'Tôi không tìm thấy nội dung nào trong Chỉ thị 05/CT-TTg trả lời câu hỏi này, nên không ',
      'đưa ra câu trả lời để tránh sai lệch.',
    ),
    en: 'I found nothing in Directive 05/CT-TTg that answers this, so I will not guess.',
  },
  fallbackScope: {
    vi: joined(
      'Tôi chỉ trả lời về nội dung Chỉ thị 05/CT-TTg (Đề án 06): nhiệm vụ, cơ quan chủ trì, phối ',
      'hợp, thời hạn. Gõ "trợ giúp" để xem cách hỏi.',
    ),
    en: joined(
      'I only answer about Directive 05/CT-TTg (Đề án 06): tasks, lead and cooperating agencies, ',
      'deadlines. Type "help" for examples.',
    ),
  },
  // The document itself (handlers/document.ts)
  metaHeading: { vi: 'Chỉ thị số {number} ngày {date}', en: 'Directive No. {number} of {date}' },
  metaProject: {
    vi: 'Về Đề án 06, Chỉ thị viết: “{text}”',
    en: 'On Đề án 06 (Project 06), the directive says: “{text}”',
  },
  metaSignedBy: {
    vi: 'Chỉ thị {number} do {titleLower} {name} ký.',
    en: 'Directive {number} was signed by Prime Minister {name} ({title}).',
  },
  metaIssued: {
    vi: 'Chỉ thị số {number} được ban hành tại {place}, {dateText} ({date}).',
    en: 'Directive No. {number} was issued in {place} on {date}.',
  },
  metaSigner: { vi: 'Người ký: {title} {name}.', en: 'Signed by: {name} ({title}).' },
  metaIssuer: { vi: 'Cơ quan ban hành: {issuer}. Trích yếu: {title}.', en: 'Issued by: {issuer}. Title: {title}.' },
  metaRecipients: { vi: 'Nơi nhận: {recipients}.', en: 'Recipients: {recipients}.' },
  metaShape: {
    vi: 'Chỉ thị có {sections} mục và một Phụ lục {rows} nhiệm vụ (phần A: {a}, phần B: {b}, phần C: {c}).',
    en: 'It has {sections} sections and an appendix of {rows} tasks (A: {a}, B: {b}, C: {c}).',
  },
  praisedHeading: {
    vi: 'Các bộ, ngành, địa phương được Thủ tướng biểu dương',
    en: 'Agencies and localities the Prime Minister praised',
  },
  praisedIntro: {
    vi: 'Phần mở đầu Chỉ thị biểu dương tinh thần tích cực của các bộ, ngành, địa phương, tiêu biểu là: {text}...',
    en: 'The preamble praises the ministries, agencies and localities, notably: {names}.',
  },
  praisedAlso: {
    vi: joined(
      'Chỉ thị cũng ghi nhận vai trò của Phó Thủ tướng phụ trách, Bộ trưởng Bộ Công an — Tổ ',
      'trưởng Tổ công tác và Bộ phận thường trực Tổ công tác.',
    ),
    en: joined(
      'It also credits the Deputy Prime Minister in charge, the Minister of Public Security as ',
      'head of the Working Group, and the Working Group’s standing unit.',
    ),
  },
  bottlenecksHeading: {
    vi: '{n} "điểm nghẽn" làm chậm tiến độ triển khai Đề án 06',
    en: 'The {n} "bottlenecks" slowing Đề án 06',
  },
  bottlenecksFrom: {
    vi: 'Theo phần mở đầu của Chỉ thị 05/CT-TTg:',
    en: 'From the preamble of Directive 05/CT-TTg (quoted in Vietnamese):',
  },
  askBottleneck: { vi: 'Điểm nghẽn thứ {no} là gì?', en: 'What is bottleneck {no}?' },
  askSection: { vi: 'Mục {no} của Chỉ thị nói gì?', en: 'What does section {no} say?' },
  // Overview (handlers/overview.ts)
  overviewHeading: { vi: 'Chỉ thị 05/CT-TTg nói gì — tóm tắt', en: 'What Directive 05/CT-TTg says — in brief' },
  overviewIntro: {
    vi: joined(
      'Chỉ thị số {number} ngày 23/02/2023 của Thủ tướng Chính phủ yêu cầu tiếp tục đẩy mạnh ',
      'triển khai Đề án 06 ({title}). Phần mở đầu đánh giá kết quả và nêu 8 "điểm nghẽn" ',
      '[N1–N8]; phần nội dung có {sections} mục, mỗi mục giao cho một đối tượng; Phụ lục có ',
      '{rows} nhiệm vụ (phần A: {a}, B: {b}, C: {c}).',
    ),
    en: joined(
      'Directive No. {number} of 23 February 2023 from the Prime Minister pushes on with Đề án ',
      '06 ({title}). Its preamble reviews results and lists 8 "bottlenecks" [N1–N8]; its body ',
      'has {sections} sections, most addressed to one body; its appendix lists {rows} tasks ',
      '(part A: {a}, B: {b}, C: {c}).',
    ),
  },
  sectionsTitle: { vi: 'Các mục của Chỉ thị', en: 'Sections of the directive' },
  sectionLine: { vi: 'Mục {no} — {addressee}', en: 'Section {no} — {addressee}' },
  tourOffer: {
    vi: 'Gõ "hướng dẫn" để đi một vòng giới thiệu Chỉ thị theo từng bước.',
    en: 'Type "tour" for a step-by-step walk through the directive.',
  },
  structureHeading: { vi: 'Phụ lục của Chỉ thị chia làm ba phần', en: 'The appendix has three parts' },
  structureIntro: {
    vi: joined(
      'Phụ lục chia nhiệm vụ theo đối tượng được giao: phần A giao chung cho mọi bộ, ngành, địa ',
      'phương; phần B giao riêng cho từng bộ, ngành (ghi cơ quan chủ trì); phần C giao riêng cho ',
      'địa phương (Ủy ban nhân dân các tỉnh, thành phố; C.5 chỉ cho 8 tỉnh được nêu tên).',
    ),
    en: joined(
      'The appendix divides tasks by whom they bind: part A binds every ministry, agency and ',
      'province; part B binds each ministry or agency by name (its lead); part C binds the ',
      'provinces (C.5 only the 8 it names).',
    ),
  },
  partLine: {
    vi: 'Phần {part}: "{title}" — {n} nhiệm vụ ({part}.1–{part}.{n}).',
    en: 'Part {part}: "{title}" — {n} tasks ({part}.1–{part}.{n}).',
  },
  mostHeading: {
    vi: 'Cơ quan chủ trì nhiều nhiệm vụ nhất trong Phụ lục',
    en: 'The body that leads the most tasks in the appendix',
  },
  mostIntro: {
    vi: '{name} chủ trì nhiều nhiệm vụ nhất: {n} nhiệm vụ ({ids}). Tiếp theo: {others}.',
    en: 'The {nameEn} leads the most tasks: {n} ({ids}). Next: {others}.',
  },
  /** One of mostIntro's {others}. */
  mostOther: { vi: '{name} ({n})', en: '{nameEn} ({n})' },
  askBottlenecksShort: { vi: 'Những điểm nghẽn là gì?', en: 'What are the bottlenecks?' },
  askPart: { vi: 'Phần {part} có những nhiệm vụ gì?', en: 'What is in part {part}?' },
  mostCoopHeading: {
    vi: 'Nhiệm vụ có nhiều đơn vị phối hợp nhất trong Phụ lục',
    en: 'The task with the most cooperating bodies',
  },
  mostCoopIntro: {
    vi: '[{id}] có {n} cơ quan được nêu tên phối hợp: {names}.',
    en: '[{id}] names {n} cooperating bodies: {names}.',
  },
  // Counts (handlers/count.ts); {listed} is " (B.1, B.2)" when few enough rows to name, else empty
  countBottlenecksHeading: { vi: 'Chỉ thị nêu {n} điểm nghẽn', en: 'The directive lists {n} bottlenecks' },
  countBottlenecksIntro: {
    vi: 'Phần mở đầu của Chỉ thị nêu {n} "điểm nghẽn", đánh số (1)–({n}).',
    en: 'The preamble lists {n} "bottlenecks", numbered (1)–({n}).',
  },
  countSectionsHeading: { vi: 'Chỉ thị có {n} mục', en: 'The directive has {n} sections' },
  countSectionsIntro: {
    vi: 'Phần nội dung Chỉ thị gồm {n} mục, đánh số 1–{n}.',
    en: 'The body of the directive has {n} numbered sections.',
  },
  countScopePart: { vi: 'phần {part}', en: 'part {part}' },
  countScopeLead: { vi: 'do {name} chủ trì', en: 'led by {nameEn}' },
  countScopeCoop: { vi: 'do {name} phối hợp', en: 'with {nameEn} cooperating' },
  countScopeDue: { vi: 'có hạn {window}', en: 'due {window}' },
  countScopeRecurring: { vi: 'thực hiện thường xuyên', en: 'recurring' },
  countHeading: { vi: '{n} nhiệm vụ', en: '{n} task(s)' },
  countHeadingScoped: { vi: '{n} nhiệm vụ {scope}', en: '{n} task(s) {scope}' },
  countIntro: {
    vi: 'Phụ lục Chỉ thị 05/CT-TTg có {n} nhiệm vụ{listed}. Gồm: {parts}.',
    en: 'The appendix of Directive 05/CT-TTg has {n} task(s){listed}. Part {parts}.',
  },
  countIntroScoped: {
    vi: 'Phụ lục Chỉ thị 05/CT-TTg có {n} nhiệm vụ {scope}{listed}.',
    en: 'The appendix of Directive 05/CT-TTg has {n} task(s) {scope}{listed}.',
  },
  /** One part in countIntro's {parts}, and what separates two of them. */
  countPart: { vi: 'phần {part} ({title}) {n} nhiệm vụ', en: '{part}: {n}' },
  countPartSeparator: { vi: '; ', en: ', part ' },
  askCountPart: { vi: 'Phần {part} có bao nhiêu nhiệm vụ?', en: 'How many tasks are in part {part}?' },
  askCountPublicSecurity: {
    vi: 'Bộ Công an có bao nhiêu nhiệm vụ?',
    en: 'How many tasks does the Ministry of Public Security lead?',
  },
  // Numbered parts of the directive (handlers/item.ts)
  noSuchRow: {
    vi: 'Phụ lục phần {part} có {n} nhiệm vụ ({part}.1–{part}.{n}); không có nhiệm vụ {id}.',
    en: 'Part {part} of the appendix has {n} tasks ({part}.1–{part}.{n}); there is no task {id}.',
  },
  noSuchParagraph: {
    vi: 'Mục {no} có {n} đoạn (S{no}.1–S{no}.{n}); không có {id}.',
    en: 'Section {no} has {n} paragraphs; there is no {id}.',
  },
  noSuchSection: {
    vi: 'Chỉ thị có {n} mục (1–{n}); không có mục {no}.',
    en: 'The directive has {n} sections; there is no section {no}.',
  },
  noSuchBottleneck: {
    vi: 'Chỉ thị nêu {n} điểm nghẽn, đánh số (1)–({n}); không có điểm nghẽn ({no}).',
    en: 'The directive lists {n} bottlenecks, (1)–({n}); there is no bottleneck ({no}).',
  },
  paragraphHeading: {
    vi: 'Mục {no}, đoạn {index} ({id}) — {addressee}',
    en: 'Section {no}, paragraph {index} ({id}) — {addressee}',
  },
  paragraphDeadlines: { vi: 'Thời hạn nêu trong đoạn: {deadlines}.', en: 'Deadlines stated: {deadlines}.' },
  paragraphRows: { vi: 'Nhiệm vụ tương ứng trong Phụ lục', en: 'The matching appendix tasks' },
  askWhoCooperatesOn: { vi: 'Ai phối hợp thực hiện {id}?', en: 'Who cooperates on {id}?' },
  bottleneckHeading: {
    vi: 'Điểm nghẽn ({no}) trong triển khai Đề án 06',
    en: 'Bottleneck ({no}) in implementing Đề án 06',
  },
  askBottleneckShort: { vi: 'Điểm nghẽn thứ {no}?', en: 'Bottleneck {no}?' },
  partHeading: { vi: 'Phụ lục phần {part}: {title} ({n} nhiệm vụ)', en: 'Appendix part {part}: {title} ({n} tasks)' },
  partTasks: { vi: 'Các nhiệm vụ phần {part}', en: 'Tasks of part {part}' },
  rowHeading: { vi: 'Nhiệm vụ {id} (Phụ lục Chỉ thị 05/CT-TTg)', en: 'Task {id} (appendix of Directive 05/CT-TTg)' },
  rowTask: { vi: 'Nội dung: {task}', en: 'Task (Vietnamese text): {task}' },
  rowLead: { vi: 'Đơn vị chủ trì: {lead}', en: 'Lead: {lead}' },
  rowCoop: { vi: 'Đơn vị phối hợp: {coop}', en: 'Cooperating: {coop}' },
  rowCoopBlank: { vi: '(Phụ lục để trống)', en: '(left blank in the appendix)' },
  rowDeadline: { vi: 'Thời gian hoàn thành: {deadline}', en: 'Deadline: {deadline}' },
  rowProduct: { vi: 'Sản phẩm: {product}', en: 'Product: {product}' },
  rowStatedAt: { vi: 'Nêu tại: {ids} trong phần nội dung Chỉ thị.', en: "Stated in the directive's body at {ids}." },
  sectionHeading: {
    vi: 'Mục {no} của Chỉ thị 05/CT-TTg — {addressee}',
    en: 'Section {no} of Directive 05/CT-TTg — {addressee}',
  },
  sectionIntro: {
    vi: 'Mục {no} giao cho: {addressee}. Gồm {n} đoạn.',
    en: 'Section {no} is addressed to: {addressee}. It has {n} paragraph(s).',
  },
  sectionIntroRows: {
    vi: 'Mục {no} giao cho: {addressee}. Gồm {n} đoạn, tương ứng các nhiệm vụ {ids} trong Phụ lục.',
    en: 'Section {no} is addressed to: {addressee}. It has {n} paragraph(s), matching appendix tasks {ids}.',
  },
  sectionContents: { vi: 'Nội dung', en: 'Contents' },
  askNextSection: { vi: 'Mục {no} nói gì?', en: 'What does section {no} say?' },
  // Who leads a task, when it is due (handlers/who-when.ts); {task} is "B.6 — its first words…"
  whenAndWho: { vi: '[{id}] Thời hạn: {deadline}. Chủ trì: {lead}.', en: '[{id}] Deadline: {deadline}. Lead: {lead}.' },
  whichTask: {
    vi: joined(
      'Tôi chưa xác định được bạn hỏi về nhiệm vụ nào trong Chỉ thị. Hãy nêu số nhiệm vụ (ví dụ ',
      'B.6) hoặc mô tả cụ thể hơn.',
    ),
    en: joined(
      'I could not tell which task of the directive you mean. Give its number (e.g. B.6) or ',
      'describe it more precisely.',
    ),
  },
  deadlineHeading: { vi: 'Thời hạn: {task}', en: 'Deadline: {task}' },
  leadHeading: { vi: 'Chủ trì và phối hợp: {task}', en: 'Lead and cooperating agencies: {task}' },
  productLine: { vi: '[{id}] Sản phẩm: {product}', en: '[{id}] Product: {product}' },
  taskGroup: { vi: 'Nhiệm vụ', en: 'Task' },
  askWhoLeadsIt: { vi: 'Ai chủ trì nhiệm vụ này?', en: 'Who leads it?' },
  askWhenDue: { vi: 'Hạn khi nào?', en: 'When is it due?' },
  askWhatElse: { vi: '{name} còn phải làm gì?', en: 'What else must the {nameEn} do?' },
  // Topic answers (handlers/search.ts); whoAndWhen and noCoop also answer "who leads" (handlers/who-when.ts)
  topicHeading: { vi: 'Nội dung liên quan trong Chỉ thị 05/CT-TTg', en: 'What Directive 05/CT-TTg says on this' },
  directiveSays: {
    vi: 'Chỉ thị 05/CT-TTg viết (trích nguyên văn):',
    en: 'Directive 05/CT-TTg says (quoted in Vietnamese):',
  },
  relatedTasks: { vi: 'Nhiệm vụ liên quan', en: 'Related tasks' },
  whoAndWhen: {
    vi: '[{id}] Chủ trì: {lead}. Phối hợp: {coop}. Thời hạn: {deadline}.',
    en: '[{id}] Lead: {lead}. Cooperating: {coop}. Deadline: {deadline}.',
  },
  noCoop: { vi: 'Phụ lục không ghi đơn vị phối hợp', en: 'no cooperating agency is listed' },
  personalMatters: {
    vi: joined(
      'Chỉ thị giao nhiệm vụ cho các cơ quan nhà nước; Chỉ thị không quy định thủ tục cá nhân, ',
      'giấy tờ, lệ phí hay thời gian giải quyết — người dân hỏi cơ quan giải quyết thủ tục hoặc ',
      'Cổng Dịch vụ công quốc gia.',
    ),
    en: joined(
      'The directive assigns tasks to government bodies; it sets no personal procedures, papers, ',
      'fees or waiting times — those are for the body that handles the procedure or the National ',
      'Public Service Portal.',
    ),
  },
  whatIsId: { vi: '{id} là gì?', en: 'What is {id}?' },
  whoCooperates: { vi: 'Ai phối hợp thực hiện?', en: 'Who cooperates on it?' },
  mentionHeading: { vi: 'Nơi Chỉ thị nhắc đến {phrases}', en: 'Where the directive mentions {phrases}' },
  mentionCount: {
    vi: '{phrases} được nhắc trong {rows} nhiệm vụ của Phụ lục: {ids}.',
    en: '{phrases} appears in {rows} task(s) of the appendix: {ids}.',
  },
  // An agency's duties (handlers/obligations.ts); {name} {short} {nameEn} are the agency's
  tagOwn: { vi: '(chủ trì)', en: '(leads)' },
  tagShared: { vi: '(nhiệm vụ chung)', en: '(common task)' },
  tagPredecessor: { vi: '(giao cho cơ quan tiền thân)', en: '(given to a predecessor)' },
  tagCooperation: { vi: '(phối hợp)', en: '(cooperates)' },
  tagMentioned: { vi: '(có nhắc đến)', en: '(mentioned)' },
  viaLead: { vi: '(Chỉ thị giao cho {name})', en: '(the directive named {nameEn})' },
  viaCoop: { vi: '(Chỉ thị giao cho {name} phối hợp)', en: '(the directive named {nameEn} to cooperate)' },
  /** A group title in an answer about several agencies. */
  ofAgency: { vi: '{short} — {title}', en: '{nameEn} — {title}' },
  dutiesCommonAll: {
    vi: 'Nhiệm vụ chung của các bộ, ngành, địa phương (phần A của Phụ lục)',
    en: 'Common tasks of every ministry, agency and province (part A of the appendix)',
  },
  dutiesProvinces: {
    vi: 'Nhiệm vụ của địa phương (phần C của Phụ lục)',
    en: 'Tasks of the provinces (part C of the appendix)',
  },
  dutiesLeads: { vi: 'Nhiệm vụ do {short} chủ trì', en: 'Tasks {nameEn} leads' },
  dutiesShared: {
    vi: 'Nhiệm vụ chung của các bộ, ngành, địa phương (phần A)',
    en: 'Common tasks of every ministry, agency and province (part A)',
  },
  dutiesPredecessorProvinces: {
    vi: 'Nhiệm vụ Chỉ thị giao cho địa phương nay thuộc {name}',
    en: 'Tasks the directive gave to provinces now part of {nameEn}',
  },
  dutiesPredecessor: {
    vi: 'Nhiệm vụ Chỉ thị giao cho cơ quan nay thuộc {short}',
    en: 'Tasks the directive gave to bodies now part of {nameEn}',
  },
  dutiesCooperation: { vi: 'Nhiệm vụ {short} phối hợp thực hiện', en: 'Tasks {nameEn} cooperates on' },
  dutiesMentioned: {
    vi: 'Nhiệm vụ có nhắc đến {short} (không giao trực tiếp)',
    en: 'Tasks that mention {nameEn} (without assigning it)',
  },
  dutiesFrom: { vi: 'Nhiệm vụ thực hiện từ một tháng trở đi', en: 'Ongoing tasks that start in a given month' },
  dutiesRecurring: { vi: 'Nhiệm vụ thường xuyên', en: 'Recurring tasks' },
  dutiesExternal: { vi: 'Nhiệm vụ theo tiến độ của văn bản khác', en: "Tasks on another document's schedule" },
  formedAfterNote: {
    vi: joined(
      '{name} được thành lập sau Chỉ thị; các nhiệm vụ chung của các bộ (phần A) được liệt kê vì ',
      'Chỉ thị giao chúng cho mọi bộ, trong đó có cơ quan tiền thân: {via}.',
    ),
    en: joined(
      'The {nameEn} was formed after the directive; the common tasks of every ministry (part A) ',
      'are listed because the directive gave them to every ministry, its predecessors among ',
      'them: {viaEn}.',
    ),
  },
  a5Note: {
    vi: 'Nhiệm vụ A.5 áp dụng với các bộ, ngành được giao tại Đề án 06 và Quyết định số 422/QĐ-TTg.',
    en: 'Task A.5 applies to the ministries and agencies assigned in Đề án 06 and Decision 422/QĐ-TTg.',
  },
  praisedNote: {
    vi: joined(
      'Phần mở đầu của Chỉ thị nêu {name} trong số các cơ quan, đơn vị được Thủ tướng biểu dương ',
      'vì đã tích cực triển khai Đề án 06.',
    ),
    en: 'The preamble names the {nameEn} among the bodies the Prime Minister praised for their work on Đề án 06.',
  },
  dutiesHeading: { vi: '{names}: nhiệm vụ theo Chỉ thị 05/CT-TTg', en: '{names}: tasks under Directive 05/CT-TTg' },
  dutiesHeadingWindow: {
    vi: '{names}: nhiệm vụ {window} theo Chỉ thị 05/CT-TTg',
    en: '{names}: tasks {window} under Directive 05/CT-TTg',
  },
  dutiesHeadingRecurring: {
    vi: '{names}: nhiệm vụ thường xuyên và đang thực hiện theo Chỉ thị 05/CT-TTg',
    en: '{names}: recurring and ongoing tasks under Directive 05/CT-TTg',
  },
  summaryRecurring: {
    vi: '{name} có {n} nhiệm vụ thường xuyên hoặc đang thực hiện liên quan.',
    en: '{nameEn} has {n} recurring or ongoing tasks.',
  },
  summaryLeadsNothing: {
    vi: 'Chỉ thị không giao riêng cho {name} nhiệm vụ nào để chủ trì.',
    en: 'The directive gives {nameEn} no task of its own to lead.',
  },
  summaryNoneDue: {
    vi: 'Không có nhiệm vụ nào do {name} chủ trì có hạn {window}.',
    en: 'No task that {nameEn} leads is due {window}.',
  },
  summaryOwn: { vi: '{n} nhiệm vụ chủ trì', en: '{n} led task(s)' },
  summaryProvincial: { vi: '{n} nhiệm vụ của địa phương', en: '{n} provincial task(s)' },
  summaryShared: { vi: '{n} nhiệm vụ chung', en: '{n} common task(s)' },
  summaryPredecessor: { vi: '{n} nhiệm vụ giao cho cơ quan tiền thân', en: '{n} task(s) given to predecessors' },
  summaryCooperation: { vi: '{n} nhiệm vụ phối hợp', en: '{n} task(s) as cooperator' },
  summaryDated: { vi: 'Có thời hạn theo tháng: {counts}.', en: 'With a month deadline: {counts}.' },
  summaryDue: { vi: 'Có hạn {window}: {counts}.', en: 'Due {window}: {counts}.' },
  summaryOngoing: {
    vi: 'Ngoài ra {n} nhiệm vụ thường xuyên, thực hiện từ một tháng, hoặc theo tiến độ văn bản khác (liệt kê riêng).',
    en: 'Also {n} recurring, ongoing or externally scheduled task(s), listed apart.',
  },
  askOtherAgency: { vi: 'Còn {name} thì sao?', en: 'What about the {nameEn}?' },
  askThoseInJune: { vi: 'Những việc nào trong số đó hạn tháng 6/2023?', en: 'Which of those are due in June 2023?' },
  // Local government (handlers/obligations.ts)
  localBodyNote: {
    vi: joined(
      'Chỉ thị không giao nhiệm vụ riêng cho các sở, công an tỉnh hay cấp huyện, cấp xã: nhiệm ',
      'vụ của địa phương được giao cho Ủy ban nhân dân các tỉnh, thành phố (Mục 16, phần C của ',
      'Phụ lục); các cơ quan ở địa phương thực hiện theo phân công của Ủy ban nhân dân tỉnh.',
    ),
    en: joined(
      'The directive gives provincial departments, provincial police, districts and communes no ',
      'task of their own: local tasks go to the provincial People’s Committees (section 16, ',
      'appendix part C), and local bodies act as their province assigns.',
    ),
  },
  c5Note: {
    vi: 'Nhiệm vụ {id} chỉ giao cho {n} tỉnh được nêu tên: {provinces}.',
    en: 'Task {id} binds only the {n} provinces it names: {provinces}.',
  },
  // Tasks due in a period, recurring tasks (handlers/period.ts); {scope} is scopeAll or periodScopeList
  periodScopeList: { vi: 'trong danh sách trước', en: 'among the previous list' },
  periodDue: { vi: 'Có {n} nhiệm vụ {scope} có thời hạn {window}.', en: '{n} task(s) {scope} are due {window}.' },
  periodNone: {
    vi: joined(
      'Không có nhiệm vụ nào {scope} có thời hạn {window}. Các thời hạn theo tháng của Chỉ thị ',
      'nằm trong khoảng tháng 02/2023 – tháng 12/2023.',
    ),
    en: "No task {scope} is due {window}. The directive's dated deadlines run from February to December 2023.",
  },
  periodUndated: {
    vi: joined(
      'Ngoài ra, {scope}: {recurring} nhiệm vụ thường xuyên, {from} nhiệm vụ thực hiện từ một ',
      'tháng trở đi, {external} nhiệm vụ theo tiến độ văn bản khác — hỏi "nhiệm vụ thường xuyên" ',
      'để xem.',
    ),
    en: joined(
      'Also {scope}: {recurring} recurring, {from} ongoing-from-a-month and {external} ',
      'externally scheduled task(s) — ask "recurring tasks" to see them.',
    ),
  },
  periodFromList: { vi: 'Trong danh sách trước', en: 'From the previous list' },
  periodPartA: {
    vi: 'Phần A — nhiệm vụ chung của các bộ, ngành, địa phương',
    en: 'Part A — common tasks of all ministries, agencies and provinces',
  },
  periodPartB: { vi: 'Phần B — nhiệm vụ riêng của từng bộ, ngành', en: 'Part B — tasks of each ministry or agency' },
  periodPartC: { vi: 'Phần C — nhiệm vụ của các địa phương', en: 'Part C — tasks of the provinces' },
  periodHeading: { vi: 'Nhiệm vụ có thời hạn {window}', en: 'Tasks due {window}' },
  askPublicSecurityMeanwhile: {
    vi: 'Bộ Công an phải làm gì trong thời gian này?',
    en: 'What must the Ministry of Public Security do in that time?',
  },
  recurringHeading: { vi: 'Nhiệm vụ thường xuyên và nhiệm vụ thực hiện liên tục', en: 'Recurring and ongoing tasks' },
  recurringIntro: {
    vi: joined(
      '{recurring} nhiệm vụ thường xuyên, {from} nhiệm vụ thực hiện từ một tháng trở đi, ',
      '{external} nhiệm vụ theo tiến độ của văn bản khác.',
    ),
    en: "{recurring} recurring, {from} ongoing from a given month, {external} on another document's schedule.",
  },
  recurringGroup: { vi: 'Thực hiện thường xuyên', en: 'Recurring' },
  fromGroup: { vi: 'Thực hiện từ một tháng trở đi', en: 'Ongoing from a given month' },
  externalGroup: { vi: 'Theo tiến độ của văn bản khác', en: "On another document's schedule" },
  askHealthRecurring: {
    vi: 'Bộ Y tế có nhiệm vụ thường xuyên nào?',
    en: 'Which recurring tasks does the Ministry of Health have?',
  },
  // Follow-ups (handlers/follow-up.ts); the scopes also serve period.ts and rules.ts
  productOf: { vi: '[{id}] Sản phẩm: {product}', en: '[{id}] Product (Vietnamese text): {product}' },
  productHeading: { vi: 'Sản phẩm của nhiệm vụ {id}', en: 'Product of task {id}' },
  noProduct: {
    vi: '[{id}] Phụ lục không ghi sản phẩm cho nhiệm vụ này.',
    en: '[{id}] The appendix names no product for this task.',
  },
  earliestHeading: { vi: 'Nhiệm vụ có hạn sớm nhất {scope}', en: 'The earliest-due task {scope}' },
  latestHeading: { vi: 'Nhiệm vụ có hạn muộn nhất {scope}', en: 'The latest-due task {scope}' },
  earliestIs: { vi: 'Hạn sớm nhất: {id} — {deadline}.', en: 'Due first: {id} — {deadline}.' },
  latestIs: { vi: 'Hạn muộn nhất: {id} — {deadline}.', en: 'Due last: {id} — {deadline}.' },
  overdueHeading: {
    vi: 'Nhiệm vụ đã quá thời hạn tính đến tháng {month}',
    en: 'Tasks whose deadline had passed by {month}',
  },
  overdueIntro: {
    vi: joined(
      'Tính đến tháng {month}, {n} nhiệm vụ {scope} có thời hạn đã qua (hạn trước tháng ',
      '{month}): {ids}. Chỉ thị chỉ đặt thời hạn, không ghi nhận việc đã hoàn thành hay chưa.',
    ),
    en: joined(
      'By {month}, {n} task(s) {scope} had a deadline that had passed (due before {month}): ',
      '{ids}. The directive sets deadlines only; it records no completion.',
    ),
  },
  overdueNone: {
    vi: 'Tính đến tháng {month}, không có nhiệm vụ nào {scope} có thời hạn đã qua.',
    en: 'By {month}, no task {scope} had a deadline that had passed.',
  },
  scopeList: { vi: 'trong danh sách trước', en: 'in the previous list' },
  scopeAll: { vi: 'trong Phụ lục', en: 'in the appendix' },
  scopeAgency: { vi: 'của {name}', en: 'of the {nameEn}' },
  shareHeading: {
    vi: '{name}: {n} trong {total} nhiệm vụ của danh sách trước',
    en: '{nameEn}: {n} of the {total} tasks of the previous list',
  },
  shareIntro: {
    vi: 'Trong {total} nhiệm vụ của danh sách trước, {name} chủ trì {n} nhiệm vụ: {ids}.',
    en: 'Of the {total} tasks of the previous list, the {nameEn} leads {n}: {ids}.',
  },
  // Changes since 2025 (handlers/restructure.ts): {name} the agency, {pname} its predecessor, {when} a date
  splitNote: {
    vi: joined(
      'Từ {when}, {name} được chia tách; chức năng chuyển về: {successors} — {note} ({source}). ',
      'Chỉ thị (2023) vẫn ghi tên {name}.',
    ),
    en: joined(
      'Since {when}, the {nameEn} has been split; its functions moved to: {successors} — ',
      '{noteEn} ({source}). The directive (2023) names the {nameEn}.',
    ),
  },
  renamedNote: {
    vi: 'Từ {when}, {name} đổi thành {successors} ({source}). {note}',
    en: 'Since {when}, the {nameEn} is {successors} ({source}). {noteEn}',
  },
  mergedNote: {
    vi: 'Từ {when} ({source}): {note} Nay là {successors}; Chỉ thị (2023) vẫn ghi tên {name}.',
    en: 'Since {when} ({source}): {noteEn} Now: {successors}; the directive (2023) names the {nameEn}.',
  },
  splitShareNote: {
    vi: joined(
      'Từ {when}, {pname} được chia tách; phần chuyển về {name}: {part} ({source}). Chỉ thị giao ',
      '{pname} chủ trì {led} — hỏi từng nhiệm vụ để xem nội dung có thuộc lĩnh vực này không.',
    ),
    en: joined(
      'Since {when}, the {pnameEn} has been split; the part that went to the {nameEn}: {partEn} ',
      '({source}). The directive gave the {pnameEn} {led} — check each task to see whether it ',
      'falls in that area.',
    ),
  },
  splitShareUnknown: { vi: '(xem nghị định quy định chức năng)', en: '(see the decree on its functions)' },
  formedFromNote: {
    vi: joined(
      '{name} được thành lập từ {when} ({source}); Chỉ thị năm 2023 giao nhiệm vụ cho cơ quan ',
      'tiền thân {pname}, được liệt kê riêng.',
    ),
    en: joined(
      'The {nameEn} was formed on {when} ({source}); the 2023 directive gave the tasks listed ',
      'apart to its predecessor, the {pnameEn}.',
    ),
  },
  absorbedNoTasksNote: {
    vi: 'Từ {when}, {pname} đã hợp nhất vào {name} ({source}); Chỉ thị không giao riêng nhiệm vụ nào cho {pname}.',
    en: joined(
      'Since {when}, the {pnameEn} has been merged into the {nameEn} ({source}); the directive ',
      'gave the {pnameEn} no task of its own.',
    ),
  },
  absorbedNote: {
    vi: 'Từ {when}, {pname} đã hợp nhất vào {name} ({source}); nhiệm vụ Chỉ thị giao cho {pname} được liệt kê riêng.',
    en: joined(
      'Since {when}, the {pnameEn} has been merged into the {nameEn} ({source}); the tasks the ',
      'directive gave the {pnameEn} are listed apart.',
    ),
  },
  restructuredHeading: {
    vi: 'Các bộ, cơ quan được sắp xếp lại sau Chỉ thị 05/CT-TTg',
    en: 'Ministries and agencies restructured since Directive 05/CT-TTg',
  },
  provinces2025: {
    vi: joined(
      'Từ 01/07/2025, cả nước có 34 đơn vị hành chính cấp tỉnh (Nghị quyết số 202/2025/QH15). ',
      'Hỏi "Tỉnh X giờ thuộc tỉnh nào?" để xem từng tỉnh.',
    ),
    en: joined(
      'Since 1 July 2025 there are 34 provincial units (Resolution 202/2025/QH15). Ask about a ',
      'province to see where it went.',
    ),
  },
  askInformationMinistryNow: {
    vi: 'Bộ Thông tin và Truyền thông giờ là bộ nào?',
    en: 'What is the Ministry of Information and Communications now?',
  },
  askScienceMinistryDuties: {
    vi: 'Bộ Khoa học và Công nghệ phải làm gì?',
    en: 'What must the Ministry of Science and Technology do?',
  },
  noChangeRecorded: {
    vi: 'Trợ lý không có ghi nhận nào về việc {name} được sáp nhập, chia tách hay đổi tên sau khi Chỉ thị ban hành.',
    en: 'The assistant has no record of the {nameEn} being merged, split or renamed since the directive.',
  },
  restructureTasks: { vi: 'Nhiệm vụ Chỉ thị giao liên quan ({short})', en: 'Tasks the directive gave ({short})' },
  restructureHeading: { vi: '{name} sau khi sắp xếp bộ máy năm 2025', en: 'The {nameEn} after the 2025 restructuring' },
  provinceAbsorbed: {
    vi: 'Từ 01/07/2025 (Nghị quyết số 202/2025/QH15), {unit} gồm cả {former} trước đây.',
    en: 'Since 1 July 2025 (Resolution 202/2025/QH15), {unitEn} also covers the former {former}.',
  },
  provinceRenamed: {
    vi: joined(
      'Trong danh sách 34 đơn vị hành chính cấp tỉnh từ 01/07/2025 (Nghị quyết số ',
      '202/2025/QH15), đơn vị này mang tên {unit}; Chỉ thị (2023) ghi {name}.',
    ),
    en: joined(
      'In the list of 34 provincial units from 1 July 2025 (Resolution 202/2025/QH15), this unit ',
      'is named {unitEn}; the directive (2023) names {nameEn}.',
    ),
  },
  provinceMerged: {
    vi: 'Từ 01/07/2025 (Nghị quyết số 202/2025/QH15), {name} thuộc {now}.',
    en: 'Since 1 July 2025 (Resolution 202/2025/QH15), {nameEn} is part of {nowEn}.',
  },
  // The guided tour (handlers/tour.ts): step titles, then the steps' sentences
  tourOverviewTitle: { vi: 'Tổng quan Chỉ thị', en: 'Overview' },
  tourBottlenecksTitle: { vi: 'Các điểm nghẽn', en: 'The bottlenecks' },
  tourSectionTitle: { vi: 'Mục {no}', en: 'Section {no}' },
  tourSection1Title: { vi: 'Mục 1 — trách nhiệm người đứng đầu', en: 'Section 1 — heads of ministries and provinces' },
  tourCommonTitle: { vi: 'Nhiệm vụ chung (Mục 2, phần A)', en: 'Common duties (section 2, part A)' },
  tourProvincesTitle: { vi: 'Địa phương (Mục {no}, phần C)', en: 'Provinces (section {no}, part C)' },
  tourFollowUpTitle: { vi: 'Theo dõi, đôn đốc và báo cáo', en: 'Follow-up and reporting' },
  tourEndTitle: { vi: 'Kết thúc', en: 'End' },
  tourSectionIntro: {
    vi: 'Mục {no} giao cho {addressee}: {n} đoạn, tương ứng {rows} nhiệm vụ trong Phụ lục.',
    en: 'Section {no} is addressed to {addressee}: {n} paragraph(s), {rows} appendix task(s).',
  },
  tourMainPoints: { vi: 'Nội dung chính', en: 'Main points' },
  tourOverviewIntro: {
    vi: joined(
      'Chỉ thị số {number} ngày 23/02/2023 của Thủ tướng Chính phủ ({signer} ký) về tiếp tục đẩy ',
      'mạnh triển khai Đề án 06 — phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực ',
      'điện tử.',
    ),
    en: joined(
      'Directive No. {number} of 23 February 2023, signed by Prime Minister {signer}, on pushing ',
      'ahead with Đề án 06 (population data, electronic identification and authentication).',
    ),
  },
  tourStructure: {
    vi: joined(
      'Cấu trúc: phần mở đầu nêu {bottlenecks} điểm nghẽn; {sections} mục giao nhiệm vụ; Phụ lục ',
      '{rows} nhiệm vụ — phần A ({a}) chung cho mọi bộ, ngành, địa phương; phần B ({b}) riêng ',
      'từng bộ, ngành; phần C ({c}) cho các địa phương.',
    ),
    en: joined(
      'Structure: a preamble with {bottlenecks} bottlenecks; {sections} sections of ',
      'instructions; an appendix of {rows} tasks — part A ({a}) for every ministry and province, ',
      'part B ({b}) per ministry, part C ({c}) for provinces.',
    ),
  },
  tourBottlenecksIntro: {
    vi: 'Chỉ thị nêu các "điểm nghẽn" làm chậm Đề án 06:',
    en: 'The directive names the "bottlenecks" slowing Đề án 06:',
  },
  tourCommonIntro: {
    vi: 'Mục 2 và phần A của Phụ lục: {n} nhiệm vụ mọi bộ, ngành, địa phương đều phải làm.',
    en: 'Section 2 and part A of the appendix: {n} tasks every ministry, agency and province must do.',
  },
  tourPart: { vi: 'Phần {part}', en: 'Part {part}' },
  tourFinishedHeading: {
    vi: 'Bạn đã hoàn thành phần hướng dẫn Chỉ thị 05/CT-TTg',
    en: 'You have finished the tour of Directive 05/CT-TTg',
  },
  tourClosedHeading: { vi: 'Đã thoát phần hướng dẫn', en: 'Tour closed' },
  tourAskAnything: {
    vi: 'Bạn có thể hỏi bất kỳ điều gì về Chỉ thị, ví dụ:',
    en: 'Ask anything about the directive, for example:',
  },
  tourRestart: { vi: 'Gõ "hướng dẫn" để xem lại từ đầu.', en: 'Type "tour" to start again.' },
  tourHeading: { vi: 'Hướng dẫn — bước {step}/{total}: {title}', en: 'Tour — step {step}/{total}: {title}' },
  tourMoves: {
    vi: 'Gõ "tiếp theo", "quay lại", "bước N" hoặc "thoát".',
    en: 'Type "next", "back", "step N" or "exit".',
  },
  tourNext: { vi: 'Tiếp theo', en: 'Next' },
  tourFinish: { vi: 'Kết thúc', en: 'Finish' },
  tourBack: { vi: 'Quay lại', en: 'Back' },
  tourExit: { vi: 'Thoát', en: 'Exit' },
  // The rule table (rules.ts)
  severalHeading: { vi: 'Các nhiệm vụ {ids}', en: 'Tasks {ids}' },
  tasksGroup: { vi: 'Nhiệm vụ', en: 'Tasks' },
  noSuchMonth: {
    vi: joined(
      '"{text}" không phải là một tháng có thật (tháng chỉ từ 1 đến 12), nên tôi không đoán ý ',
      'bạn. Bạn hãy hỏi lại với tháng từ 1 đến 12.',
    ),
    en: joined(
      '"{text}" is not a real month (months run from 1 to 12), so I will not guess. Please ask ',
      'again with a month from 1 to 12.',
    ),
  },
  otherDocument: {
    vi: joined(
      'Câu hỏi nhắc đến một văn bản khác Chỉ thị 05/CT-TTg. Tôi chỉ trả lời theo nội dung Chỉ ',
      'thị 05/CT-TTg, nên không trả lời về văn bản đó.',
    ),
    en: 'The question is about a document other than Directive 05/CT-TTg, which is all I answer about.',
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
    en: joined(
      'Directive 05/CT-TTg gives no step-by-step instructions for apps or accounts (installing, ',
      'activating, passwords).',
    ),
  },
  outOfScope_contact: {
    vi: 'Chỉ thị 05/CT-TTg không nêu số điện thoại, tổng đài hay địa chỉ liên hệ.',
    en: 'Directive 05/CT-TTg gives no phone numbers, hotlines or contact addresses.',
  },
  outOfScope_caseStatus: {
    vi: joined(
      'Chỉ thị 05/CT-TTg không theo dõi hồ sơ hay thời gian giải quyết của từng người; hãy hỏi ',
      'cơ quan tiếp nhận hồ sơ.',
    ),
    en: joined(
      'Directive 05/CT-TTg does not track individual applications or their processing times; ask ',
      'the office that received the file.',
    ),
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
    vi: joined(
      'Chỉ thị 05/CT-TTg không nêu số, ngày của quyết định phê duyệt Đề án 06 (Quyết định số ',
      '422/QĐ-TTg và 766/QĐ-TTg mà Chỉ thị dẫn là các văn bản khác).',
    ),
    en: joined(
      'Directive 05/CT-TTg does not give the number or date of the decision approving Đề án 06 ',
      '(the decisions 422/QĐ-TTg and 766/QĐ-TTg it cites are other documents).',
    ),
  },
  laterYears: {
    vi: joined(
      'Chỉ thị 05/CT-TTg ban hành ngày 23/02/2023 và đặt thời hạn trong năm 2023; Chỉ thị không ',
      'có thông tin về năm {years} (tình hình thực hiện, số liệu, kế hoạch của các năm sau).',
    ),
    en: joined(
      'Directive 05/CT-TTg was issued on 23 February 2023 and sets deadlines in 2023; it holds ',
      'nothing on {years} (progress, figures or later plans).',
    ),
  },
  nearest: {
    vi: 'Nội dung gần nhất trong Chỉ thị (để tham khảo): {ids}.',
    en: 'The nearest content of the directive, for reference: {ids}.',
  },
} as const satisfies Record<string, { vi: string; en: string }>;

export type MessageKey = keyof typeof MESSAGES;

/** The `{name}` placeholders of a message text. */
type Placeholders<S extends string> = S extends `${string}{${infer N}}${infer R}` ? N | Placeholders<R> : never;
type TextOf<K extends MessageKey> = (typeof MESSAGES)[K]['vi'] | (typeof MESSAGES)[K]['en'];
/** The values a message needs: one for each placeholder of its Vietnamese or English text. */
type ValuesOf<K extends MessageKey> = Readonly<Record<Placeholders<TextOf<K>>, string | number>>;
/** A message without placeholders takes no values; any other must be given all of them. */
type ValuesArg<K extends MessageKey> = [keyof ValuesOf<K>] extends [never] ? [] : [values: ValuesOf<K>];

/** The message in the answer's language, with `{name}` filled from `values`. */
export function msg<K extends MessageKey>(lang: Language, key: K, ...[values]: ValuesArg<K>): string {
  const v: Readonly<Record<string, string | number>> = values ?? {};
  return MESSAGES[key][lang].replace(/\{(\w+)\}/gu, (whole, name: string) => (name in v ? String(v[name]) : whole));
}
