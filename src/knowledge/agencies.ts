/**
 * The agency registry: every body the directive names (as lead, cooperator, addressee or praised),
 * the other ministries of 2023, the ministries formed in 2025, and the 63 provinces of 2023 with
 * the 34 provincial units they became on 1 July 2025. Each agency carries the names people type.
 *
 * Pure data plus a resolver: `find` spots agencies in a question, `resolveParty` reads a table cell
 * or an addressee (including groups such as "Các bộ, ngành, địa phương"), `binds` says whether a
 * party includes an agency.
 */
import type { Agency, AgencyGroup, AgencyKind, PartyRef, Succession } from './schema.js';
import { AgencySchema } from './schema.js';
import { canonical, fold, stripDiacritics } from './text.js';

// ---------------------------------------------------------------------------------------------
// Data: ministries and other central bodies

interface CentralDef {
  id: string;
  kind: AgencyKind;
  name: string;
  nameEn: string;
  short: string;
  aliases: string[];
  upperOnly?: string[];
  formedAfterDirective?: boolean;
  predecessorIds?: string[];
  succession?: Succession;
}

const MINISTRY_CHANGES_2025 = 'Nghị quyết số 176/2025/QH15 của Quốc hội';
const merged = (to: string, note: string, noteEn: string): Succession => ({ successorIds: [to], change: 'merged', effective: '2025-03-01', source: MINISTRY_CHANGES_2025, note, noteEn });

