/**
 * The agency registry's data: every body Chỉ thị 05/CT-TTg names (as lead, cooperator, addressee
 * or praised), the other ministries of 2023, the ministries formed on 1 March 2025, the bodies
 * that stand for every province or every ministry at once, and the 63 provinces of 2023 with the
 * 34 provincial units they became on 1 July 2025 — built into validated `Agency` records, each a
 * bad entry failing loudly with its id. Pure data; agencies.ts resolves names against it.
 */
import type { Agency, AgencyKind, Succession } from './schema.js';
import { AgencySchema } from './schema.js';
import { canonical, stripDiacritics } from './text.js';

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
  {
    id: 'cong-an',
    kind: 'ministry',
    name: 'Bộ Công an',
    nameEn: 'Ministry of Public Security',
    short: 'Bộ Công an',
    aliases: ['Công an', 'BCA', 'Bộ CA', 'MPS', 'Public Security Ministry'],
  },
  {
    id: 'tu-phap',
    kind: 'ministry',
    name: 'Bộ Tư pháp',
    nameEn: 'Ministry of Justice',
    short: 'Bộ Tư pháp',
    aliases: ['BTP', 'MOJ', 'Justice Ministry'],
  },
  {
    id: 'y-te',
    kind: 'ministry',
    name: 'Bộ Y tế',
    nameEn: 'Ministry of Health',
    short: 'Bộ Y tế',
    aliases: ['BYT', 'MOH', 'Health Ministry'],
    predecessors: ['lao-dong-tbxh'],
  },
  {
    id: 'lao-dong-tbxh',
    kind: 'ministry',
    name: 'Bộ Lao động - Thương binh và Xã hội',
    nameEn: 'Ministry of Labour, Invalids and Social Affairs',
    short: 'Bộ LĐ-TB&XH',
    aliases: [
      'Bộ Lao động Thương binh và Xã hội',
      'Bộ Lao động, Thương binh và Xã hội',
      'Lao động - Thương binh và Xã hội',
      'Bộ Lao động',
      'LĐTBXH',
      'LĐ-TB&XH',
      'LĐTB&XH',
      'LĐ-TBXH',
      'BLĐTBXH',
      'Bộ LĐTBXH',
      'MOLISA',
      'Ministry of Labor, Invalids and Social Affairs',
      'Ministry of Labour',
    ],
  },
  {
    id: 'tai-chinh',
    kind: 'ministry',
    name: 'Bộ Tài chính',
    nameEn: 'Ministry of Finance',
    short: 'Bộ Tài chính',
    aliases: ['BTC', 'MOF', 'Finance Ministry'],
    predecessors: ['ke-hoach-dau-tu'],
  },
  {
    id: 'tai-nguyen-moi-truong',
    kind: 'ministry',
    name: 'Bộ Tài nguyên và Môi trường',
    nameEn: 'Ministry of Natural Resources and Environment',
    short: 'Bộ TN&MT',
    aliases: ['Bộ Tài nguyên - Môi trường', 'Bộ Tài nguyên', 'TN&MT', 'TNMT', 'BTNMT', 'Bộ TNMT', 'MONRE'],
  },
  {
    id: 'noi-vu',
    kind: 'ministry',
    name: 'Bộ Nội vụ',
    nameEn: 'Ministry of Home Affairs',
    short: 'Bộ Nội vụ',
    aliases: ['Nội vụ', 'BNV', 'MOHA', 'Home Affairs Ministry'],
    predecessors: ['lao-dong-tbxh'],
  },
  {
    id: 'thong-tin-truyen-thong',
    kind: 'ministry',
    name: 'Bộ Thông tin và Truyền thông',
    nameEn: 'Ministry of Information and Communications',
    short: 'Bộ TT&TT',
    aliases: [
      'Bộ Thông tin - Truyền thông',
      'Bộ Thông tin',
      'TT&TT',
      'TTTT',
      'BTTTT',
      'Bộ TTTT',
      'Bộ TT-TT',
      'Ministry of Information and Communication',
    ],
    upper: ['MIC'],
  },
  {
    id: 'ke-hoach-dau-tu',
    kind: 'ministry',
    name: 'Bộ Kế hoạch và Đầu tư',
    nameEn: 'Ministry of Planning and Investment',
    short: 'Bộ KH&ĐT',
    aliases: ['Bộ Kế hoạch - Đầu tư', 'Bộ Kế hoạch', 'KH&ĐT', 'KHĐT', 'BKHĐT', 'Bộ KHĐT', 'MPI'],
  },
  {
    id: 'cong-thuong',
    kind: 'ministry',
    name: 'Bộ Công Thương',
    nameEn: 'Ministry of Industry and Trade',
    short: 'Bộ Công Thương',
    aliases: ['BCT', 'MOIT'],
  },
  {
    id: 'quoc-phong',
    kind: 'ministry',
    name: 'Bộ Quốc phòng',
    nameEn: 'Ministry of National Defence',
    short: 'Bộ Quốc phòng',
    aliases: ['BQP', 'MND', 'MOND', 'Ministry of National Defense', 'Ministry of Defence', 'Ministry of Defense'],
  },
  {
    id: 'xay-dung',
    kind: 'ministry',
    name: 'Bộ Xây dựng',
    nameEn: 'Ministry of Construction',
    short: 'Bộ Xây dựng',
    aliases: ['BXD'],
    upper: ['MOC'],
    predecessors: ['giao-thong-van-tai'],
  },
  {
    id: 'giao-duc-dao-tao',
    kind: 'ministry',
    name: 'Bộ Giáo dục và Đào tạo',
    nameEn: 'Ministry of Education and Training',
    short: 'Bộ GD&ĐT',
    aliases: [
      'Bộ Giáo dục - Đào tạo',
      'Bộ Giáo dục',
      'GD&ĐT',
      'GDĐT',
      'BGDĐT',
      'BGD&ĐT',
      'Bộ GDĐT',
      'MOET',
      'Ministry of Education',
    ],
    predecessors: ['lao-dong-tbxh'],
  },
  {
    id: 'giao-thong-van-tai',
    kind: 'ministry',
    name: 'Bộ Giao thông vận tải',
    nameEn: 'Ministry of Transport',
    short: 'Bộ GTVT',
    aliases: ['Bộ Giao thông - Vận tải', 'Bộ Giao thông', 'GTVT', 'BGTVT', 'Transport Ministry'],
    upper: ['MOT'],
  },
  {
    id: 'ngan-hang-nha-nuoc',
    kind: 'ministry-level',
    name: 'Ngân hàng Nhà nước Việt Nam',
    nameEn: 'State Bank of Vietnam',
    short: 'NHNN',
    aliases: ['Ngân hàng Nhà nước', 'NHNNVN', 'NHNN VN', 'SBV', 'State Bank of Viet Nam', 'State Bank'],
  },
  {
    id: 'thanh-tra-chinh-phu',
    kind: 'ministry-level',
    name: 'Thanh tra Chính phủ',
    nameEn: 'Government Inspectorate',
    short: 'TTCP',
    aliases: [],
  },
  {
    id: 'van-phong-chinh-phu',
    kind: 'ministry-level',
    name: 'Văn phòng Chính phủ',
    nameEn: 'Government Office',
    short: 'VPCP',
    aliases: ['Office of the Government'],
  },
  {
    id: 'uy-ban-dan-toc',
    kind: 'ministry-level',
    name: 'Ủy ban Dân tộc',
    nameEn: 'Committee for Ethnic Minority Affairs',
    short: 'Ủy ban Dân tộc',
    aliases: ['UBDT', 'CEMA'],
  },
  {
    id: 'bao-hiem-xa-hoi',
    kind: 'government-agency',
    name: 'Bảo hiểm xã hội Việt Nam',
    nameEn: 'Vietnam Social Security',
    short: 'BHXH Việt Nam',
    aliases: ['BHXH', 'BHXH VN', 'BHXHVN', 'VSS', 'Viet Nam Social Security'],
  },
  {
    id: 'ubqlv',
    kind: 'government-agency',
    name: 'Ủy ban Quản lý vốn nhà nước tại doanh nghiệp',
    nameEn: 'Commission for the Management of State Capital at Enterprises',
    short: 'Ủy ban Quản lý vốn nhà nước',
    aliases: ['Ủy ban Quản lý vốn', 'UBQLV', 'CMSC'],
  },
  {
    id: 'dai-truyen-hinh',
    kind: 'government-agency',
    name: 'Đài Truyền hình Việt Nam',
    nameEn: 'Vietnam Television',
    short: 'VTV',
    aliases: ['Viet Nam Television', 'Đài THVN', 'THVN'],
  },
  {
    id: 'dai-tieng-noi',
    kind: 'government-agency',
    name: 'Đài Tiếng nói Việt Nam',
    nameEn: 'Voice of Vietnam',
    short: 'VOV',
    aliases: ['Voice of Viet Nam', 'Đài TNVN', 'TNVN'],
  },
  {
    id: 'thong-tan-xa',
    kind: 'government-agency',
    name: 'Thông tấn xã Việt Nam',
    nameEn: 'Vietnam News Agency',
    short: 'TTXVN',
    aliases: [],
  },
  {
    id: 'cong-ttdt-chinh-phu',
    kind: 'press',
    name: 'Cổng Thông tin điện tử Chính phủ',
    nameEn: 'Government Web Portal',
    short: 'Cổng TTĐT Chính phủ',
    aliases: ['Cổng TTĐTCP', 'Government Portal'],
  },
  {
    id: 'ban-co-yeu',
    kind: 'other',
    name: 'Ban Cơ yếu Chính phủ',
    nameEn: 'Government Cipher Committee',
    short: 'Ban Cơ yếu Chính phủ',
    aliases: ['Ban Cơ yếu'],
  },
  {
    id: 'tong-cuc-thue',
    kind: 'other',
    name: 'Tổng cục Thuế',
    nameEn: 'General Department of Taxation',
    short: 'Tổng cục Thuế',
    aliases: [],
  },
  {
    id: 'buu-dien-vn',
    kind: 'enterprise',
    name: 'Tổng công ty Bưu điện Việt Nam',
    nameEn: 'Vietnam Post Corporation',
    short: 'VNPost',
    aliases: ['Bưu điện Việt Nam', 'VN Post', 'Vietnam Post'],
  },
  {
    id: 'evn',
    kind: 'enterprise',
    name: 'Tập đoàn Điện lực Việt Nam',
    nameEn: 'Vietnam Electricity',
    short: 'EVN',
    aliases: ['Điện lực Việt Nam'],
  },
  // Every province at once, as the directive addresses them (section 16, appendix part C). A question
  // that names local government without a province ("UBND tỉnh", "Sở TT&TT", "cấp xã") means this body.
  {
    id: 'ubnd-cac-tinh',
    kind: 'provinces',
    name: 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương',
    nameEn: "provincial People's Committees",
    short: 'UBND các tỉnh, thành phố',
    aliases: [
      'Ủy ban nhân dân các tỉnh, thành phố',
      'UBND các tỉnh, thành phố',
      "Provincial People's Committees",
      'provincial People’s Committees',
    ],
  },
  // Every ministry and central agency at once (section 2 and appendix part A bind them with the provinces).
  {
    id: 'cac-bo-nganh',
    kind: 'ministries',
    name: 'Các bộ, ngành',
    nameEn: 'ministries and central agencies',
    short: 'Các bộ, ngành',
    aliases: [
      'các bộ ngành',
      'bộ, ngành',
      'các bộ, ngành, địa phương',
      'bộ ngành địa phương',
      'các bộ, cơ quan ngang bộ',
      'ministries',
      'all ministries',
      'the ministries',
      'ministries and agencies',
      'central agencies',
    ],
  },
  // Ministries of 2023 the directive does not name.
  {
    id: 'ngoai-giao',
    kind: 'ministry',
    name: 'Bộ Ngoại giao',
    nameEn: 'Ministry of Foreign Affairs',
    short: 'Bộ Ngoại giao',
    aliases: ['BNG', 'MOFA', 'Foreign Ministry'],
  },
  {
    id: 'nong-nghiep-ptnt',
    kind: 'ministry',
    name: 'Bộ Nông nghiệp và Phát triển nông thôn',
    nameEn: 'Ministry of Agriculture and Rural Development',
    short: 'Bộ NN&PTNT',
    aliases: ['Bộ Nông nghiệp - Phát triển nông thôn', 'NN&PTNT', 'NNPTNT', 'BNNPTNT', 'MARD'],
  },
  {
    id: 'khoa-hoc-cong-nghe',
    kind: 'ministry',
    name: 'Bộ Khoa học và Công nghệ',
    nameEn: 'Ministry of Science and Technology',
    short: 'Bộ KH&CN',
    aliases: ['Bộ Khoa học - Công nghệ', 'Bộ Khoa học', 'KH&CN', 'KHCN', 'BKHCN', 'Bộ KHCN'],
    upper: ['MOST'],
    predecessors: ['thong-tin-truyen-thong'],
  },
  {
    id: 'van-hoa-tt-dl',
    kind: 'ministry',
    name: 'Bộ Văn hóa, Thể thao và Du lịch',
    nameEn: 'Ministry of Culture, Sports and Tourism',
    short: 'Bộ VHTTDL',
    aliases: ['Bộ Văn hóa Thể thao và Du lịch', 'Bộ Văn hóa', 'VHTTDL', 'BVHTTDL', 'Bộ VH-TT&DL', 'MOCST', 'MCST'],
  },
  // Ministries formed on 1 March 2025.
  {
    id: 'nong-nghiep-moi-truong',
    kind: 'ministry',
    name: 'Bộ Nông nghiệp và Môi trường',
    nameEn: 'Ministry of Agriculture and Environment',
    short: 'Bộ NN&MT',
    aliases: ['Bộ Nông nghiệp - Môi trường', 'Bộ Nông nghiệp', 'NN&MT', 'NNMT', 'BNNMT'],
    upper: ['MAE'],
    formed: true,
    predecessors: ['tai-nguyen-moi-truong', 'nong-nghiep-ptnt', 'lao-dong-tbxh'],
  },
  {
    id: 'dan-toc-ton-giao',
    kind: 'ministry',
    name: 'Bộ Dân tộc và Tôn giáo',
    nameEn: 'Ministry of Ethnic and Religious Affairs',
    short: 'Bộ Dân tộc và Tôn giáo',
    aliases: ['Bộ Dân tộc - Tôn giáo', 'Bộ Dân tộc', 'Bộ DT&TG', 'Ministry of Ethnic Minority and Religious Affairs'],
    formed: true,
    predecessors: ['uy-ban-dan-toc'],
  },
];

