/**
 * The agency registry: every body Chỉ thị 05/CT-TTg names (as lead, cooperator, addressee or
 * praised), the other ministries of 2023, the ministries formed on 1 March 2025, and the 63
 * provinces of 2023 with the 34 provincial units they became on 1 July 2025. Pure data plus a
 * resolver; no I/O.
 *
 * - `find` spots agencies in a question: word-boundary matching over the folded text (case,
 *   diacritics and punctuation fold away), longest match first, no overlaps.
 * - `resolveParty` reads an appendix cell or an addressee, including group phrases such as
 *   "Các bộ, ngành, địa phương"; `binds` says whether such a party includes an agency.
 *
 * Matching rules (decisions on ambiguous names):
 * - Tone marks are forgiven ("Bộ Y tể" is Bộ Y tế), letters are not: a word typed with diacritics
 *   must have the alias's letters (ă â ê ô ơ ư đ), so "diễn biến" is not Điện Biên, "năm định" is
 *   not Nam Định and "bỏ thông tin" is not Bộ Thông tin. A word typed in plain ASCII matches any.
 * - Bare topic words are never aliases: "y tế", "tài chính", "tư pháp", "quốc phòng",
 *   "bảo hiểm xã hội", "giáo dục và đào tạo", "khoa học và công nghệ", "thông tin và truyền thông",
 *   "tài nguyên và môi trường", "giao thông vận tải", "kế hoạch và đầu tư", "ngoại giao" only count
 *   with "Bộ" (or as an abbreviation). So "tài chính công" names no agency. "Công an" and
 *   "Nội vụ" do count on their own (they name the body, not a topic). After "các bộ:" the bare
 *   names count ("Thứ trưởng các Bộ: Tài chính, Tư pháp, …").
 * - Acronyms that are words once folded (MOT "một", MOC "mọc", MOST, MIC, MAE) match only in capitals.
 * - Province names that are everyday words ("hòa bình", "cao bằng", "huệ"/"Huế", "thái bình",
 *   "hải dương", "diễn biến") match bare only when capitalised; with "tỉnh"/"UBND" always.
 * - "Bộ Nông nghiệp" is today's Bộ Nông nghiệp và Môi trường (the 2023 ministry needs its full name).
 */
import type { Agency, AgencyGroup, AgencyKind, PartyRef, Succession } from './schema.js';
import { AgencySchema } from './schema.js';
import { canonical, fold, stripDiacritics } from './text.js';

// ---------------------------------------------------------------------------------------------
// Data: ministries and other central bodies

interface CentralRow {
  id: string;
  kind: AgencyKind;
  name: string;
  nameEn: string;
  short: string;
  aliases: readonly string[];
  upper?: readonly string[];
  formed?: boolean;
  predecessors?: readonly string[];
}