const CENTRAL: readonly CentralDef[] = [
  { id: 'cong-an', kind: 'ministry', name: 'Bộ Công an', nameEn: 'Ministry of Public Security', short: 'Bộ Công an', aliases: ['Bộ Công an', 'BCA', 'Bộ CA', 'Công an', 'MPS', 'Ministry of Public Security', 'Public Security Ministry'] },
  { id: 'tu-phap', kind: 'ministry', name: 'Bộ Tư pháp', nameEn: 'Ministry of Justice', short: 'Bộ Tư pháp', aliases: ['Bộ Tư pháp', 'BTP', 'MOJ', 'Ministry of Justice', 'Justice Ministry'] },
  { id: 'y-te', kind: 'ministry', name: 'Bộ Y tế', nameEn: 'Ministry of Health', short: 'Bộ Y tế', aliases: ['Bộ Y tế', 'BYT', 'MOH', 'Ministry of Health', 'Health Ministry'], predecessorIds: ['lao-dong-tbxh'] },
  {
    id: 'lao-dong-tbxh', kind: 'ministry', name: 'Bộ Lao động - Thương binh và Xã hội', nameEn: 'Ministry of Labour, Invalids and Social Affairs', short: 'Bộ LĐ-TB&XH',
    aliases: ['Bộ Lao động - Thương binh và Xã hội', 'Bộ Lao động Thương binh và Xã hội', 'Bộ Lao động, Thương binh và Xã hội', 'Lao động - Thương binh và Xã hội', 'Bộ Lao động', 'LĐTBXH', 'LĐ-TB&XH', 'LĐ-TBXH', 'LĐ TB XH', 'BLĐTBXH', 'Bộ LĐTBXH', 'Bộ LĐ-TB&XH', 'MOLISA', 'Ministry of Labour, Invalids and Social Affairs', 'Ministry of Labor, Invalids and Social Affairs', 'Ministry of Labour'],
    succession: {
      successorIds: ['noi-vu', 'y-te', 'giao-duc-dao-tao', 'nong-nghiep-moi-truong'], change: 'split', effective: '2025-03-01', source: MINISTRY_CHANGES_2025,
      note: 'lao động, tiền lương, việc làm, người có công, an toàn vệ sinh lao động, bảo hiểm xã hội, bình đẳng giới → Bộ Nội vụ; bảo trợ xã hội, trẻ em, phòng chống tệ nạn xã hội → Bộ Y tế; giáo dục nghề nghiệp → Bộ Giáo dục và Đào tạo; giảm nghèo → Bộ Nông nghiệp và Môi trường',
      noteEn: 'labour, wages, employment, people with meritorious services, occupational safety, social insurance, gender equality → Ministry of Home Affairs; social protection, children, social evils → Ministry of Health; vocational education → Ministry of Education and Training; poverty reduction → Ministry of Agriculture and Environment',
    },
  },
  { id: 'tai-chinh', kind: 'ministry', name: 'Bộ Tài chính', nameEn: 'Ministry of Finance', short: 'Bộ Tài chính', aliases: ['Bộ Tài chính', 'BTC', 'MOF', 'Ministry of Finance', 'Finance Ministry'], predecessorIds: ['ke-hoach-dau-tu'] },
  {
    id: 'tai-nguyen-moi-truong', kind: 'ministry', name: 'Bộ Tài nguyên và Môi trường', nameEn: 'Ministry of Natural Resources and Environment', short: 'Bộ TN&MT',
    aliases: ['Bộ Tài nguyên và Môi trường', 'Bộ Tài nguyên - Môi trường', 'Tài nguyên và Môi trường', 'TN&MT', 'TNMT', 'BTNMT', 'Bộ TN&MT', 'Bộ TNMT', 'MONRE', 'Ministry of Natural Resources and Environment'],
    succession: merged('nong-nghiep-moi-truong', 'Bộ Tài nguyên và Môi trường hợp nhất với Bộ Nông nghiệp và Phát triển nông thôn thành Bộ Nông nghiệp và Môi trường.', 'The Ministry of Natural Resources and Environment merged with the Ministry of Agriculture and Rural Development into the Ministry of Agriculture and Environment.'),
  },
  { id: 'noi-vu', kind: 'ministry', name: 'Bộ Nội vụ', nameEn: 'Ministry of Home Affairs', short: 'Bộ Nội vụ', aliases: ['Bộ Nội vụ', 'BNV', 'Nội vụ', 'MOHA', 'Ministry of Home Affairs', 'Home Affairs Ministry'], predecessorIds: ['lao-dong-tbxh'] },
  {
    id: 'thong-tin-truyen-thong', kind: 'ministry', name: 'Bộ Thông tin và Truyền thông', nameEn: 'Ministry of Information and Communications', short: 'Bộ TT&TT',
    aliases: ['Bộ Thông tin và Truyền thông', 'Bộ Thông tin - Truyền thông', 'Thông tin và Truyền thông', 'TT&TT', 'TTTT', 'BTTTT', 'Bộ TT&TT', 'Bộ TTTT', 'Bộ TT-TT', 'Ministry of Information and Communications', 'Ministry of Information and Communication', 'Information and Communications Ministry'],
    upperOnly: ['MIC'],
    succession: merged('khoa-hoc-cong-nghe', 'Bộ Thông tin và Truyền thông hợp nhất vào Bộ Khoa học và Công nghệ (trừ quản lý báo chí, xuất bản chuyển về Bộ Văn hóa, Thể thao và Du lịch).', 'The Ministry of Information and Communications merged into the Ministry of Science and Technology (press and publishing went to the Ministry of Culture, Sports and Tourism).'),
  },
  {
    id: 'ke-hoach-dau-tu', kind: 'ministry', name: 'Bộ Kế hoạch và Đầu tư', nameEn: 'Ministry of Planning and Investment', short: 'Bộ KH&ĐT',
    aliases: ['Bộ Kế hoạch và Đầu tư', 'Kế hoạch và Đầu tư', 'KH&ĐT', 'KHĐT', 'BKHĐT', 'Bộ KH&ĐT', 'Bộ KHĐT', 'MPI', 'Ministry of Planning and Investment'],
    succession: merged('tai-chinh', 'Bộ Kế hoạch và Đầu tư hợp nhất vào Bộ Tài chính.', 'The Ministry of Planning and Investment merged into the Ministry of Finance.'),
  },
  { id: 'cong-thuong', kind: 'ministry', name: 'Bộ Công Thương', nameEn: 'Ministry of Industry and Trade', short: 'Bộ Công Thương', aliases: ['Bộ Công Thương', 'BCT', 'MOIT', 'Ministry of Industry and Trade'] },
  { id: 'quoc-phong', kind: 'ministry', name: 'Bộ Quốc phòng', nameEn: 'Ministry of National Defence', short: 'Bộ Quốc phòng', aliases: ['Bộ Quốc phòng', 'BQP', 'Quốc phòng', 'MND', 'MOND', 'Ministry of National Defence', 'Ministry of National Defense', 'Ministry of Defence'] },
  { id: 'xay-dung', kind: 'ministry', name: 'Bộ Xây dựng', nameEn: 'Ministry of Construction', short: 'Bộ Xây dựng', aliases: ['Bộ Xây dựng', 'BXD', 'Ministry of Construction'], upperOnly: ['MOC'], predecessorIds: ['giao-thong-van-tai'] },
  { id: 'giao-duc-dao-tao', kind: 'ministry', name: 'Bộ Giáo dục và Đào tạo', nameEn: 'Ministry of Education and Training', short: 'Bộ GD&ĐT', aliases: ['Bộ Giáo dục và Đào tạo', 'Bộ Giáo dục', 'Giáo dục và Đào tạo', 'GD&ĐT', 'GDĐT', 'BGDĐT', 'BGD&ĐT', 'Bộ GD&ĐT', 'Bộ GDĐT', 'MOET', 'Ministry of Education and Training', 'Ministry of Education'], predecessorIds: ['lao-dong-tbxh'] },
  {
    id: 'giao-thong-van-tai', kind: 'ministry', name: 'Bộ Giao thông vận tải', nameEn: 'Ministry of Transport', short: 'Bộ GTVT',
    aliases: ['Bộ Giao thông vận tải', 'Bộ Giao thông', 'Giao thông vận tải', 'GTVT', 'BGTVT', 'Bộ GTVT', 'Ministry of Transport', 'Transport Ministry'], upperOnly: ['MOT'],
    succession: merged('xay-dung', 'Bộ Giao thông vận tải hợp nhất vào Bộ Xây dựng.', 'The Ministry of Transport merged into the Ministry of Construction.'),
  },
  { id: 'ngan-hang-nha-nuoc', kind: 'ministry-level', name: 'Ngân hàng Nhà nước Việt Nam', nameEn: 'State Bank of Vietnam', short: 'NHNN', aliases: ['Ngân hàng Nhà nước Việt Nam', 'Ngân hàng Nhà nước', 'NHNN', 'NHNNVN', 'NHNN VN', 'SBV', 'State Bank of Vietnam', 'State Bank of Viet Nam', 'State Bank'] },
  { id: 'thanh-tra-chinh-phu', kind: 'ministry-level', name: 'Thanh tra Chính phủ', nameEn: 'Government Inspectorate', short: 'Thanh tra Chính phủ', aliases: ['Thanh tra Chính phủ', 'TTCP', 'Government Inspectorate'] },
  { id: 'van-phong-chinh-phu', kind: 'ministry-level', name: 'Văn phòng Chính phủ', nameEn: 'Government Office', short: 'VPCP', aliases: ['Văn phòng Chính phủ', 'VPCP', 'Government Office', 'Office of the Government'] },
  {
    id: 'uy-ban-dan-toc', kind: 'ministry-level', name: 'Ủy ban Dân tộc', nameEn: 'Committee for Ethnic Minority Affairs', short: 'Ủy ban Dân tộc', aliases: ['Ủy ban Dân tộc', 'UBDT', 'CEMA', 'Committee for Ethnic Minority Affairs'],
    succession: merged('dan-toc-ton-giao', 'Ủy ban Dân tộc được tổ chức lại thành Bộ Dân tộc và Tôn giáo.', 'The Committee for Ethnic Minority Affairs became the Ministry of Ethnic and Religious Affairs.'),
  },
  { id: 'bao-hiem-xa-hoi', kind: 'government-agency', name: 'Bảo hiểm xã hội Việt Nam', nameEn: 'Vietnam Social Security', short: 'BHXH Việt Nam', aliases: ['Bảo hiểm xã hội Việt Nam', 'Bảo hiểm xã hội', 'BHXH', 'BHXHVN', 'BHXH VN', 'BHXH Việt Nam', 'VSS', 'Vietnam Social Security', 'Viet Nam Social Security'] },
  { id: 'dai-truyen-hinh', kind: 'press', name: 'Đài Truyền hình Việt Nam', nameEn: 'Vietnam Television', short: 'VTV', aliases: ['Đài Truyền hình Việt Nam', 'VTV', 'Vietnam Television'] },
  { id: 'dai-tieng-noi', kind: 'press', name: 'Đài Tiếng nói Việt Nam', nameEn: 'Voice of Vietnam', short: 'VOV', aliases: ['Đài Tiếng nói Việt Nam', 'VOV', 'Voice of Vietnam'] },
  { id: 'thong-tan-xa', kind: 'press', name: 'Thông tấn xã Việt Nam', nameEn: 'Vietnam News Agency', short: 'TTXVN', aliases: ['Thông tấn xã Việt Nam', 'TTXVN', 'Vietnam News Agency'] },
  { id: 'cong-ttdt-chinh-phu', kind: 'press', name: 'Cổng Thông tin điện tử Chính phủ', nameEn: 'Government Web Portal', short: 'Cổng TTĐT Chính phủ', aliases: ['Cổng Thông tin điện tử Chính phủ', 'Cổng TTĐT Chính phủ', 'Cổng TTĐTCP', 'Government Web Portal', 'Government Portal'] },
  { id: 'ban-co-yeu', kind: 'other', name: 'Ban Cơ yếu Chính phủ', nameEn: 'Government Cipher Committee', short: 'Ban Cơ yếu Chính phủ', aliases: ['Ban Cơ yếu Chính phủ', 'Ban Cơ yếu', 'Government Cipher Committee'] },
  { id: 'buu-dien-vn', kind: 'enterprise', name: 'Tổng công ty Bưu điện Việt Nam', nameEn: 'Vietnam Post Corporation', short: 'VNPost', aliases: ['Tổng công ty Bưu điện Việt Nam', 'Bưu điện Việt Nam', 'VNPost', 'VN Post', 'Vietnam Post'] },
  { id: 'ubqlv', kind: 'government-agency', name: 'Ủy ban Quản lý vốn nhà nước tại doanh nghiệp', nameEn: 'Commission for the Management of State Capital at Enterprises', short: 'Ủy ban Quản lý vốn nhà nước', aliases: ['Ủy ban Quản lý vốn nhà nước tại doanh nghiệp', 'Ủy ban Quản lý vốn nhà nước', 'Ủy ban Quản lý vốn', 'UBQLV', 'CMSC', 'Commission for the Management of State Capital at Enterprises'] },
  { id: 'evn', kind: 'enterprise', name: 'Tập đoàn Điện lực Việt Nam', nameEn: 'Vietnam Electricity', short: 'EVN', aliases: ['Tập đoàn Điện lực Việt Nam', 'Điện lực Việt Nam', 'EVN', 'Vietnam Electricity'] },
  { id: 'tong-cuc-thue', kind: 'other', name: 'Tổng cục Thuế', nameEn: 'General Department of Taxation', short: 'Tổng cục Thuế', aliases: ['Tổng cục Thuế', 'General Department of Taxation'] },
  { id: 'khoa-hoc-cong-nghe', kind: 'ministry', name: 'Bộ Khoa học và Công nghệ', nameEn: 'Ministry of Science and Technology', short: 'Bộ KH&CN', aliases: ['Bộ Khoa học và Công nghệ', 'Bộ Khoa học - Công nghệ', 'Khoa học và Công nghệ', 'KH&CN', 'KHCN', 'BKHCN', 'Bộ KH&CN', 'Bộ KHCN', 'Ministry of Science and Technology'], upperOnly: ['MOST'], predecessorIds: ['thong-tin-truyen-thong'] },
  {
    id: 'nong-nghiep-ptnt', kind: 'ministry', name: 'Bộ Nông nghiệp và Phát triển nông thôn', nameEn: 'Ministry of Agriculture and Rural Development', short: 'Bộ NN&PTNT',
    aliases: ['Bộ Nông nghiệp và Phát triển nông thôn', 'NN&PTNT', 'NNPTNT', 'BNNPTNT', 'Bộ NN&PTNT', 'MARD', 'Ministry of Agriculture and Rural Development'],
    succession: merged('nong-nghiep-moi-truong', 'Bộ Nông nghiệp và Phát triển nông thôn hợp nhất với Bộ Tài nguyên và Môi trường thành Bộ Nông nghiệp và Môi trường.', 'The Ministry of Agriculture and Rural Development merged with the Ministry of Natural Resources and Environment into the Ministry of Agriculture and Environment.'),
  },
  { id: 'nong-nghiep-moi-truong', kind: 'ministry', name: 'Bộ Nông nghiệp và Môi trường', nameEn: 'Ministry of Agriculture and Environment', short: 'Bộ NN&MT', aliases: ['Bộ Nông nghiệp và Môi trường', 'Nông nghiệp và Môi trường', 'NN&MT', 'NNMT', 'BNNMT', 'Bộ NN&MT', 'Ministry of Agriculture and Environment'], upperOnly: ['MAE'], formedAfterDirective: true, predecessorIds: ['tai-nguyen-moi-truong', 'nong-nghiep-ptnt', 'lao-dong-tbxh'] },
  { id: 'van-hoa-tt-dl', kind: 'ministry', name: 'Bộ Văn hóa, Thể thao và Du lịch', nameEn: 'Ministry of Culture, Sports and Tourism', short: 'Bộ VHTTDL', aliases: ['Bộ Văn hóa, Thể thao và Du lịch', 'Bộ Văn hóa Thể thao và Du lịch', 'Bộ Văn hóa', 'VHTTDL', 'BVHTTDL', 'Bộ VHTTDL', 'Bộ VH-TT-DL', 'MOCST', 'MCST', 'Ministry of Culture, Sports and Tourism'] },
  { id: 'ngoai-giao', kind: 'ministry', name: 'Bộ Ngoại giao', nameEn: 'Ministry of Foreign Affairs', short: 'Bộ Ngoại giao', aliases: ['Bộ Ngoại giao', 'BNG', 'MOFA', 'Ministry of Foreign Affairs', 'Foreign Ministry'] },
  { id: 'dan-toc-ton-giao', kind: 'ministry', name: 'Bộ Dân tộc và Tôn giáo', nameEn: 'Ministry of Ethnic and Religious Affairs', short: 'Bộ Dân tộc và Tôn giáo', aliases: ['Bộ Dân tộc và Tôn giáo', 'Bộ DT&TG', 'Ministry of Ethnic and Religious Affairs', 'Ministry of Ethnic Minority and Religious Affairs'], formedAfterDirective: true, predecessorIds: ['uy-ban-dan-toc'] },
];

