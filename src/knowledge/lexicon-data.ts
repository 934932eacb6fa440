/**
 * The domain lexicon of Chỉ thị 05/CT-TTg: what citizens, help-desk staff, officials and English
 * speakers type, mapped to the words the directive itself uses, so retrieval can find the rows a
 * question is about ("bằng lái", "GPLX", "driving licence" → "giấy phép lái xe"). Pure data.
 *
 * How an entry reads: `means` is the directive's own phrase; each string in `say` is another way
 * to say it. Matching is on folded words (case, diacritics, đ/d and punctuation ignored), so a
 * phrase is listed once, with its diacritics, and plain-ASCII chat spellings match it too.
 * Every `means` phrase occurs in the directive's text as a contiguous run of words once both are
 * folded — a test checks it. No `say` phrase is listed under two entries.
 */
export interface LexiconEntry {
  /** The directive's own wording, with diacritics, exactly as a run of words in the seed text (case may differ). */
  readonly means: string;
  /** What people type instead: citizen words, abbreviations, chat forms, English words and phrases. */
  readonly say: readonly string[];
}

export const LEXICON: readonly LexiconEntry[] = [
  // -------------------------------------------------------------------------------------------
  // The directive, its project, its instruments and its appendix

  {
    means: 'Chỉ thị số 05/CT-TTg',
    say: ['Chỉ thị 05', 'chỉ thị 5', 'CT05', 'CT 05', '05/CT-TTg', 'Directive 05', 'Directive No. 05', 'Directive 5',
      'Directive 05/CT-TTg', 'this directive'],
  },
  { means: 'Chỉ thị', say: ['directive', 'directives'] },
  {
    means: 'Đề án 06',
    say: ['ĐA06', 'ĐA 06', 'Đề án 6', 'Project 06', 'Project 6', 'Scheme 06', 'Scheme 6', 'Plan 06', 'Đề án 06/QĐ-TTg',
      'Quyết định 06/QĐ-TTg', 'QĐ 06'],
  },
  { means: 'Đề án', say: ['project', 'scheme'] },
  {
    means: 'phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử',
    say: ['tên đầy đủ của Đề án 06', 'full name of Project 06', 'population data application project',
      'developing applications of population data, electronic identification and authentication',
      'developing the application of population data'],
  },
  {
    means: 'giai đoạn 2022 - 2025, tầm nhìn đến năm 2030',
    say: ['2022-2025', '2022 to 2025', 'period 2022-2025', 'tầm nhìn 2030', 'vision to 2030', 'vision 2030'],
  },
  {
    means: 'ngày 23 tháng 02 năm 2023',
    say: ['23/02/2023', '23/2/2023', '23-02-2023', '23 February 2023', 'February 23, 2023', 'Feb 23, 2023',
      '23 Feb 2023', 'ngày ban hành', 'ngày ký', 'date of issue', 'issue date', 'issued on', 'signing date',
      'date signed'],
  },
  {
    means: 'chuyển đổi số quốc gia',
    say: ['CĐS', 'chuyển đổi số', 'digital transformation', 'national digital transformation', 'digitalisation',
      'digitalization', 'DX'],
  },
  { means: 'Chính phủ số', say: ['digital government'] },
  { means: 'Chính phủ điện tử', say: ['CPĐT', 'e-government', 'electronic government', 'egov'] },
  {
    means: 'Kiến trúc Chính phủ điện tử 2.0',
    say: ['kiến trúc CPĐT', 'e-government architecture', 'e-government architecture framework',
      'architecture framework 2.0', 'enterprise architecture'],
  },
  { means: 'kinh tế số', say: ['digital economy'] },
  { means: 'xã hội số', say: ['digital society'] },
  { means: 'công dân số', say: ['digital citizen', 'digital citizens', 'digital citizenship', 'netizen', 'netizens'] },
  {
    means: 'Quy hoạch hạ tầng thông tin và truyền thông',
    say: ['quy hoạch hạ tầng TT&TT', 'ICT infrastructure master plan', 'ICT infrastructure planning',
      'information and communications infrastructure plan', 'infrastructure master plan 2021-2030'],
  },
  {
    means: 'nhiệm vụ, giải pháp trọng tâm',
    say: ['nhiệm vụ trọng tâm', 'giải pháp trọng tâm', 'key tasks', 'key solutions', 'main tasks', 'priorities',
      'priority tasks'],
  },
  {
    means: 'kết quả tích cực bước đầu',
    say: ['kết quả đạt được', 'thành tựu', 'achievements', 'results so far', 'initial results', 'positive results',
      'progress so far'],
  },
  {
    means: 'biểu dương',
    say: ['khen', 'khen ngợi', 'tuyên dương', 'praise', 'praised', 'commend', 'commended', 'who was praised',
      'best performers', 'exemplary', 'outstanding'],
  },
  {
    means: 'Phụ lục',
    say: ['bảng phụ lục', 'bảng nhiệm vụ', 'danh sách nhiệm vụ', 'appendix', 'annex', 'task table', 'table of tasks',
      'list of tasks'],
  },
  {
    means: 'Nhiệm vụ của bộ, ngành, địa phương',
    say: ['nhiệm vụ chung', 'phần A', 'common tasks', 'general tasks', 'tasks for all ministries and localities',
      'part A'],
  },
  {
    means: 'Nhiệm vụ riêng của từng bộ, ngành',
    say: ['nhiệm vụ của từng bộ', 'nhiệm vụ riêng của bộ', 'phần B', 'ministry-specific tasks',
      'tasks of each ministry', 'tasks for each ministry', 'part B'],
  },
  {
    means: 'Nhiệm vụ riêng của từng địa phương',
    say: ['nhiệm vụ của tỉnh', 'nhiệm vụ của địa phương', 'phần C', 'tasks of each province', 'tasks for provinces',
      'local tasks', 'province-specific tasks', 'part C'],
  },
  {
    means: 'Đơn vị chủ trì',
    say: ['cơ quan chủ trì', 'chủ trì', 'lead agency', 'lead unit', 'lead ministry', 'in charge', 'responsible agency',
      'who leads', 'who is responsible'],
  },
  {
    means: 'Đơn vị phối hợp',
    say: ['cơ quan phối hợp', 'phối hợp', 'coordinating agency', 'coordinating agencies', 'supporting agencies',
      'partner agencies', 'cooperating agencies', 'in coordination with', 'works with'],
  },
  {
    means: 'Thời gian hoàn thành',
    say: ['hạn hoàn thành', 'hạn chót', 'thời hạn', 'deadline', 'deadlines', 'due date', 'due by', 'completion date',
      'time limit', 'by when'],
  },
  {
    means: 'Sản phẩm',
    say: ['sản phẩm đầu ra', 'kết quả đầu ra', 'output', 'outputs', 'deliverable', 'deliverables', 'expected result',
      'expected results'],
  },
  {
    means: 'Thực hiện thường xuyên',
    say: ['thường xuyên', 'liên tục', 'không có hạn', 'ongoing', 'continuous', 'continuously', 'regularly',
      'on a regular basis', 'recurring', 'no fixed deadline'],
  },
  { means: 'nhiệm vụ', say: ['đầu việc', 'việc phải làm', 'task', 'tasks', 'duties', 'assignments'] },
  {
    means: 'rõ người, rõ việc, rõ thời gian',
    say: ['kế hoạch phân công nhiệm vụ', 'phân công nhiệm vụ', 'clear person, clear task, clear deadline',
      'who does what by when', 'task assignment plan'],
  },
  {
    means: 'mục tiêu, nhiệm vụ, lộ trình',
    say: ['lộ trình', 'roadmap', 'road map', 'timeline', 'goals and roadmap', 'targets', 'objectives'],
  },
  {
    means: 'trình Chính phủ',
    say: ['submit to the government', 'submitted to the government', 'submission to the government'],
  },
  {
    means: 'trình Thủ tướng Chính phủ',
    say: ['trình Thủ tướng', 'submit to the Prime Minister', 'submitted to the Prime Minister', 'submitted to the PM'],
  },
  { means: 'Dự thảo', say: ['draft', 'drafts'] },
  { means: 'ban hành', say: ['promulgate', 'promulgated', 'enact', 'enacted', 'issued'] },
  { means: 'nghiên cứu', say: ['research', 'researching'] },

  // Legal instruments the directive cites
  {
    means: 'Nghị định số 45/2020/NĐ-CP',
    say: ['NĐ 45', 'NĐ45', 'nghị định 45', 'NĐ 45/2020', '45/2020/NĐ-CP', 'Decree 45', 'Decree 45/2020',
      'Decree No. 45/2020/ND-CP'],
  },
  {
    means: 'Nghị định số 107/2021/NĐ-CP',
    say: ['NĐ 107', 'NĐ107', 'nghị định 107', 'NĐ 107/2021', '107/2021/NĐ-CP', 'Decree 107', 'Decree 107/2021',
      'Decree No. 107/2021/ND-CP'],
  },
  {
    means: 'Nghị định số 104/2022/NĐ-CP',
    say: ['NĐ 104', 'NĐ104', 'nghị định 104', 'NĐ 104/2022', '104/2022/NĐ-CP', 'Decree 104', 'Decree 104/2022',
      'Decree No. 104/2022/ND-CP'],
  },
  {
    means: 'Quyết định số 422/QĐ-TTg',
    say: ['QĐ 422', 'QĐ422', 'quyết định 422', '422/QĐ-TTg', 'Decision 422', 'Decision No. 422'],
  },
  {
    means: 'Quyết định số 766/QĐ-TTg',
    say: ['QĐ 766', 'QĐ766', 'quyết định 766', '766/QĐ-TTg', 'Decision 766', 'Decision No. 766'],
  },
  {
    means: 'Nghị quyết số 50/NQ-CP',
    say: ['NQ 50', 'NQ50', 'nghị quyết 50', '50/NQ-CP', 'Resolution 50', 'Resolution No. 50'],
  },
  {
    means: 'Thông báo số 174/TB-VPCP',
    say: ['TB 174', 'thông báo 174', '174/TB-VPCP', 'Notice 174', 'Announcement 174'],
  },
  {
    means: 'văn bản số 1552/BTTTT-TTH',
    say: ['văn bản 1552', 'công văn 1552', 'CV 1552', 'CV1552', '1552/BTTTT-TTH', 'document 1552', 'letter 1552',
      'official letter 1552'],
  },
  { means: 'Luật Cư trú', say: ['luật cư trú 2020', 'Residence Law', 'Law on Residence', 'residence act'] },
  { means: 'Nghị định', say: ['NĐ', 'decree', 'decrees'] },
  { means: 'Quyết định', say: ['QĐ', 'decision', 'decisions'] },
  { means: 'Nghị quyết', say: ['NQ', 'resolution', 'resolutions'] },
  {
    means: 'văn bản quy phạm pháp luật',
    say: ['VBQPPL', 'văn bản pháp luật', 'legal documents', 'legal normative documents', 'legal instruments',
      'laws and regulations', 'legal framework', 'regulations'],
  },
  {
    means: 'Chương trình xây dựng luật, pháp lệnh',
    say: ['chương trình xây dựng luật', 'legislative programme', 'legislative program', 'law-making programme',
      'law-making program', 'lawmaking agenda', 'ordinances'],
  },
  { means: 'pháp luật', say: ['law', 'laws', 'legislation', 'legal'] },
  {
    means: 'cơ sở pháp lý',
    say: ['căn cứ pháp lý', 'hành lang pháp lý', 'legal basis', 'legal grounds', 'legal foundation'],
  },

  // -------------------------------------------------------------------------------------------
  // Identity: citizen ID cards, personal ID numbers, electronic identification, VNeID

  {
    means: 'thẻ căn cước công dân gắn chip',
    say: ['CCCD gắn chip', 'CCCD chip', 'căn cước gắn chip', 'căn cước chip', 'thẻ CCCD gắn chip', 'thẻ chip',
      'chip ID card', 'chip-based ID card', 'chip-based citizen ID', 'chip-based citizen identity card',
      'chip-embedded ID card', 'chipped ID card', 'smart ID card', 'new ID card'],
  },
  {
    means: 'căn cước công dân',
    say: ['CCCD', 'thẻ căn cước', 'căn cước', 'thẻ CCCD', 'citizen ID', 'citizen ID card', 'citizen identity card',
      'citizen identification card', 'ID card', 'identity card', 'national ID card', 'national ID'],
  },
  {
    means: 'cấp thẻ căn cước công dân gắn chip',
    say: ['làm CCCD', 'làm căn cước', 'làm thẻ căn cước', 'cấp CCCD', 'cấp căn cước', 'đi làm CCCD', 'đổi CCCD',
      'issue ID cards', 'issuing ID cards', 'get an ID card', 'apply for an ID card', 'ID card issuance',
      'make an ID card'],
  },
  {
    means: 'công dân đủ điều kiện',
    say: ['đủ điều kiện làm CCCD', 'đủ điều kiện cấp', 'eligible citizens', 'who is eligible', 'eligibility'],
  },
  {
    means: 'mã định danh cá nhân',
    say: ['mã số định danh', 'mã định danh', 'số định danh', 'số định danh cá nhân', 'số CCCD',
      'personal identification number', 'personal ID number', 'personal identification code', 'ID number',
      'identification number'],
  },
  {
    means: 'chứng minh thư nhân dân 9 số',
    say: ['CMND', 'CMND 9 số', 'CMT', 'chứng minh nhân dân', 'chứng minh thư', 'giấy CMND', 'old ID card',
      'old identity card', '9-digit ID card', '9-digit ID'],
  },
  {
    means: 'xác nhận chứng minh thư nhân dân 9 số',
    say: ['xác nhận số CMND', 'giấy xác nhận CMND', 'xác nhận CMND cũ', 'giấy xác nhận số chứng minh',
      'confirmation of old ID number', 'old ID number confirmation', 'certificate of old ID number'],
  },
  {
    means: 'giấy tờ công dân',
    say: ['giấy tờ tùy thân', 'giấy tờ cá nhân', 'personal documents', 'identity documents', 'ID documents',
      'personal papers', 'civil documents'],
  },
  {
    means: 'chỉ phải mang 1 loại giấy tờ',
    say: ['chỉ cần mang CCCD', 'chỉ cần CCCD', 'chỉ mang căn cước', 'không cần mang nhiều giấy tờ',
      'only carry one document', 'one card for everything', 'only one card', 'just one ID', 'single ID card'],
  },
  {
    means: 'tài khoản định danh điện tử',
    say: ['tài khoản định danh', 'TK định danh', 'định danh mức 2', 'định danh mức 1', 'tài khoản mức 2',
      'tài khoản VNeID', 'TK VNeID', 'đăng ký VNeID', 'đăng ký tài khoản định danh', 'kích hoạt VNeID',
      'kích hoạt tài khoản định danh', 'e-ID account', 'e-ID accounts', 'eID account', 'eID accounts',
      'electronic identification account', 'electronic identification accounts', 'electronic ID account',
      'digital ID account', 'VNeID account', 'VNeID accounts', 'level 2 account'],
  },
  {
    means: '40 triệu tài khoản định danh điện tử',
    say: ['40 triệu tài khoản', '40 million accounts', '40 million e-ID accounts',
      '40 million electronic identification accounts', '40 million'],
  },
  {
    means: '30 triệu tài khoản VNeID',
    say: ['30 triệu tài khoản', '30 million VNeID accounts', '30 million accounts', '30 million'],
  },
  {
    means: 'ứng dụng VNeID',
    say: ['app VNeID', 'VNeID app', 'ứng dụng định danh', 'ứng dụng định danh điện tử', 'cài VNeID', 'cài app VNeID',
      'tải VNeID', 'tải app VNeID', 'cài app', 'tải app', 'cài ứng dụng', 'install the app', 'download the app',
      'e-ID app', 'eID app', 'digital ID app', 'VNeID application', 'VN eID'],
  },
  {
    means: 'định danh và xác thực điện tử',
    say: ['định danh xác thực', 'electronic identification and authentication', 'e-identification and authentication',
      'eID and authentication', 'identification and authentication'],
  },
  {
    means: 'định danh điện tử',
    say: ['electronic identification', 'electronic identity', 'e-identification', 'e-ID', 'eID', 'digital identity',
      'digital ID'],
  },
  {
    means: 'xác thực điện tử',
    say: ['electronic authentication', 'e-authentication', 'online authentication', 'digital authentication'],
  },
  {
    means: 'định danh điện tử cho doanh nghiệp',
    say: ['định danh doanh nghiệp', 'định danh tổ chức', 'tài khoản định danh tổ chức',
      'tài khoản định danh doanh nghiệp', 'VNeID doanh nghiệp', 'e-ID for businesses', 'business e-ID',
      'business electronic identification', 'organisational e-ID', 'organizational e-ID', 'company e-ID'],
  },
  {
    means: 'đa dạng hóa các tiện ích',
    say: ['tiện ích VNeID', 'tính năng VNeID', 'tính năng mới', 'VNeID features', 'VNeID utilities', 'VNeID functions',
      'what can VNeID do', 'more features', 'new features'],
  },
  { means: 'tiện ích', say: ['tính năng', 'chức năng', 'utilities', 'utility', 'features', 'feature', 'functions'] },
  {
    means: 'tích hợp giấy tờ',
    say: ['tích hợp giấy tờ vào VNeID', 'đưa giấy tờ lên VNeID', 'giấy tờ trên VNeID', 'ví giấy tờ', 'document wallet',
      'integrate documents', 'add documents to VNeID', 'documents in VNeID', 'digital documents on phone'],
  },
  {
    means: 'hiển thị các thông tin trong thẻ căn cước công dân gắn chip',
    say: ['đọc chip', 'đọc chip CCCD', 'đọc thông tin chip', 'đầu đọc chip', 'thiết bị đọc chip', 'chip reader',
      'read the chip', 'chip data display', 'display chip information', 'NFC'],
  },
  {
    means: 'hướng dẫn kỹ thuật',
    say: ['hướng dẫn kĩ thuật', 'technical guidance', 'technical guidelines', 'technical instructions',
      'technical specifications'],
  },
  {
    means: 'Quy chuẩn kỹ thuật quốc gia',
    say: ['QCVN', 'quy chuẩn kĩ thuật', 'quy chuẩn', 'national technical regulation', 'national technical standard',
      'technical standard', 'national standard'],
  },
  { means: 'triển khai thử nghiệm', say: ['thử nghiệm', 'chạy thử', 'trial', 'trials', 'test run', 'test deployment'] },

  // -------------------------------------------------------------------------------------------
  // Population data, databases, data quality and sharing, the National Data Center

  {
    means: 'Cơ sở dữ liệu quốc gia về dân cư',
    say: ['CSDLQG về dân cư', 'CSDL quốc gia về dân cư', 'CSDLQG dân cư', 'CSDL dân cư', 'CSDLQGVDC',
      'cơ sở dữ liệu dân cư', 'dữ liệu dân cư quốc gia', 'national population database', 'population database',
      'national database on population', 'national resident database', 'resident database', 'national population data'],
  },
  { means: 'dữ liệu dân cư', say: ['dữ liệu công dân', 'population data', "residents' data", 'resident data'] },
  { means: 'thông tin dân cư', say: ['population information', 'resident information', 'residents information'] },
  {
    means: 'thông tin công dân',
    say: ['thông tin cá nhân', 'citizen information', 'citizen data', 'citizens information', 'personal information',
      'personal data'],
  },
  {
    means: 'quản lý dân cư',
    say: ['quản lý dân số', 'population management', 'resident management', 'residence management'],
  },
  { means: 'dân cư', say: ['dân số', 'population', 'residents', 'resident', 'inhabitants'] },
  {
    means: 'đúng, đủ, sạch, sống',
    say: ['tiêu chí đúng đủ sạch sống', 'chất lượng dữ liệu', 'correct, complete, clean, live',
      'correct, complete, clean and live', 'accurate, complete, clean, live',
      'accurate, complete, clean and up to date', 'data quality'],
  },
  {
    means: 'làm sạch dữ liệu',
    say: ['làm sạch', 'dữ liệu sai', 'sửa dữ liệu sai', 'data cleaning', 'data cleansing', 'clean data',
      'cleaning data', 'clean up data', 'data clean-up', 'wrong data', 'incorrect data'],
  },
  { means: 'làm giàu dữ liệu', say: ['data enrichment', 'enrich data', 'enriching data', 'enrich the data'] },
  {
    means: 'xác thực dữ liệu dân cư',
    say: ['kiểm tra chéo dữ liệu', 'verify population data', 'population data verification',
      'cross-check population data', 'cross-check', 'cross-checking'],
  },
  {
    means: 'đối soát',
    say: ['đối chiếu', 'so khớp', 'khớp dữ liệu', 'reconcile', 'reconciliation', 'reconciling', 'match against',
      'matching against', 'compare against'],
  },
  {
    means: 'cơ sở dữ liệu quốc gia',
    say: ['CSDLQG', 'CSDL QG', 'CSDL quốc gia', 'national database', 'national databases'],
  },
  {
    means: 'danh mục cơ sở dữ liệu quốc gia',
    say: ['danh mục CSDLQG', 'danh mục CSDL quốc gia', 'list of national databases', 'national database list',
      'catalogue of national databases', 'catalog of national databases', 'which national databases'],
  },
  {
    means: 'trình tự, thủ tục rút gọn',
    say: ['thủ tục rút gọn', 'fast-track procedure', 'fast track', 'shortened procedure', 'simplified procedure',
      'expedited procedure'],
  },
  {
    means: 'cơ sở dữ liệu chuyên ngành',
    say: ['CSDL chuyên ngành', 'dữ liệu chuyên ngành', 'sectoral database', 'sectoral databases',
      'specialised database', 'specialized database', 'specialised databases', 'specialized databases',
      'sector databases', 'ministry databases'],
  },
  { means: 'cơ sở dữ liệu', say: ['CSDL', 'database', 'databases', 'DB', 'data base'] },
  { means: 'dữ liệu', say: ['data', 'dataset', 'datasets'] },
  { means: 'dữ liệu điện tử', say: ['electronic data', 'digital data', 'e-data'] },
  { means: 'hệ sinh thái dữ liệu', say: ['hệ sinh thái số', 'data ecosystem', 'digital ecosystem'] },
  {
    means: 'kho dữ liệu dùng chung',
    say: ['kho dữ liệu chung', 'shared data warehouse', 'shared data store', 'shared data repository',
      'common data store', 'common database', 'shared database'],
  },
  {
    means: 'kết nối, chia sẻ dữ liệu',
    say: ['kết nối dữ liệu', 'chia sẻ dữ liệu', 'data sharing', 'share data', 'sharing data', 'data exchange',
      'exchange data', 'connect and share data', 'data connection', 'interconnect data', 'data integration'],
  },
  { means: 'kết nối', say: ['connect', 'connection', 'connections', 'connecting', 'connectivity', 'link up'] },
  { means: 'chia sẻ', say: ['share', 'sharing'] },
  { means: 'tích hợp', say: ['integrate', 'integration', 'integrated', 'integrating'] },
  {
    means: 'liên thông',
    say: ['interoperable', 'interoperability', 'interconnected', 'interconnection', 'joined-up', 'linked'],
  },
  {
    means: 'tái sử dụng dữ liệu',
    say: ['dùng lại dữ liệu', 'sử dụng lại dữ liệu', 'reuse data', 'data reuse', 're-use data', 'reusing data',
      'once-only', 'once only principle'],
  },
  {
    means: 'Trung tâm dữ liệu quốc gia',
    say: ['TTDLQG', 'TTDL quốc gia', 'national data center', 'national data centre', 'national datacenter',
      'national data centers', 'national data centres'],
  },
  {
    means: 'Đề án Trung tâm dữ liệu quốc gia',
    say: ['đề án TTDLQG', 'national data center project', 'national data centre project', 'national data center scheme',
      'data center proposal'],
  },
  {
    means: 'trung tâm dữ liệu',
    say: ['TTDL', 'data center', 'data centre', 'datacenter', 'data centers', 'data centres'],
  },
  { means: 'thống kê', say: ['statistics', 'stats', 'statistical'] },
  {
    means: 'tổng hợp, phân tích, dự báo',
    say: ['phân tích dữ liệu', 'analytics', 'analysis', 'data analysis', 'forecasting', 'forecast', 'forecasts',
      'predict', 'prediction', 'big data'],
  },
  { means: 'hoạch định chính sách', say: ['xây dựng chính sách', 'policymaking', 'policy-making', 'policy planning'] },
  {
    means: 'phát triển kinh tế - xã hội',
    say: ['phát triển KT-XH', 'KT-XH', 'socio-economic development', 'socioeconomic development',
      'economic development'],
  },
  {
    means: 'dựa trên dữ liệu, thời gian thực',
    say: ['thời gian thực', 'real-time', 'realtime', 'real-time data', 'data-driven', 'dashboard', 'dashboards'],
  },
  {
    means: 'chuẩn hóa',
    say: ['standardize', 'standardise', 'standardization', 'standardisation', 'normalize', 'normalise'],
  },
  { means: 'cập nhật', say: ['update', 'updates', 'updating', 'updated'] },
  { means: 'rà soát', say: ['review', 'reviews', 'reviewing', 'audit', 'screening'] },
  {
    means: 'số hóa',
    say: ['digitization', 'digitisation', 'digitize', 'digitise', 'digitized', 'digitised', 'scan', 'scanning',
      'scanned'],
  },
  { means: 'tra cứu', say: ['look up', 'lookup', 'search', 'check information'] },

  // -------------------------------------------------------------------------------------------
  // Residence: permanent and temporary registration, household books, accommodation notices

  { means: 'cư trú', say: ['nơi cư trú', 'nơi ở', 'chỗ ở', 'residence', 'residency'] },
  {
    means: 'đăng ký thường trú',
    say: ['đăng ký hộ khẩu', 'nhập hộ khẩu', 'chuyển hộ khẩu', 'chuyển khẩu', 'làm hộ khẩu', 'thường trú',
      'permanent residence registration', 'register permanent residence', 'registering permanent residence',
      'permanent residence', 'permanent address', 'register my address', 'change of permanent address'],
  },
  {
    means: 'đăng ký tạm trú',
    say: ['khai báo tạm trú', 'làm tạm trú', 'xin tạm trú', 'temporary residence registration',
      'register temporary residence', 'registering temporary residence', 'temporary registration',
      'register as a temporary resident'],
  },
  { means: 'tạm trú', say: ['ở tạm', 'ở trọ', 'temporary residence', 'temporary resident', 'temporary stay'] },
  {
    means: 'xóa đăng ký thường trú',
    say: ['xóa hộ khẩu', 'cắt khẩu', 'cắt hộ khẩu', 'xóa thường trú', 'xóa tên khỏi hộ khẩu',
      'deregister permanent residence', 'deregistration of permanent residence', 'cancel permanent residence',
      'remove from household registration'],
  },
  {
    means: 'xác nhận thông tin cư trú',
    say: ['giấy xác nhận cư trú', 'xác nhận cư trú', 'giấy xác nhận thông tin cư trú', 'CT07', 'CT-07', 'mẫu CT07',
      'proof of residence', 'residence confirmation', 'confirmation of residence', 'residence certificate',
      'certificate of residence', 'proof of address', 'confirm residence information'],
  },
  {
    means: 'dịch vụ công trực tuyến toàn trình liên quan đến cư trú',
    say: ['đăng ký cư trú online', 'làm thủ tục cư trú online', 'cư trú online', 'dịch vụ cư trú',
      'online residence services', 'residence procedures online', 'online residence registration'],
  },
  {
    means: 'sổ hộ khẩu',
    say: ['hộ khẩu', 'sổ HK', 'HK', 'household registration book', 'household registration', 'household book',
      'household register', 'family register', 'family book', 'hukou'],
  },
  {
    means: 'sổ tạm trú',
    say: ['KT3', 'sổ KT3', 'temporary residence book', 'temporary residence card', 'temporary residence booklet'],
  },
  {
    means: 'bỏ sổ hộ khẩu',
    say: ['bỏ hộ khẩu', 'không còn sổ hộ khẩu', 'không dùng sổ hộ khẩu', 'hủy sổ hộ khẩu', 'sổ hộ khẩu hết giá trị',
      'abolish household registration book', 'abolition of the household registration book', 'household book abolished',
      'no more household book', 'end of household registration book', 'scrapping household books'],
  },
  {
    means: 'thay thế sổ hộ khẩu, sổ tạm trú giấy',
    say: ['thay thế hộ khẩu', 'thay hộ khẩu', 'thay sổ hộ khẩu', 'thay cho sổ hộ khẩu', 'dùng gì thay hộ khẩu',
      'replace household registration book', 'replace the household book', 'replacing household books',
      'what replaces the household book', 'instead of household registration book', 'paper household book'],
  },
  {
    means: 'từ ngày 01 tháng 01 năm 2023',
    say: ['từ 1/1/2023', 'từ 01/01/2023', 'ngày 1/1/2023', '1/1/2023', '01/01/2023', 'since 1 January 2023',
      'from 1 January 2023', 'from January 1, 2023', 'since January 2023'],
  },
  {
    means: 'xuất trình, nộp sổ hộ khẩu',
    say: ['yêu cầu sổ hộ khẩu', 'đòi sổ hộ khẩu', 'đòi hộ khẩu', 'bắt nộp hộ khẩu', 'nộp hộ khẩu', 'photo hộ khẩu',
      'bản sao hộ khẩu', 'sao y hộ khẩu', 'công chứng hộ khẩu', 'asked for household book',
      'asked for the household registration book', 'require household registration book',
      'requiring the household book', 'copy of household book', 'show household book'],
  },
  {
    means: 'thông báo lưu trú',
    say: ['khai báo lưu trú', 'báo lưu trú', 'trình báo lưu trú', 'đăng ký lưu trú', 'khai báo khách', 'báo khách',
      'khai báo tạm trú cho khách', 'khách sạn báo lưu trú', 'nhà nghỉ báo lưu trú', 'report guests',
      "report guests' stays", 'register guests', 'guest registration', 'guest declaration',
      'accommodation notification', 'stay notification', 'notify stays', 'report stays', 'declare guests',
      'check-in declaration'],
  },
  {
    means: 'thông báo lưu trú qua ứng dụng VNeID',
    say: ['báo lưu trú trên VNeID', 'khai báo lưu trú VNeID', 'khai báo lưu trú qua VNeID', 'lưu trú qua VNeID',
      'report guests via VNeID', 'accommodation notification via VNeID'],
  },
  {
    means: 'cơ sở lưu trú',
    say: ['cơ sở kinh doanh lưu trú', 'chủ cơ sở lưu trú', 'accommodation establishment',
      'accommodation establishments', 'accommodation providers', 'accommodation facilities', 'lodging establishments',
      'lodging facilities', 'lodging'],
  },
  {
    means: 'khách sạn, nhà nghỉ, nhà trọ',
    say: ['khách sạn', 'nhà nghỉ', 'nhà trọ', 'phòng trọ', 'homestay', 'chủ nhà trọ', 'chủ khách sạn', 'chủ phòng trọ',
      'hotels and guesthouses', 'hotel', 'hotels', 'guesthouse', 'guesthouses', 'guest house', 'motel', 'motels',
      'hostel', 'hostels', 'boarding house', 'boarding houses', 'rented rooms', 'landlord', 'landlords'],
  },
  { means: 'lưu trú', say: ['accommodation', 'overnight stay', 'staying overnight'] },

  // -------------------------------------------------------------------------------------------
  // Health: insurance cards, medical examination with the chip ID card, health records, vaccination

  { means: 'bảo hiểm y tế', say: ['BHYT', 'health insurance', 'medical insurance'] },
  {
    means: 'thẻ bảo hiểm y tế',
    say: ['thẻ BHYT', 'BHYT card', 'health insurance card', 'health insurance cards', 'medical insurance card',
      'insurance card', 'HI card'],
  },
  {
    means: 'thẻ Căn cước công dân gắn chip tích hợp thông tin bảo hiểm y tế',
    say: ['khám bệnh bằng CCCD', 'khám bệnh bằng căn cước', 'khám bằng CCCD', 'khám bằng căn cước',
      'đi khám bệnh bằng căn cước', 'đi khám bệnh bằng CCCD', 'đi khám bằng CCCD', 'dùng CCCD thay thẻ BHYT',
      'dùng căn cước thay thẻ BHYT', 'CCCD thay BHYT', 'BHYT trên CCCD', 'BHYT tích hợp CCCD',
      'use ID card instead of health insurance card', 'ID card instead of health insurance card',
      'health insurance on ID card', 'chip ID card at hospital', 'medical examination with chip ID',
      'see a doctor with ID card', 'use citizen ID at hospital'],
  },
  {
    means: 'khám bệnh, chữa bệnh',
    say: ['khám chữa bệnh', 'KCB', 'đi khám', 'đi khám bệnh', 'khám bệnh', 'chữa bệnh', 'đi viện',
      'medical examination', 'medical examination and treatment', 'medical treatment', 'medical care', 'healthcare',
      'health care', 'see a doctor', 'doctor visit', 'hospital visit', 'treatment'],
  },
  {
    means: 'cơ sở khám bệnh, chữa bệnh',
    say: ['cơ sở khám chữa bệnh', 'phòng khám', 'hospitals and clinics', 'clinic', 'clinics', 'healthcare facility',
      'healthcare facilities', 'medical facility', 'medical facilities', 'health facility', 'health facilities'],
  },
  {
    means: 'cơ sở y tế',
    say: ['medical establishments', 'health establishments', 'healthcare providers', 'health providers'],
  },
  { means: 'bệnh viện', say: ['BV', 'nhà thương', 'hospital', 'hospitals'] },
  { means: 'bác sĩ', say: ['bác sỹ', 'doctor', 'doctors', 'physician', 'physicians'] },
  { means: 'y sĩ', say: ['y sỹ', 'assistant doctor', 'assistant physician', 'medical assistant'] },
  {
    means: 'trạm y tế',
    say: ['trạm y tế xã', 'trạm xá', 'health station', 'health stations', 'commune health station',
      'commune health stations', 'health post'],
  },
  {
    means: 'nhà thuốc',
    say: ['hiệu thuốc', 'quầy thuốc', 'tiệm thuốc', 'pharmacy', 'pharmacies', 'drugstore', 'drugstores', 'chemist'],
  },
  { means: 'giường bệnh', say: ['hospital beds', 'hospital bed', 'patient beds'] },
  {
    means: 'trang thiết bị y tế',
    say: ['thiết bị y tế', 'medical equipment', 'medical devices', 'medical device', 'health equipment'],
  },
  {
    means: 'cơ sở dữ liệu về y tế',
    say: ['CSDL y tế', 'dữ liệu y tế', 'health database', 'healthcare database', 'medical database', 'health data'],
  },
  {
    means: 'nhóm thông tin cơ bản về y tế',
    say: ['thông tin y tế cơ bản', 'basic health information', 'basic medical information', 'basic health data'],
  },
  {
    means: 'tiêm chủng COVID-19',
    say: ['tiêm chủng', 'tiêm vắc xin', 'tiêm vaccine', 'tiêm covid', 'mũi tiêm', 'dữ liệu tiêm chủng', 'vắc xin covid',
      'hộ chiếu vắc xin', 'vaccination', 'vaccinations', 'vaccine', 'vaccines', 'covid vaccine', 'covid vaccination',
      'covid-19 vaccination', 'immunization', 'immunisation', 'vaccination records', 'vaccine passport'],
  },
  {
    means: 'sổ sức khỏe điện tử',
    say: ['sổ sức khỏe', 'sổ SKĐT', 'sổ khám bệnh điện tử', 'sổ y bạ điện tử', 'y bạ', 'electronic health book',
      'e-health book', 'health book', 'digital health book', 'health booklet', 'electronic health booklet'],
  },
  {
    means: 'hồ sơ sức khỏe điện tử',
    say: ['hồ sơ sức khỏe', 'hồ sơ y tế điện tử', 'bệnh án điện tử', 'hồ sơ bệnh án', 'electronic health records',
      'electronic health record', 'EHR', 'e-health records', 'health records', 'health record', 'medical records',
      'medical record', 'digital health records'],
  },
  {
    means: 'tích hợp 70% hồ sơ sức khỏe điện tử',
    say: ['70% hồ sơ sức khỏe', '70% of electronic health records', '70% health records'],
  },
  {
    means: 'kết quả khám sức khỏe',
    say: ['giấy khám sức khỏe', 'giấy KSK', 'KSK', 'khám sức khỏe', 'health check', 'health checks',
      'health check results', 'medical check-up', 'medical certificate', 'health certificate'],
  },
  {
    means: 'kết quả khám sức khỏe điện tử',
    say: ['giấy khám sức khỏe điện tử', 'khám sức khỏe lái xe', 'khám sức khỏe đổi bằng lái',
      'electronic health check results', 'e-health certificate', 'driver health check',
      'health check for driving licence', 'health check for driving license', 'medical exam for driving license',
      'medical exam for driving licence'],
  },
  {
    means: 'thanh toán viện phí',
    say: ['viện phí', 'tiền viện phí', 'đóng viện phí', 'trả viện phí', 'hospital fees', 'hospital bills',
      'hospital bill', 'medical bills', 'pay hospital bills'],
  },
  {
    means: 'Cơ sở dữ liệu quốc gia về bảo hiểm',
    say: ['CSDL bảo hiểm', 'CSDLQG về bảo hiểm', 'CSDL quốc gia về bảo hiểm', 'national insurance database',
      'insurance database', 'social insurance database'],
  },
  { means: 'bảo hiểm xã hội', say: ['BHXH', 'social insurance', 'social security insurance'] },
  {
    means: 'Bảo hiểm xã hội Việt Nam',
    say: ['BHXH VN', 'BHXH Việt Nam', 'cơ quan BHXH', 'Vietnam Social Security', 'VSS', 'social insurance agency'],
  },

  // -------------------------------------------------------------------------------------------
  // Social welfare, banking and payments

  {
    means: 'an sinh xã hội',
    say: ['ASXH', 'social welfare', 'social security', 'social protection', 'welfare', 'social assistance'],
  },
  {
    means: 'Cơ sở dữ liệu an sinh xã hội',
    say: ['CSDL an sinh xã hội', 'CSDL ASXH', 'dữ liệu an sinh xã hội', 'social welfare database',
      'social security database', 'social protection database', 'welfare database'],
  },
  {
    means: 'chi trả trợ cấp xã hội',
    say: ['trợ cấp xã hội', 'nhận trợ cấp', 'tiền trợ cấp', 'chi trả trợ cấp', 'social allowance', 'social allowances',
      'social benefits', 'welfare payments', 'welfare benefits', 'benefit payments', 'social assistance payments',
      'allowance payments', 'pay allowances'],
  },
  { means: 'trợ cấp', say: ['allowance', 'allowances', 'subsidy', 'subsidies', 'grant', 'grants'] },
  {
    means: 'chi trả qua tài khoản',
    say: ['nhận tiền qua tài khoản', 'nhận trợ cấp qua tài khoản', 'nhận trợ cấp qua ngân hàng', 'chuyển khoản trợ cấp',
      'nhận lương hưu qua tài khoản', 'lương hưu qua tài khoản', 'nhận lương hưu qua ATM', 'nhận tiền qua ATM',
      'paid into bank account', 'paid into bank accounts', 'payment to bank account', 'payment via account',
      'pay into accounts', 'transfer to bank account', 'direct deposit', 'pension paid to bank account'],
  },
  {
    means: 'đối tượng hưởng chính sách an sinh xã hội',
    say: ['người hưởng trợ cấp', 'người hưởng chính sách', 'đối tượng chính sách', 'người có công', 'lương hưu',
      'người hưởng lương hưu', 'pension', 'pensions', 'pensioner', 'pensioners', 'welfare recipients',
      'benefit recipients', 'social policy beneficiaries', 'people receiving allowances'],
  },
  { means: 'đối tượng thụ hưởng', say: ['người thụ hưởng', 'beneficiary', 'beneficiaries', 'recipients'] },
  {
    means: 'chi trả trợ cấp không dùng tiền mặt',
    say: ['trợ cấp không tiền mặt', 'cashless allowance payments', 'cashless welfare payments',
      'cashless social payments', 'non-cash allowance payments'],
  },
  {
    means: 'thanh toán không dùng tiền mặt',
    say: ['thanh toán KDTM', 'KDTM', 'thanh toán điện tử', 'thanh toán chuyển khoản', 'quét mã QR', 'quét QR',
      'thanh toán QR', 'cashless payment', 'cashless payments', 'non-cash payment', 'non-cash payments',
      'digital payment', 'digital payments', 'electronic payment', 'electronic payments', 'e-payment', 'e-payments',
      'QR payment', 'QR code payment', 'cashless'],
  },
  { means: 'không dùng tiền mặt', say: ['không tiền mặt', 'non-cash', 'without cash', 'cash-free'] },
  { means: 'tiền mặt', say: ['cash'] },
  {
    means: 'thanh toán trực tuyến',
    say: ['thanh toán online', 'trả tiền online', 'nộp tiền online', 'nộp phí online', 'nộp lệ phí online',
      'pay online', 'online payment', 'online payments', 'paying online', 'payment gateway'],
  },
  { means: 'thanh toán', say: ['payment', 'payments', 'pay', 'paying'] },
  {
    means: 'ví điện tử',
    say: ['e-wallet', 'e-wallets', 'ewallet', 'digital wallet', 'mobile wallet', 'wallet', 'MoMo', 'ZaloPay',
      'ShopeePay', 'VNPay'],
  },
  {
    means: 'tài khoản mobile money',
    say: ['mobile money', 'mobile money account', 'tiền di động', 'dịch vụ tiền di động', 'Viettel Money', 'VNPT Money',
      'MobiFone Money'],
  },
  {
    means: 'tài khoản ngân hàng',
    say: ['TKNH', 'tài khoản NH', 'số tài khoản', 'STK', 'thẻ ATM', 'bank account', 'bank accounts', 'ATM card',
      'bank card'],
  },
  {
    means: 'xác thực thông tin chủ tài khoản ngân hàng',
    say: ['xác thực chủ tài khoản', 'xác thực tài khoản ngân hàng', 'eKYC', 'KYC', 'know your customer',
      'bank account holder verification', 'verify account holder', 'verify bank account owner',
      'account holder authentication', 'bank customer verification'],
  },
  {
    means: 'cho vay tín chấp',
    say: ['vay tín chấp', 'vay không thế chấp', 'vay tiêu dùng', 'unsecured loan', 'unsecured loans',
      'unsecured lending', 'credit loan', 'credit loans', 'personal loan', 'personal loans', 'consumer loan',
      'consumer loans', 'consumer credit', 'loan', 'loans'],
  },
  { means: 'ngân hàng', say: ['bank', 'banks', 'banking'] },
  {
    means: 'hộ nghèo, hộ cận nghèo',
    say: ['hộ nghèo', 'hộ cận nghèo', 'cận nghèo', 'sổ hộ nghèo', 'poor households', 'poor household',
      'near-poor households', 'near-poor', 'poverty', 'poor families', 'low-income households'],
  },
  {
    means: 'ngân sách nhà nước',
    say: ['NSNN', 'ngân sách', 'state budget', 'government budget', 'public budget', 'public funds', 'public money',
      'taxpayers money'],
  },
  {
    means: 'trợ cấp mai táng phí',
    say: ['mai táng phí', 'tiền mai táng', 'hỗ trợ mai táng', 'chi phí mai táng', 'trợ cấp mai táng',
      'burial allowance', 'funeral allowance', 'funeral grant', 'burial grant', 'funeral expenses', 'funeral support',
      'burial', 'funeral'],
  },

  // -------------------------------------------------------------------------------------------
  // Education and employment

  {
    means: 'học sinh, sinh viên',
    say: ['học sinh', 'sinh viên', 'HSSV', 'HS-SV', 'students', 'student', 'pupils', 'pupil', 'university students',
      'college students', 'schoolchildren', 'learners'],
  },
  {
    means: 'thông tin dữ liệu về học sinh, sinh viên',
    say: ['dữ liệu học sinh', 'dữ liệu sinh viên', 'dữ liệu học sinh sinh viên', 'hồ sơ học sinh', 'học bạ',
      'học bạ điện tử', 'CSDL giáo dục', 'CSDL ngành giáo dục', 'student data', 'student records', 'school records',
      'student database', 'education database', 'academic records'],
  },
  {
    means: 'thu học phí',
    say: ['học phí', 'đóng học phí', 'nộp học phí', 'tiền học', 'đóng học phí online', 'tuition', 'tuition fees',
      'tuition fee', 'school fees', 'school fee', 'pay tuition', 'tuition payment'],
  },
  {
    means: 'việc làm của sinh viên sau tốt nghiệp',
    say: ['việc làm sau tốt nghiệp', 'sinh viên ra trường', 'sinh viên tốt nghiệp', 'graduate employment',
      'graduate jobs', 'jobs after graduation', 'employment after graduation', 'employment of graduates', 'graduates',
      'tracking graduates'],
  },
  {
    means: 'Cơ sở dữ liệu về việc làm',
    say: ['CSDL việc làm', 'CSDL lao động việc làm', 'dữ liệu việc làm', 'employment database', 'jobs database',
      'labour database', 'labor database', 'labour market database'],
  },
  { means: 'việc làm', say: ['employment', 'jobs', 'job'] },
  {
    means: 'dự báo xu hướng nghề nghiệp',
    say: ['xu hướng nghề nghiệp', 'career trends', 'job trends', 'labour market trends', 'labor market trends',
      'occupational trends', 'workforce forecasting'],
  },
  {
    means: 'hướng nghiệp',
    say: ['định hướng nghề nghiệp', 'tư vấn hướng nghiệp', 'career guidance', 'career orientation',
      'career counselling', 'career counseling', 'vocational guidance'],
  },
  { means: 'đào tạo', say: ['training', 'education', 'educate'] },

  // -------------------------------------------------------------------------------------------
  // Land, housing, real estate, addresses and maps

  {
    means: 'Cơ sở dữ liệu đất đai quốc gia',
    say: ['CSDL đất đai', 'CSDL đất đai quốc gia', 'dữ liệu đất đai', 'cơ sở dữ liệu địa chính', 'hồ sơ địa chính',
      'địa chính', 'national land database', 'land database', 'land records', 'land registry', 'land register',
      'cadastral database', 'cadastre', 'cadastral records', 'land data'],
  },
  {
    means: 'đất đai',
    say: ['thửa đất', 'mảnh đất', 'lô đất', 'land', 'land use', 'land management', 'plot of land', 'land plot'],
  },
  {
    means: 'đất đai, nhà ở',
    say: ['nhà đất', 'sổ đỏ', 'sổ hồng', 'giấy chứng nhận quyền sử dụng đất', 'GCNQSDĐ', 'GCN QSDĐ',
      'land use right certificate', 'land use certificate', 'land title', 'land titles', 'red book', 'pink book',
      'title deed', 'property title', 'land and housing'],
  },
  {
    means: 'dịch vụ công trực tuyến liên quan đến lĩnh vực đất đai',
    say: ['thủ tục đất đai online', 'dịch vụ công đất đai', 'làm sổ đỏ online', 'đăng ký đất đai online',
      'online land services', 'land procedures online', 'online land registration', 'land administrative procedures'],
  },
  {
    means: 'giao dịch bất động sản',
    say: ['mua bán nhà đất', 'mua bán nhà', 'mua bán đất', 'mua nhà', 'bán nhà', 'chuyển nhượng đất',
      'chuyển nhượng nhà đất', 'sang tên sổ đỏ', 'sang tên', 'real estate transactions', 'real estate transaction',
      'property transactions', 'property transaction', 'buying a house', 'selling a house', 'buy land', 'sell land',
      'property sale', 'land transfer'],
  },
  { means: 'bất động sản', say: ['BĐS', 'real estate', 'property', 'properties', 'realty'] },
  {
    means: 'thị trường bất động sản',
    say: ['thị trường BĐS', 'thị trường nhà đất', 'real estate market', 'property market', 'housing market'],
  },
  {
    means: 'Hệ thống thông tin về nhà ở và thị trường bất động sản',
    say: ['HTTT nhà ở', 'hệ thống thông tin nhà ở', 'CSDL nhà ở', 'housing information system',
      'housing and real estate information system', 'real estate information system', 'property information system',
      'housing database'],
  },
  {
    means: 'nhà ở',
    say: ['căn hộ', 'chung cư', 'housing', 'house', 'houses', 'home', 'homes', 'dwelling', 'apartment', 'apartments',
      'flat'],
  },
  {
    means: 'dữ liệu địa chỉ số',
    say: ['địa chỉ số', 'mã địa chỉ', 'digital address', 'digital addresses', 'digital address data', 'address data',
      'address database', 'addressing'],
  },
  { means: 'địa chỉ', say: ['address', 'addresses'] },
  {
    means: 'bản đồ số',
    say: ['bản đồ điện tử', 'bản đồ trực tuyến', 'bản đồ online', 'digital map', 'digital maps', 'digital mapping',
      'electronic map', 'online map', 'GIS', 'map technology', 'mapping technology'],
  },
  {
    means: 'bản đồ hành chính quốc gia',
    say: ['bản đồ hành chính', 'national administrative map', 'national administrative maps', 'administrative map',
      'administrative maps', 'administrative boundary maps'],
  },
  { means: 'bản đồ', say: ['map', 'maps', 'mapping'] },
  {
    means: 'giám sát thủ công',
    say: ['kiểm tra thủ công', 'thủ công', 'manual inspection', 'manual checks', 'manual monitoring',
      'manual supervision'],
  },

  // -------------------------------------------------------------------------------------------
  // Tax and business

  {
    means: 'hóa đơn điện tử khởi tạo từ máy tính tiền',
    say: ['hóa đơn máy tính tiền', 'HĐĐT máy tính tiền', 'HĐĐT từ máy tính tiền', 'hóa đơn từ máy tính tiền',
      'hóa đơn từ máy POS', 'e-invoices from cash registers', 'e-invoice from cash register',
      'cash register e-invoices', 'cash register e-invoice', 'cash register invoices', 'POS e-invoices', 'POS invoices',
      'electronic invoices generated from cash registers'],
  },
  {
    means: 'hóa đơn điện tử',
    say: ['HĐĐT', 'hóa đơn ĐT', 'hóa đơn online', 'e-invoice', 'e-invoices', 'einvoice', 'einvoices',
      'electronic invoice', 'electronic invoices', 'e-invoicing', 'electronic invoicing'],
  },
  { means: 'hóa đơn', say: ['invoice', 'invoices', 'receipt', 'receipts', 'bill', 'bills'] },
  {
    means: 'máy tính tiền',
    say: ['máy POS', 'POS', 'máy thu ngân', 'máy in hóa đơn', 'cash register', 'cash registers', 'point of sale',
      'POS machine', 'POS system'],
  },
  {
    means: 'dịch vụ ăn uống',
    say: ['nhà hàng', 'quán ăn', 'hàng quán', 'quán cà phê', 'quán cafe', 'quán nhậu', 'kinh doanh ăn uống',
      'restaurant', 'restaurants', 'cafe', 'cafes', 'eateries', 'eatery', 'food and beverage', 'F&B', 'food service',
      'food services', 'catering', 'dining'],
  },
  {
    means: 'thất thu thuế',
    say: ['chống thất thu', 'trốn thuế', 'lách thuế', 'gian lận thuế', 'tax evasion', 'tax loss', 'tax losses',
      'tax leakage', 'lost tax revenue', 'revenue loss', 'revenue leakage', 'tax fraud', 'tax avoidance'],
  },
  {
    means: 'Thu thuế đối với dịch vụ ăn uống',
    say: ['thuế nhà hàng', 'thuế quán ăn', 'restaurant tax', 'tax on restaurants', 'taxing restaurants', 'F&B tax'],
  },
  { means: 'thuế', say: ['tax', 'taxes', 'taxation', 'taxpayer'] },
  {
    means: 'Tổng cục Thuế',
    say: ['cơ quan thuế', 'cục thuế', 'chi cục thuế', 'ngành thuế', 'GDT', 'General Department of Taxation',
      'tax authority', 'tax authorities', 'tax office', 'tax department'],
  },
  {
    means: 'doanh nghiệp',
    say: ['DN', 'công ty', 'business', 'businesses', 'company', 'companies', 'enterprise', 'enterprises', 'firm',
      'firms'],
  },
  {
    means: 'đăng ký doanh nghiệp',
    say: ['đăng ký kinh doanh', 'ĐKKD', 'giấy phép kinh doanh', 'GPKD', 'thành lập công ty', 'thành lập doanh nghiệp',
      'business registration', 'company registration', 'register a company', 'register a business', 'business license',
      'business licence', 'company incorporation'],
  },
  {
    means: 'cơ sở dữ liệu doanh nghiệp',
    say: ['CSDL doanh nghiệp', 'dữ liệu doanh nghiệp', 'business database', 'enterprise database', 'company database',
      'business data'],
  },
  {
    means: 'doanh nghiệp ngoài nhà nước',
    say: ['doanh nghiệp tư nhân', 'DN tư nhân', 'DN ngoài nhà nước', 'công ty tư nhân', 'private businesses',
      'private business', 'private companies', 'private company', 'private enterprises', 'private sector',
      'non-state enterprises', 'non-state businesses'],
  },
  {
    means: 'cá nhân, tổ chức',
    say: ['individuals and organisations', 'individuals and organizations', 'individuals', 'organisations',
      'organizations'],
  },
  {
    means: 'người dân, doanh nghiệp',
    say: ['người dân và doanh nghiệp', 'dân và doanh nghiệp', 'citizens and businesses', 'people and businesses',
      'individuals and businesses'],
  },
  { means: 'người dân', say: ['nhân dân', 'bà con', 'dân chúng', 'people', 'the public'] },
  { means: 'công dân', say: ['citizen', 'citizens', 'citizenry'] },

  // -------------------------------------------------------------------------------------------
  // Telecom, SMS, coverage and infrastructure, digital signatures on phones

  {
    means: 'thông tin thuê bao',
    say: ['thuê bao', 'thông tin sim', 'số điện thoại', 'SĐT', 'SIM', 'sim điện thoại', 'thuê bao di động',
      'thông tin thuê bao di động', 'subscriber information', 'subscriber data', 'subscriber details',
      'subscriber info', 'mobile subscriber data', 'mobile subscribers', 'mobile subscriber', 'subscribers',
      'subscriber', 'SIM card', 'SIM cards', 'phone number', 'phone numbers', 'mobile number'],
  },
  {
    means: 'chuẩn hóa lại thông tin thuê bao',
    say: ['chuẩn hóa thuê bao', 'chuẩn hóa thông tin thuê bao', 'chuẩn hóa sim', 'chuẩn hóa thông tin sim',
      'cập nhật thông tin thuê bao', 'cập nhật thông tin sim', 'sim chính chủ', 'sim rác', 'SIM registration',
      'SIM standardisation', 'SIM standardization', 'subscriber data cleaning', 'clean subscriber data',
      'standardise subscriber information', 'standardize subscriber information', 'update SIM information', 'junk SIM',
      'junk SIMs', 'SIM owner verification', 'verify SIM owner'],
  },
  {
    means: 'cơ sở dữ liệu thông tin thuê bao',
    say: ['CSDL thuê bao', 'CSDL thông tin thuê bao', 'subscriber database', 'subscriber information database',
      'SIM database'],
  },
  {
    means: 'doanh nghiệp cung cấp dịch vụ viễn thông',
    say: ['DN viễn thông', 'doanh nghiệp viễn thông', 'công ty viễn thông', 'telecom operators', 'telecom operator',
      'telecoms operators', 'telecom companies', 'telecom company', 'telecommunications providers',
      'telecom service providers', 'telecommunications companies'],
  },
  {
    means: 'nhà mạng',
    say: ['carrier', 'carriers', 'mobile carrier', 'mobile carriers', 'mobile operator', 'mobile operators',
      'network operator', 'network operators', 'telco', 'telcos', 'Viettel', 'Vinaphone', 'MobiFone', 'VNPT',
      'Vietnamobile'],
  },
  { means: 'viễn thông', say: ['telecom', 'telecoms', 'telecommunications', 'telecommunication'] },
  {
    means: 'miễn phí dịch vụ SMS thông báo',
    say: ['SMS miễn phí', 'tin nhắn miễn phí', 'nhắn tin miễn phí', 'free SMS', 'free text messages',
      'free text message', 'free SMS notifications', 'free texts'],
  },
  {
    means: 'dịch vụ SMS',
    say: ['tin nhắn SMS', 'tin nhắn', 'nhắn tin', 'SMS', 'text message', 'text messages', 'texting', 'SMS notification',
      'SMS notifications', 'SMS alerts'],
  },
  { means: 'gửi tin nhắn', say: ['nhắn tin cho công dân', 'send SMS', 'send text messages', 'send messages'] },
  {
    means: 'trạng thái hồ sơ',
    say: ['tình trạng hồ sơ', 'hồ sơ đến đâu', 'tiến độ hồ sơ', 'theo dõi hồ sơ', 'tra cứu hồ sơ', 'application status',
      'status of my application', 'file status', 'track my application', 'application tracking', 'case status'],
  },
  {
    means: 'phủ sóng di động',
    say: ['sóng điện thoại', 'sóng di động', 'sóng 3G', 'sóng 4G', 'sóng 5G', '3G', '4G', '5G', 'lõm sóng',
      'vùng lõm sóng', 'mất sóng', 'không có sóng', 'mobile coverage', 'mobile network coverage', 'network coverage',
      'cell coverage', 'mobile signal', 'phone signal', 'no signal', 'dead zones'],
  },
  {
    means: 'Phủ sóng di động, internet toàn quốc',
    say: ['phủ sóng toàn quốc', 'internet toàn quốc', 'nationwide coverage', 'nationwide mobile coverage',
      'nationwide internet'],
  },
  {
    means: 'internet',
    say: ['mạng internet', 'wifi', 'wi-fi', 'broadband', 'internet access', 'internet connection', 'online access'],
  },
  {
    means: 'cáp quang',
    say: ['internet cáp quang', 'kéo cáp quang', 'fibre', 'fiber', 'fibre optic', 'fiber optic', 'optical fibre',
      'optical fiber', 'fibre broadband', 'fiber broadband', 'FTTH', 'fibre cable', 'fiber cable'],
  },
  {
    means: 'đưa cáp quang, điện',
    say: ['điện lưới', 'kéo điện', 'đưa điện về', 'electricity', 'power supply', 'power grid', 'grid electricity',
      'electrification', 'electric power', 'bring electricity'],
  },
  {
    means: 'thôn, bản',
    say: ['bản làng', 'làng bản', 'thôn xóm', 'xóm', 'vùng sâu vùng xa', 'village', 'villages', 'hamlet', 'hamlets',
      'remote villages', 'remote areas', 'remote area', 'mountainous villages', 'rural villages'],
  },
  { means: '266 thôn, bản', say: ['266 thôn', '266 villages', '266 hamlets', '266 villages without coverage'] },
  {
    means: 'không ai bị bỏ lại phía sau',
    say: ['không bỏ lại ai', 'leave no one behind', 'no one left behind', 'nobody left behind',
      'no one is left behind'],
  },
  {
    means: 'hạ tầng công nghệ thông tin',
    say: ['hạ tầng CNTT', 'hạ tầng kỹ thuật', 'hạ tầng số', 'máy chủ', 'IT infrastructure', 'ICT infrastructure',
      'technical infrastructure', 'digital infrastructure', 'network infrastructure', 'server', 'servers'],
  },
  { means: 'hạ tầng', say: ['infrastructure'] },
  { means: 'công nghệ thông tin', say: ['CNTT', 'tin học', 'ICT', 'information technology', 'IT sector'] },
  { means: 'công nghệ', say: ['technology', 'technologies', 'tech'] },
  {
    means: 'thiết bị di động',
    say: ['điện thoại', 'điện thoại di động', 'điện thoại thông minh', 'smartphone', 'smartphones', 'smart phone',
      'mobile phone', 'mobile phones', 'cell phone', 'mobile device', 'mobile devices', 'phone', 'phones', 'tablet'],
  },
  {
    means: 'ký số trên thiết bị di động',
    say: ['ký số trên điện thoại', 'ký số bằng điện thoại', 'chữ ký số trên điện thoại', 'ký điện tử trên điện thoại',
      'ký số từ xa', 'chữ ký số từ xa', 'mobile signing', 'mobile signature', 'mobile digital signature',
      'sign on phone', 'sign with phone', 'sign on mobile', 'remote signing', 'remote signature',
      'digital signature on phone', 'digital signatures on mobile devices', 'SIM PKI', 'Smart CA'],
  },
  {
    means: 'xác thực chữ ký số',
    say: ['verify digital signature', 'digital signature verification', 'signature verification',
      'signature authentication'],
  },
  {
    means: 'chữ ký số',
    say: ['CKS', 'chữ ký điện tử', 'ký số', 'token ký số', 'USB token', 'digital signature', 'digital signatures',
      'e-signature', 'e-signatures', 'electronic signature', 'electronic signatures', 'esignature',
      'digital certificate'],
  },

  // -------------------------------------------------------------------------------------------
  // Civil status and justice: birth and death, linked procedures, judicial records, feedback

  {
    means: 'Giấy khai sinh điện tử',
    say: ['khai sinh điện tử', 'giấy khai sinh online', 'bản điện tử giấy khai sinh', 'e-birth certificate',
      'electronic birth certificate', 'electronic birth certificates', 'digital birth certificate',
      'online birth certificate'],
  },
  { means: 'giấy khai sinh', say: ['GKS', 'giấy KS', 'birth certificate', 'birth certificates', 'birth cert'] },
  {
    means: 'đăng ký khai sinh',
    say: ['làm giấy khai sinh', 'làm khai sinh', 'làm khai sinh cho con', 'đăng ký khai sinh cho con',
      'khai sinh cho con', 'đk khai sinh', 'birth registration', 'register a birth', 'register birth',
      'registering a birth', 'register a newborn', 'registering a baby', 'newborn registration', 'birth registry'],
  },
  {
    means: 'khai sinh',
    say: ['sinh con', 'mới sinh', 'em bé mới sinh', 'birth', 'births', 'born', 'newborn', 'newborns'],
  },
  {
    means: 'trích lục khai tử điện tử',
    say: ['giấy chứng tử điện tử', 'khai tử điện tử', 'trích lục khai tử online', 'electronic death certificate',
      'e-death certificate', 'electronic death extract', 'digital death certificate', 'online death certificate'],
  },
  {
    means: 'trích lục khai tử',
    say: ['giấy chứng tử', 'chứng tử', 'giấy báo tử', 'death certificate', 'death certificates', 'death extract',
      'extract of death registration', 'death record'],
  },
  {
    means: 'đăng ký khai tử',
    say: ['làm giấy chứng tử', 'làm khai tử', 'báo tử', 'khai tử cho người mất', 'đk khai tử', 'death registration',
      'register a death', 'registering a death', 'report a death'],
  },
  {
    means: 'khai tử',
    say: ['người mất', 'người chết', 'qua đời', 'death', 'deaths', 'died', 'deceased', 'passed away'],
  },
  {
    means: 'Hệ thống đăng ký, quản lý hộ tịch điện tử',
    say: ['hệ thống hộ tịch', 'phần mềm hộ tịch', 'hộ tịch điện tử', 'CSDL hộ tịch', 'electronic civil status system',
      'electronic civil registration system', 'civil registration system', 'civil status database',
      'e-civil registration', 'electronic civil registry'],
  },
  {
    means: 'hộ tịch',
    say: ['civil status', 'civil registration', 'civil registry', 'vital records', 'vital registration'],
  },
  {
    means: 'Quy trình liên thông điện tử 02 nhóm thủ tục hành chính',
    say: ['liên thông khai sinh khai tử', 'thủ tục liên thông', 'nhóm thủ tục liên thông', '2 nhóm thủ tục liên thông',
      'quy trình liên thông', 'linked procedures', 'interconnected procedures', 'joined-up procedures',
      'bundled procedures', 'procedure bundles', 'two procedure groups', 'linked administrative procedures'],
  },
  {
    means: 'Đăng ký khai sinh - đăng ký thường trú - cấp thẻ Bảo hiểm y tế cho trẻ dưới 6 tuổi',
    say: ['liên thông khai sinh', 'khai sinh, thường trú, BHYT', 'làm giấy tờ cho con mới sinh',
      'làm giấy tờ cho trẻ sơ sinh', 'birth, residence and health insurance',
      'birth registration, permanent residence and health insurance', 'newborn paperwork', 'paperwork for a newborn',
      'procedures for newborns'],
  },
  {
    means: 'cấp thẻ Bảo hiểm y tế cho trẻ dưới 6 tuổi',
    say: ['thẻ BHYT cho trẻ em', 'thẻ BHYT trẻ em', 'BHYT trẻ em', 'BHYT cho trẻ dưới 6 tuổi',
      'health insurance for children', 'health insurance card for children', 'child health insurance',
      'children health insurance card', 'health insurance for children under 6', 'health insurance for kids'],
  },
  {
    means: 'trẻ dưới 6 tuổi',
    say: ['trẻ em dưới 6 tuổi', 'trẻ dưới sáu tuổi', 'trẻ em', 'trẻ nhỏ', 'con nhỏ', 'em bé', 'trẻ sơ sinh',
      'children under 6', 'children under six', 'kids under 6', 'under-6s', 'child', 'children', 'kids', 'baby',
      'babies', 'infant', 'infants', 'toddler', 'toddlers'],
  },
  {
    means: 'Đăng ký khai tử - xóa đăng ký thường trú - trợ cấp mai táng phí',
    say: ['liên thông khai tử', 'khai tử, xóa thường trú, mai táng phí', 'thủ tục khi có người mất',
      'làm giấy tờ khi người thân mất', 'người thân qua đời', 'death, deregistration and burial allowance',
      'when someone dies', 'after a death', 'procedures after death', 'paperwork after a death', 'family member died'],
  },
  {
    means: 'thí điểm liên thông',
    say: ['thí điểm', 'pilot', 'piloting', 'pilot scheme', 'pilot programme', 'pilot program', 'pilot phase'],
  },
  {
    means: 'lý lịch tư pháp',
    say: ['LLTP', 'phiếu lý lịch tư pháp', 'phiếu LLTP', 'lý lịch', 'lí lịch tư pháp', 'xin lý lịch tư pháp',
      'làm lý lịch tư pháp', 'judicial record', 'judicial records', 'judicial record certificate', 'criminal record',
      'criminal records', 'criminal record certificate', 'criminal record check', 'police check', 'police clearance',
      'police certificate', 'background check', 'certificate of no criminal record'],
  },
  {
    means: 'kiến nghị phản ánh',
    say: ['phản ánh kiến nghị', 'PAKN', 'phản ánh', 'kiến nghị', 'góp ý', 'khiếu nại', 'gửi phản ánh', 'feedback',
      'complaints', 'complaint', 'petitions', 'petition', 'report a problem', 'suggestions', 'grievances'],
  },

  // -------------------------------------------------------------------------------------------
  // Public services and administrative procedures

  {
    means: 'dịch vụ công trực tuyến',
    say: ['DVCTT', 'DVC trực tuyến', 'DVC online', 'dịch vụ công online', 'dịch vụ công qua mạng', 'làm thủ tục online',
      'nộp hồ sơ online', 'nộp hồ sơ trực tuyến', 'làm giấy tờ online', 'làm hồ sơ online', 'online public services',
      'online public service', 'e-services', 'e-service', 'online services', 'online service', 'apply online',
      'online application', 'online applications', 'do it online', 'online procedures'],
  },
  {
    means: 'dịch vụ công trực tuyến toàn trình',
    say: ['DVC toàn trình', 'DVCTT toàn trình', 'toàn trình', 'DVC mức 4', 'DVC mức độ 4', 'dịch vụ công mức 4',
      'dịch vụ công mức độ 4', 'mức độ 4', 'full-process online', 'end-to-end online', 'end-to-end online service',
      'fully online', 'completely online', 'entirely online', 'level 4 online service', 'level 4'],
  },
  {
    means: '53 dịch vụ công thiết yếu',
    say: ['53 DVC', '53 DVC thiết yếu', '53 dịch vụ công', '53 essential public services', '53 essential services',
      '53 services', '53 public services'],
  },
  {
    means: 'dịch vụ công thiết yếu',
    say: ['DVC thiết yếu', 'essential public services', 'essential public service', 'essential services',
      'key public services'],
  },
  {
    means: 'dịch vụ công',
    say: ['DVC', 'public services', 'public service', 'government services', 'government service'],
  },
  { means: 'dịch vụ', say: ['service', 'services'] },
  {
    means: 'Cổng Dịch vụ công quốc gia',
    say: ['cổng DVC', 'cổng DVCQG', 'DVCQG', 'cổng DVC quốc gia', 'cổng dịch vụ công', 'dịch vụ công quốc gia',
      'dichvucong.gov.vn', 'national public service portal', 'national public services portal', 'public service portal',
      'public services portal', 'NPSP', 'government services portal', 'online portal'],
  },
  {
    means: 'Kho quản lý dữ liệu điện tử của tổ chức, cá nhân',
    say: ['kho dữ liệu cá nhân', 'kho quản lý dữ liệu', 'kho quản lý dữ liệu điện tử', 'kho dữ liệu điện tử',
      'kho dữ liệu', 'kho giấy tờ', 'kho dữ liệu trên cổng DVC', 'personal data warehouse', 'personal data store',
      'personal data repository', 'personal data vault', 'electronic data warehouse', 'e-data repository',
      'my documents', 'document store', 'document repository', 'data warehouse'],
  },
  {
    means: 'thủ tục hành chính',
    say: ['TTHC', 'thủ tục', 'thủ tục giấy tờ', 'administrative procedures', 'administrative procedure', 'procedures',
      'procedure', 'paperwork', 'red tape', 'formalities'],
  },
  {
    means: 'giải quyết thủ tục hành chính',
    say: ['giải quyết TTHC', 'xử lý hồ sơ', 'xử lý thủ tục', 'process applications', 'processing applications',
      'handle procedures', 'handling administrative procedures', 'settle administrative procedures',
      'process administrative procedures'],
  },
  {
    means: 'kết quả giải quyết thủ tục hành chính',
    say: ['kết quả TTHC', 'kết quả thủ tục', 'kết quả giải quyết', 'giấy tờ đã cấp', 'results of procedures',
      'procedure results', 'issued documents', 'documents issued', 'outcome of application'],
  },
  {
    means: 'Hệ thống thông tin giải quyết thủ tục hành chính cấp bộ, cấp tỉnh',
    say: ['HTTT giải quyết TTHC', 'hệ thống thông tin giải quyết TTHC', 'hệ thống giải quyết TTHC',
      'hệ thống một cửa điện tử', 'một cửa điện tử', 'cổng dịch vụ công tỉnh', 'cổng DVC tỉnh',
      'phần mềm của tỉnh', 'phần mềm tỉnh', 'phần mềm một cửa', 'phần mềm giải quyết thủ tục', 'hệ thống của tỉnh',
      'hệ thống thông tin cấp tỉnh', 'provincial information system', 'provincial information systems',
      'ministerial information systems', 'information system for administrative procedures',
      'administrative procedure information system', 'administrative procedures information system',
      'electronic one-stop system', 'provincial public service portal', 'provincial portal'],
  },
  {
    means: 'hệ thống thông tin',
    say: ['HTTT', 'information system', 'information systems', 'IT system', 'IT systems'],
  },
  { means: 'hệ thống', say: ['system', 'systems'] },
  {
    means: 'số hóa hồ sơ, kết quả giải quyết thủ tục hành chính',
    say: ['số hóa hồ sơ', 'số hóa giấy tờ', 'số hóa kết quả', 'scan hồ sơ', 'digitize records', 'digitise records',
      'digitize documents', 'digitise documents', 'digitizing records', 'digitising records', 'digitization of records',
      'digitisation of records', 'scan documents', 'scanning documents', 'document digitization',
      'document digitisation'],
  },
  {
    means: 'cung cấp giấy tờ, kết quả giải quyết thủ tục hành chính đã được số hóa',
    say: ['nộp lại giấy tờ', 'bắt nộp lại giấy tờ', 'nộp lại giấy tờ đã số hóa', 'không phải nộp lại',
      'không phải nộp bản sao', 'nộp bản sao', 'bản sao công chứng', 'photo công chứng', 'submit documents again',
      'resubmit documents', 'asked again for documents', 'provide documents again', 'documents already digitized',
      'documents already digitised', 'already digitized documents', 'certified copies', 'notarized copies',
      'notarised copies', 'photocopies'],
  },
  {
    means: 'cung cấp lại thông tin',
    say: ['khai đi khai lại', 'khai lại thông tin', 'khai lại', 'cung cấp thông tin nhiều lần',
      'provide information again', 'provide the same information again', 'fill in the same information again',
      'repeat information', 'repeated information', 'enter the same data again'],
  },
  {
    means: 'đi lại nhiều lần',
    say: ['đi lại nhiều', 'chạy đi chạy lại', 'đi tới đi lui', 'đi đi lại lại', 'nhiều lần đi lại', 'go back and forth',
      'back and forth', 'multiple trips', 'many trips', 'several visits'],
  },
  {
    means: 'hình thức trực tiếp',
    say: ['nộp trực tiếp', 'làm trực tiếp', 'đến trực tiếp', 'trực tiếp', 'tại quầy', 'in person', 'face to face',
      'offline', 'at the counter', 'walk-in'],
  },
  {
    means: 'mẫu đơn tờ khai',
    say: ['tờ khai', 'mẫu đơn', 'mẫu tờ khai', 'biểu mẫu', 'đơn từ', 'form', 'forms', 'application form',
      'application forms', 'declaration form', 'declaration forms', 'e-form', 'e-forms', 'online form', 'online forms'],
  },
  {
    means: 'cắt giảm tối thiểu 20% thông tin phải khai báo',
    say: ['cắt giảm 20%', 'giảm 20%', 'giảm 20% thông tin', 'cắt giảm 20% thông tin', 'giảm bớt thông tin phải khai',
      'bớt trường thông tin', 'giảm trường thông tin', 'cut 20%', 'reduce by 20%', '20% fewer fields',
      'cut form fields by 20%', 'reduce form fields', 'fewer form fields', 'shorter forms', 'simpler forms',
      'reduce declared information', 'reduce information to declare', '20% reduction'],
  },
  {
    means: 'thông tin phải khai báo',
    say: ['trường thông tin', 'các trường thông tin', 'thông tin phải khai', 'phải khai gì', 'form fields',
      'fields to fill', 'fields to fill in', 'information to declare', 'declared information', 'data fields'],
  },
  {
    means: 'cắt giảm các thành phần hồ sơ',
    say: ['giảm giấy tờ phải nộp', 'bớt giấy tờ', 'giảm giấy tờ', 'giảm thành phần hồ sơ', 'fewer documents',
      'fewer documents required', 'reduce required documents', 'cut required documents', 'reduce paperwork',
      'less paperwork'],
  },
  {
    means: 'hồ sơ giấy',
    say: ['giấy tờ bản cứng', 'bản giấy', 'bản cứng', 'paper records', 'paper files', 'paper documents', 'paper forms',
      'hard copy', 'hard copies', 'paper'],
  },
  {
    means: 'hồ sơ điện tử',
    say: ['bản điện tử', 'bản mềm', 'file điện tử', 'electronic records', 'electronic files', 'electronic documents',
      'e-files', 'digital records', 'digital files', 'digital documents', 'soft copy', 'soft copies'],
  },
  {
    means: 'thay đổi thói quen sử dụng hồ sơ giấy sang sử dụng hồ sơ điện tử',
    say: ['không dùng giấy', 'bỏ giấy tờ', 'chuyển từ giấy sang điện tử', 'paperless', 'go paperless',
      'going paperless', 'from paper to digital', 'paper to electronic', 'paper-free'],
  },
  {
    means: 'hồ sơ',
    say: ['dossier', 'dossiers', 'application file', 'application files', 'case file', 'files', 'records'],
  },
  { means: 'giấy tờ', say: ['giấy má', 'documents', 'document', 'papers'] },
  {
    means: 'không phụ thuộc vào địa giới hành chính',
    say: ['không phụ thuộc địa giới hành chính', 'không phụ thuộc nơi cư trú', 'không phụ thuộc địa bàn',
      'nộp hồ sơ ở bất kỳ đâu', 'làm thủ tục ở bất kỳ đâu', 'làm thủ tục ở tỉnh khác', 'làm thủ tục ở nơi khác',
      'tỉnh khác', 'khác tỉnh', 'ngoại tỉnh', 'không cần về quê', 'không phải về quê', 'về quê làm giấy tờ', 'phải về quê',
      'về quê', 'nơi đang làm việc', 'nơi đang sống',
      'regardless of place of residence', 'irrespective of place of residence', 'independent of place of residence',
      'regardless of location', 'regardless of where you live', 'anywhere in the country', 'any province',
      'in another province', 'another province', 'other province', 'different province',
      'independent of administrative boundaries', 'not tied to place of residence', 'location-independent'],
  },
  {
    means: 'địa giới hành chính',
    say: ['địa bàn hành chính', 'administrative boundaries', 'administrative boundary', 'administrative borders'],
  },
  {
    means: 'giải quyết hồ sơ chậm, muộn',
    say: ['hồ sơ trễ hẹn', 'hồ sơ quá hạn', 'hồ sơ trễ hạn', 'hồ sơ bị chậm', 'hồ sơ chậm', 'trễ hẹn', 'trễ hạn',
      'quá hạn', 'chậm trả kết quả', 'trả kết quả trễ', 'late files', 'late applications', 'overdue files',
      'overdue applications', 'overdue', 'delayed processing', 'delayed applications', 'processing delays',
      'late results', 'delays'],
  },
  {
    means: 'hồ sơ giải quyết đúng hạn',
    say: ['đúng hạn', 'đúng hẹn', 'trả kết quả đúng hẹn', 'on time', 'on-time processing', 'processed on time',
      '100% on time', 'timely processing'],
  },
  {
    means: 'Bộ phận Một cửa',
    say: ['một cửa', 'bộ phận tiếp nhận và trả kết quả', 'tiếp nhận và trả kết quả', 'bộ phận TN&TKQ',
      'trung tâm hành chính công', 'trung tâm phục vụ hành chính công', 'one-stop shop', 'one-stop shops',
      'one-stop desk', 'one-stop counter', 'one-stop office', 'one-stop', 'single window', 'reception desk',
      'service counter', 'public administration service center', 'public administration centre'],
  },
  {
    means: 'quy trình tiếp nhận',
    say: ['tiếp nhận hồ sơ', 'nhận hồ sơ', 'intake', 'reception process', 'receiving applications',
      'application intake'],
  },
  {
    means: 'tái cấu trúc toàn bộ quy trình nghiệp vụ',
    say: ['tái cấu trúc quy trình', 'tái cấu trúc quy trình nghiệp vụ', 'tái cấu trúc', 'BPR',
      'business process reengineering', 'business process re-engineering', 'process reengineering',
      'process re-engineering', 'redesign processes', 'redesign workflows', 'restructure processes',
      'restructuring processes', 'process redesign'],
  },
  {
    means: 'tối ưu hóa quy trình nghiệp vụ',
    say: ['tối ưu quy trình', 'process optimisation', 'process optimization', 'optimise processes',
      'optimize processes', 'streamline processes', 'streamlining'],
  },
  {
    means: 'quy trình nghiệp vụ',
    say: ['quy trình', 'business process', 'business processes', 'workflow', 'workflows'],
  },
  {
    means: 'mức độ hài lòng',
    say: ['sự hài lòng', 'hài lòng', 'chỉ số hài lòng', 'satisfaction', 'satisfaction rate', 'satisfaction level',
      'user satisfaction', 'citizen satisfaction', '90% satisfaction', 'satisfied'],
  },
  {
    means: 'lấy người dân, doanh nghiệp là trung tâm',
    say: ['lấy dân làm trung tâm', 'lấy người dân làm trung tâm', 'người dân là trung tâm', 'people-centred',
      'people-centered', 'people-centric', 'citizen-centric', 'citizen-centred', 'citizen-centered', 'user-centric',
      'user-centred', 'user-centered', 'putting people at the centre', 'putting people at the center'],
  },
  {
    means: 'làm thay, làm hộ',
    say: ['làm giúp', 'làm hộ người dân', 'làm thay cho dân', 'do it for them', 'doing it for people',
      'do it on their behalf', 'on behalf of citizens', 'doing the paperwork for people'],
  },
  { means: 'hướng dẫn', say: ['guidance', 'guide', 'guides', 'guideline', 'guidelines', 'instructions', 'instruct'] },
  { means: 'hỗ trợ', say: ['support', 'supporting', 'assistance', 'assist'] },

  // -------------------------------------------------------------------------------------------
  // Helping people: digital skills, vulnerable groups, community digital teams, post offices

  {
    means: 'kỹ năng số',
    say: ['kĩ năng số', 'kỹ năng công nghệ', 'kỹ năng sử dụng công nghệ', 'digital skills', 'digital literacy',
      'tech skills', 'technology skills', 'computer skills', 'digital competence'],
  },
  {
    means: 'nâng cao kỹ năng số',
    say: ['nâng cao kĩ năng số', 'upskilling', 'improve digital skills', 'digital skills training'],
  },
  {
    means: 'đối tượng yếu thế',
    say: ['người yếu thế', 'nhóm yếu thế', 'nhóm dễ bị tổn thương', 'vulnerable groups', 'vulnerable people',
      'vulnerable', 'disadvantaged groups', 'disadvantaged people', 'marginalised groups', 'marginalized groups'],
  },
  {
    means: 'người già',
    say: ['người cao tuổi', 'người lớn tuổi', 'cụ già', 'ông bà', 'elderly', 'elderly people', 'the elderly',
      'old people', 'older people', 'senior citizens', 'seniors'],
  },
  {
    means: 'người khuyết tật',
    say: ['khuyết tật', 'người tàn tật', 'tàn tật', 'disabled', 'disabled people', 'people with disabilities',
      'persons with disabilities', 'disability', 'disabilities', 'handicapped'],
  },
  {
    means: 'người dân tộc thiểu số',
    say: ['dân tộc thiểu số', 'đồng bào dân tộc', 'đồng bào dân tộc thiểu số', 'bà con dân tộc', 'DTTS',
      'ethnic minorities', 'ethnic minority', 'ethnic minority people', 'ethnic groups', 'minority groups',
      'minorities', 'indigenous people'],
  },
  {
    means: 'trình độ công nghệ thông tin còn hạn chế',
    say: ['không biết dùng điện thoại', 'không biết dùng smartphone', 'không rành công nghệ', 'không biết công nghệ',
      'không biết dùng máy tính', 'limited IT skills', 'limited digital skills', 'not tech-savvy',
      'low digital literacy', 'cannot use a smartphone', "can't use a smartphone", 'not good with technology'],
  },
  {
    means: 'Tổ công nghệ số cộng đồng',
    say: ['tổ CNSCĐ', 'tổ CNS cộng đồng', 'tổ công nghệ số', 'tổ CNS', 'tổ công nghệ', 'tổ số cộng đồng',
      'community digital technology team', 'community digital technology teams', 'community digital teams',
      'community digital team', 'community technology teams', 'community tech teams', 'community tech team',
      'digital volunteers', 'digital support teams'],
  },
  {
    means: 'doanh nghiệp cung ứng dịch vụ bưu chính công ích',
    say: ['bưu chính công ích', 'bưu điện', 'nhân viên bưu điện', 'bưu điện văn hóa xã', 'qua bưu điện',
      'nộp hồ sơ qua bưu điện', 'nhận kết quả qua bưu điện', 'post office', 'post offices', 'postal service',
      'postal services', 'public postal service', 'public postal services', 'postal staff', 'postal workers',
      'by post'],
  },
  {
    means: 'Tổng công ty Bưu điện Việt Nam',
    say: ['Tổng công ty Bưu điện', 'Bưu điện Việt Nam', 'Bưu điện VN', 'VNPost', 'VN Post', 'Vietnam Post',
      'Vietnam Post Corporation'],
  },

  // -------------------------------------------------------------------------------------------
  // Officials, discipline, training and human resources

  {
    means: 'cán bộ, công chức, viên chức',
    say: ['CBCCVC', 'CB, CC, VC', 'CBCC', 'cán bộ', 'công chức', 'viên chức', 'cán bộ công chức', 'nhân viên nhà nước',
      'officials', 'official', 'civil servants', 'civil servant', 'public servants', 'public servant',
      'public employees', 'government employees', 'government officials', 'state employees', 'public officials',
      'staff', 'employees'],
  },
  {
    means: 'Cơ sở dữ liệu quốc gia về cán bộ, công chức, viên chức',
    say: ['CSDL cán bộ', 'CSDL CBCCVC', 'CSDLQG về CBCCVC', 'CSDL cán bộ công chức viên chức', 'CSDL công chức',
      'national civil servant database', 'civil servant database', 'civil servants database',
      'national database of civil servants', 'public employee database', 'officials database',
      'public servants database'],
  },
  { means: 'lực lượng vũ trang', say: ['quân đội', 'bộ đội', 'armed forces', 'military', 'army', 'army and police'] },
  {
    means: 'hành vi nhũng nhiễu, tiêu cực',
    say: ['nhũng nhiễu', 'hạch sách', 'cán bộ hạch sách', 'gây khó dễ', 'gây khó khăn cho dân', 'làm khó dân',
      'làm khó', 'vòi tiền', 'đòi tiền', 'tiêu cực', 'tham nhũng vặt', 'bôi trơn', 'tiền bôi trơn', 'phong bì',
      'harass', 'harassment', 'harassing', 'harassed', 'bribe', 'bribes', 'bribery', 'petty corruption', 'corruption',
      'extortion', 'asked for money', 'asking for money', 'under the table', 'kickbacks', 'officials who harass people',
      'misconduct'],
  },
  {
    means: 'tự ý đặt ra thủ tục hành chính không đúng quy định',
    say: ['đặt thêm thủ tục', 'tự đặt ra thủ tục', 'đòi thêm giấy tờ', 'yêu cầu thêm giấy tờ', 'bắt bổ sung giấy tờ',
      'giấy tờ không cần thiết', 'thủ tục không đúng quy định', 'extra paperwork', 'extra documents',
      'unnecessary documents', 'asking for extra documents', 'arbitrary requirements', 'made-up procedures',
      'invented procedures', 'unlawful requirements', 'illegal requirements'],
  },
  {
    means: 'kiên quyết xử lý',
    say: ['xử lý cán bộ', 'xử lý kỷ luật', 'kỷ luật cán bộ', 'punish', 'punished', 'punishment', 'sanction',
      'sanctions', 'disciplinary action', 'discipline officials', 'hold accountable'],
  },
  {
    means: 'kỷ luật, kỷ cương hành chính',
    say: ['kỷ luật', 'kỉ luật', 'kỷ cương', 'discipline', 'administrative discipline', 'administrative order'],
  },
  {
    means: 'cá thể hóa trách nhiệm',
    say: ['trách nhiệm cá nhân', 'individual accountability', 'individual responsibility', 'personal responsibility',
      'accountability', 'accountable'],
  },
  {
    means: 'công khai, minh bạch',
    say: ['minh bạch', 'công khai', 'transparency', 'transparent', 'openness', 'public disclosure'],
  },
  {
    means: 'người đứng đầu',
    say: ['thủ trưởng đơn vị', 'lãnh đạo cơ quan', 'head of agency', 'heads of agencies', 'agency head', 'agency heads',
      'head of unit', 'leaders'],
  },
  { means: 'lãnh đạo các cấp', say: ['lãnh đạo', 'leadership', 'leaders at all levels'] },
  {
    means: 'chỉ đạo, điều hành',
    say: ['điều hành', 'chỉ đạo', 'steering', 'direction and management', 'management and direction',
      'executive direction'],
  },
  {
    means: 'quản lý nhà nước',
    say: ['state management', 'state administration', 'public administration', 'government management'],
  },
  {
    means: 'tổ chức đào tạo, tập huấn',
    say: ['đào tạo cán bộ', 'tập huấn cán bộ', 'bồi dưỡng cán bộ', 'bồi dưỡng', 'training for officials',
      'staff training', 'train officials', 'training officials', 'training courses', 'training course',
      'capacity building', 'workshops', 'workshop'],
  },
  { means: 'tập huấn', say: ['training sessions', 'training session', 'coaching'] },
  {
    means: 'kỹ năng bảo mật thông tin',
    say: ['kỹ năng bảo mật', 'information security skills', 'security skills', 'security awareness',
      'security awareness training', 'cyber hygiene'],
  },
  {
    means: 'nhân lực chuyển đổi số',
    say: ['nhân lực CĐS', 'nhân sự chuyển đổi số', 'digital transformation workforce', 'digital workforce',
      'digital transformation staff', 'digital talent', 'digital human resources'],
  },
  {
    means: 'nhân lực chất lượng cao',
    say: ['nhân tài', 'chuyên gia', 'nhân sự giỏi', 'high-quality human resources', 'high-quality workforce',
      'highly skilled workers', 'skilled workforce', 'skilled staff', 'talent', 'talents', 'experts', 'top talent'],
  },
  {
    means: 'nguồn nhân lực về công nghệ thông tin',
    say: ['nhân lực CNTT', 'nhân sự CNTT', 'cán bộ CNTT', 'cán bộ chuyên trách CNTT', 'IT staff', 'IT workforce',
      'IT personnel', 'IT human resources', 'ICT workforce', 'IT officers', 'IT specialists'],
  },
  { means: 'nhân lực', say: ['human resources', 'workforce', 'manpower', 'personnel', 'HR'] },
  {
    means: 'chảy máu chất xám',
    say: ['nghỉ việc', 'bỏ việc', 'brain drain', 'losing talent', 'talent drain', 'talent loss', 'staff leaving'],
  },
  { means: 'tuyển dụng', say: ['recruitment', 'recruiting', 'recruit', 'hiring', 'hire'] },
  {
    means: 'chính sách đãi ngộ',
    say: ['đãi ngộ', 'chế độ đãi ngộ', 'lương thưởng', 'tiền lương', 'remuneration', 'remuneration policy',
      'incentives', 'incentive policy', 'compensation', 'salary', 'salaries', 'wages', 'pay and benefits', 'perks'],
  },
  {
    means: 'cơ chế đặc thù',
    say: ['cơ chế đặc biệt', 'special mechanism', 'special mechanisms', 'specific mechanism', 'specific mechanisms',
      'special policy', 'special policies', 'exceptional mechanism'],
  },
  {
    means: 'mô hình, nhân sự',
    say: ['bộ máy', 'cơ cấu tổ chức', 'organisational model', 'organizational model', 'organisational structure',
      'organizational structure', 'org structure', 'staffing'],
  },
  {
    means: 'cấp ủy Đảng',
    say: ['cấp ủy', 'Đảng ủy', 'tỉnh ủy', 'thành ủy', 'huyện ủy', 'Party committee', 'Party committees',
      'Communist Party', 'the Party', 'Party'],
  },
  {
    means: 'Nghị quyết, Chỉ thị',
    say: ['Party resolutions', 'Party directives', 'resolutions and directives', 'resolutions or directives'],
  },
  { means: 'hệ thống chính trị', say: ['political system', 'whole political system'] },
  {
    means: 'quán triệt',
    say: ['thorough understanding', 'disseminate', 'dissemination', 'instil', 'instill', 'thoroughly grasp',
      'briefing staff'],
  },
  {
    means: 'Văn bản chỉ đạo',
    say: ['công văn chỉ đạo', 'directive document', 'directing document', 'instruction letter',
      'official instructions'],
  },
  {
    means: 'Văn bản hướng dẫn',
    say: ['guidance document', 'guidance documents', 'guidance note', 'guidelines document'],
  },

  // -------------------------------------------------------------------------------------------
  // Organisation: ministries, localities, the working group and its meetings

  {
    means: 'bộ, ngành, địa phương',
    say: ['các bộ ngành', 'bộ ngành', 'ministries, sectors and localities', 'ministries and localities',
      'ministries and provinces', 'ministries, agencies and localities', 'ministries and agencies', 'all ministries',
      'ministries'],
  },
  {
    means: 'cơ quan ngang bộ',
    say: ['ministry-level agencies', 'ministry-level agency', 'ministerial-level agencies',
      'ministry-equivalent agencies'],
  },
  {
    means: 'cơ quan thuộc Chính phủ',
    say: ['agencies under the Government', 'government-affiliated agencies', 'agencies attached to the Government',
      'government-attached agencies'],
  },
  {
    means: 'cơ quan nhà nước',
    say: ['cơ quan chức năng', 'cơ quan công quyền', 'cơ quan hành chính', 'state agencies', 'state agency',
      'government agencies', 'government agency', 'public authorities', 'authorities', 'state bodies',
      'public agencies'],
  },
  { means: 'địa phương', say: ['localities', 'locality', 'local', 'local authorities', 'local government'] },
  {
    means: 'tỉnh, thành phố trực thuộc trung ương',
    say: ['tỉnh thành', 'các tỉnh thành', '63 tỉnh thành', 'tỉnh, thành phố', 'provinces and cities',
      'provinces and centrally-run cities', 'centrally-run cities', 'centrally governed cities', 'province',
      'provinces'],
  },
  { means: 'cấp tỉnh', say: ['provincial level', 'province level', 'provincial'] },
  { means: 'cấp bộ', say: ['ministry level', 'ministerial level', 'ministerial'] },
  { means: 'cấp huyện', say: ['quận huyện', 'cấp quận', 'huyện', 'district', 'districts', 'district level'] },
  {
    means: 'cấp xã',
    say: ['xã phường', 'phường xã', 'cấp phường', 'UBND xã', 'UBND phường', 'công an xã', 'công an phường', 'commune',
      'communes', 'ward', 'wards', 'commune level', 'ward level'],
  },
  {
    means: 'Tổ công tác Đề án 06 cấp huyện, cấp xã',
    say: ['tổ công tác cấp xã', 'tổ công tác cấp huyện', 'tổ 06 cấp xã', 'tổ Đề án 06 cấp xã', 'tổ 06',
      'district working groups', 'commune working groups', 'local working groups', 'commune-level working group',
      'district-level working group'],
  },
  {
    means: 'Tổ công tác triển khai Đề án 06',
    say: ['Tổ công tác 06', 'tổ công tác Đề án 06', 'tổ công tác ĐA06', 'TCT 06', 'tổ công tác của Thủ tướng',
      'Project 06 working group', 'Đề án 06 working group', 'PM working group', "Prime Minister's working group",
      'steering group'],
  },
  { means: 'Tổ công tác', say: ['working group', 'working groups', 'task force', 'taskforce', 'working team'] },
  {
    means: 'Tổ trưởng Tổ công tác',
    say: ['tổ trưởng', 'trưởng tổ công tác', 'head of the working group', 'working group leader', 'working group head',
      'task force leader', 'head of the task force', 'chair of the working group'],
  },
  {
    means: 'thành viên tổ công tác',
    say: ['thành viên', 'members of the working group', 'working group members', 'task force members', 'membership',
      'members'],
  },
  {
    means: 'Bộ phận thường trực Tổ công tác',
    say: ['bộ phận thường trực', 'thường trực tổ công tác', 'standing unit', 'standing office', 'standing body',
      'secretariat', 'standing secretariat'],
  },
  {
    means: 'kiện toàn Tổ công tác',
    say: ['kiện toàn', 'bổ sung thành viên', 'thay đổi thành viên', 'reorganise the working group',
      'reorganize the working group', 'restructure the working group', 'strengthen the working group', 'reshuffle',
      'add members', 'new members'],
  },
  {
    means: 'họp định kỳ',
    say: ['họp giao ban', 'giao ban', 'họp giao ban định kỳ', 'cuộc họp', 'regular meetings', 'regular meeting',
      'periodic meetings', 'periodic meeting', 'briefing meetings', 'review meetings', 'meetings', 'meeting'],
  },
  {
    means: '5 thành phố lớn',
    say: ['5 TP lớn', 'năm thành phố lớn', 'thành phố lớn', '5 big cities', 'five big cities', '5 major cities',
      'five major cities', 'big cities', 'major cities', 'five largest cities', 'largest cities'],
  },
  {
    means: 'Thủ tướng Chính phủ',
    say: ['Thủ tướng', 'TTg', 'Prime Minister', 'PM', 'premier', 'Vietnamese Prime Minister'],
  },
  { means: 'Phó Thủ tướng', say: ['PTTg', 'Phó TTg', 'Deputy Prime Minister', 'Deputy PM', 'DPM'] },
  { means: 'Chính phủ', say: ['government', 'govt', 'gov', 'Cabinet'] },
  { means: 'Thứ trưởng', say: ['deputy minister', 'deputy ministers', 'vice minister', 'vice ministers'] },
  { means: 'Bộ trưởng', say: ['minister', 'ministers', 'cabinet minister'] },
  {
    means: 'Chủ tịch Ủy ban nhân dân',
    say: ['chủ tịch UBND', 'chủ tịch tỉnh', 'chủ tịch thành phố', 'chủ tịch xã', 'chủ tịch',
      "chairman of the People's Committee", "chairperson of the People's Committee", 'provincial chairman',
      'provincial chairperson', 'chairman', 'chairperson'],
  },
  {
    means: 'Ủy ban nhân dân',
    say: ['UBND', 'ủy ban', "People's Committee", "People's Committees", 'Peoples Committee'],
  },
  {
    means: 'Hội đồng nhân dân',
    say: ['HĐND', "People's Council", "People's Councils", 'Peoples Council', 'provincial council', 'local council',
      'council'],
  },
  { means: 'Hà Nội', say: ['Hanoi', 'HN'] },
  {
    means: 'Thành phố Hồ Chí Minh',
    say: ['TP.HCM', 'TPHCM', 'HCMC', 'HCM', 'thành phố HCM', 'Hồ Chí Minh', 'Ho Chi Minh City', 'Sài Gòn', 'Saigon'],
  },

  // Agencies, by their everyday and English names
  {
    means: 'Bộ Công an',
    say: ['công an', 'BCA', 'C06', 'Cục C06', 'police', 'the police', 'Ministry of Public Security', 'MPS',
      'public security', 'police ministry'],
  },
  { means: 'Văn phòng Chính phủ', say: ['VPCP', 'Government Office', 'Office of the Government'] },
  { means: 'Bộ Y tế', say: ['BYT', 'Ministry of Health', 'MOH', 'health ministry'] },
  {
    means: 'Bộ Lao động - Thương binh và Xã hội',
    say: ['Bộ LĐTBXH', 'LĐTBXH', 'LĐ-TB&XH', 'MOLISA', 'Ministry of Labour, Invalids and Social Affairs',
      'Ministry of Labor, Invalids and Social Affairs', 'labour ministry', 'labor ministry'],
  },
  { means: 'Bộ Tài chính', say: ['BTC', 'Bộ TC', 'Ministry of Finance', 'MOF', 'finance ministry'] },
  {
    means: 'Bộ Tài nguyên và Môi trường',
    say: ['Bộ TN&MT', 'TN&MT', 'BTNMT', 'TNMT', 'MONRE', 'Ministry of Natural Resources and Environment',
      'environment ministry'],
  },
  {
    means: 'Bộ Nội vụ',
    say: ['BNV', 'Nội vụ', 'MOHA', 'Ministry of Home Affairs', 'home affairs ministry', 'Home Affairs'],
  },
  {
    means: 'Bộ Thông tin và Truyền thông',
    say: ['Bộ TT&TT', 'TT&TT', 'BTTTT', 'Bộ TTTT', 'Bộ 4T', 'Ministry of Information and Communications',
      'information ministry'],
  },
  {
    means: 'Bộ Kế hoạch và Đầu tư',
    say: ['Bộ KH&ĐT', 'KH&ĐT', 'BKHĐT', 'KHĐT', 'MPI', 'Ministry of Planning and Investment', 'planning ministry'],
  },
  { means: 'Bộ Công Thương', say: ['BCT', 'Bộ CT', 'MOIT', 'Ministry of Industry and Trade', 'trade ministry'] },
  {
    means: 'Bộ Quốc phòng',
    say: ['BQP', 'MND', 'Ministry of National Defence', 'Ministry of National Defense', 'Ministry of Defence',
      'defence ministry', 'defense ministry'],
  },
  { means: 'Bộ Tư pháp', say: ['BTP', 'MOJ', 'Ministry of Justice', 'justice ministry'] },
  { means: 'Bộ Xây dựng', say: ['BXD', 'Ministry of Construction', 'construction ministry'] },
  {
    means: 'Bộ Giáo dục và Đào tạo',
    say: ['Bộ GD&ĐT', 'GD&ĐT', 'BGDĐT', 'Bộ GDĐT', 'Bộ Giáo dục', 'MOET', 'Ministry of Education and Training',
      'Ministry of Education', 'education ministry'],
  },
  { means: 'Bộ Giao thông vận tải', say: ['Bộ GTVT', 'GTVT', 'BGTVT', 'Ministry of Transport', 'transport ministry'] },
  {
    means: 'Ngân hàng Nhà nước Việt Nam',
    say: ['NHNN', 'Ngân hàng Nhà nước', 'State Bank of Vietnam', 'State Bank', 'SBV', 'central bank'],
  },
  { means: 'Thanh tra Chính phủ', say: ['TTCP', 'Government Inspectorate', 'state inspectorate'] },
  {
    means: 'Ủy ban Quản lý vốn nhà nước tại doanh nghiệp',
    say: ['UBQLV', 'Ủy ban Quản lý vốn', 'siêu ủy ban', 'CMSC',
      'Commission for the Management of State Capital at Enterprises', 'Committee for Management of State Capital',
      'state capital management committee'],
  },
  {
    means: 'Tập đoàn Điện lực Việt Nam',
    say: ['EVN', 'điện lực', 'ngành điện', 'Vietnam Electricity', 'power company', 'electricity company'],
  },
  {
    means: 'Ban Cơ yếu Chính phủ',
    say: ['Ban Cơ yếu', 'cơ yếu', 'BCY', 'Government Cipher Committee', 'Cipher Committee', 'cipher agency',
      'cryptography agency'],
  },

  // -------------------------------------------------------------------------------------------
  // Security: information security, cybersecurity, data protection, incidents

  {
    means: 'an toàn thông tin, an ninh mạng',
    say: ['ATTT, ANM', 'an ninh an toàn thông tin', 'bảo mật hệ thống', 'cybersecurity and information security',
      'information security and cybersecurity', 'security of information systems', 'IT security'],
  },
  {
    means: 'an ninh mạng',
    say: ['ANM', 'an ninh không gian mạng', 'cybersecurity', 'cyber security', 'network security', 'cyber defence',
      'cyber defense'],
  },
  {
    means: 'an toàn thông tin',
    say: ['ATTT', 'information security', 'infosec', 'information safety', 'data security'],
  },
  {
    means: 'bảo mật thông tin',
    say: ['bảo mật', 'bảo vệ dữ liệu', 'bảo vệ dữ liệu cá nhân', 'bảo vệ thông tin cá nhân', 'lộ thông tin cá nhân',
      'lộ thông tin', 'rò rỉ dữ liệu', 'data protection', 'personal data protection', 'privacy', 'data privacy',
      'confidentiality', 'data leak', 'data leaks', 'information leak'],
  },
  {
    means: 'sự cố an toàn thông tin mạng',
    say: ['sự cố an ninh mạng', 'sự cố mạng', 'tấn công mạng', 'bị hack', 'hack', 'hacker', 'hackers', 'mã độc',
      'cyber incident', 'cyber incidents', 'security incident', 'security incidents', 'cyberattack', 'cyberattacks',
      'cyber attack', 'cyber attacks', 'hacking', 'malware', 'ransomware', 'data breach'],
  },
  {
    means: 'ứng phó, khắc phục sự cố',
    say: ['ứng cứu sự cố', 'ứng cứu khẩn cấp', 'incident response', 'incident handling', 'response and recovery',
      'emergency response'],
  },
  {
    means: 'kiểm tra an toàn thông tin, an ninh mạng',
    say: ['kiểm tra ATTT', 'đánh giá ATTT', 'đánh giá an toàn thông tin', 'kiểm tra bảo mật', 'security check',
      'security checks', 'security audit', 'security audits', 'security assessment', 'security testing',
      'penetration test', 'pentest', 'security inspection'],
  },
  { means: 'an ninh', say: ['security'] },
  { means: 'an toàn', say: ['safety', 'safe', 'secure'] },
  {
    means: 'môi trường mạng',
    say: ['không gian mạng', 'trên mạng', 'cyberspace', 'online environment', 'on the internet'],
  },
  { means: 'môi trường số', say: ['digital environment', 'digital space', 'digital workplace'] },

  // -------------------------------------------------------------------------------------------
  // Funding and fees

  {
    means: 'kinh phí',
    say: ['chi phí', 'ngân quỹ', 'funding', 'funds', 'budget', 'budgets', 'money', 'finance', 'financing', 'cost',
      'costs', 'expenses'],
  },
  {
    means: 'bố trí kinh phí',
    say: ['cấp kinh phí', 'phân bổ kinh phí', 'cấp vốn', 'bố trí vốn', 'bố trí ngân sách', 'allocate funds',
      'allocate funding', 'allocate budget', 'budget allocation', 'fund allocation', 'funding allocation',
      'provide funding', 'funding for Project 06'],
  },
  {
    means: 'nguồn vốn',
    say: ['vốn', 'funding sources', 'sources of funds', 'source of funding', 'sources of capital'],
  },
  {
    means: 'vốn đầu tư',
    say: ['đầu tư', 'investment', 'investments', 'investment capital', 'investment funds', 'public investment'],
  },
  {
    means: 'phí, lệ phí',
    say: ['lệ phí', 'tiền phí', 'tiền lệ phí', 'fees', 'fee', 'charges', 'charge', 'cost of service',
      'how much does it cost'],
  },
  {
    means: 'miễn, giảm phí, lệ phí',
    say: ['miễn lệ phí', 'giảm lệ phí', 'miễn giảm lệ phí', 'miễn phí lệ phí', 'giảm phí', 'miễn phí dịch vụ công',
      'fee waiver', 'fee waivers', 'fee exemption', 'fee exemptions', 'fee reduction', 'fee reductions', 'reduced fees',
      'waive fees', 'free online services', 'cheaper online', 'fee discount', 'discounted fees'],
  },
  {
    means: 'cơ chế ưu đãi về phí, lệ phí',
    say: ['ưu đãi phí', 'ưu đãi lệ phí', 'fee incentives', 'fee incentive', 'preferential fees', 'incentive fees'],
  },
  {
    means: 'miễn phí',
    say: ['không mất tiền', 'không tốn phí', 'không mất phí', 'free', 'free of charge', 'no charge'],
  },

  // -------------------------------------------------------------------------------------------
  // Press, communication, international cooperation; problems the directive names

  {
    means: 'tuyên truyền',
    say: ['quảng bá', 'phổ biến', 'propaganda', 'publicity', 'outreach', 'awareness campaign', 'awareness campaigns',
      'raise awareness', 'raising awareness', 'public awareness', 'promotion', 'advocacy'],
  },
  { means: 'truyền thông', say: ['communications', 'communication', 'media campaign', 'PR', 'public relations'] },
  {
    means: 'cơ quan thông tấn báo chí',
    say: ['báo chí', 'báo đài', 'cơ quan báo chí', 'nhà báo', 'press', 'the press', 'media', 'news media', 'newspapers',
      'journalists', 'news agencies', 'mass media'],
  },
  {
    means: 'Đài Truyền hình Việt Nam',
    say: ['VTV', 'đài truyền hình', 'truyền hình', 'Vietnam Television', 'national television', 'television', 'TV'],
  },
  { means: 'Đài Tiếng nói Việt Nam', say: ['VOV', 'đài phát thanh', 'Voice of Vietnam', 'radio'] },
  { means: 'Thông tấn xã Việt Nam', say: ['TTXVN', 'thông tấn xã', 'VNA', 'Vietnam News Agency'] },
  {
    means: 'Cổng Thông tin điện tử Chính phủ',
    say: ['cổng TTĐT Chính phủ', 'cổng thông tin Chính phủ', 'báo điện tử Chính phủ', 'chinhphu.vn',
      'Government portal', 'Government news portal', 'Government web portal',
      'Government electronic information portal'],
  },
  {
    means: 'video, ấn phẩm',
    say: ['tờ rơi', 'áp phích', 'videos', 'video clips', 'clip', 'clips', 'publications', 'leaflets', 'brochures',
      'posters', 'infographic', 'infographics'],
  },
  {
    means: 'thay đổi hành vi, ý thức',
    say: ['thay đổi nhận thức', 'behaviour change', 'behavior change', 'change behaviour', 'change behavior',
      'change habits', 'changing habits', 'mindset change', 'change mindset'],
  },
  { means: 'nâng cao nhận thức', say: ['awareness', 'raise understanding', 'improve awareness'] },
  {
    means: 'hợp tác quốc tế',
    say: ['hợp tác nước ngoài', 'international cooperation', 'international co-operation', 'foreign cooperation',
      'international partners'],
  },
  {
    means: 'kinh nghiệm của các nước trên thế giới',
    say: ['kinh nghiệm nước ngoài', 'kinh nghiệm quốc tế', 'học hỏi nước ngoài', 'foreign experience',
      'international experience', 'experience of other countries', 'other countries', 'best practices',
      'international best practice', 'learn from other countries', 'lessons from abroad'],
  },
  {
    means: 'Tổ chức các Đoàn ra',
    say: ['đoàn ra', 'đoàn công tác nước ngoài', 'đi nước ngoài học tập', 'study tours', 'study tour',
      'study trips abroad', 'overseas study trips', 'delegations abroad', 'outbound delegations', 'overseas trips',
      'trips abroad'],
  },
  { means: 'quản trị xã hội', say: ['social governance', 'governance', 'societal governance'] },
  {
    means: 'điểm nghẽn',
    say: ['nút thắt', 'vướng mắc', 'khó khăn vướng mắc', 'bottleneck', 'bottlenecks', 'obstacles', 'obstacle',
      'sticking points', 'barriers', 'choke points'],
  },
  {
    means: 'tồn tại, hạn chế',
    say: ['tồn tại', 'hạn chế', 'yếu kém', 'shortcomings', 'limitations', 'weaknesses', 'what went wrong'],
  },
  {
    means: 'cát cứ thông tin',
    say: ['cát cứ dữ liệu', 'không chịu chia sẻ dữ liệu', 'data silos', 'information silos', 'siloed data', 'silos',
      'hoarding data', 'refusing to share data'],
  },
  {
    means: 'lợi ích ngành, lợi ích cục bộ',
    say: ['lợi ích nhóm', 'vested interests', 'sectoral interests', 'local interests', 'group interests'],
  },
  {
    means: 'rời rạc, manh mún',
    say: ['manh mún', 'rời rạc', 'không đồng bộ', 'fragmented', 'fragmentation', 'piecemeal', 'scattered',
      'disconnected systems'],
  },
  {
    means: 'trăm hoa đua nở',
    say: ['mỗi nơi một kiểu', 'mỗi nơi làm một kiểu', 'hundred flowers', 'let a hundred flowers bloom',
      'everyone doing their own thing', 'uncoordinated'],
  },
  { means: 'chồng chéo', say: ['overlap', 'overlapping', 'duplication', 'duplicated', 'duplicate'] },
  {
    means: 'đầu tư dàn trải, lãng phí',
    say: ['lãng phí', 'đầu tư dàn trải', 'waste', 'wasteful', 'wasteful investment', 'scattered investment',
      'spreading investment thin'],
  },
  {
    means: 'dễ làm trước, khó làm sau',
    say: ['làm từ dễ đến khó', 'từng bước', 'easy first', 'easy things first', 'easy tasks first',
      'start with the easy', 'step by step'],
  },

  // -------------------------------------------------------------------------------------------
  // Driving licences (with the health-check link above)

  {
    means: 'giấy phép lái xe',
    say: ['bằng lái', 'bằng lái xe', 'GPLX', 'bằng lái ô tô', 'bằng lái xe máy', 'bằng xe máy', 'driving licence',
      'driving license', "driver's license", "driver's licence", 'driver licence', 'driver license', 'drivers license',
      'driving permit'],
  },
  {
    means: 'cấp đổi, cấp lại giấy phép lái xe',
    say: ['đổi bằng lái', 'đổi bằng lái xe', 'đổi GPLX', 'cấp đổi GPLX', 'cấp lại GPLX', 'gia hạn bằng lái',
      'gia hạn GPLX', 'cấp lại bằng lái', 'làm lại bằng lái', 'mất bằng lái', 'driving licence renewal',
      'driving license renewal', 'renew driving licence', 'renew driving license', 'renew my driving licence',
      'renew my driving license', "renew driver's license", 'driver license renewal', 'replace driving licence',
      'replace driving license', 'lost driving licence', 'lost driving license', 'reissue driving licence',
      'reissue driving license', 'driving licence replacement', 'license renewal', 'licence renewal'],
  },
  {
    means: 'cấp đổi, cấp lại giấy phép lái xe toàn trình',
    say: ['đổi bằng lái online', 'đổi bằng lái xe online', 'đổi bằng lái trực tuyến', 'đổi GPLX online',
      'đổi GPLX trực tuyến', 'gia hạn bằng lái online', 'online driving licence renewal',
      'online driving license renewal', 'renew driving licence online', 'renew driving license online',
      'renew licence online', 'renew license online'],
  },
  {
    means: 'cấp đổi, cấp lại',
    say: ['cấp lại', 'cấp đổi', 'làm lại', 'đổi lại', 'renew', 'renewal', 'renewing', 'reissue', 'reissuing',
      're-issue', 'replacement'],
  },

  // -------------------------------------------------------------------------------------------
  // General English words, translated one to one

  {
    means: 'xác thực',
    say: ['authenticate', 'authentication', 'verify', 'verification', 'verified', 'validate', 'validation'],
  },
  { means: 'định danh', say: ['identification', 'identify', 'identity'] },
  { means: 'trực tuyến', say: ['online'] },
  { means: 'điện tử', say: ['electronic', 'electronically'] },
  { means: 'ứng dụng', say: ['app', 'apps', 'mobile app'] },
  { means: 'tài khoản', say: ['account', 'accounts'] },
  { means: 'thông tin', say: ['information', 'info'] },
  { means: 'báo cáo', say: ['report', 'reports', 'reporting'] },
  { means: 'giám sát', say: ['monitor', 'monitoring', 'supervise', 'supervision', 'oversight'] },
  { means: 'kiểm tra', say: ['inspect', 'inspection', 'inspections'] },
  { means: 'đôn đốc', say: ['urge', 'urging', 'follow up', 'expedite', 'chase'] },
  { means: 'quốc gia', say: ['national'] },
  {
    means: 'toàn quốc',
    say: ['cả nước', 'nationwide', 'whole country', 'entire country', 'across the country', 'all over the country'],
  },
  { means: 'thuận tiện', say: ['tiện lợi', 'convenient', 'convenience', 'easier'] },
  { means: 'lợi ích', say: ['lợi ích gì', 'được gì', 'benefits', 'benefit', 'advantages', 'advantage'] },
  { means: 'chính sách', say: ['policy', 'policies'] },
  { means: 'cơ chế', say: ['mechanism', 'mechanisms'] },
  { means: 'Việt Nam', say: ['Vietnam', 'VN'] },
  { means: 'giao dịch', say: ['transaction', 'transactions'] },
];