/** One row per body; `name`, `short` and `nameEn` are added to the aliases when the table is built. */
const CENTRAL: readonly CentralRow[] = [
  { id: 'cong-an', kind: 'ministry', name: 'Bộ Công an', nameEn: 'Ministry of Public Security', short: 'Bộ Công an', aliases: ['Công an', 'BCA', 'Bộ CA', 'MPS', 'Public Security Ministry'] },
  { id: 'tu-phap', kind: 'ministry', name: 'Bộ Tư pháp', nameEn: 'Ministry of Justice', short: 'Bộ Tư pháp', aliases: ['BTP', 'MOJ', 'Justice Ministry'] },
  { id: 'y-te', kind: 'ministry', name: 'Bộ Y tế', nameEn: 'Ministry of Health', short: 'Bộ Y tế', aliases: ['BYT', 'MOH', 'Health Ministry'], predecessors: ['lao-dong-tbxh'] },
  {
    id: 'lao-dong-tbxh', kind: 'ministry', name: 'Bộ Lao động - Thương binh và Xã hội', nameEn: 'Ministry of Labour, Invalids and Social Affairs', short: 'Bộ LĐ-TB&XH',
    aliases: ['Bộ Lao động Thương binh và Xã hội', 'Bộ Lao động, Thương binh và Xã hội', 'Lao động - Thương binh và Xã hội', 'Bộ Lao động', 'LĐTBXH', 'LĐ-TB&XH', 'LĐTB&XH', 'LĐ-TBXH', 'BLĐTBXH', 'Bộ LĐTBXH', 'MOLISA', 'Ministry of Labor, Invalids and Social Affairs', 'Ministry of Labour'],
  },
  { id: 'tai-chinh', kind: 'ministry', name: 'Bộ Tài chính', nameEn: 'Ministry of Finance', short: 'Bộ Tài chính', aliases: ['BTC', 'MOF', 'Finance Ministry'], predecessors: ['ke-hoach-dau-tu'] },
  {
    id: 'tai-nguyen-moi-truong', kind: 'ministry', name: 'Bộ Tài nguyên và Môi trường', nameEn: 'Ministry of Natural Resources and Environment', short: 'Bộ TN&MT',
    aliases: ['Bộ Tài nguyên - Môi trường', 'Bộ Tài nguyên', 'TN&MT', 'TNMT', 'BTNMT', 'Bộ TNMT', 'MONRE'],
  },
  { id: 'noi-vu', kind: 'ministry', name: 'Bộ Nội vụ', nameEn: 'Ministry of Home Affairs', short: 'Bộ Nội vụ', aliases: ['Nội vụ', 'BNV', 'MOHA', 'Home Affairs Ministry'], predecessors: ['lao-dong-tbxh'] },
  {
    id: 'thong-tin-truyen-thong', kind: 'ministry', name: 'Bộ Thông tin và Truyền thông', nameEn: 'Ministry of Information and Communications', short: 'Bộ TT&TT',
    aliases: ['Bộ Thông tin - Truyền thông', 'Bộ Thông tin', 'TT&TT', 'TTTT', 'BTTTT', 'Bộ TTTT', 'Bộ TT-TT', 'Ministry of Information and Communication'], upper: ['MIC'],
  },
  {
    id: 'ke-hoach-dau-tu', kind: 'ministry', name: 'Bộ Kế hoạch và Đầu tư', nameEn: 'Ministry of Planning and Investment', short: 'Bộ KH&ĐT',
    aliases: ['Bộ Kế hoạch - Đầu tư', 'Bộ Kế hoạch', 'KH&ĐT', 'KHĐT', 'BKHĐT', 'Bộ KHĐT', 'MPI'],
  },
  { id: 'cong-thuong', kind: 'ministry', name: 'Bộ Công Thương', nameEn: 'Ministry of Industry and Trade', short: 'Bộ Công Thương', aliases: ['BCT', 'MOIT'] },
  { id: 'quoc-phong', kind: 'ministry', name: 'Bộ Quốc phòng', nameEn: 'Ministry of National Defence', short: 'Bộ Quốc phòng', aliases: ['BQP', 'MND', 'MOND', 'Ministry of National Defense', 'Ministry of Defence', 'Ministry of Defense'] },
  { id: 'xay-dung', kind: 'ministry', name: 'Bộ Xây dựng', nameEn: 'Ministry of Construction', short: 'Bộ Xây dựng', aliases: ['BXD'], upper: ['MOC'], predecessors: ['giao-thong-van-tai'] },
  {
    id: 'giao-duc-dao-tao', kind: 'ministry', name: 'Bộ Giáo dục và Đào tạo', nameEn: 'Ministry of Education and Training', short: 'Bộ GD&ĐT',
    aliases: ['Bộ Giáo dục - Đào tạo', 'Bộ Giáo dục', 'GD&ĐT', 'GDĐT', 'BGDĐT', 'BGD&ĐT', 'Bộ GDĐT', 'MOET', 'Ministry of Education'], predecessors: ['lao-dong-tbxh'],
  },
  {
    id: 'giao-thong-van-tai', kind: 'ministry', name: 'Bộ Giao thông vận tải', nameEn: 'Ministry of Transport', short: 'Bộ GTVT',
    aliases: ['Bộ Giao thông - Vận tải', 'Bộ Giao thông', 'GTVT', 'BGTVT', 'Transport Ministry'], upper: ['MOT'],
  },
  {
    id: 'ngan-hang-nha-nuoc', kind: 'ministry-level', name: 'Ngân hàng Nhà nước Việt Nam', nameEn: 'State Bank of Vietnam', short: 'NHNN',
    aliases: ['Ngân hàng Nhà nước', 'NHNNVN', 'NHNN VN', 'SBV', 'State Bank of Viet Nam', 'State Bank'],
  },
  { id: 'thanh-tra-chinh-phu', kind: 'ministry-level', name: 'Thanh tra Chính phủ', nameEn: 'Government Inspectorate', short: 'TTCP', aliases: [] },
  { id: 'van-phong-chinh-phu', kind: 'ministry-level', name: 'Văn phòng Chính phủ', nameEn: 'Government Office', short: 'VPCP', aliases: ['Office of the Government'] },
  { id: 'uy-ban-dan-toc', kind: 'ministry-level', name: 'Ủy ban Dân tộc', nameEn: 'Committee for Ethnic Minority Affairs', short: 'Ủy ban Dân tộc', aliases: ['UBDT', 'CEMA'] },
  {
    id: 'bao-hiem-xa-hoi', kind: 'government-agency', name: 'Bảo hiểm xã hội Việt Nam', nameEn: 'Vietnam Social Security', short: 'BHXH Việt Nam',
    aliases: ['BHXH', 'BHXH VN', 'BHXHVN', 'VSS', 'Viet Nam Social Security'],
  },
  {
    id: 'ubqlv', kind: 'government-agency', name: 'Ủy ban Quản lý vốn nhà nước tại doanh nghiệp', nameEn: 'Commission for the Management of State Capital at Enterprises', short: 'Ủy ban Quản lý vốn nhà nước',
    aliases: ['Ủy ban Quản lý vốn', 'UBQLV', 'CMSC'],
  },
  { id: 'dai-truyen-hinh', kind: 'government-agency', name: 'Đài Truyền hình Việt Nam', nameEn: 'Vietnam Television', short: 'VTV', aliases: ['Viet Nam Television', 'Đài THVN', 'THVN'] },
  { id: 'dai-tieng-noi', kind: 'government-agency', name: 'Đài Tiếng nói Việt Nam', nameEn: 'Voice of Vietnam', short: 'VOV', aliases: ['Voice of Viet Nam', 'Đài TNVN', 'TNVN'] },
  { id: 'thong-tan-xa', kind: 'government-agency', name: 'Thông tấn xã Việt Nam', nameEn: 'Vietnam News Agency', short: 'TTXVN', aliases: [] },
  { id: 'cong-ttdt-chinh-phu', kind: 'press', name: 'Cổng Thông tin điện tử Chính phủ', nameEn: 'Government Web Portal', short: 'Cổng TTĐT Chính phủ', aliases: ['Cổng TTĐTCP', 'Government Portal'] },
  { id: 'ban-co-yeu', kind: 'other', name: 'Ban Cơ yếu Chính phủ', nameEn: 'Government Cipher Committee', short: 'Ban Cơ yếu Chính phủ', aliases: ['Ban Cơ yếu'] },
  { id: 'tong-cuc-thue', kind: 'other', name: 'Tổng cục Thuế', nameEn: 'General Department of Taxation', short: 'Tổng cục Thuế', aliases: [] },
  { id: 'buu-dien-vn', kind: 'enterprise', name: 'Tổng công ty Bưu điện Việt Nam', nameEn: 'Vietnam Post Corporation', short: 'VNPost', aliases: ['Bưu điện Việt Nam', 'VN Post', 'Vietnam Post'] },
  { id: 'evn', kind: 'enterprise', name: 'Tập đoàn Điện lực Việt Nam', nameEn: 'Vietnam Electricity', short: 'EVN', aliases: ['Điện lực Việt Nam'] },
  // Every province at once, as the directive addresses them (section 16, appendix part C). A question
  // that names local government without a province ("UBND tỉnh", "Sở TT&TT", "cấp xã") means this body.
  {
    id: 'ubnd-cac-tinh', kind: 'provinces', name: 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương', nameEn: "provincial People's Committees", short: 'UBND các tỉnh, thành phố',
    aliases: ['Ủy ban nhân dân các tỉnh, thành phố', 'UBND các tỉnh, thành phố', "Provincial People's Committees", 'provincial People’s Committees'],
  },
  // Every ministry and central agency at once (section 2 and appendix part A bind them with the provinces).
  {
    id: 'cac-bo-nganh', kind: 'ministries', name: 'Các bộ, ngành', nameEn: 'ministries and central agencies', short: 'Các bộ, ngành',
    aliases: ['các bộ ngành', 'bộ, ngành', 'các bộ, ngành, địa phương', 'bộ ngành địa phương', 'các bộ, cơ quan ngang bộ', 'ministries', 'all ministries', 'the ministries', 'ministries and agencies', 'central agencies'],
  },
  // Ministries of 2023 the directive does not name.
  { id: 'ngoai-giao', kind: 'ministry', name: 'Bộ Ngoại giao', nameEn: 'Ministry of Foreign Affairs', short: 'Bộ Ngoại giao', aliases: ['BNG', 'MOFA', 'Foreign Ministry'] },
  {
    id: 'nong-nghiep-ptnt', kind: 'ministry', name: 'Bộ Nông nghiệp và Phát triển nông thôn', nameEn: 'Ministry of Agriculture and Rural Development', short: 'Bộ NN&PTNT',
    aliases: ['Bộ Nông nghiệp - Phát triển nông thôn', 'NN&PTNT', 'NNPTNT', 'BNNPTNT', 'MARD'],
  },
  {
    id: 'khoa-hoc-cong-nghe', kind: 'ministry', name: 'Bộ Khoa học và Công nghệ', nameEn: 'Ministry of Science and Technology', short: 'Bộ KH&CN',
    aliases: ['Bộ Khoa học - Công nghệ', 'Bộ Khoa học', 'KH&CN', 'KHCN', 'BKHCN', 'Bộ KHCN'], upper: ['MOST'], predecessors: ['thong-tin-truyen-thong'],
  },
  {
    id: 'van-hoa-tt-dl', kind: 'ministry', name: 'Bộ Văn hóa, Thể thao và Du lịch', nameEn: 'Ministry of Culture, Sports and Tourism', short: 'Bộ VHTTDL',
    aliases: ['Bộ Văn hóa Thể thao và Du lịch', 'Bộ Văn hóa', 'VHTTDL', 'BVHTTDL', 'Bộ VH-TT&DL', 'MOCST', 'MCST'],
  },
  // Ministries formed on 1 March 2025.
  {
    id: 'nong-nghiep-moi-truong', kind: 'ministry', name: 'Bộ Nông nghiệp và Môi trường', nameEn: 'Ministry of Agriculture and Environment', short: 'Bộ NN&MT',
    aliases: ['Bộ Nông nghiệp - Môi trường', 'Bộ Nông nghiệp', 'NN&MT', 'NNMT', 'BNNMT'], upper: ['MAE'],
    formed: true, predecessors: ['tai-nguyen-moi-truong', 'nong-nghiep-ptnt', 'lao-dong-tbxh'],
  },
  {
    id: 'dan-toc-ton-giao', kind: 'ministry', name: 'Bộ Dân tộc và Tôn giáo', nameEn: 'Ministry of Ethnic and Religious Affairs', short: 'Bộ Dân tộc và Tôn giáo',
    aliases: ['Bộ Dân tộc - Tôn giáo', 'Bộ Dân tộc', 'Bộ DT&TG', 'Ministry of Ethnic Minority and Religious Affairs'], formed: true, predecessors: ['uy-ban-dan-toc'],
  },
];