// ---------------------------------------------------------------------------------------------
// Data: the ministry changes of 1 March 2025

const MINISTRY_SOURCE =
  'Nghị quyết số 176/2025/QH15 của Quốc hội (và các nghị định quy định chức năng, nhiệm vụ của các bộ)';

type Change = Pick<Succession, 'successorIds' | 'change' | 'note' | 'noteEn'>;

const MINISTRY_CHANGES: Readonly<Record<string, Change>> = {
  'thong-tin-truyen-thong': {
    successorIds: ['khoa-hoc-cong-nghe'],
    change: 'merged',
    note: 'Bộ Thông tin và Truyền thông hợp nhất vào Bộ Khoa học và Công nghệ.',
    noteEn: 'The Ministry of Information and Communications merged into the Ministry of Science and Technology.',
  },
  'ke-hoach-dau-tu': {
    successorIds: ['tai-chinh'],
    change: 'merged',
    note: 'Bộ Kế hoạch và Đầu tư hợp nhất vào Bộ Tài chính.',
    noteEn: 'The Ministry of Planning and Investment merged into the Ministry of Finance.',
  },
  'tai-nguyen-moi-truong': {
    successorIds: ['nong-nghiep-moi-truong'],
    change: 'merged',
    note:
      'Bộ Tài nguyên và Môi trường hợp nhất với Bộ Nông nghiệp và Phát triển nông thôn thành Bộ ' +
      'Nông nghiệp và Môi trường.',
    noteEn:
      'The Ministry of Natural Resources and Environment merged with the Ministry of Agriculture ' +
      'and Rural Development into the Ministry of Agriculture and Environment.',
  },
  'nong-nghiep-ptnt': {
    successorIds: ['nong-nghiep-moi-truong'],
    change: 'merged',
    note:
      'Bộ Nông nghiệp và Phát triển nông thôn hợp nhất với Bộ Tài nguyên và Môi trường thành Bộ ' +
      'Nông nghiệp và Môi trường.',
    noteEn:
      'The Ministry of Agriculture and Rural Development merged with the Ministry of Natural ' +
      'Resources and Environment into the Ministry of Agriculture and Environment.',
  },
  'giao-thong-van-tai': {
    successorIds: ['xay-dung'],
    change: 'merged',
    note: 'Bộ Giao thông vận tải hợp nhất vào Bộ Xây dựng.',
    noteEn: 'The Ministry of Transport merged into the Ministry of Construction.',
  },
  // The note lists "areas → successor" separated by ';' (the restructure answer shows each successor its part).
  'lao-dong-tbxh': {
    successorIds: ['noi-vu', 'y-te', 'giao-duc-dao-tao', 'nong-nghiep-moi-truong'],
    change: 'split',
    note:
      'lao động, tiền lương, việc làm, người có công, an toàn vệ sinh lao động, bảo hiểm xã hội, ' +
      'bình đẳng giới → Bộ Nội vụ; bảo trợ xã hội, trẻ em, phòng chống tệ nạn xã hội → Bộ Y tế; ' +
      'giáo dục nghề nghiệp → Bộ Giáo dục và Đào tạo; giảm nghèo → Bộ Nông nghiệp và Môi trường',
    noteEn:
      'labour, wages, employment, people with meritorious services, occupational safety and ' +
      'health, social insurance, gender equality → Ministry of Home Affairs; social protection, ' +
      'children, prevention of social evils → Ministry of Health; vocational education → ' +
      'Ministry of Education and Training; poverty reduction → Ministry of Agriculture and ' +
      'Environment',
  },
  'uy-ban-dan-toc': {
    successorIds: ['dan-toc-ton-giao'],
    change: 'merged',
    note: 'Ủy ban Dân tộc được tổ chức lại thành Bộ Dân tộc và Tôn giáo.',
    noteEn:
      'The Committee for Ethnic Minority Affairs was reorganised into the Ministry of Ethnic and Religious Affairs.',
  },
};