// ---------------------------------------------------------------------------------------------
// Data: provinces of 2023 and the 34 units of 1 July 2025

/** [id, name as written, extra aliases]. Cities are "Thành phố …", the rest "Tỉnh …". */
const PROVINCES: ReadonlyArray<readonly [string, string, readonly string[]]> = [
  ['tp-ha-noi', 'Hà Nội', ['HN', 'Hanoi', 'Ha Noi', 'Thủ đô Hà Nội']],
  ['tp-ho-chi-minh', 'Hồ Chí Minh', ['TP.HCM', 'TP HCM', 'TPHCM', 'HCM', 'HCMC', 'Sài Gòn', 'Saigon', 'Ho Chi Minh City']],
  ['tp-hai-phong', 'Hải Phòng', []], ['tp-da-nang', 'Đà Nẵng', ['Danang']], ['tp-can-tho', 'Cần Thơ', []],
  ['tinh-thua-thien-hue', 'Thừa Thiên Huế', ['Thừa Thiên - Huế', 'Huế', 'TT Huế']],
  ['tinh-ha-giang', 'Hà Giang', []], ['tinh-cao-bang', 'Cao Bằng', []], ['tinh-bac-kan', 'Bắc Kạn', ['Bắc Cạn']], ['tinh-tuyen-quang', 'Tuyên Quang', []],
  ['tinh-lao-cai', 'Lào Cai', []], ['tinh-dien-bien', 'Điện Biên', []], ['tinh-lai-chau', 'Lai Châu', []], ['tinh-son-la', 'Sơn La', []],
  ['tinh-yen-bai', 'Yên Bái', []], ['tinh-hoa-binh', 'Hòa Bình', []], ['tinh-thai-nguyen', 'Thái Nguyên', []], ['tinh-lang-son', 'Lạng Sơn', []],
  ['tinh-quang-ninh', 'Quảng Ninh', []], ['tinh-bac-giang', 'Bắc Giang', []], ['tinh-phu-tho', 'Phú Thọ', []], ['tinh-vinh-phuc', 'Vĩnh Phúc', []],
  ['tinh-bac-ninh', 'Bắc Ninh', []], ['tinh-hai-duong', 'Hải Dương', []], ['tinh-hung-yen', 'Hưng Yên', []], ['tinh-thai-binh', 'Thái Bình', []],
  ['tinh-ha-nam', 'Hà Nam', []], ['tinh-nam-dinh', 'Nam Định', []], ['tinh-ninh-binh', 'Ninh Bình', []], ['tinh-thanh-hoa', 'Thanh Hóa', []],
  ['tinh-nghe-an', 'Nghệ An', []], ['tinh-ha-tinh', 'Hà Tĩnh', []], ['tinh-quang-binh', 'Quảng Bình', []], ['tinh-quang-tri', 'Quảng Trị', []],
  ['tinh-quang-nam', 'Quảng Nam', []], ['tinh-quang-ngai', 'Quảng Ngãi', []], ['tinh-binh-dinh', 'Bình Định', []], ['tinh-phu-yen', 'Phú Yên', []],
  ['tinh-khanh-hoa', 'Khánh Hòa', []], ['tinh-ninh-thuan', 'Ninh Thuận', []], ['tinh-binh-thuan', 'Bình Thuận', []], ['tinh-kon-tum', 'Kon Tum', ['Kontum']],
  ['tinh-gia-lai', 'Gia Lai', []], ['tinh-dak-lak', 'Đắk Lắk', ['Đắc Lắc', 'Đắk Lăk', 'Daklak', 'Dak Lak']], ['tinh-dak-nong', 'Đắk Nông', ['Đắc Nông', 'Daknong', 'Dak Nong']],
  ['tinh-lam-dong', 'Lâm Đồng', []], ['tinh-binh-phuoc', 'Bình Phước', []], ['tinh-tay-ninh', 'Tây Ninh', []], ['tinh-binh-duong', 'Bình Dương', []],
  ['tinh-dong-nai', 'Đồng Nai', []], ['tinh-ba-ria-vung-tau', 'Bà Rịa - Vũng Tàu', ['Bà Rịa Vũng Tàu', 'BRVT', 'BR-VT', 'Vũng Tàu']], ['tinh-long-an', 'Long An', []],
  ['tinh-tien-giang', 'Tiền Giang', []], ['tinh-ben-tre', 'Bến Tre', []], ['tinh-tra-vinh', 'Trà Vinh', []], ['tinh-vinh-long', 'Vĩnh Long', []],
  ['tinh-dong-thap', 'Đồng Tháp', []], ['tinh-an-giang', 'An Giang', []], ['tinh-kien-giang', 'Kiên Giang', []], ['tinh-hau-giang', 'Hậu Giang', []],
  ['tinh-soc-trang', 'Sóc Trăng', []], ['tinh-bac-lieu', 'Bạc Liêu', []], ['tinh-ca-mau', 'Cà Mau', []],
];