// ---------------------------------------------------------------------------------------------
// Data: the ministry changes of 1 March 2025

const MINISTRY_SOURCE = 'Nghị quyết số 176/2025/QH15 của Quốc hội (và các nghị định quy định chức năng, nhiệm vụ của các bộ)';

type Change = Pick<Succession, 'successorIds' | 'change' | 'note' | 'noteEn'>;

const MINISTRY_CHANGES: Readonly<Record<string, Change>> = {
  'thong-tin-truyen-thong': {
    successorIds: ['khoa-hoc-cong-nghe'], change: 'merged',
    note: 'Bộ Thông tin và Truyền thông hợp nhất vào Bộ Khoa học và Công nghệ.',
    noteEn: 'The Ministry of Information and Communications merged into the Ministry of Science and Technology.',
  },
  'ke-hoach-dau-tu': {
    successorIds: ['tai-chinh'], change: 'merged',
    note: 'Bộ Kế hoạch và Đầu tư hợp nhất vào Bộ Tài chính.',
    noteEn: 'The Ministry of Planning and Investment merged into the Ministry of Finance.',
  },
  'tai-nguyen-moi-truong': {
    successorIds: ['nong-nghiep-moi-truong'], change: 'merged',
    note: 'Bộ Tài nguyên và Môi trường hợp nhất với Bộ Nông nghiệp và Phát triển nông thôn thành Bộ Nông nghiệp và Môi trường.',
    noteEn: 'The Ministry of Natural Resources and Environment merged with the Ministry of Agriculture and Rural Development into the Ministry of Agriculture and Environment.',
  },
  'nong-nghiep-ptnt': {
    successorIds: ['nong-nghiep-moi-truong'], change: 'merged',
    note: 'Bộ Nông nghiệp và Phát triển nông thôn hợp nhất với Bộ Tài nguyên và Môi trường thành Bộ Nông nghiệp và Môi trường.',
    noteEn: 'The Ministry of Agriculture and Rural Development merged with the Ministry of Natural Resources and Environment into the Ministry of Agriculture and Environment.',
  },
  'giao-thong-van-tai': {
    successorIds: ['xay-dung'], change: 'merged',
    note: 'Bộ Giao thông vận tải hợp nhất vào Bộ Xây dựng.',
    noteEn: 'The Ministry of Transport merged into the Ministry of Construction.',
  },
  // The note lists "areas → successor" separated by ';' (the restructure answer shows each successor its part).
  'lao-dong-tbxh': {
    successorIds: ['noi-vu', 'y-te', 'giao-duc-dao-tao', 'nong-nghiep-moi-truong'], change: 'split',
    note: 'lao động, tiền lương, việc làm, người có công, an toàn vệ sinh lao động, bảo hiểm xã hội, bình đẳng giới → Bộ Nội vụ; bảo trợ xã hội, trẻ em, phòng chống tệ nạn xã hội → Bộ Y tế; giáo dục nghề nghiệp → Bộ Giáo dục và Đào tạo; giảm nghèo → Bộ Nông nghiệp và Môi trường',
    noteEn: 'labour, wages, employment, people with meritorious services, occupational safety and health, social insurance, gender equality → Ministry of Home Affairs; social protection, children, prevention of social evils → Ministry of Health; vocational education → Ministry of Education and Training; poverty reduction → Ministry of Agriculture and Environment',
  },
  'uy-ban-dan-toc': {
    successorIds: ['dan-toc-ton-giao'], change: 'merged',
    note: 'Ủy ban Dân tộc được tổ chức lại thành Bộ Dân tộc và Tôn giáo.',
    noteEn: 'The Committee for Ethnic Minority Affairs was reorganised into the Ministry of Ethnic and Religious Affairs.',
  },
};