// ---------------------------------------------------------------------------------------------
// Data: the 63 provinces of 2023

/** [id, name without "Tỉnh"/"Thành phố", extra aliases, English name when not "<ascii> province/City"]. */
type ProvinceRow = readonly [id: string, short: string, extra: readonly string[], nameEn?: string];

const PROVINCES_2023: readonly ProvinceRow[] = [
  ['tp-ha-noi', 'Hà Nội', ['HN', 'Hanoi', 'Thủ đô Hà Nội'], 'Hanoi'],
  [
    'tp-ho-chi-minh',
    'Hồ Chí Minh',
    ['TP.HCM', 'TPHCM', 'HCM', 'HCMC', 'Thành phố HCM', 'Sài Gòn', 'Saigon'],
    'Ho Chi Minh City',
  ],
  ['tp-hai-phong', 'Hải Phòng', []],
  ['tp-da-nang', 'Đà Nẵng', ['Danang']],
  ['tp-can-tho', 'Cần Thơ', []],
  ['tinh-ha-giang', 'Hà Giang', []],
  ['tinh-cao-bang', 'Cao Bằng', []],
  ['tinh-bac-kan', 'Bắc Kạn', ['Bắc Cạn']],
  ['tinh-tuyen-quang', 'Tuyên Quang', []],
  ['tinh-lao-cai', 'Lào Cai', []],
  ['tinh-dien-bien', 'Điện Biên', []],
  ['tinh-lai-chau', 'Lai Châu', []],
  ['tinh-son-la', 'Sơn La', []],
  ['tinh-yen-bai', 'Yên Bái', []],
  ['tinh-hoa-binh', 'Hòa Bình', []],
  ['tinh-thai-nguyen', 'Thái Nguyên', []],
  ['tinh-lang-son', 'Lạng Sơn', []],
  ['tinh-quang-ninh', 'Quảng Ninh', []],
  ['tinh-bac-giang', 'Bắc Giang', []],
  ['tinh-phu-tho', 'Phú Thọ', []],
  ['tinh-vinh-phuc', 'Vĩnh Phúc', []],
  ['tinh-bac-ninh', 'Bắc Ninh', []],
  ['tinh-hai-duong', 'Hải Dương', []],
  ['tinh-hung-yen', 'Hưng Yên', []],
  ['tinh-thai-binh', 'Thái Bình', []],
  ['tinh-ha-nam', 'Hà Nam', []],
  ['tinh-nam-dinh', 'Nam Định', []],
  ['tinh-ninh-binh', 'Ninh Bình', []],
  ['tinh-thanh-hoa', 'Thanh Hóa', []],
  ['tinh-nghe-an', 'Nghệ An', []],
  ['tinh-ha-tinh', 'Hà Tĩnh', []],
  ['tinh-quang-binh', 'Quảng Bình', []],
  ['tinh-quang-tri', 'Quảng Trị', []],
  ['tinh-thua-thien-hue', 'Thừa Thiên Huế', ['Thừa Thiên - Huế', 'TT Huế', 'TT-Huế', 'Huế', 'Thành phố Huế', 'TP Huế']],
  ['tinh-quang-nam', 'Quảng Nam', []],
  ['tinh-quang-ngai', 'Quảng Ngãi', []],
  ['tinh-binh-dinh', 'Bình Định', []],
  ['tinh-phu-yen', 'Phú Yên', []],
  ['tinh-khanh-hoa', 'Khánh Hòa', []],
  ['tinh-ninh-thuan', 'Ninh Thuận', []],
  ['tinh-binh-thuan', 'Bình Thuận', []],
  ['tinh-kon-tum', 'Kon Tum', ['Kontum']],
  ['tinh-gia-lai', 'Gia Lai', []],
  ['tinh-dak-lak', 'Đắk Lắk', ['Đắc Lắk', 'Đắc Lắc', 'Đắk Lắc', 'Daklak']],
  ['tinh-dak-nong', 'Đắk Nông', ['Đắc Nông', 'Daknong']],
  ['tinh-lam-dong', 'Lâm Đồng', []],
  ['tinh-binh-phuoc', 'Bình Phước', []],
  ['tinh-tay-ninh', 'Tây Ninh', []],
  ['tinh-binh-duong', 'Bình Dương', []],
  ['tinh-dong-nai', 'Đồng Nai', []],
  ['tinh-ba-ria-vung-tau', 'Bà Rịa - Vũng Tàu', ['BRVT', 'BR-VT', 'Vũng Tàu']],
  ['tinh-long-an', 'Long An', []],
  ['tinh-tien-giang', 'Tiền Giang', []],
  ['tinh-ben-tre', 'Bến Tre', []],
  ['tinh-tra-vinh', 'Trà Vinh', []],
  ['tinh-vinh-long', 'Vĩnh Long', []],
  ['tinh-dong-thap', 'Đồng Tháp', []],
  ['tinh-an-giang', 'An Giang', []],
  ['tinh-kien-giang', 'Kiên Giang', []],
  ['tinh-hau-giang', 'Hậu Giang', []],
  ['tinh-soc-trang', 'Sóc Trăng', []],
  ['tinh-bac-lieu', 'Bạc Liêu', []],
  ['tinh-ca-mau', 'Cà Mau', []],
];