/**
 * The 34 provincial units from 1 July 2025 (Nghị quyết số 202/2025/QH15): each keeps the name of
 * its first member; the others merged into it. Units with one member were unchanged.
 */
export const PROVINCES_2025: ReadonlyArray<readonly string[]> = [
  ['tp-ha-noi'], ['tinh-thua-thien-hue'], ['tinh-lai-chau'], ['tinh-dien-bien'], ['tinh-son-la'], ['tinh-lang-son'], ['tinh-quang-ninh'],
  ['tinh-thanh-hoa'], ['tinh-nghe-an'], ['tinh-ha-tinh'], ['tinh-cao-bang'],
  ['tinh-tuyen-quang', 'tinh-ha-giang'], ['tinh-lao-cai', 'tinh-yen-bai'], ['tinh-thai-nguyen', 'tinh-bac-kan'],
  ['tinh-phu-tho', 'tinh-vinh-phuc', 'tinh-hoa-binh'], ['tinh-bac-ninh', 'tinh-bac-giang'], ['tinh-hung-yen', 'tinh-thai-binh'],
  ['tp-hai-phong', 'tinh-hai-duong'], ['tinh-ninh-binh', 'tinh-ha-nam', 'tinh-nam-dinh'], ['tinh-quang-tri', 'tinh-quang-binh'],
  ['tp-da-nang', 'tinh-quang-nam'], ['tinh-quang-ngai', 'tinh-kon-tum'], ['tinh-gia-lai', 'tinh-binh-dinh'], ['tinh-khanh-hoa', 'tinh-ninh-thuan'],
  ['tinh-lam-dong', 'tinh-dak-nong', 'tinh-binh-thuan'], ['tinh-dak-lak', 'tinh-phu-yen'], ['tp-ho-chi-minh', 'tinh-binh-duong', 'tinh-ba-ria-vung-tau'],
  ['tinh-dong-nai', 'tinh-binh-phuoc'], ['tinh-tay-ninh', 'tinh-long-an'], ['tp-can-tho', 'tinh-soc-trang', 'tinh-hau-giang'],
  ['tinh-vinh-long', 'tinh-ben-tre', 'tinh-tra-vinh'], ['tinh-dong-thap', 'tinh-tien-giang'], ['tinh-ca-mau', 'tinh-bac-lieu'], ['tinh-an-giang', 'tinh-kien-giang'],
];
const PROVINCE_SOURCE = 'Nghị quyết số 202/2025/QH15 của Quốc hội';