// ---------------------------------------------------------------------------------------------
// Data: the 63 provinces of 2023

/** [id, name without "Tỉnh"/"Thành phố", extra aliases, English name when not "<ascii> province/City"]. */
type ProvinceRow = readonly [id: string, short: string, extra: readonly string[], nameEn?: string];

const PROVINCES_2023: readonly ProvinceRow[] = [
  ['tp-ha-noi', 'Hà Nội', ['HN', 'Hanoi', 'Thủ đô Hà Nội'], 'Hanoi'],
  ['tp-ho-chi-minh', 'Hồ Chí Minh', ['TP.HCM', 'TPHCM', 'HCM', 'HCMC', 'Thành phố HCM', 'Sài Gòn', 'Saigon'], 'Ho Chi Minh City'],
  ['tp-hai-phong', 'Hải Phòng', []],
  ['tp-da-nang', 'Đà Nẵng', ['Danang']],
  ['tp-can-tho', 'Cần Thơ', []],
  ['tinh-ha-giang', 'Hà Giang', []], ['tinh-cao-bang', 'Cao Bằng', []], ['tinh-bac-kan', 'Bắc Kạn', ['Bắc Cạn']],
  ['tinh-tuyen-quang', 'Tuyên Quang', []], ['tinh-lao-cai', 'Lào Cai', []], ['tinh-dien-bien', 'Điện Biên', []],
  ['tinh-lai-chau', 'Lai Châu', []], ['tinh-son-la', 'Sơn La', []], ['tinh-yen-bai', 'Yên Bái', []],
  ['tinh-hoa-binh', 'Hòa Bình', []], ['tinh-thai-nguyen', 'Thái Nguyên', []], ['tinh-lang-son', 'Lạng Sơn', []],
  ['tinh-quang-ninh', 'Quảng Ninh', []], ['tinh-bac-giang', 'Bắc Giang', []], ['tinh-phu-tho', 'Phú Thọ', []],
  ['tinh-vinh-phuc', 'Vĩnh Phúc', []], ['tinh-bac-ninh', 'Bắc Ninh', []], ['tinh-hai-duong', 'Hải Dương', []],
  ['tinh-hung-yen', 'Hưng Yên', []], ['tinh-thai-binh', 'Thái Bình', []], ['tinh-ha-nam', 'Hà Nam', []],
  ['tinh-nam-dinh', 'Nam Định', []], ['tinh-ninh-binh', 'Ninh Bình', []], ['tinh-thanh-hoa', 'Thanh Hóa', []],
  ['tinh-nghe-an', 'Nghệ An', []], ['tinh-ha-tinh', 'Hà Tĩnh', []], ['tinh-quang-binh', 'Quảng Bình', []],
  ['tinh-quang-tri', 'Quảng Trị', []],
  ['tinh-thua-thien-hue', 'Thừa Thiên Huế', ['Thừa Thiên - Huế', 'TT Huế', 'TT-Huế', 'Huế', 'Thành phố Huế', 'TP Huế']],
  ['tinh-quang-nam', 'Quảng Nam', []], ['tinh-quang-ngai', 'Quảng Ngãi', []], ['tinh-binh-dinh', 'Bình Định', []],
  ['tinh-phu-yen', 'Phú Yên', []], ['tinh-khanh-hoa', 'Khánh Hòa', []], ['tinh-ninh-thuan', 'Ninh Thuận', []],
  ['tinh-binh-thuan', 'Bình Thuận', []], ['tinh-kon-tum', 'Kon Tum', ['Kontum']], ['tinh-gia-lai', 'Gia Lai', []],
  ['tinh-dak-lak', 'Đắk Lắk', ['Đắc Lắk', 'Đắc Lắc', 'Đắk Lắc', 'Daklak']],
  ['tinh-dak-nong', 'Đắk Nông', ['Đắc Nông', 'Daknong']],
  ['tinh-lam-dong', 'Lâm Đồng', []], ['tinh-binh-phuoc', 'Bình Phước', []], ['tinh-tay-ninh', 'Tây Ninh', []],
  ['tinh-binh-duong', 'Bình Dương', []], ['tinh-dong-nai', 'Đồng Nai', []],
  ['tinh-ba-ria-vung-tau', 'Bà Rịa - Vũng Tàu', ['BRVT', 'BR-VT', 'Vũng Tàu']],
  ['tinh-long-an', 'Long An', []], ['tinh-tien-giang', 'Tiền Giang', []], ['tinh-ben-tre', 'Bến Tre', []],
  ['tinh-tra-vinh', 'Trà Vinh', []], ['tinh-vinh-long', 'Vĩnh Long', []], ['tinh-dong-thap', 'Đồng Tháp', []],
  ['tinh-an-giang', 'An Giang', []], ['tinh-kien-giang', 'Kiên Giang', []], ['tinh-hau-giang', 'Hậu Giang', []],
  ['tinh-soc-trang', 'Sóc Trăng', []], ['tinh-bac-lieu', 'Bạc Liêu', []], ['tinh-ca-mau', 'Cà Mau', []],
];