/** Bare province names that are also everyday words: they count bare only when capitalised. */
export const CAPITALISED_ONLY: ReadonlySet<string> = new Set([
  'hoa binh',
  'cao bang',
  'hue',
  'thai binh',
  'hai duong',
  'dien bien',
]);

// ---------------------------------------------------------------------------------------------
// Data: the 34 provincial units of 1 July 2025 (Nghị quyết số 202/2025/QH15)

const PROVINCE_SOURCE = 'Nghị quyết số 202/2025/QH15';

/**
 * The 34 units, each as the 2023 provinces it covers; the first member's name is kept, the
 * others merged into it. Units of one member were unchanged.
 */
export const PROVINCES_2025: ReadonlyArray<readonly string[]> = [
  ['tp-ha-noi'],
  ['tinh-thua-thien-hue'],
  ['tinh-lai-chau'],
  ['tinh-dien-bien'],
  ['tinh-son-la'],
  ['tinh-lang-son'],
  ['tinh-quang-ninh'],
  ['tinh-thanh-hoa'],
  ['tinh-nghe-an'],
  ['tinh-ha-tinh'],
  ['tinh-cao-bang'],
  ['tinh-tuyen-quang', 'tinh-ha-giang'],
  ['tinh-lao-cai', 'tinh-yen-bai'],
  ['tinh-thai-nguyen', 'tinh-bac-kan'],
  ['tinh-phu-tho', 'tinh-vinh-phuc', 'tinh-hoa-binh'],
  ['tinh-bac-ninh', 'tinh-bac-giang'],
  ['tinh-hung-yen', 'tinh-thai-binh'],
  ['tp-hai-phong', 'tinh-hai-duong'],
  ['tinh-ninh-binh', 'tinh-ha-nam', 'tinh-nam-dinh'],
  ['tinh-quang-tri', 'tinh-quang-binh'],
  ['tp-da-nang', 'tinh-quang-nam'],
  ['tinh-quang-ngai', 'tinh-kon-tum'],
  ['tinh-gia-lai', 'tinh-binh-dinh'],
  ['tinh-khanh-hoa', 'tinh-ninh-thuan'],
  ['tinh-lam-dong', 'tinh-dak-nong', 'tinh-binh-thuan'],
  ['tinh-dak-lak', 'tinh-phu-yen'],
  ['tp-ho-chi-minh', 'tinh-binh-duong', 'tinh-ba-ria-vung-tau'],
  ['tinh-dong-nai', 'tinh-binh-phuoc'],
  ['tinh-tay-ninh', 'tinh-long-an'],
  ['tp-can-tho', 'tinh-soc-trang', 'tinh-hau-giang'],
  ['tinh-vinh-long', 'tinh-ben-tre', 'tinh-tra-vinh'],
  ['tinh-dong-thap', 'tinh-tien-giang'],
  ['tinh-ca-mau', 'tinh-bac-lieu'],
  ['tinh-an-giang', 'tinh-kien-giang'],
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
    `${word} ${short}`,
    `UBND ${word} ${short}`,
    `Ủy ban nhân dân ${word} ${short}`,
    ...(isCity(id) ? [`TP ${short}`, `TP. ${short}`, `UBND TP ${short}`] : []),
    ...extra,
  ];
}