/** Aliases that are also everyday words once folded: they count only when the diacritics match. */
const DIACRITICS_REQUIRED = new Set(['dien bien', 'hoa binh', 'cao bang']);

function provinceAgencies(): Agency[] {
  const unitOf = new Map<string, readonly string[]>();
  for (const unit of PROVINCES_2025) for (const id of unit) unitOf.set(id, unit);
  const names = new Map(PROVINCES.map(([id, name]) => [id, name]));
  return PROVINCES.map(([id, name, extra]) => {
    const city = id.startsWith('tp-');
    const full = `${city ? 'Thành phố' : 'Tỉnh'} ${name}`;
    const unit = unitOf.get(id) ?? [id];
    const keeper = unit[0]!;
    const agency: Agency = {
      id,
      kind: 'province',
      name: full,
      nameEn: city ? `${stripDiacritics(name)} City` : `${stripDiacritics(name)} province`,
      short: name,
      aliases: [name, full, `UBND ${city ? 'thành phố' : 'tỉnh'} ${name}`, `Ủy ban nhân dân ${city ? 'thành phố' : 'tỉnh'} ${name}`, ...(city ? [`TP ${name}`, `TP. ${name}`] : []), ...extra],
      upperOnlyAliases: [],
      formedAfterDirective: false,
      predecessorIds: keeper === id ? unit.slice(1) : [],
    };
    if (keeper !== id) {
      const keeperName = names.get(keeper)!;
      agency.succession = {
        successorIds: [keeper],
        change: 'merged',
        effective: '2025-07-01',
        source: PROVINCE_SOURCE,
        note: `${full} hợp nhất vào ${keeper.startsWith('tp-') ? 'thành phố' : 'tỉnh'} ${keeperName}.`,
        noteEn: `${agency.nameEn} merged into ${keeper.startsWith('tp-') ? `${stripDiacritics(keeperName)} City` : `${stripDiacritics(keeperName)} province`}.`,
      };
    }
    return agency;
  });
}