/** Bare province names that are also everyday words: they count bare only when capitalised. */
const CAPITALISED_ONLY: ReadonlySet<string> = new Set(['hoa binh', 'cao bang', 'hue', 'thai binh', 'hai duong', 'dien bien']);

// ---------------------------------------------------------------------------------------------
// Data: the 34 provincial units of 1 July 2025 (Nghị quyết số 202/2025/QH15)

const PROVINCE_SOURCE = 'Nghị quyết số 202/2025/QH15';

/**
 * The 34 units, each as the 2023 provinces it covers; the first member's name is kept, the
 * others merged into it. Units of one member were unchanged.
 */
export const PROVINCES_2025: ReadonlyArray<readonly string[]> = [
  ['tp-ha-noi'], ['tinh-thua-thien-hue'], ['tinh-lai-chau'], ['tinh-dien-bien'], ['tinh-son-la'], ['tinh-lang-son'],
  ['tinh-quang-ninh'], ['tinh-thanh-hoa'], ['tinh-nghe-an'], ['tinh-ha-tinh'], ['tinh-cao-bang'],
  ['tinh-tuyen-quang', 'tinh-ha-giang'], ['tinh-lao-cai', 'tinh-yen-bai'], ['tinh-thai-nguyen', 'tinh-bac-kan'],
  ['tinh-phu-tho', 'tinh-vinh-phuc', 'tinh-hoa-binh'], ['tinh-bac-ninh', 'tinh-bac-giang'], ['tinh-hung-yen', 'tinh-thai-binh'],
  ['tp-hai-phong', 'tinh-hai-duong'], ['tinh-ninh-binh', 'tinh-ha-nam', 'tinh-nam-dinh'], ['tinh-quang-tri', 'tinh-quang-binh'],
  ['tp-da-nang', 'tinh-quang-nam'], ['tinh-quang-ngai', 'tinh-kon-tum'], ['tinh-gia-lai', 'tinh-binh-dinh'],
  ['tinh-khanh-hoa', 'tinh-ninh-thuan'], ['tinh-lam-dong', 'tinh-dak-nong', 'tinh-binh-thuan'], ['tinh-dak-lak', 'tinh-phu-yen'],
  ['tp-ho-chi-minh', 'tinh-binh-duong', 'tinh-ba-ria-vung-tau'], ['tinh-dong-nai', 'tinh-binh-phuoc'], ['tinh-tay-ninh', 'tinh-long-an'],
  ['tp-can-tho', 'tinh-soc-trang', 'tinh-hau-giang'], ['tinh-vinh-long', 'tinh-ben-tre', 'tinh-tra-vinh'],
  ['tinh-dong-thap', 'tinh-tien-giang'], ['tinh-ca-mau', 'tinh-bac-lieu'], ['tinh-an-giang', 'tinh-kien-giang'],
];

/** A provincial unit since 1 July 2025. */
export interface ProvinceUnit2025 {
  /** The 2023 province whose name the unit keeps (its record stands for the unit). */
  keeperId: string;
  name: string;
  short: string;
  nameEn: string;
  /** The 2023 provinces it covers, the keeper first. */
  memberIds: readonly string[];
}

/** Units whose name differs from their 2023 keeper: Thừa Thiên Huế is the city of Huế. */
const UNIT_NAMES: Readonly<Record<string, Pick<ProvinceUnit2025, 'name' | 'short' | 'nameEn'>>> = {
  'tinh-thua-thien-hue': { name: 'Thành phố Huế', short: 'Huế', nameEn: 'Hue City' },
};

// ---------------------------------------------------------------------------------------------
// Building the records

/** The names first, then the aliases, then all of them without diacritics; one spelling per lower-case form. */
function withNames(name: string, short: string, nameEn: string, aliases: readonly string[]): string[] {
  const all = [name, short, nameEn, ...aliases];
  const byLower = new Map<string, string>();
  for (const alias of [...all, ...all.map(stripDiacritics)]) {
    const key = canonical(alias).toLowerCase();
    if (!byLower.has(key)) byLower.set(key, alias);
  }
  return [...byLower.values()];
}

/** "a, b và c" / "a, b and c". */
function listOf(items: readonly string[], and: string): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

function centralAgency(row: CentralRow): Agency {
  const change = MINISTRY_CHANGES[row.id];
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    nameEn: row.nameEn,
    short: row.short,
    aliases: withNames(row.name, row.short, row.nameEn, row.aliases),
    upperOnlyAliases: [...(row.upper ?? [])],
    formedAfterDirective: row.formed ?? false,
    predecessorIds: [...(row.predecessors ?? [])],
    ...(change ? { succession: { ...change, effective: '2025-03-01', source: MINISTRY_SOURCE } } : {}),
  };
}

const isCity = (id: string) => id.startsWith('tp-');
const provinceWord = (id: string) => (isCity(id) ? 'thành phố' : 'tỉnh');

function provinceAliases(id: string, short: string, extra: readonly string[]): string[] {
  const word = provinceWord(id);
  return [
    `${word} ${short}`, `UBND ${word} ${short}`, `Ủy ban nhân dân ${word} ${short}`,
    ...(isCity(id) ? [`TP ${short}`, `TP. ${short}`, `UBND TP ${short}`] : []),
    ...extra,
  ];
}