function provinceAgencies(): Agency[] {
  const rows = new Map(PROVINCES_2023.map((r) => [r[0], r]));
  const inSentence = (id: string) => `${provinceWord(id)} ${rows.get(id)![1]}`;
  const english = (id: string) =>
    rows.get(id)![3] ?? `${stripDiacritics(rows.get(id)![1])} ${isCity(id) ? 'City' : 'province'}`;
  const unitOf = new Map(PROVINCES_2025.flatMap((unit) => unit.map((id) => [id, unit] as const)));
  return PROVINCES_2023.map(([id, short, extra]) => {
    const name = `${isCity(id) ? 'Thành phố' : 'Tỉnh'} ${short}`;
    // "Hồ Chí Minh" alone reads as the person in a heading.
    const display = id === 'tp-ho-chi-minh' ? 'TP. Hồ Chí Minh' : short;
    const unit = unitOf.get(id) ?? [id];
    const keeper = unit[0]!;
    const agency: Agency = {
      id,
      kind: 'province',
      name,
      nameEn: english(id),
      short: display,
      aliases: withNames(name, display, english(id), [short, ...provinceAliases(id, short, extra)]),
      upperOnlyAliases: [],
      formedAfterDirective: false,
      predecessorIds: keeper === id ? unit.slice(1) : [],
    };
    if (keeper !== id) {
      const others = unit.filter((m) => m !== id);
      agency.succession = {
        successorIds: [keeper],
        change: 'merged',
        effective: '2025-07-01',
        source: PROVINCE_SOURCE,
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
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
      throw new Error(`agency registry: entry ${a.id} is invalid: ${issues.join('; ')}`);
    }
    return parsed.data;
  });
}

/** Ids unique; successors and predecessors exist and point at each other. */
function checkLinks(agencies: readonly Agency[]): void {
  const byId = new Map(agencies.map((a) => [a.id, a]));
  if (byId.size !== agencies.length) throw new Error('agency registry: duplicate ids');
  for (const a of agencies) {
    for (const s of a.succession?.successorIds ?? []) {
      if (!byId.get(s)?.predecessorIds.includes(a.id))
        throw new Error(`agency registry: ${a.id} → ${s}, but ${s} does not list ${a.id} as a predecessor`);
    }
    for (const p of a.predecessorIds) {
      if (!byId.get(p)?.succession?.successorIds.includes(a.id))
        throw new Error(`agency registry: ${a.id} lists predecessor ${p}, whose succession does not name ${a.id}`);
    }
  }
}

/** Every agency, validated at load: a bad entry fails loudly with its id. */
export const AGENCIES: readonly Agency[] = validated([...CENTRAL.map(centralAgency), ...provinceAgencies()]);
checkLinks(AGENCIES);

/** The 34 provincial units since 1 July 2025, named. */
export const PROVINCE_UNITS_2025: readonly ProvinceUnit2025[] = PROVINCES_2025.map((memberIds) => {
  const keeper = AGENCIES.find((a) => a.id === memberIds[0])!;
  return {
    keeperId: keeper.id,
    name: keeper.name,
    short: keeper.short,
    nameEn: keeper.nameEn,
    ...UNIT_NAMES[keeper.id],
    memberIds,
  };
});