function centralAgencies(): Agency[] {
  return CENTRAL.map((d) => {
    const a: Agency = {
      id: d.id,
      kind: d.kind,
      name: d.name,
      nameEn: d.nameEn,
      short: d.short,
      aliases: d.aliases,
      upperOnlyAliases: d.upperOnly ?? [],
      formedAfterDirective: d.formedAfterDirective ?? false,
      predecessorIds: d.predecessorIds ?? [],
    };
    if (d.succession) a.succession = d.succession;
    return a;
  });
}

/** Every agency, validated once at load: a bad entry fails loudly with its id. */
export const AGENCIES: readonly Agency[] = [...centralAgencies(), ...provinceAgencies()].map((a) => {
  const parsed = AgencySchema.safeParse(a);
  if (!parsed.success) throw new Error(`agency registry: entry ${a.id} is invalid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
});

// ---------------------------------------------------------------------------------------------
// Resolver

export interface AgencyMention {
  agencyId: string;
  /** Character offsets in the canonical form of the text. */
  start: number;
  end: number;
  /** The alias that matched, as written in the registry. */
  alias: string;
  /** true when the diacritics matched too, not only the folded form. */
  exact: boolean;
}

export interface AgencyRegistry {
  readonly all: readonly Agency[];
  byId(id: string): Agency | undefined;
  /** Ministries, ministry-level and government agencies of 2023 (not those formed in 2025). */
  ministries(): Agency[];
  /** The 63 provinces and centrally-run cities of 2023. */
  provinces(): Agency[];
  /** Agencies named in a question, in order, longest match first, no overlaps. */
  find(text: string): AgencyMention[];
  /** Reads a party cell or an addressee: the agencies it names and the groups it means. */
  resolveParty(text: string): PartyRef;
  /** true when the party includes the agency, by name or through a group. */
  binds(party: PartyRef, agencyId: string): boolean;
  successorsOf(id: string): Agency[];
  /** Agencies that merged (wholly or partly) into this one since 2023. */
  predecessorsOf(id: string): Agency[];
  /** The province whose name the 2025 unit covering this 2023 province keeps. */
  provinceSince2025(id: string): Agency | undefined;
  /** The 2023 provinces the 2025 unit named after this province covers (itself first). */
  formerProvincesOf(id: string): Agency[];
}

interface AliasEntry {
  agencyId: string;
  alias: string;
  words: string[];
  exactLower: string;
  upperOnly: boolean;
  diacriticsRequired: boolean;
}

const WORD = /[\p{L}\p{N}&]+/gu;

function wordsOf(text: string): Array<{ word: string; start: number; end: number }> {
  return [...text.matchAll(WORD)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
}

const MINISTRY_KINDS: ReadonlySet<AgencyKind> = new Set(['ministry', 'ministry-level', 'government-agency']);

export function createAgencyRegistry(agencies: readonly Agency[] = AGENCIES): AgencyRegistry {
  const byId = new Map(agencies.map((a) => [a.id, a]));
  const byFirst = new Map<string, AliasEntry[]>();
  const add = (agencyId: string, alias: string, upperOnly: boolean) => {
    const words = wordsOf(canonical(alias)).map((w) => fold(w.word));
    if (words.length === 0) return;
    const entry: AliasEntry = {
      agencyId, alias, words, upperOnly,
      exactLower: wordsOf(canonical(alias)).map((w) => w.word.toLowerCase()).join(' '),
      diacriticsRequired: DIACRITICS_REQUIRED.has(words.join(' ')),
    };
    const list = byFirst.get(words[0]!) ?? [];
    list.push(entry);
    byFirst.set(words[0]!, list);
  };
  for (const a of agencies) {
    for (const alias of new Set([a.name, a.short, a.nameEn, ...a.aliases])) add(a.id, alias, false);
    for (const alias of a.upperOnlyAliases) add(a.id, alias, true);
  }
  for (const list of byFirst.values()) list.sort((x, y) => y.words.length - x.words.length);

  const unitOf = new Map<string, readonly string[]>();
  for (const unit of PROVINCES_2025) for (const id of unit) unitOf.set(id, unit);
  const ids = (list: readonly string[]) => list.map((id) => byId.get(id)).filter((a): a is Agency => a !== undefined);

  function find(text: string): AgencyMention[] {
    const canon = canonical(text);
    const hasMarks = fold(canon) !== canon.toLowerCase().replace(/[^\p{L}\p{N}&]+/gu, ' ').trim();
    const tokens = wordsOf(canon);
    const folded = tokens.map((t) => fold(t.word));
    const out: AgencyMention[] = [];
    let i = 0;
    while (i < tokens.length) {
      let matched = 0;
      for (const e of byFirst.get(folded[i]!) ?? []) {
        const n = e.words.length;
        if (i + n > tokens.length) continue;
        let ok = true;
        for (let k = 1; k < n && ok; k++) ok = folded[i + k] === e.words[k];
        if (!ok) continue;
        const span = tokens.slice(i, i + n);
        const exact = span.map((s) => s.word.toLowerCase()).join(' ') === e.exactLower;
        if (e.upperOnly && span.map((s) => s.word).join(' ') !== e.alias) continue;
        if (e.diacriticsRequired && hasMarks && !exact) continue;
        out.push({ agencyId: e.agencyId, start: span[0]!.start, end: span[n - 1]!.end, alias: e.alias, exact });
        matched = n;
        break;
      }
      i += matched > 0 ? matched : 1;
    }
    return out;
  }

  function resolveParty(text: string): PartyRef {
    const f = fold(text);
    const groups = new Set<AgencyGroup>();
    const namedProvinces = /các tỉnh\s*:/iu.test(text) || /tỉnh, thành phố\s*:/iu.test(text);
    if (/\bduoc giao tai\b/u.test(f)) groups.add('assigned');
    else if (/\bbo nganh dia phuong(?! lien quan)\b/u.test(f) || /\b(?:bo truong|thu truong co quan ngang bo)\b/u.test(f)) {
      groups.add('all-ministries');
      if (!/\bbo nganh dia phuong lien quan\b/u.test(f)) groups.add('all-provinces');
    }
    if (!namedProvinces && /\b(?:uy ban nhan dan|chu tich uy ban nhan dan)(?: cac)? tinh thanh pho\b/u.test(f)) groups.add('all-provinces');
    if (/\blien quan\b/u.test(f)) groups.add('related');
    if (/\bco quan thong tan bao chi\b/u.test(f)) groups.add('press-all');
    if (groups.has('all-ministries') && !/\bbo nganh dia phuong\b/u.test(f) && !/\b(?:uy ban nhan dan|chu tich)\b/u.test(f)) groups.delete('all-provinces');
    const agencyIds = [...new Set(find(text).map((m) => m.agencyId))];
    return { text, agencyIds, groups: [...groups] };
  }

  return {
    all: agencies,
    byId: (id) => byId.get(id),
    ministries: () => agencies.filter((a) => MINISTRY_KINDS.has(a.kind) && !a.formedAfterDirective),
    provinces: () => agencies.filter((a) => a.kind === 'province'),
    find,
    resolveParty,
    binds(party, agencyId) {
      if (party.agencyIds.includes(agencyId)) return true;
      const a = byId.get(agencyId);
      if (!a) return false;
      if (party.groups.includes('all-ministries') && MINISTRY_KINDS.has(a.kind)) return true;
      return party.groups.includes('all-provinces') && a.kind === 'province';
    },
    successorsOf: (id) => ids(byId.get(id)?.succession?.successorIds ?? []),
    predecessorsOf(id) {
      const direct = ids(byId.get(id)?.predecessorIds ?? []);
      return direct;
    },
    provinceSince2025(id) {
      const unit = unitOf.get(id);
      return unit ? byId.get(unit[0]!) : undefined;
    },
    formerProvincesOf(id) {
      const unit = unitOf.get(id);
      return unit && unit[0] === id ? ids(unit) : byId.get(id) ? [byId.get(id)!] : [];
    },
  };
}