function provinceAgencies(): Agency[] {
  const rows = new Map(PROVINCES_2023.map((r) => [r[0], r]));
  const inSentence = (id: string) => `${provinceWord(id)} ${rows.get(id)![1]}`;
  const english = (id: string) => rows.get(id)![3] ?? `${stripDiacritics(rows.get(id)![1])} ${isCity(id) ? 'City' : 'province'}`;
  const unitOf = new Map(PROVINCES_2025.flatMap((unit) => unit.map((id) => [id, unit] as const)));
  return PROVINCES_2023.map(([id, short, extra]) => {
    const name = `${isCity(id) ? 'Thành phố' : 'Tỉnh'} ${short}`;
    // "Hồ Chí Minh" alone reads as the person in a heading.
    const display = id === 'tp-ho-chi-minh' ? 'TP. Hồ Chí Minh' : short;
    const unit = unitOf.get(id) ?? [id];
    const keeper = unit[0]!;
    const agency: Agency = {
      id, kind: 'province', name, nameEn: english(id), short: display,
      aliases: withNames(name, display, english(id), [short, ...provinceAliases(id, short, extra)]),
      upperOnlyAliases: [], formedAfterDirective: false,
      predecessorIds: keeper === id ? unit.slice(1) : [],
    };
    if (keeper !== id) {
      const others = unit.filter((m) => m !== id);
      agency.succession = {
        successorIds: [keeper], change: 'merged', effective: '2025-07-01', source: PROVINCE_SOURCE,
        note: `${name} hợp nhất với ${listOf(others.map(inSentence), 'và')} thành ${inSentence(keeper)}.`,
        noteEn: `${english(id)} merged with ${listOf(others.map(english), 'and')} into ${english(keeper)}.`,
      };
    }
    return agency;
  });
}

function validated(agencies: readonly Agency[]): Agency[] {
  return agencies.map((a) => {
    const parsed = AgencySchema.safeParse(a);
    if (!parsed.success) throw new Error(`agency registry: entry ${a.id} is invalid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    return parsed.data;
  });
}

/** Ids unique; successors and predecessors exist and point at each other. */
function checkLinks(agencies: readonly Agency[]): void {
  const byId = new Map(agencies.map((a) => [a.id, a]));
  if (byId.size !== agencies.length) throw new Error('agency registry: duplicate ids');
  for (const a of agencies) {
    for (const s of a.succession?.successorIds ?? []) {
      if (!byId.get(s)?.predecessorIds.includes(a.id)) throw new Error(`agency registry: ${a.id} → ${s}, but ${s} does not list ${a.id} as a predecessor`);
    }
    for (const p of a.predecessorIds) {
      if (!byId.get(p)?.succession?.successorIds.includes(a.id)) throw new Error(`agency registry: ${a.id} lists predecessor ${p}, whose succession does not name ${a.id}`);
    }
  }
}

/** Every agency, validated at load: a bad entry fails loudly with its id. */
export const AGENCIES: readonly Agency[] = validated([...CENTRAL.map(centralAgency), ...provinceAgencies()]);
checkLinks(AGENCIES);

/** The 34 provincial units since 1 July 2025, named. */
export const PROVINCE_UNITS_2025: readonly ProvinceUnit2025[] = PROVINCES_2025.map((memberIds) => {
  const keeper = AGENCIES.find((a) => a.id === memberIds[0])!;
  return { keeperId: keeper.id, name: keeper.name, short: keeper.short, nameEn: keeper.nameEn, ...UNIT_NAMES[keeper.id], memberIds };
});

// ---------------------------------------------------------------------------------------------
// Resolver: types

/** An agency named in a text. */
export interface AgencyMention {
  agencyId: string;
  /** UTF-16 offsets of the mention in the text given to `find` (end exclusive). */
  start: number;
  end: number;
  /**
   * The registry alias that matched: the agency's `name` when the full name was written exactly;
   * for a ministry in a "các Bộ: …" list, its "Bộ …" alias.
   */
  alias: string;
  /** true when the diacritics matched too, not only the folded form. */
  exact: boolean;
}

export interface AgencyRegistry {
  readonly all: readonly Agency[];
  byId(id: string): Agency | undefined;
  /** Ministries, ministry-level and government agencies that existed in 2023. */
  ministries(): Agency[];
  /** The 63 provinces and centrally-run cities of 2023. */
  provinces(): Agency[];
  /** Agencies named in a question, in order of appearance, longest match first, no overlaps. */
  find(text: string): AgencyMention[];
  /** Reads an appendix cell or an addressee: the agencies it names and the groups it means. */
  resolveParty(cellText: string): PartyRef;
  /** true when the party includes the agency by name, or through 'all-ministries' / 'all-provinces'. */
  binds(party: PartyRef, agencyId: string): boolean;
  /** The agencies that took over from this one (empty when it did not change). */
  successorsOf(id: string): Agency[];
  /** The agencies this one took over from, wholly or in part (khoa-hoc-cong-nghe → thong-tin-truyen-thong). */
  predecessorsOf(id: string): Agency[];
  /** The province (the record of the unit's keeper) that has covered this 2023 province since 1 July 2025. */
  provinceSince2025(id: string): Agency | undefined;
  /** The 2023 provinces a 2025 province covers, itself first; empty for a province merged away. */
  formerProvincesOf(id: string): Agency[];
  /** The named 2025 unit covering this 2023 province ("Thành phố Huế" for Thừa Thiên Huế). */
  unitSince2025(id: string): ProvinceUnit2025 | undefined;
}

// ---------------------------------------------------------------------------------------------
// Resolver: words

/** A word: letters, digits and marks, with "&" joining ("TT & TT" is one word). */
const WORD = /[\p{L}\p{N}\p{M}]+(?:[ \t]*&[ \t]*[\p{L}\p{N}\p{M}]+)*/gu;
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const ASCII = /^[\x00-\x7F]*$/u;

interface WordForms {
  /** canonical(), "&" without spaces: for capitals-only aliases. */
  canon: string;
  lower: string;
  folded: string;
  /** Lower case without tone marks but with the letters ă â ê ô ơ ư đ. */
  toneless: string;
  ascii: boolean;
  capital: boolean;
}

/** A word of the text: its forms (shared through the cache) and where it is. */
interface Word {
  forms: WordForms;
  start: number;
  end: number;
}

function wordForms(raw: string): WordForms {
  const canon = canonical(raw).replace(/\s*&\s*/gu, '&');
  const lower = canon.toLowerCase();
  return {
    canon,
    lower,
    folded: fold(canon).replace(/ /gu, ''),
    toneless: lower.normalize('NFD').replace(TONE_MARKS, '').normalize('NFC'),
    ascii: ASCII.test(raw),
    capital: raw[0] !== raw[0]!.toLowerCase(),
  };
}

/** Splits a text into words; word forms are memoised per reader (questions repeat their words), bounded. */
function wordsReader(): (text: string) => Word[] {
  const cache = new Map<string, WordForms>();
  const re = new RegExp(WORD.source, WORD.flags);
  return (text) => {
    const out: Word[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      let forms = cache.get(m[0]);
      if (forms === undefined) {
        if (cache.size >= 20_000) cache.clear();
        forms = wordForms(m[0]);
        cache.set(m[0], forms);
      }
      out.push({ forms, start: m.index, end: m.index + m[0].length });
    }
    return out;
  };
}

// ---------------------------------------------------------------------------------------------
// Resolver: compiled aliases

/** One spelling of an alias. */
interface Variant {
  alias: string;
  /** Punctuation between its words ("," in "Bộ Văn hóa, Thể thao và Du lịch"). */
  gaps: readonly string[];
  canon: readonly string[];
  toneless: readonly string[];
  lower: string;
  /** Whether typing it counts as exact (false for the ASCII copy of an alias with diacritics). */
  exact: boolean;
}

/** All aliases of one agency that fold to the same words. */
interface Entry {
  agencyId: string;
  words: readonly string[];
  variants: Variant[];
  upperOnly: boolean;
  capitalised: boolean;
}

interface Match {
  entry: Entry;
  alias: string;
  exact: boolean;
}

const MINISTRY_KINDS: ReadonlySet<AgencyKind> = new Set(['ministry', 'ministry-level', 'government-agency']);
/** Bodies that stand for a whole group (every province, every ministry): questions name them, cells name groups. */
const GROUP_KINDS: ReadonlySet<AgencyKind> = new Set(['provinces', 'ministries']);

function compileAliases(agencies: readonly Agency[]): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  const readWords = wordsReader();
  const add = (a: Agency, alias: string, upperOnly: boolean) => {
    const words = readWords(alias);
    if (words.length === 0) return;
    const key = `${upperOnly ? '^' : ''}${words.map((w) => w.forms.folded).join(' ')}`;
    let entry = entries.get(key);
    if (entry === undefined) {
      const bare = a.kind === 'province' && CAPITALISED_ONLY.has(key);
      entry = { agencyId: a.id, words: words.map((w) => w.forms.folded), variants: [], upperOnly, capitalised: bare };
      entries.set(key, entry);
    } else if (entry.agencyId !== a.id) {
      throw new Error(`agency registry: alias "${alias}" of ${a.id} folds like an alias of ${entry.agencyId}`);
    }
    const forms = words.map((w) => w.forms);
    const gaps = words.slice(1).map((w, k) => gapBetween(alias, words[k]!, w));
    const variant = { alias, gaps, canon: forms.map((w) => w.canon), toneless: forms.map((w) => w.toneless), lower: forms.map((w) => w.lower).join(' '), exact: true };
    const same = (v: Variant) => v.lower === variant.lower && v.canon.join(' ') === variant.canon.join(' ') && v.gaps.join(' ') === gaps.join(' ');
    if (!entry.variants.some(same)) entry.variants.push(variant);
  };
  for (const a of agencies) {
    for (const alias of [a.name, a.short, a.nameEn, ...a.aliases]) add(a, alias, false);
    for (const alias of a.upperOnlyAliases) add(a, alias, true);
  }
  for (const entry of entries.values()) {
    const marked = entry.variants.some((v) => !ASCII.test(v.alias));
    for (const v of entry.variants) v.exact = !marked || !ASCII.test(v.alias);
  }
  return entries;
}

/** Entries by first folded word, longest first. */
function indexByFirst(entries: Iterable<Entry>): Map<string, Entry[]> {
  const index = new Map<string, Entry[]>();
  for (const e of entries) {
    const list = index.get(e.words[0]!) ?? [];
    list.push(e);
    index.set(e.words[0]!, list);
  }
  for (const list of index.values()) list.sort((x, y) => y.words.length - x.words.length);
  return index;
}

/** "Bộ X" aliases of ministries without "Bộ", for lists such as "các Bộ: Tài chính, Tư pháp". */
function ministryHeads(entries: Iterable<Entry>, byId: ReadonlyMap<string, Agency>): Entry[] {
  const heads: Entry[] = [];
  for (const e of entries) {
    if (e.upperOnly || e.words[0] !== 'bo' || e.words.length < 2 || !MINISTRY_KINDS.has(byId.get(e.agencyId)!.kind)) continue;
    const variants = e.variants.map((v) => ({ ...v, gaps: v.gaps.slice(1), canon: v.canon.slice(1), toneless: v.toneless.slice(1), lower: v.lower.split(' ').slice(1).join(' ') }));
    heads.push({ ...e, words: e.words.slice(1), variants });
  }
  return heads;
}

/** The punctuation between two words, whitespace removed. */
function gapBetween(text: string, a: Word, b: Word): string {
  return text.slice(a.end, b.start).replace(/\s+/gu, '');
}

/** Punctuation that may always sit inside a name ("Bộ Lao động - Thương binh", "TP. Hồ Chí Minh"). */
const SOFT_GAP = /^[-–—.]?$/u;

/**
 * Whether the words at `i` spell the entry: folded words equal, letters and capitals as required,
 * and no punctuation the alias does not have ("các bộ, y tế" is not Bộ Y tế).
 */
function matchEntry(e: Entry, text: string, words: readonly Word[], i: number): Match | undefined {
  const n = e.words.length;
  if (i + n > words.length) return undefined;
  for (let k = 1; k < n; k++) if (words[i + k]!.forms.folded !== e.words[k]) return undefined;
  const gaps = words.slice(i + 1, i + n).map((w, k) => gapBetween(text, words[i + k]!, w));
  const span = words.slice(i, i + n).map((w) => w.forms);
  if (e.capitalised && !span.every((w) => w.capital)) return undefined;
  const fits = e.variants.filter(
    (v) =>
      gaps.every((g, k) => SOFT_GAP.test(g) || g === v.gaps[k]) &&
      span.every((w, k) => (e.upperOnly ? w.canon === v.canon[k] : w.ascii || w.toneless === v.toneless[k])),
  );
  if (fits.length === 0) return undefined;
  const typed = span.map((w) => w.lower).join(' ');
  const exact = fits.find((v) => v.exact && v.lower === typed);
  return { entry: e, alias: (exact ?? fits[0]!).alias, exact: exact !== undefined };
}

function longestAt(index: ReadonlyMap<string, Entry[]>, text: string, words: readonly Word[], i: number): Match | undefined {
  for (const e of index.get(words[i]!.forms.folded) ?? []) {
    const m = matchEntry(e, text, words, i);
    if (m) return m;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Resolver: group phrases of party cells

/**
 * Group phrases over the folded cell (colons kept), tried in order; each match is removed before
 * the next rule runs, so "các bộ, ngành liên quan" is 'related' and not also 'all-ministries'.
 */
const GROUP_PHRASES: ReadonlyArray<readonly [RegExp, readonly AgencyGroup[]]> = [
  [/\b(?:cac )?bo nganh duoc giao\b(?: tai de an 0?6\b)?(?: va quyet dinh so 422 qd ttg\b)?/gu, ['assigned']],
  [/\b(?:va )?(?:cac )?co quan thong tan bao chi(?: trung uong)?(?: dia phuong)?\b/gu, ['press-all']],
  [/\b(?:va )?(?:cac )?(?:bo nganh dia phuong|bo nganh|bo co quan|bo|co quan)(?: co)? lien quan\b/gu, ['related']],
  // "Ủy ban nhân dân các tỉnh: Bắc Kạn, …" names its provinces: no group.
  [/\b(?:uy ban nhan dan|ubnd) (?:cac )?tinh(?: thanh pho)? ?:/gu, []],
  [/\b(?:tung dong chi )?bo truong thu truong co quan ngang bo(?: thu truong)?(?: co quan thuoc chinh phu)?\b/gu, ['all-ministries']],
  [/\b(?:cac dong chi )?(?:chu tich )?(?:uy ban nhan dan|ubnd) (?:cac )?tinh(?: thanh pho)?(?: truc thuoc trung uong)?\b/gu, ['all-provinces']],
  [/\b(?:cac )?bo nganh dia phuong\b/gu, ['all-ministries', 'all-provinces']],
  [/\b(?:cac )?bo nganh\b/gu, ['all-ministries']],
  [/\b(?:cac )?dia phuong\b/gu, ['all-provinces']],
];

function groupsOf(text: string): AgencyGroup[] {
  let rest = stripDiacritics(canonical(text)).toLowerCase().replace(/[^a-z0-9:]+/gu, ' ');
  const groups = new Set<AgencyGroup>();
  for (const [re, named] of GROUP_PHRASES) {
    rest = rest.replace(re, () => {
      for (const g of named) groups.add(g);
      return ' ';
    });
  }
  return [...groups];
}

// ---------------------------------------------------------------------------------------------
// Resolver

/** Builds the resolver over the agencies (the registry's data by default). */
export function createAgencyRegistry(agencies: readonly Agency[] = AGENCIES): AgencyRegistry {
  const byId = new Map(agencies.map((a) => [a.id, a]));
  const entries = compileAliases(agencies);
  const index = indexByFirst(entries.values());
  const heads = indexByFirst(ministryHeads(entries.values(), byId));
  const readWords = wordsReader();
  const unitOf = new Map(PROVINCE_UNITS_2025.flatMap((u) => u.memberIds.map((id) => [id, u] as const)));
  const existing = (ids: readonly string[]) => ids.map((id) => byId.get(id)).filter((a): a is Agency => a !== undefined);
  const isMinistry = (a: Agency) => MINISTRY_KINDS.has(a.kind) && !a.formedAfterDirective;

  /** "bộ:" (or "các Bộ:") opens a list of ministries named without "Bộ". */
  const opensList = (text: string, words: readonly Word[], i: number) => {
    const [w, next] = [words[i]!, words[i + 1]];
    return next !== undefined && w.forms.folded === 'bo' && (w.forms.ascii || w.forms.toneless === 'bô') && gapBetween(text, w, next) === ':';
  };

  function find(text: string): AgencyMention[] {
    const words = readWords(text);
    const out: AgencyMention[] = [];
    let inList = false;
    let i = 0;
    while (i < words.length) {
      if (opensList(text, words, i)) {
        inList = true;
        i++;
        continue;
      }
      const m = longestAt(index, text, words, i) ?? (inList ? longestAt(heads, text, words, i) : undefined);
      if (m === undefined) {
        inList = false;
        i++;
        continue;
      }
      const n = m.entry.words.length;
      out.push({ agencyId: m.entry.agencyId, start: words[i]!.start, end: words[i + n - 1]!.end, alias: m.alias, exact: m.exact });
      i += n;
      if (inList && words[i]?.forms.folded === 'va') i++;
      else if (inList && !/^[,;]$/u.test(words[i] ? gapBetween(text, words[i - 1]!, words[i]!) : '')) inList = false;
    }
    return out;
  }

  return {
    all: agencies,
    byId: (id) => byId.get(id),
    ministries: () => agencies.filter(isMinistry),
    provinces: () => agencies.filter((a) => a.kind === 'province'),
    find,
    // A cell naming every province or ministry is a group ('all-provinces', 'all-ministries'), not an agency of its own.
    resolveParty: (text) => ({ text, agencyIds: [...new Set(find(text).map((m) => m.agencyId))].filter((id) => !GROUP_KINDS.has(byId.get(id)!.kind)), groups: groupsOf(text) }),
    binds(party, agencyId) {
      if (party.agencyIds.includes(agencyId)) return true;
      const a = byId.get(agencyId);
      if (a === undefined) return false;
      return (party.groups.includes('all-ministries') && (isMinistry(a) || a.kind === 'ministries')) || (party.groups.includes('all-provinces') && (a.kind === 'province' || a.kind === 'provinces'));
    },
    successorsOf: (id) => existing(byId.get(id)?.succession?.successorIds ?? []),
    predecessorsOf: (id) => existing(byId.get(id)?.predecessorIds ?? []),
    provinceSince2025: (id) => byId.get(unitOf.get(id)?.keeperId ?? ''),
    formerProvincesOf: (id) => (unitOf.get(id)?.keeperId === id ? existing(unitOf.get(id)!.memberIds) : []),
    unitSince2025: (id) => unitOf.get(id),
  };
}
